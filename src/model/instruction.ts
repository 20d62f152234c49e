// Amendment instructions as read from an amendment document: what src/amend/ reads and applies.
// Layer: model, the ground floor. Imports nothing of the project; every layer may import it.
//
// Every reference is to the draft's own numbering, before any amendment: "PP3" is the third
// preambular paragraph of the draft as it was tabled, "OP 5" its operative paragraph 5, and
// "OP 2 (c)" sub-paragraph (c) of operative paragraph 2.
import type { Section } from './resolution.js';

/**
 * One change an instruction makes. Word-level edits (`insert`, `delete`, `replace`,
 * `replace-rest`, `delete-rest`) change the instruction's target; paragraph-level edits
 * (`*-paragraph`) add, remove, rewrite or move whole paragraphs.
 */
export type Edit =
  /** Insert `text` right after the words `after`, right before the words `before`, or at the end (or start) of the paragraph. */
  | { op: 'insert'; text: string; after?: string; before?: string; at?: 'end' | 'start' }
  /** Delete `words`; with `after`/`before`, the occurrence that stands right after/before those words ("the comma after “2000”"). */
  | { op: 'delete'; words: string; after?: string; before?: string }
  | { op: 'replace'; words: string; with: string }
  /** Replace everything after the words `after` (the paragraph's closing punctuation is kept unless `text` brings its own). */
  | { op: 'replace-rest'; after: string; text: string }
  /** Delete everything after the words `after` (the closing punctuation is kept). */
  | { op: 'delete-rest'; after: string }
  /** New paragraphs after the target (`at: 'start'`: at the beginning of `section`; the target then names the section). */
  | { op: 'insert-paragraph'; section: Section; texts: string[]; at?: 'start' }
  /** Delete the target, or the draft's paragraph `paragraph` when given (several deleted by one instruction). */
  | { op: 'delete-paragraph'; paragraph?: string }
  | { op: 'replace-paragraph'; text: string }
  /** Move the target to follow `after` (a paragraph of `section`), or to the start of `section`. */
  | { op: 'move-paragraph'; section: Section; after?: string; at?: 'start' };

export type EditOp = Edit['op'];

/** One numbered instruction of an amendment document, as read. */
export interface Instruction {
  /** 1, 2, 3 …: the instruction's place in the document (not the document's own numbering). */
  n: number;
  /**
   * The paragraph changed: "PP3", "OP 5", "OP 2 (c)"; for new paragraphs, the paragraph they
   * follow ("preamble" or "operative" for new paragraphs at the start of a section). Empty when
   * the instruction was not understood.
   */
  target: string;
  edits: Edit[];
  /** The instruction as the document words it (white space joined). */
  text: string;
  /** Set when the instruction could not be read: it is reported as failed, never dropped. */
  unread?: string;
}

/** Why an instruction failed. */
export type FailureReason = 'paragraph not found' | 'words not found' | 'words found more than once' | 'instruction not understood';

export type InstructionResult =
  | { n: number; status: 'applied' }
  | { n: number; status: 'failed'; reason: FailureReason; detail: string };

/** A paragraph reference taken apart. */
export interface TargetRef {
  section: Section;
  /** The preambular position, or the operative paragraph's printed number. */
  number: number;
  /** A sub-paragraph letter ("c"), if any. */
  sub?: string;
}

/** "PP3", "OP 5", "OP 2 (c)". */
export function formatTarget(ref: TargetRef): string {
  return ref.section === 'preamble' ? `PP${ref.number}` : `OP ${ref.number}${ref.sub ? ` (${ref.sub})` : ''}`;
}

/** The reverse of `formatTarget`; null for anything else ("preamble", ""). */
export function parseTarget(target: string): TargetRef | null {
  const pp = /^PP(\d+)$/.exec(target);
  if (pp) return { section: 'preamble', number: Number(pp[1]) };
  const op = /^OP (\d+)(?: \(([a-z]{1,4})\))?$/.exec(target);
  if (op) return op[2] ? { section: 'operative', number: Number(op[1]), sub: op[2] } : { section: 'operative', number: Number(op[1]) };
  return null;
}

/** The slot that stands for quotation k in the skeleton an instruction grammar reads: "⟦0⟧". */
export const quoteSlot = (k: number): string => `⟦${k}⟧`;

/** A quotation slot in a grammar's regexes; group 1 is its number. */
export const QUOTE_SLOT = '⟦(\\d+)⟧';
