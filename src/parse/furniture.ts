// Page furniture and other non-paragraph lines: URLs, running headers, job numbers, closings, marks.

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const SYMBOL_PATTERN =
  /A\/(?:RES\/\d{1,3}\/\d{1,4}|HRC\/(?:RES|DEC)\/\d{1,3}\/\d{1,4}|C\.\d\/\d{1,3}\/L\.\d{1,4}(?:\/Rev\.\d{1,2})?|HRC\/\d{1,3}\/L\.\d{1,4}(?:\/Rev\.\d{1,2})?|\d{1,3}\/L\.\d{1,4}(?:\/Rev\.\d{1,2})?)(?![\w/])/;

const URL = /^(?:https?:\/\/|www\.)\S+$/i;
const RULE = /^[_\u2014\u2015\u2500-]{5,}$/;
const MARK = /^\d{1,3}$/;
const JOB_NUMBER = [
  // "13-44904 (C)", "3/313-44904 (C)" (page 3/3 glued to job 13-44904), "*1344904*", "GE.12-13124"
  /^(?:\d{1,3}\/\d{1,3}\s*)?\d{2}-\d{5}\s*(?:\([A-Z]\))?\s*(?:\*\d{7,}\*)?$/,
  /^\d{1,3}\/\d{1,3}\d{2}-\d{5}\s*(?:\([A-Z]\))?$/,
  /^\*\d{7,}\*$/,
  /^GE\.\d{2}-\d{5}/,
  /^(?:Please recycle|请回收)/i,
];
const PAGE_NUMBER = /^(?:\d{1,3}\/\d{1,3}|Page \d+(?: of \d+)?|-\s?\d{1,3}\s?-)$/i;
const SITE_FOOTER = [
  /^This document has been posted online by the United Nations/i,
  /^Distr\.?:?\s*(?:GENERAL|General|LIMITED|Limited|RESTRICTED)\b/,
  /^(?:United Nations|联合国)$/,
];
const CLOSING_EN_MEETING = /^(\d{1,4})(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\.?$/i;
const CLOSING_EN_DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTHS})\\s+(\\d{4})\\.?$`, 'i');
const CLOSING_ZH_MEETING = /^第\s*(\d{1,4})\s*次(?:全体)?会议$/;
const CLOSING_ZH_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const OLD_FOOTNOTE = /^(\d{1,2})\/\s+(\S.*)$/;

/** `page` is a bare page number ("2/3"): furniture only next to other furniture, else text. */
export type LineKind = 'blank' | 'url' | 'rule' | 'mark' | 'page' | 'furniture' | 'closing' | 'text';

/** What the parser knows about the document when it classifies body lines. */
export interface FurnitureContext {
  symbol: string | null;
  title: string | null;
}

/** Classifies one trimmed body line. Closing lines are only candidates; the assembler decides. */
export function classifyLine(text: string, ctx: FurnitureContext): LineKind {
  if (text === '') return 'blank';
  if (URL.test(text)) return 'url';
  if (RULE.test(text)) return 'rule';
  if (MARK.test(text)) return 'mark';
  if (JOB_NUMBER.some((re) => re.test(text))) return 'furniture';
  if (PAGE_NUMBER.test(text)) return 'page';
  if (SITE_FOOTER.some((re) => re.test(text))) return 'furniture';
  if (isRunningHeader(text, ctx)) return 'furniture';
  if (closingOf(text)) return 'closing';
  return 'text';
}

/**
 * A running header: the document's own symbol with at most a short title beside it
 * ("增进人权领域的国际合作 A/RES/68/160"), or the symbol alone.
 */
export function isRunningHeader(text: string, ctx: FurnitureContext): boolean {
  const m = SYMBOL_PATTERN.exec(text);
  if (!m) return false;
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim();
  if (ctx.symbol !== null && m[0] !== ctx.symbol) return false;
  if (rest === '') return true;
  if (ctx.symbol === null) return false;
  if (/[,.;:，。；：]$/.test(rest)) return false;
  const compact = (s: string) => s.replace(/\s+/g, '');
  if (ctx.title && (compact(rest) === compact(ctx.title) || compact(ctx.title).startsWith(compact(rest)))) return true;
  return rest.length <= 40 && !/[,，;；]/.test(rest);
}

/** The facts a closing line states: "70th plenary meeting", "18 December 2013", "第 70 次全体会议". */
export interface ClosingFact {
  meeting?: string;
  date?: string;
}

function isoDate(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function monthNumber(name: string): number {
  return MONTHS.toLowerCase().split('|').indexOf(name.toLowerCase()) + 1;
}

/** Parses a closing line (meeting or date), or returns null. */
export function closingOf(text: string): ClosingFact | null {
  let m = CLOSING_EN_MEETING.exec(text) ?? CLOSING_ZH_MEETING.exec(text);
  if (m) return { meeting: m[1]! };
  m = CLOSING_EN_DATE.exec(text);
  if (m) return { date: isoDate(m[3]!, monthNumber(m[2]!), m[1]!) };
  m = CLOSING_ZH_DATE.exec(text);
  if (m) return { date: isoDate(m[1]!, Number(m[2]), m[3]!) };
  return null;
}

/** An old HTML footnote text line: "1/    A/CONF.157/24 (Part I), chap. III." */
export function oldFootnoteOf(text: string): { mark: number; text: string } | null {
  const m = OLD_FOOTNOTE.exec(text);
  return m ? { mark: Number(m[1]), text: m[2]!.trim() } : null;
}

/** A date written out in a sentence: "on 21 March 2013", "2013 年 3 月 21 日". */
export function findDate(text: string): string | null {
  const en = new RegExp(`(\\d{1,2})\\s+(${MONTHS})\\s+(\\d{4})`, 'i').exec(text);
  if (en) return isoDate(en[3]!, monthNumber(en[2]!), en[1]!);
  const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (zh) return isoDate(zh[1]!, Number(zh[2]), zh[3]!);
  return null;
}
