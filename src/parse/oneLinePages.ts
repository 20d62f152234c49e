// One-line pages: text copied from a PDF viewer often holds a whole page (or the whole
// document) on one line, with the footnote block ("__________________ * On behalf of … 1
// A/CONF.157/24 (Part I), chap. III.") and the page furniture (job number "11-56802 (E)
// 281011", barcode "*1156802*", the running symbol) in the middle of a paragraph that goes on
// after them, and footnote marks as bare numbers between words ("on 25 June 1993 1 for").
//
// This pass puts each of those on a line of its own, as the printed PDF layout has them, so
// the parser reads both layouts the same way. It only turns white space into line breaks:
// the text keeps its length, and every offset into it still points at the same character.
import type { LanguageRules } from '../lang/index.js';
import { SYMBOL_PATTERN } from './furniture.js';

/** Lines shorter than this are printed lines, not pages. */
const PAGE_LINE = 300;

const RULE = /(?<!\S)_{5,}(?!\S)/g;
// Job numbers ("11-56802 (E) 281011", with a page number "2 11-56802" / "11-56802 3") and barcodes.
const PAGE_FURNITURE = /(?<!\S)(?:(?:\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}(?=\s+\D|$))?|\*\d{7,}\*)(?!\S)/g;
const NOTE_START = /^(\*{1,3}|\d{1,3})\s+(?=\S)/;

interface Span {
  start: number;
  end: number;
}

/** Turns the white space around [start, end) into line breaks. */
function isolate(chars: string[], span: Span): void {
  for (let k = span.start - 1; k >= 0 && /\s/.test(chars[k]!); k--) chars[k] = '\n';
  for (let k = span.end; k < chars.length && /\s/.test(chars[k]!); k++) chars[k] = '\n';
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
    const rest = line.slice(bodyStart);
    const next = mark === null ? /[.。](?=\s+\d{1,3}\s+\S)/ : new RegExp(`[.。](?=\\s+${mark + 1}\\s+\\S)`);
    const candidates = [
      next.exec(rest),
      /[.。](?=\s+(?:\p{Ll}|\p{Script=Han}))/u.exec(rest),
    ].flatMap((m) => (m ? [bodyStart + m.index + 1] : []));
    const stop = furniture.find((f) => f.start >= bodyStart);
    if (stop) candidates.push(stop.start);
    let end = Math.min(line.length, ...candidates);
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
  if (!/_{5,}/.test(text)) return text;
  // Offsets are counted in code units: a text with characters outside the BMP keeps its layout.
  if ([...text].length !== text.length) return text;
  const symbol = SYMBOL_PATTERN.exec(text)?.[0] ?? null;
  const chars = text.split('');
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
    if (line.length >= PAGE_LINE) {
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
  return chars.join('');
}

/** A bare number standing between two words. */
const BARE_NUMBER = /(?<=\S)[^\S\n]+(\d{1,3})[^\S\n]+(?=\S)/g;

/**
 * Each mark a footnote block declares stands somewhere before its note: on a line of its own
 * (the PDF layout) or as a bare number between words. The first such number after the
 * previous mark that the language does not read as a number of the text ("Article 1", "2012
 * 年 3 月") is put on a line of its own.
 */
function markBareNumbers(chars: string[], lines: readonly { line: string; offset: number }[], notes: readonly Note[], skip: readonly Span[], rules: LanguageRules): void {
  const { notAfter, notBefore } = rules.footnoteMarks.bare;
  let after = -1;
  const done = new Set<number>();
  for (const note of notes) {
    if (done.has(note.mark)) continue;
    search: for (const { line, offset } of lines) {
      if (offset + line.length <= after) continue;
      if (offset >= note.at) break;
      if (line.trim() === String(note.mark) && offset > after) {
        after = offset;
        done.add(note.mark);
        break;
      }
      for (const m of line.matchAll(BARE_NUMBER)) {
        const at = offset + m.index + m[0].indexOf(m[1]!);
        if (at <= after || at >= note.at || Number(m[1]) !== note.mark) continue;
        if (skip.some((s) => at >= s.start && at < s.end)) continue;
        const before = line.slice(Math.max(0, m.index - 30), m.index);
        const next = line.slice(m.index + m[0].length - 1, m.index + m[0].length + 30);
        if (notAfter.test(before) || notBefore.test(next)) continue;
        isolate(chars, { start: at, end: at + m[1]!.length });
        after = at;
        done.add(note.mark);
        break search;
      }
    }
  }
}
