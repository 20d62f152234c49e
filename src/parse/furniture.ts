// Page furniture and other non-paragraph lines: URLs, running headers, job numbers, closings, marks.
// Words of furniture and closings are the languages' (src/lang/), recognised in every language.
import { EVERY_LANGUAGE } from '../lang/index.js';
import type { ClosingFact } from '../lang/types.js';

export type { ClosingFact } from '../lang/types.js';

export const SYMBOL_PATTERN =
  /A\/(?:RES\/\d{1,3}\/\d{1,4}|HRC\/(?:RES|DEC)\/\d{1,3}\/\d{1,4}|(?:C\.\d\/|HRC\/)?\d{1,3}\/L\.\d{1,4}(?:\/Rev\.\d{1,2})?(?:\/Corr\.\d{1,2})?)(?![\w/])/;

const URL = /^(?:https?:\/\/|www\.)\S+$/i;
const RULE = /^[_\u2014\u2015\u2500-]{5,}$/;
const MARK = /^\d{1,3}$/;
const JOB_NUMBER = [
  // "13-44904 (C)", "3/313-44904 (C)" (page 3/3 glued to job 13-44904), "*1344904*", "GE.12-13124"
  /^(?:\d{1,3}\/\d{1,3}\s*)?\d{2}-\d{5}\s*(?:\([A-Z]\))?\s*(?:\*\d{7,}\*)?$/,
  // A draft's: "11-56802 (E) 281011" (with the date it was processed), "2 11-56802", "11-56802 3" (page numbers).
  /^(?:\d{1,3}\s+)?(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3})?$/,
  /^\d{1,3}\/\d{1,3}\d{2}-\d{5}\s*(?:\([A-Z]\))?$/,
  /^\*\d{7,}\*$/,
  /^GE\.\d{2}-\d{5}/,
];
const PAGE_NUMBER = [/^(?:\d{1,3}\/\d{1,3}|-\s?\d{1,3}\s?-)$/i, ...EVERY_LANGUAGE.flatMap((r) => r.pageNumbers)];
/** Site footers and recycling notes, in every language ("Please recycle", "联合国" alone). */
const WORDED_FURNITURE = EVERY_LANGUAGE.flatMap((r) => r.furniture);
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
  if (PAGE_NUMBER.some((re) => re.test(text))) return 'page';
  if (WORDED_FURNITURE.some((re) => re.test(text))) return 'furniture';
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

/** Parses a closing line (meeting or date) in any language, or returns null. */
export function closingOf(text: string): ClosingFact | null {
  for (const rules of EVERY_LANGUAGE) {
    const fact = rules.closing(text);
    if (fact) return fact;
  }
  return null;
}

/** An old HTML footnote text line: "1/    A/CONF.157/24 (Part I), chap. III." */
export function oldFootnoteOf(text: string): { mark: number; text: string } | null {
  const m = OLD_FOOTNOTE.exec(text);
  return m ? { mark: Number(m[1]), text: m[2]!.trim() } : null;
}

/** A date written out in a sentence, in any language: "on 21 March 2013", "2013 年 3 月 21 日". */
export function findDate(text: string): string | null {
  for (const rules of EVERY_LANGUAGE) {
    const date = rules.findDate(text);
    if (date) return date;
  }
  return null;
}
