// Shared wording for every renderer: paragraph labels, change headlines, the summary line.
// Layer: wording, what renderers and views both say. Imports insight/, lang/ and model/; imported by
// views/, render/ and the front ends.
import { isolateRtl } from '../text/bidi.js';
import type { Change, Comparison, ParagraphRef, Summary } from '../model/comparison.js';
import { assertNever } from '../model/comparison.js';
import type { Language } from '../model/resolution.js';
import { verbShift, type Shift, type VerbShift } from '../insight/verbStrength.js';
import { rulesFor } from '../lang/index.js';

/** "PP3", "OP 12", "OP (unnumbered)". */
export function refLabel(ref: ParagraphRef): string {
  if (ref.section === 'preamble') return `PP${ref.id.slice(2)}`;
  return ref.number === null ? `OP (${ref.id})` : `OP ${ref.number}`;
}

/** The label a reader looks for: the new paragraph, with the old one when it differs ("OP 9 (was OP 10)"). */
export function changeLabel(change: Change): string {
  if (change.new === null) return `${refLabel(change.old)} (old)`;
  const now = refLabel(change.new);
  if (change.old === null) return `${now} (new)`;
  const was = refLabel(change.old);
  return was === now ? now : `${now} (was ${was})`;
}

/** A short description of the change: "modified, 91% kept", "moved from PP9 (preamble -> operative)". */
export function changeHeadline(change: Change): string {
  switch (change.kind) {
    case 'unchanged':
      return change.renumbered ? 'unchanged, renumbered' : 'unchanged';
    case 'modified':
      return `modified${change.technical ? ' (technical)' : ''}, ${Math.round(change.similarity * 100)}% kept${change.renumbered ? ', renumbered' : ''}`;
    case 'added':
      return 'added';
    case 'removed':
      return 'removed';
    case 'moved': {
      const across = change.old.section !== change.new.section ? ` (${change.old.section} -> ${change.new.section})` : '';
      const edited = change.similarity < 1 ? `, ${Math.round(change.similarity * 100)}% kept` : '';
      return `moved from ${refLabel(change.old)}${across}${edited}`;
    }
    default:
      return assertNever(change);
  }
}

/** "lead verb: Welcomes -> Takes note of (weaker)" or null; strength by the ladders of `language`. */
export function leadVerbLine(change: Change, arrow: string, language: Language): string | null {
  if (!change.leadVerb) return null;
  const { shift } = verbShift(change.leadVerb.old, change.leadVerb.new, rulesFor(language));
  return `lead verb: ${isolateRtl(change.leadVerb.old ?? '(none)')} ${arrow} ${isolateRtl(change.leadVerb.new ?? '(none)')} (${shift})`;
}

export function summaryCounts(s: Summary): string {
  const parts = [`${s.unchanged} unchanged`, `${s.modified} modified`, `${s.added} added`, `${s.removed} removed`, `${s.moved} moved`];
  if (s.renumbered) parts.push(`${s.renumbered} renumbered`);
  if (s.leadVerbChanged) parts.push(`${s.leadVerbChanged} lead verb${s.leadVerbChanged === 1 ? '' : 's'} changed`);
  return parts.join(', ');
}

/** "2 substantive, 3 technical changes". */
export function kindCounts(s: Summary): string {
  return `${s.substantive} substantive, ${s.technical} technical change${s.technical === 1 ? '' : 's'}`;
}

export function documentName(doc: Comparison['old']): string {
  return `${doc.symbol ?? 'untitled'} (${doc.language}${doc.complete ? '' : ', partial'})`;
}

export const SECTION_TITLES = { preamble: 'Preambular paragraphs', operative: 'Operative paragraphs' } as const;

/** Groups consecutive changes by section, keeping order. */
export function bySection(changes: readonly Change[]): { section: Change['section']; changes: Change[] }[] {
  const groups: { section: Change['section']; changes: Change[] }[] = [];
  for (const c of changes) {
    const last = groups[groups.length - 1];
    if (last && last.section === c.section) last.changes.push(c);
    else groups.push({ section: c.section, changes: [c] });
  }
  return groups;
}

/** What a person called the two texts (the paste page's labels): they head a report in place of the symbols. */
export interface DocumentLabels {
  old: string;
  new: string;
}

/** The name of each side: its label when given, else its symbol, else "Old text" / "New text". */
export function sideNames(c: Comparison, labels?: DocumentLabels): { old: string; new: string } {
  return { old: labels?.old || c.old.symbol || 'Old text', new: labels?.new || c.new.symbol || 'New text' };
}

/** Which paragraphs a reader asked to see: all, those that changed, or only substantive changes. */
export type Visibility = 'all' | 'changed' | 'substantive';

/** Whether a change is folded away: unchanged ones unless all are shown, technical ones too for "substantive". */
export function isHidden(change: Change, visibility: Visibility): boolean {
  if (visibility === 'all') return false;
  if (change.kind === 'unchanged' && !change.renumbered) return true;
  return visibility === 'substantive' && change.technical;
}

/** Splits changes into runs, folding consecutive hidden paragraphs into one. */
export function foldUnchanged(changes: readonly Change[], visibility: Visibility): ({ folded: Change[] } | { change: Change })[] {
  const out: ({ folded: Change[] } | { change: Change })[] = [];
  for (const change of changes) {
    if (isHidden(change, visibility)) {
      const last = out[out.length - 1];
      if (last && 'folded' in last) last.folded.push(change);
      else out.push({ folded: [change] });
    } else out.push({ change });
  }
  return out;
}

/** "3 unchanged paragraphs: PP1 to PP3", or "… unchanged or with technical changes only …". */
export function foldedLabel(folded: readonly Change[]): string {
  const first = changeLabel(folded[0]!);
  const last = changeLabel(folded[folded.length - 1]!);
  const n = folded.length;
  const what = folded.some((c) => c.technical) ? `paragraph${n === 1 ? '' : 's'} unchanged or with technical changes only` : `unchanged paragraph${n === 1 ? '' : 's'}`;
  return `${n} ${what}: ${n === 1 ? first : `${first} to ${last}`}`;
}

/** The tone line: "Tone: stronger (2 stronger, 1 weaker, 1 sideways): 邀请 → 鼓励 (OP 11, stronger); …". */
export function toneLine(shifts: readonly VerbShift[]): string {
  if (shifts.length === 0) return 'Tone: unchanged (no lead verb changed)';
  const count = (s: Shift) => shifts.filter((x) => x.shift === s).length;
  const up = count('stronger');
  const down = count('weaker');
  const overall = up > down ? 'stronger' : down > up ? 'weaker' : up === 0 ? 'unchanged' : 'mixed';
  const list = shifts.map((s) => `${isolateRtl(s.old ?? '-')} → ${isolateRtl(s.new ?? '-')} (${changeLabel(s.change)}, ${s.shift})`).join('; ');
  return `Tone: ${overall} (${up} stronger, ${down} weaker, ${count('sideways')} sideways): ${list}`;
}

/** Said wherever a comparison gave up precision to stay within its work caps. */
export const APPROXIMATE_NOTE = 'A work cap was reached: some changes are shown coarser than word level.';

/** The share of the text the two versions have in common (characters in equal segments). */
export function keptShare(c: Comparison): number {
  let kept = 0;
  let oldChars = 0;
  let newChars = 0;
  for (const change of c.changes) {
    for (const s of change.segments) {
      const n = s.text.length;
      if (s.op === 'equal') {
        kept += n;
        oldChars += n;
        newChars += n;
      } else if (s.op === 'delete') oldChars += n;
      else newChars += n;
    }
  }
  const total = Math.max(oldChars, newChars);
  return total === 0 ? 1 : kept / total;
}

/** Below this share in common, a comparison says plainly that the text was largely rewritten. */
export const REWRITTEN_BELOW = 0.3;

/** "Largely rewritten: only 4% of the text is common to both versions.", or null. */
export function rewriteNote(c: Comparison): string | null {
  const share = keptShare(c);
  if (share >= REWRITTEN_BELOW) return null;
  return `Largely rewritten: only ${Math.floor(share * 100)}% of the text is common to both versions, so a paragraph-by-paragraph reading says little.`;
}

/**
 * When the titles differ only because one stops short of the other, and the text with the
 * shorter title is partial, the difference may be the source's cut rather than a change
 * (A/HRC/RES/28/2's text ends its title at "... in the field of human"). Says so, or null.
 */
export function cutTitleNote(c: Comparison): string | null {
  if (!c.title) return null;
  const old = c.title.old.trim();
  const now = c.title.new.trim();
  const [shortSide, short, long] = now.length < old.length ? (['new', now, old] as const) : (['old', old, now] as const);
  if (short.length === 0 || !long.startsWith(short)) return null;
  const doc = shortSide === 'new' ? c.new : c.old;
  if (doc.complete) return null;
  const rest = long.slice(short.length).trim();
  return `The ${shortSide} title is the ${shortSide === 'new' ? 'old' : 'new'} one without its last words ("${rest}"). The ${shortSide} text is partial, so its title may be cut short in the source rather than changed.`;
}

/**
 * Two texts in different languages: their words have nothing in common by construction, so the
 * comparison says that rather than "0% of the text is common". Null for one language.
 */
export function languageNote(c: Comparison): string | null {
  const m = c.languageMismatch;
  if (!m) return null;
  const name = (l: Language) => rulesFor(l).name;
  return `The two texts are in different languages (old: ${name(m.old)}, new: ${name(m.new)}): their words cannot be compared, so every paragraph shows as changed. Compare two texts in one language.`;
}

/** Where a partial text stops in the middle of a paragraph: the words past the cut are not compared. Null when none does. */
export function cutNote(c: Comparison): string | null {
  const cut = c.changes.filter((ch) => ch.cutAt !== undefined);
  if (cut.length === 0) return null;
  return `${cut.map(changeLabel).join(', ')}: a partial text stops in the middle of this paragraph, marked ${CUT_MARK}; the words past that point are not compared.`;
}

/** Marks the place where a partial text stops inside a paragraph. */
export const CUT_MARK = '[…]';

/** What the spacing repair did to one text, in a line: "spacing repaired: 412 spaces taken out of words …". */
export function spacingLine(joins: number): string {
  return `spacing repaired: the text came with spaces inside words ("Reaf firming"); ${joins} space${joins === 1 ? ' was' : 's were'} taken out before reading it`;
}

/** Which of the two texts had broken spacing repaired before the comparison, and how many spaces were taken out. Null when neither. */
export function spacingNote(c: Comparison): string | null {
  const sides = ([
    ['old', c.old],
    ['new', c.new],
  ] as const).filter(([, d]) => d.spacingRepair);
  if (sides.length === 0) return null;
  const parts = sides.map(([which, d]) => `the ${which} text (${d.spacingRepair!.joins} space${d.spacingRepair!.joins === 1 ? '' : 's'} taken out of words)`);
  return `Broken spacing repaired: ${parts.join(' and ')} came with spaces inside words, as some PDF viewers give text ("Reaf firming"); they were joined back by the language's word list before comparing. A word the list does not know (a name) may still show as changed.`;
}

/** The notes every renderer shows under the summary. */
export function comparisonNotes(c: Comparison): string[] {
  const language = languageNote(c);
  return [language, spacingNote(c), cutTitleNote(c), language ? null : rewriteNote(c), cutNote(c), c.approximate ? APPROXIMATE_NOTE : null].filter((n): n is string => n !== null);
}
