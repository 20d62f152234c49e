// A draft's masthead and sponsors line: "Distr.: Limited", the date, "Original: English", the
// session, the committee, the agenda item and its title, "Cuba:* draft resolution" / "古巴*：决议草案",
// then the title. What a language writes comes from its rules (LanguageRules.draft).
import { EVERY_LANGUAGE, type LanguageRules } from '../lang/index.js';
import type { DraftFacts } from '../model/resolution.js';
import { normalizeParagraphText } from '../text/normalize.js';

/** A draft's symbol: A/C.3/66/L.32, A/HRC/32/L.11, A/66/L.5, with /Rev.1 and /Corr.1. */
export const DRAFT_SYMBOL = /^A\/(?:C\.\d\/\d{1,3}|HRC\/\d{1,3}|\d{1,3})\/L\.\d{1,4}(?:\/Rev\.\d{1,2})?(?:\/Corr\.\d{1,2})?$/;

/** Job numbers, barcodes and addresses in a masthead: furniture, never facts. */
const MASTHEAD_FURNITURE = /(?<!\S)(?:(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?|\*\d{7,}\*|https?:\/\/\S+)(?!\S)/g;

export interface DraftHeader {
  facts: DraftFacts;
  /** The title printed after the sponsors line, when there is one. */
  title: string | null;
}

/**
 * The lines the sponsors line may run over, counted back from its colon: a line break ends it
 * unless the line before ends a name in a list ("Algeria,", "… and"). The masthead's last
 * line (the agenda item's title) is thereby never read as sponsors.
 */
function sponsorsLine(before: string): string {
  const lines = before.split('\n');
  let k = lines.length - 1;
  while (k > 0 && /(?:,|\band|、|和)\s*$/.test(lines[k - 1]!)) k--;
  return lines.slice(k).join(' ');
}

/** Whether a symbol names a draft. */
export function isDraftSymbol(symbol: string | null): boolean {
  return symbol !== null && DRAFT_SYMBOL.test(symbol);
}

function firstMatch(text: string, patterns: readonly (RegExp | null)[]): RegExpExecArray | null {
  for (const re of patterns) {
    const m = re?.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Reads a draft's masthead (the header lines before the opening, one a line) in the text's own
 * language first, then in the others (a Chinese draft prints "Distr.: Limited" in English).
 * Returns null when the header has neither a draft symbol nor a sponsors line.
 *
 * @example readDraftHeader('… Cuba:* draft resolution Enhancement of …', 'A/C.3/66/L.32', en)!.facts.sponsors // ['Cuba']
 */
export function readDraftHeader(header: string, symbol: string | null, rules: LanguageRules): DraftHeader | null {
  const text = header.replace(MASTHEAD_FURNITURE, ' ').replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
  const order = [rules, ...EVERY_LANGUAGE.filter((r) => r !== rules)];
  let tail: RegExpExecArray | null = null;
  let reader = rules;
  for (const r of order) {
    tail = r.draft.sponsorsTail?.exec(text) ?? null;
    if (tail) {
      reader = r;
      break;
    }
  }
  if (tail === null && !isDraftSymbol(symbol)) return null;

  const before = tail ? text.slice(0, tail.index) : text;
  // The same text with its line breaks as spaces (same length): where the sponsors start in it.
  const flat = before.replace(/\n/g, ' ');
  const sponsorsText = tail ? reader.draft.sponsorsBefore(sponsorsLine(before)) : null;
  const sponsorsStart = sponsorsText === null ? -1 : flat.lastIndexOf(sponsorsText);
  const masthead = flat.slice(0, sponsorsStart < 0 ? flat.length : sponsorsStart);

  const agenda = firstMatch(masthead, order.map((r) => r.draft.agendaItem));
  const agendaTitle = agenda ? normalizeParagraphText(masthead.slice(agenda.index + agenda[0].length)) : '';
  const revision = symbol ? /\/Rev\.(\d{1,2})/.exec(symbol) : null;
  const corrigendum = symbol ? /\/Corr\.(\d{1,2})/.exec(symbol) : null;
  let date: string | null = null;
  for (const r of order) date ??= r.findDate(masthead);

  const facts: DraftFacts = {
    kind: tail?.groups?.revised || revision ? 'revised draft' : 'draft',
    revision: revision ? Number(revision[1]) : null,
    corrigendum: corrigendum ? Number(corrigendum[1]) : null,
    sponsors: sponsorsText ? reader.draft.splitSponsors(sponsorsText) : [],
    sponsorsNote: null,
    distribution: firstMatch(masthead, order.map((r) => r.draft.distribution))?.[1] ?? null,
    date,
    original: firstMatch(masthead, order.map((r) => r.draft.original))?.[1] ?? null,
    session: firstMatch(masthead, order.map((r) => r.draft.session))?.[0] ?? null,
    committee: firstMatch(masthead, order.map((r) => r.draft.committee))?.[0] ?? null,
    agendaItem: agenda ? agenda[1]!.replace(/\s+/g, ' ').trim() : null,
    agendaTitle: agendaTitle === '' ? null : agendaTitle,
  };
  const after = tail ? normalizeParagraphText(text.slice(tail.index + tail[0].length).replace(/\n/g, ' ')) : '';
  return { facts, title: after === '' ? null : after };
}
