// What a report says beyond the diff: the amendments and the lead-verb shifts (renderers word them).
// Layer: insight, what a comparison means beyond the diff. Imports lang/, text/ and model/ only.
import type { Comparison } from '../model/comparison.js';
import { amendments, type AmendmentList } from './amendments.js';
import { verbShifts, type VerbShift } from './verbStrength.js';

export interface Insight {
  amendments: AmendmentList;
  shifts: VerbShift[];
}

/** What a report says of a comparison beyond the diff. */
export function insightOf(c: Comparison): Insight {
  return { amendments: amendments(c), shifts: verbShifts(c) };
}
