// Lines of the input with their offsets; very long one-line paragraphs are split into pseudo-lines.
import { isCjkChar } from '../text/cjk.js';
import { EVERY_LANGUAGE } from '../lang/index.js';

/** One physical (or, for one-line texts, pseudo) line of the input. */
export interface Line {
  /** The line as it stands, without its line break. */
  raw: string;
  /** `raw` without leading and trailing white space. */
  text: string;
  /** Leading white space, in characters. */
  indent: number;
  start: number;
  end: number;
  /** True for a piece of a long line split at a likely paragraph boundary. */
  pseudo: boolean;
}

function makeLine(raw: string, start: number, pseudo: boolean): Line {
  const text = raw.trim();
  const indent = raw.length - raw.trimStart().length;
  return { raw, text, indent, start, end: start + raw.length, pseudo };
}

/** Lines longer than this, holding several paragraph boundaries, are split (the one-line HTML layout). */
const LONG_LINE = 600;

const classText = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
/** Every language's digits (Arabic-Indic ones too: "١."), as regex class text. */
const DIGITS = [...new Set(EVERY_LANGUAGE.map((r) => r.digits))].join('');
/** The marks a paragraph ends with, as regex class text: Latin ones and those of each language ("،" and "؛" in Arabic). */
const endsOf = (latin: string, languages: typeof EVERY_LANGUAGE) => classText([...new Set([...latin, ...languages.flatMap((r) => [...r.closingMarks])])].join(''));
const ENDS = endsOf(',;:.!?', EVERY_LANGUAGE);
/** The same for a paragraph starting mid-line, in languages that space their words. */
const SPACED_ENDS = endsOf(',;.:', EVERY_LANGUAGE.filter((r) => !r.joinsLinesWithoutSpace));

// A white-space run that may end a paragraph: after terminal punctuation or before "12. ".
// (Not after the number of "12. Decides": the number stays with its paragraph.)
const LATIN_CUT = new RegExp(`(?<=[${ENDS}])(?<!(?:^|\\s)[${DIGITS}]{1,3}\\.)\\s+|(?<!\\s)\\s+(?=[${DIGITS}]{1,3}\\.\\s)`, 'gu');

function cutPoints(raw: string): number[] {
  const cuts: number[] = [];
  const chars = raw;
  const cjkHeavy = (raw.match(/\p{Script=Han}/gu)?.length ?? 0) > raw.length / 4;
  if (cjkHeavy) {
    // In Chinese text a space is never part of the words: every space next to a CJK
    // character or bracket is a place the page put a break. Keep "12. " with its paragraph.
    const re = /\s+/gu;
    for (const m of chars.matchAll(re)) {
      // Look back a few characters only: slicing the whole prefix would be quadratic on long lines.
      // (Five characters hold " 123."; "^" can only match when the window is the line's start.)
      const before = chars.slice(Math.max(0, m.index - 5), m.index);
      const after = chars[m.index + m[0].length];
      const prev = before[before.length - 1];
      if (/(^|\s)\d{1,3}\.$/.test(before)) continue;
      // Typeset spaces between Han and digits ("1993 年", "第 67/169 号") are layout, never a break.
      if ((/\p{Script=Han}/u.test(prev ?? '') && /\d/.test(after ?? '')) || (/\d/.test(prev ?? '') && /\p{Script=Han}/u.test(after ?? ''))) continue;
      if (isCjkChar(prev) || isCjkChar(after) || '[],;:.'.includes(prev ?? 'x')) {
        cuts.push(m.index, m.index + m[0].length);
      }
    }
    return cuts;
  }
  for (const m of chars.matchAll(LATIN_CUT)) cuts.push(m.index, m.index + m[0].length);
  return cuts;
}

// A paragraph that starts mid-line in spaced text: after punctuation, a certain opener of any
// language ("…human rights, Recalling also …") or the next operative number followed by a capital
// or by a letter of a script without case ("…; 2. Invites …", "…؛ 2. تطلب …"). The end of an opener
// is where no letter follows (`\b` knows ASCII letters only).
const MID_LINE_OPENERS = [...new Set(EVERY_LANGUAGE.flatMap((r) => r.midLineOpeners))];
const MID_LINE_START = new RegExp(
  `(?<=[${SPACED_ENDS}])(?<!(?:^|\\s)[${DIGITS}]{1,5}\\.)\\s+(?=(?:${MID_LINE_OPENERS.join('|')})(?![\\p{L}\\p{M}])|[${DIGITS}]{1,3}\\.\\s+[\\p{Lu}\\p{Lo}])`,
  'gu',
);
const MAY_START_MID_LINE = new RegExp(`[${SPACED_ENDS}]\\s+\\S`, 'u');

function splitAt(line: Line, cuts: number[]): Line[] {
  if (cuts.length === 0) return [line];
  const pieces: Line[] = [];
  let from = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    const to = cuts[k]!;
    if (to > from) pieces.push(makeLine(line.raw.slice(from, to), line.start + from, true));
    from = cuts[k + 1]!;
  }
  if (from < line.raw.length) pieces.push(makeLine(line.raw.slice(from), line.start + from, true));
  return pieces;
}

/** A Chinese page copied on one line: paragraphs end in punctuation followed by a space ("…合作， 回顾…"). */
const SPACED_CJK_BREAK = /[，；。：]\s+\S/u;

function splitLine(line: Line): Line[] {
  if (line.raw.length > LONG_LINE) {
    const cuts = cutPoints(line.raw);
    if (cuts.length >= 4) return splitAt(line, cuts);
  } else if (SPACED_CJK_BREAK.test(line.raw.trim()) && (line.raw.match(/\p{Script=Han}/gu)?.length ?? 0) > line.raw.length / 4) {
    const cuts = cutPoints(line.raw);
    if (cuts.length >= 2) return splitAt(line, cuts);
  }
  if (!MAY_START_MID_LINE.test(line.raw)) return [line];
  const cuts: number[] = [];
  for (const m of line.raw.matchAll(MID_LINE_START)) cuts.push(m.index, m.index + m[0].length);
  return splitAt(line, cuts);
}

/**
 * Splits cleaned text into lines with offsets. Long one-line texts, and Latin lines where a
 * paragraph clearly starts mid-line, become pseudo-lines.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push(...splitLine(makeLine(raw, start, false)));
    start += raw.length + 1;
  }
  return lines;
}
