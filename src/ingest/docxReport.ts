// What a Word report written by resdiff (render/docx.ts) says it compares, kept in the file's
// custom document properties (Word: File > Info > Properties > Custom), so that reading the
// report back with readTrackedDocx names both texts by their own symbols and titles. The Word
// body starts with a heading naming both ("A/RES/55/109 → A/RES/68/160"), which the parser
// would otherwise take for both texts' symbol.

/** The custom properties' names, one per fact of each text. */
export const REPORT_PROPERTIES = {
  old: { symbol: 'resdiff old symbol', title: 'resdiff old title' },
  new: { symbol: 'resdiff new symbol', title: 'resdiff new title' },
} as const;

/** One text of the pair a report compares, as its properties name it. */
export interface ReportedText {
  symbol: string | null;
  title: string | null;
}

/**
 * The custom properties for a report of `old` -> `new` (facts that are null are left out).
 *
 * @example reportProperties({ symbol: 'A/RES/55/109', title: null }, …) // [{ name: 'resdiff old symbol', value: 'A/RES/55/109' }, …]
 */
export function reportProperties(old: ReportedText, neu: ReportedText): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const [side, text] of [['old', old], ['new', neu]] as const) {
    if (text.symbol !== null) out.push({ name: REPORT_PROPERTIES[side].symbol, value: text.symbol });
    if (text.title !== null) out.push({ name: REPORT_PROPERTIES[side].title, value: text.title });
  }
  return out;
}

/** The pair a report says it compares, from a Word file's custom properties; null when they name no symbol (not a resdiff report). */
export function reportedPair(properties: Readonly<Record<string, string>>): { old: ReportedText; new: ReportedText } | null {
  const side = (s: 'old' | 'new'): ReportedText => ({ symbol: properties[REPORT_PROPERTIES[s].symbol] ?? null, title: properties[REPORT_PROPERTIES[s].title] ?? null });
  const pair = { old: side('old'), new: side('new') };
  return pair.old.symbol === null && pair.new.symbol === null ? null : pair;
}

/**
 * A text parsed from a report's body, named as the report names it: the symbol and title in its
 * properties replace what the parser took from the heading (both texts' symbol, no title).
 */
export function namedAsReported<T extends { symbol: string | null; title: string | null }>(parsed: T, reported: ReportedText | undefined): T {
  if (reported === undefined) return parsed;
  return { ...parsed, symbol: reported.symbol ?? parsed.symbol, title: reported.title ?? parsed.title };
}
