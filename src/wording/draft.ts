// What a header says about a draft: its kind, revision and sponsors ("Revised draft (Rev.1),
// sponsored by Algeria, Cuba and Egypt; Third Committee, Sixty-sixth session, agenda item 69 (b)").
// Layer: wording. Imports model/ only; used by the renderers' headers and the CLI's `parse`.
import type { DraftFacts } from '../model/resolution.js';

/** "Draft" or "Revised draft", with "(Rev.1)" and "(Corr.1)" when the symbol says so. */
export function draftKind(d: DraftFacts): string {
  const kind = d.kind === 'revised draft' ? 'Revised draft' : 'Draft';
  const marks = [d.revision !== null ? `Rev.${d.revision}` : null, d.corrigendum !== null ? `Corr.${d.corrigendum}` : null].filter((x) => x !== null);
  return marks.length ? `${kind} (${marks.join(', ')})` : kind;
}

/** "Algeria, Cuba and Egypt" (with the starred note's star when there is one: "Cuba*"). */
export function sponsorList(d: DraftFacts): string {
  const names = d.sponsors.map((s, k) => (k === 0 && d.sponsorsNote ? `${s}*` : s));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * One line for a header.
 *
 * @example draftLine({ kind: 'draft', revision: null, sponsors: ['Cuba'], committee: 'Third Committee', … })
 * // 'Draft, sponsored by Cuba; Third Committee'
 */
export function draftLine(d: DraftFacts): string {
  const where = [d.committee, d.session, d.agendaItem !== null ? `agenda item ${d.agendaItem}` : null].filter((x) => x !== null);
  const sponsors = d.sponsors.length ? `, sponsored by ${sponsorList(d)}` : '';
  return `${draftKind(d)}${sponsors}${where.length ? `; ${where.join(', ')}` : ''}`;
}
