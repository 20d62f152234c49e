// Shared wording for every renderer: paragraph labels, change headlines, the summary line.
import type { Change, Comparison, ParagraphRef, Summary } from '../model/comparison.js';
import { assertNever } from '../model/comparison.js';

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
      return `modified, ${Math.round(change.similarity * 100)}% kept${change.renumbered ? ', renumbered' : ''}`;
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

/** "lead verb: Welcomes -> Takes note of" or null. */
export function leadVerbLine(change: Change, arrow = '->'): string | null {
  if (!change.leadVerb) return null;
  return `lead verb: ${change.leadVerb.old ?? '(none)'} ${arrow} ${change.leadVerb.new ?? '(none)'}`;
}

export function summaryCounts(s: Summary): string {
  const parts = [`${s.unchanged} unchanged`, `${s.modified} modified`, `${s.added} added`, `${s.removed} removed`, `${s.moved} moved`];
  if (s.renumbered) parts.push(`${s.renumbered} renumbered`);
  if (s.leadVerbChanged) parts.push(`${s.leadVerbChanged} lead verb${s.leadVerbChanged === 1 ? '' : 's'} changed`);
  return parts.join(', ');
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

/** Splits changes into runs, folding consecutive unchanged paragraphs when asked to. */
export function foldUnchanged(changes: readonly Change[], fold: boolean): ({ folded: Change[] } | { change: Change })[] {
  const out: ({ folded: Change[] } | { change: Change })[] = [];
  for (const change of changes) {
    if (fold && change.kind === 'unchanged' && !change.renumbered) {
      const last = out[out.length - 1];
      if (last && 'folded' in last) last.folded.push(change);
      else out.push({ folded: [change] });
    } else out.push({ change });
  }
  return out;
}

/** "3 unchanged paragraphs: PP1-PP3". */
export function foldedLabel(folded: readonly Change[]): string {
  const first = changeLabel(folded[0]!);
  const last = changeLabel(folded[folded.length - 1]!);
  const n = folded.length;
  return `${n} unchanged paragraph${n === 1 ? '' : 's'}: ${n === 1 ? first : `${first} to ${last}`}`;
}
