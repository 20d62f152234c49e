// Whether a lead-verb change makes a paragraph stronger, weaker or neither, and the tone of a comparison.
import type { Change, Comparison } from '../model/comparison.js';
import type { Language } from '../model/resolution.js';
import { LADDERS } from './ladders.js';

export type Shift = 'stronger' | 'weaker' | 'sideways';

export interface VerbShift {
  change: Change;
  old: string | null;
  new: string | null;
  shift: Shift;
  /** The ladder both verbs stand on, when they do. */
  ladder: string | null;
}

/** Drops what does not change a verb's strength: "also", "further", "again", 又/还/再次. */
function normalize(verb: string, language: Language): string {
  if (language === 'zh') return verb.replace(/^(进一步|再次|又|还|也|并|再)/, '');
  return verb
    .toLowerCase()
    .replace(/\b(also|further|again|once again|furthermore|moreover)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function rungOf(verb: string, language: Language): { ladder: string; rung: number } | null {
  const v = normalize(verb, language);
  for (const ladder of LADDERS) {
    if (ladder.language !== (language === 'zh' ? 'zh' : 'en')) continue;
    const rung = ladder.rungs.findIndex((r) => r.includes(v));
    if (rung >= 0) return { ladder: `${ladder.language} ${ladder.name}`, rung };
  }
  return null;
}

/** The shift of one lead-verb change. */
export function verbShift(old: string | null, neu: string | null, language: Language): { shift: Shift; ladder: string | null } {
  const a = old ? rungOf(old, language) : null;
  const b = neu ? rungOf(neu, language) : null;
  if (!a || !b || a.ladder !== b.ladder || a.rung === b.rung) return { shift: 'sideways', ladder: a && b && a.ladder === b.ladder ? a.ladder : null };
  return { shift: b.rung > a.rung ? 'stronger' : 'weaker', ladder: a.ladder };
}

/** Every lead-verb change of a comparison, ranked. */
export function verbShifts(c: Comparison): VerbShift[] {
  return c.changes
    .filter((ch) => ch.leadVerb !== null)
    .map((change) => ({ change, old: change.leadVerb!.old, new: change.leadVerb!.new, ...verbShift(change.leadVerb!.old, change.leadVerb!.new, c.new.language) }));
}
