// What a user submits (two texts and their labels) and its id: a hash of the content, so the same
// texts give the same share link. No database here: the worker threads import it too.
import { createHash } from 'node:crypto';
import type { AmendmentReport } from '../../views/compare.js';

export type { AmendmentReport };

/** What a user submitted: two texts and their labels. Results are recomputed, never stored. */
export interface SubmittedPair {
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
}

/**
 * A submission as stored: the pair, and, when the new text is the old one with an amendment
 * document applied, what became of its instructions (the one result kept: the document itself
 * is not).
 */
export interface StoredSubmission extends SubmittedPair {
  amendments?: AmendmentReport;
}

/**
 * The id of a submission is a hash of its content: the same texts give the same link. An
 * amended draft's instruction results count too (two documents can amend a draft alike and fail
 * differently); a pair without them hashes as it always did.
 */
export function contentId(pair: StoredSubmission): string {
  const content = [pair.oldLabel, pair.newLabel, pair.oldText, pair.newText, ...(pair.amendments ? [pair.amendments] : [])];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 20);
}
