// Whether a lead-verb change makes a paragraph stronger, weaker or neither, and the tone of a comparison.
// The ladders are the language's (LanguageRules.ladders, with their sources in src/lang/).
import type { LanguageRules } from '../lang/index.js';
import { rulesFor } from '../lang/index.js';
import type { Change, Comparison } from '../model/comparison.js';

export type Shift = 'stronger' | 'weaker' | 'sideways';

export interface VerbShift {
  change: Change;
  old: string | null;
  new: string | null;
  shift: Shift;
  /** The ladder both verbs stand on, when they do. */
  ladder: string | null;
}

function rungOf(verb: string, rules: LanguageRules): { ladder: string; rung: number } | null {
  const v = rules.ladderForm(verb);
  for (const ladder of rules.ladders) {
    const rung = ladder.rungs.findIndex((r) => r.includes(v));
    if (rung >= 0) return { ladder: `${ladder.language} ${ladder.name}`, rung };
  }
  return null;
}

/** The shift of one lead-verb change, on the ladders of the given language's rules. */
export function verbShift(old: string | null, neu: string | null, rules: LanguageRules): { shift: Shift; ladder: string | null } {
  const a = old ? rungOf(old, rules) : null;
  const b = neu ? rungOf(neu, rules) : null;
  if (!a || !b || a.ladder !== b.ladder || a.rung === b.rung) return { shift: 'sideways', ladder: a && b && a.ladder === b.ladder ? a.ladder : null };
  return { shift: b.rung > a.rung ? 'stronger' : 'weaker', ladder: a.ladder };
}

/** Every lead-verb change of a comparison, ranked by the new text's language. */
export function verbShifts(c: Comparison): VerbShift[] {
  const rules = rulesFor(c.new.language);
  return c.changes
    .filter((ch) => ch.leadVerb !== null)
    .map((change) => ({ change, old: change.leadVerb!.old, new: change.leadVerb!.new, ...verbShift(change.leadVerb!.old, change.leadVerb!.new, rules) }));
}
