// One-line pages: text copied from a PDF viewer often holds a whole page (or the whole
// document) on one line, with the footnote block ("__________________ * On behalf of … 1
// A/CONF.157/24 (Part I), chap. III.") and the page furniture (job number "11-56802 (E)
// 281011", barcode "*1156802*", the running symbol) in the middle of a paragraph that goes on
// after them, and footnote marks as bare numbers between words ("on 25 June 1993 1 for").
//
// This pass puts each of those on a line of its own, as the printed PDF layout has them, so
// the parser reads both layouts the same way. It only turns white space into line breaks:
// the text keeps its length, and every offset into it still points at the same character.
import { EVERY_LANGUAGE, type LanguageRules } from '../lang/index.js';
import { SYMBOL_PATTERN } from './furniture.js';

/** Lines shorter than this are printed lines, not pages. */
const PAGE_LINE = 300;

const RULE = /(?<!\S)_{5,}(?!\S)/g;
// Job numbers ("11-56802 (E) 281011", with a page number "2 11-56802" / "11-56802 3"; Geneva's
// "GE.16-11111(E)"), and barcodes.
const PAGE_FURNITURE = /(?<!\S)(?:(?:\d{1,3}\s+)?(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}(?=\s+\D|$))?|\*\d{7,}\*)(?!\S)/g;
/** Furniture that is never text, wherever it stands: barcodes, job numbers with their language code. */
const STRONG_FURNITURE = /(?<!\S)(?:\*\d{7,}\*|(?:GE\.)?\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?)(?!\S)/;
/** A note ends where a paragraph opens after its full stop: a certain opener of any language, or "3. ". */
const OPENS_AFTER_NOTE = new RegExp(`[.。](?=\\s+(?:\\d{1,3}\\.\\s|(?:${[...new Set(EVERY_LANGUAGE.flatMap((r) => r.midLineOpeners))].join('|')})\\b))`, 'u');
const NOTE_START = /^(\*{1,3}|\d{1,3})\s+(?=\S)/;

interface Span {
  start: number;
  end: number;
}

/** The text and, per code unit, whether it becomes a line break. */
interface Breaks {
  text: string;
  at: Uint8Array;
}

const isSpace = (text: string, k: number) => /\s/.test(text[k]!);

/** Turns the white space around [start, end) into line breaks. */
function isolate(breaks: Breaks, span: Span): void {
  const { text, at } = breaks;
  for (let k = span.start - 1; k >= 0 && isSpace(text, k); k--) at[k] = 1;
  for (let k = span.end; k < text.length && isSpace(text, k); k++) at[k] = 1;
}

function furnitureSpans(line: string, symbol: string | null): Span[] {
  const spans: Span[] = [...line.matchAll(PAGE_FURNITURE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (symbol !== null) {
    for (let at = line.indexOf(symbol); at >= 0; at = line.indexOf(symbol, at + symbol.length)) {
      const end = at + symbol.length;
      const alone = (at === 0 || /\s/.test(line[at - 1]!)) && (end === line.length || /\s/.test(line[end]!));
      if (alone) spans.push({ start: at, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const NEXT_NOTE = new Map<number, RegExp>();
/** The end of a note followed by note `mark`: "… chap. III. 2 See …". */
function nextNote(mark: number): RegExp {
  let re = NEXT_NOTE.get(mark);
  if (re === undefined) NEXT_NOTE.set(mark, (re = new RegExp(`[.。](?=\\s+${mark}\\s+\\S)`)));
  return re;
}

/** The first span starting at or after `at` (spans sorted by start). */
function firstFrom(spans: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo];
}

/**
 * The notes of a footnote block that starts at `from` (just after its rule): a starred note
 * ("* On behalf of …") and numbered ones in order ("1 A/CONF.157/24 …", "2 See resolution
 * 55/2."). A note ends before the next note, before page furniture, where the paragraph goes
 * on (a full stop, then a lower-case or Chinese word), or at the end of the line.
 */
function readNotes(line: string, from: number, furniture: readonly Span[]): { notes: (Span & { mark: number | null })[]; end: number } {
  const notes: (Span & { mark: number | null })[] = [];
  let pos = from;
  while (pos < line.length && /\s/.test(line[pos]!)) pos++;
  let previous: number | null = null;
  for (;;) {
    const head = NOTE_START.exec(line.slice(pos, pos + 8));
    if (!head) break;
    const mark = head[1]!.startsWith('*') ? null : Number(head[1]);
    if (mark !== null && previous !== null && mark !== previous + 1) break;
    if (mark === null && notes.length > 0) break;
    const bodyStart = pos + head[0].length;
    // A note is short: look for its end within the next 2,000 characters.
    const rest = line.slice(bodyStart, bodyStart + 2000);
    const next = mark === null ? /[.。](?=\s+\d{1,3}\s+\S)/ : nextNote(mark + 1);
    const candidates = [
      next.exec(rest),
      /[.。](?=\s+(?:\p{Ll}|\p{Script=Han}))/u.exec(rest),
      OPENS_AFTER_NOTE.exec(rest),
    ].flatMap((m) => (m ? [bodyStart + m.index + 1] : []));
    const stop = firstFrom(furniture, bodyStart);
    if (stop) candidates.push(stop.start);
    let end = Math.min(line.length, bodyStart + rest.length, ...candidates);
    while (end > bodyStart && /\s/.test(line[end - 1]!)) end--;
    if (end <= bodyStart) break;
    notes.push({ start: pos, end, mark });
    if (mark !== null) previous = mark;
    pos = end;
    while (pos < line.length && /\s/.test(line[pos]!)) pos++;
    if (stop && pos >= stop.start) break;
  }
  return { notes, end: pos };
}

/** A numbered note of a printed footnote block: "1 A/CONF.157/24 …" (after a rule line). */
const PRINTED_NOTE = /^\s*(\d{1,3})\s+\S/;
const PRINTED_RULE = /^\s*_{5,}\s*$/;
const PRINTED_STAR = /^\s*\*{1,3}\s*\S/;

interface Note {
  mark: number;
  /** Offset of the note in the text: its mark stands before it. */
  at: number;
}

/**
 * Splits one-line pages into the printed layout's lines and puts bare footnote marks on lines
 * of their own (same length, same offsets).
 *
 * @example unfoldOneLinePages('… among Member States __________________ 1 A/CONF.157/24 (Part I), chap. III. in the field …', en)
 * // '… among Member States\n__________________\n1 A/CONF.157/24 (Part I), chap. III.\nin the field …'
 */
export function unfoldOneLinePages(text: string, rules: LanguageRules): string {
  if (!/_{5,}/.test(text) && !STRONG_FURNITURE.test(text)) return text;
  const symbol = SYMBOL_PATTERN.exec(text)?.[0] ?? null;
  const chars: Breaks = { text, at: new Uint8Array(text.length) };
  const lines: { line: string; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ line, offset });
    offset += line.length + 1;
  }
  const notes: Note[] = [];
  const skip: Span[] = [];
  let inBlock = false;
  let previous: number | null = null;
  for (const { line, offset } of lines) {
    // A page on one line; or any line where a rule stands among words (never text).
    const alone = line.trim();
    const strong = STRONG_FURNITURE.exec(alone);
    const among = strong !== null && strong[0] !== alone;
    if (line.length >= PAGE_LINE || among || (!PRINTED_RULE.test(line) && /(?:^|\s)_{5,}(?:\s|$)/.test(line))) {
      inBlock = false;
      const furniture = furnitureSpans(line, symbol);
      for (const f of furniture) isolate(chars, { start: offset + f.start, end: offset + f.end });
      skip.push(...furniture.map((f) => ({ start: offset + f.start, end: offset + f.end })));
      for (const r of line.matchAll(RULE)) {
        isolate(chars, { start: offset + r.index, end: offset + r.index + r[0].length });
        for (const n of readNotes(line, r.index + r[0].length, furniture).notes) {
          isolate(chars, { start: offset + n.start, end: offset + n.end });
          skip.push({ start: offset + n.start, end: offset + n.end });
          if (n.mark !== null) notes.push({ mark: n.mark, at: offset + n.start });
        }
      }
      continue;
    }
    // The printed layout: a rule line, then a starred note and numbered notes in order.
    if (PRINTED_RULE.test(line)) {
      inBlock = true;
      previous = null;
      continue;
    }
    if (!inBlock) continue;
    const numbered = PRINTED_NOTE.exec(line);
    if (numbered && (previous === null || Number(numbered[1]) === previous + 1)) {
      previous = Number(numbered[1]);
      notes.push({ mark: previous, at: offset });
      skip.push({ start: offset, end: offset + line.length });
    } else if (PRINTED_STAR.test(line) && previous === null) {
      skip.push({ start: offset, end: offset + line.length });
    } else if (line.trim() !== '') inBlock = false;
  }
  markBareNumbers(chars, lines, notes, skip, rules);
  // Only white space was marked: the text keeps its length and every other character.
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if (chars.at[k] !== 1) continue;
    parts.push(text.slice(from, k), '\n');
    from = k + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A bare number standing between two words. */
const BARE_NUMBER = /(?<=\S)[^\S\n]+(\d{1,3})[^\S\n]+(?=\S)/g;

/** Candidates checked at most, in all: a bound on the work a hostile text can ask for. */
const MAX_CHECKS = 1_000_000;

interface Candidate {
  mark: number;
  /** Offset of the number in the text. */
  at: number;
  /** The number stands on a line of its own already (the PDF layout). */
  alone: boolean;
  before: string;
  after: string;
}

/** Whether `at` falls in one of the spans (sorted by start, not overlapping). */
function inSpans(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Each mark a footnote block declares stands somewhere before its note: on a line of its own
 * (the PDF layout) or as a bare number between words. The first such number after the
 * previous mark that the language does not read as a number of the text ("Article 1", "2012
 * 年 3 月") is put on a line of its own.
 */
function markBareNumbers(chars: Breaks, lines: readonly { line: string; offset: number }[], notes: readonly Note[], skip: readonly Span[], rules: LanguageRules): void {
  if (notes.length === 0) return;
  const { notAfter, notBefore } = rules.footnoteMarks.bare;
  const spans = [...skip].sort((a, b) => a.start - b.start);
  const candidates: Candidate[] = [];
  for (const { line, offset } of lines) {
    if (/^\s*\d{1,3}\s*$/.test(line)) {
      candidates.push({ mark: Number(line), at: offset + line.search(/\d/), alone: true, before: '', after: '' });
      continue;
    }
    for (const m of line.matchAll(BARE_NUMBER)) {
      const at = offset + m.index + m[0].indexOf(m[1]!);
      if (inSpans(spans, at)) continue;
      candidates.push({
        mark: Number(m[1]),
        at,
        alone: false,
        before: line.slice(Math.max(0, m.index - 30), m.index),
        after: line.slice(m.index + m[0].length - 1, m.index + m[0].length + 30),
      });
    }
  }
  let next = 0;
  let checks = 0;
  const done = new Set<number>();
  for (const note of notes) {
    if (done.has(note.mark)) continue;
    for (let k = next; k < candidates.length && candidates[k]!.at < note.at && checks < MAX_CHECKS; k++, checks++) {
      const c = candidates[k]!;
      if (c.mark !== note.mark) continue;
      if (!c.alone && (notAfter.test(c.before) || notBefore.test(c.after))) continue;
      if (!c.alone) isolate(chars, { start: c.at, end: c.at + String(c.mark).length });
      done.add(note.mark);
      next = k + 1;
      break;
    }
  }
}
