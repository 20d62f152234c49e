// The whole of "amendments in" in one pure call, for the front ends: read, apply, write back.
import type { Instruction, InstructionResult } from '../model/instruction.js';
import type { Resolution } from '../model/resolution.js';
import { amendedResolution, amendedText } from './amendedText.js';
import { applyInstructions } from './applyInstructions.js';
import { readAmendmentDocument } from './readInstructions.js';

export interface AmendmentOutcome {
  /** The instructions as read, numbered from 1. */
  instructions: Instruction[];
  /** What became of each, in the same order. */
  results: InstructionResult[];
  /** Lines of the document that are no instruction (masthead, sponsors, title, closing). */
  setAside: string[];
  /** The amended draft, to compare the draft with. */
  amended: Resolution;
  /** The amended draft as a resolution text resdiff reads back. */
  text: string;
  /** How many instructions failed. */
  failed: number;
}

/**
 * Reads an amendment document in the draft's language and applies it to the draft.
 *
 * @example amendDraft(draft, '1. Delete operative paragraph 4').results // [{ n: 1, status: 'applied' }]
 */
export function amendDraft(draft: Resolution, document: string): AmendmentOutcome {
  const doc = readAmendmentDocument(document, draft.language);
  const applied = applyInstructions(draft, doc.instructions);
  return {
    instructions: doc.instructions,
    results: applied.results,
    setAside: doc.setAside,
    amended: amendedResolution(draft, applied),
    text: amendedText(draft, applied),
    failed: applied.results.filter((r) => r.status === 'failed').length,
  };
}
