// What a report says beyond the diff: the amendments and the lead-verb shifts (renderers word them).
import type { Comparison } from '../model/comparison.js';
import type { Resolution } from '../model/resolution.js';
import { amendments, type AmendmentList } from './amendments.js';
import { verbShifts, type VerbShift } from './verbStrength.js';

export interface Insight {
  amendments: AmendmentList;
  shifts: VerbShift[];
}

/** The insight of a comparison of `old` and `neu`. */
export function insightOf(c: Comparison, old: Resolution, neu: Resolution): Insight {
  return { amendments: amendments(c, old, neu), shifts: verbShifts(c) };
}
