// What a user submits (two texts and their labels) and its id: a hash of the content, so the same
// texts give the same share link. No database here: the worker threads import it too.
import { createHash } from 'node:crypto';

/** What a user submitted: two texts and their labels. Results are recomputed, never stored. */
export interface SubmittedPair {
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
}

/** The id of a submission is a hash of its content: the same texts give the same link. */
export function contentId(pair: SubmittedPair): string {
  return createHash('sha256').update(JSON.stringify([pair.oldLabel, pair.newLabel, pair.oldText, pair.newText])).digest('hex').slice(0, 20);
}
