// The parser: raw resolution text (any corpus layout, Chinese or English) -> Resolution.
// Layer: parse, raw text -> Resolution (pure). Imports lang/, text/ and model/ only; what it knows
// of a language comes from that language's rules (src/lang/), chosen once per text.
import { detectLanguage, rulesFor, type LanguageRules } from '../lang/index.js';
import { ParseError } from '../model/errors.js';
import type { Footnote, Language, Paragraph, Resolution, Section } from '../model/resolution.js';
import { cleanInput, joinLines, normalizeParagraphText } from '../text/normalize.js';
import { extractInlineMarks, noteMark, type MarkCounter } from './footnoteMarks.js';
import { classifyLine, closingOf, oldFootnoteOf, type FurnitureContext, type LineKind } from './furniture.js';
import { isDraftSymbol, readDraftHeader } from './draft.js';
import { findOpening, parseHeader } from './header.js';
import { isStrongOpener, leadVerbOf } from './leadVerb.js';
import { splitLines, type Line } from './lines.js';
import { unfoldOneLinePages } from './oneLinePages.js';

/** What the caller may know about a text that the text itself does not say. */
export interface ParseHints {
  symbol?: string | null;
  language?: Language;
  /** The text is cleanInput's output already (the spacing repair cleans it first): not cleaned twice. */
  cleaned?: boolean;
}

export { detectLanguage } from '../lang/detect.js';

interface Draft {
  lines: Line[];
  marks: number[];
  texts: string[];
}

// Operative numbers: up to three digits after punctuation; longer ones only in sequence. The
// digits are the language's (LanguageRules.digits: "١." in an Arabic text), read by its numberOf.
const OP_NUMBERS = new Map<string, RegExp>();
function opNumber(rules: LanguageRules): RegExp {
  let re = OP_NUMBERS.get(rules.digits);
  if (!re) OP_NUMBERS.set(rules.digits, (re = new RegExp(`^([${rules.digits}]{1,5})\\.(?![${rules.digits}])\\s*(?=\\S)`)));
  return re;
}
const SUB_PARAGRAPH = /^\((?:[a-z]{1,2}|[ivxlc]{1,6})\)\s/;
const ENDS_TERMINAL = /[,，;；.。:：][”"’)）]?$/;
const ENDS_FINAL = /[.。][”"’)）]?$/;

function lastText(draft: Draft | null): string {
  if (!draft) return '';
  return draft.texts[draft.texts.length - 1] ?? '';
}

/** Whether the document marks paragraph starts by indenting them (PDF text, old HTML). */
function usesIndentation(lines: readonly Line[], kinds: readonly LineKind[]): boolean {
  let indented = 0;
  let flush = 0;
  lines.forEach((line, i) => {
    if (kinds[i] !== 'text' || line.pseudo) return;
    if (line.indent > 0) indented++;
    else flush++;
  });
  return indented >= 2 && flush >= 2;
}

/**
 * Whether each paragraph stands on a line of its own (Word files, pasted text, some web
 * pages): nearly every line ends with a paragraph's closing punctuation.
 */
function oneParagraphPerLine(lines: readonly Line[], kinds: readonly LineKind[]): boolean {
  let ended = 0;
  let total = 0;
  lines.forEach((line, i) => {
    if (kinds[i] !== 'text' || line.pseudo) return;
    total++;
    if (ENDS_TERMINAL.test(line.text)) ended++;
  });
  return total >= 3 && ended >= total * 0.85;
}

/** A bare page number counts as furniture only when other furniture stands within two lines. */
function resolvePageNumbers(kinds: LineKind[]): void {
  kinds.forEach((kind, i) => {
    if (kind !== 'page') return;
    let near = false;
    for (let d = -3; d <= 3 && !near; d++) {
      const k = kinds[i + d];
      if (d !== 0 && (k === 'furniture' || k === 'url' || k === 'rule')) near = true;
    }
    kinds[i] = near || i === 0 || i === kinds.length - 1 ? 'furniture' : 'text';
  });
}

const FOOTNOTE_INLINE = /^(\d{1,3})\s+(\S.*)$/;
/** The starred note of a draft's sponsors line: "* On behalf of the States Members …". */
const STARRED_NOTE = /^\*{1,3}\s*(\S.*)$/;
/** A footnote draft with this mark is the starred note, not a numbered footnote. */
const STAR = 0;

/** A footnote written on one line: "1/    A/CONF.157/24 …" (old HTML) or "1 A/CONF.157/24 …". */
function footnoteLine(text: string): { mark: number; text: string } | null {
  const old = oldFootnoteOf(text);
  if (old) return old;
  const m = FOOTNOTE_INLINE.exec(text);
  return m ? { mark: Number(m[1]), text: m[2]! } : null;
}

/**
 * Reads a footnote block that starts after a `______` rule: a mark (on its own line or
 * before the text), then the note's lines until it ends with a full stop. Returns the index
 * of the first line after the block.
 */
function readFootnoteBlock(
  lines: readonly Line[],
  kinds: readonly LineKind[],
  from: number,
  counter: MarkCounter,
  footnotes: { mark: number; lines: string[] }[],
): number {
  let current: { mark: number; lines: string[] } | null = null;
  const ended = () => current === null || (current.lines.length > 0 && ENDS_FINAL.test(current.lines[current.lines.length - 1]!));
  // The last numbered note read (the starred note of a sponsors line has no number).
  let lastNumbered: number | null = null;
  for (let k = footnotes.length - 1; k >= 0 && lastNumbered === null; k--) if (footnotes[k]!.mark !== STAR) lastNumbered = footnotes[k]!.mark;
  let i = from;
  for (; i < lines.length; i++) {
    const kind = kinds[i]!;
    const text = lines[i]!.text;
    if (kind === 'blank') continue;
    if (kind === 'mark') {
      current = { mark: Number(text), lines: [] };
      lastNumbered = current.mark;
      footnotes.push(current);
      noteMark(counter, current.mark);
      continue;
    }
    if (kind !== 'text') break;
    const starred = STARRED_NOTE.exec(text);
    if (starred && ended()) {
      current = { mark: STAR, lines: [starred[1]!] };
      footnotes.push(current);
      continue;
    }
    const inline = footnoteLine(text);
    if (inline && ended() && (lastNumbered === null || inline.mark === lastNumbered + 1)) {
      lastNumbered = inline.mark;
      current = { mark: inline.mark, lines: [inline.text] };
      footnotes.push(current);
      noteMark(counter, current.mark);
      continue;
    }
    if (current !== null && !ended()) {
      current.lines.push(text);
      continue;
    }
    break;
  }
  return i;
}

function looksLikeOpener(text: string, rules: LanguageRules): boolean {
  return leadVerbOf(text, rules) !== null;
}

/**
 * Parses a resolution text.
 *
 * @throws ParseError when the text is empty or has no resolution structure.
 * @example parseResolution(fs.readFileSync('corpus/A-RES-68-160.zh.txt', 'utf8')).operative.length // 14
 */
export function parseResolution(raw: string, hints: ParseHints = {}): Resolution {
  const cleaned = hints.cleaned ? raw : cleanInput(raw);
  if (cleaned.trim() === '') throw new ParseError('EMPTY', 'The text is empty: there is nothing to compare.');
  const language = hints.language ?? detectLanguage(cleaned);
  const rules = rulesFor(language);
  // Pages copied on one line get the printed layout's line breaks (same length, same offsets).
  const text = unfoldOneLinePages(cleaned, rules);
  const lines = splitLines(text);
  const warnings: string[] = [];

  const opening = findOpening(lines);
  const bodyStart = opening ? opening.index + 1 : firstOpenerLine(lines, rules);
  const headerEnd = opening ? opening.index : Math.max(bodyStart, 0);
  const header = parseHeader(lines.slice(0, headerEnd), opening, opening ? lines[opening.index]!.text : '');
  const symbol = header.symbol ?? hints.symbol ?? null;
  const draftHeader = readDraftHeader(
    [...lines.slice(0, headerEnd).map((l) => l.text), opening ? opening.prefix : ''].join('\n'),
    symbol,
    rules,
  );
  const title = draftHeader?.title ?? header.title;
  const ctx: FurnitureContext = { symbol, title };

  const body = bodyStart === -1 ? [] : lines.slice(bodyStart);
  const kinds = body.map((l) => classifyLine(l.text, ctx));
  resolvePageNumbers(kinds);
  const indentation = usesIndentation(body, kinds);
  const perLine = oneParagraphPerLine(body, kinds);

  const counter: MarkCounter = { next: 1 };
  const footnoteDrafts: { mark: number; lines: string[] }[] = [];
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let afterMark = false;
  let afterFurniture = false;
  let closed = false;
  let adopted = header.adopted;
  let meeting = header.meeting;

  let lastNumber = 0;
  const startsParagraph = (line: Line): boolean => {
    if (current === null) return true;
    const prev = lastText(current);
    const terminal = ENDS_TERMINAL.test(prev);
    const number = opNumber(rules).exec(line.text);
    // A number starts a paragraph after punctuation, or when it is the next number in order.
    if (number) return (terminal && number[1]!.length <= 3) || rules.numberOf(number[1]!) === lastNumber + 1;
    if (SUB_PARAGRAPH.test(line.text)) return false;
    if (!terminal) {
      // After a line cut off mid-sentence, only a certain opener starts a new paragraph.
      if (indentation && !line.pseudo && (line.indent === 0 || afterMark)) return false;
      return isStrongOpener(line.text, rules);
    }
    // After a footnote mark the paragraph goes on unless a lead verb opens a new one.
    if (afterMark && !indentation) return looksLikeOpener(line.text, rules);
    if (line.pseudo) return rules.opensParagraph(line.text);
    if (perLine) return true;
    if (indentation) {
      if (line.indent > 0) return afterMark ? looksLikeOpener(line.text, rules) : true;
      return afterFurniture && looksLikeOpener(line.text, rules);
    }
    return looksLikeOpener(line.text, rules);
  };

  // A date is the closing, not words of a paragraph, when the meeting line stands beside it.
  const closingNear = (i: number): boolean => {
    if (!ENDS_TERMINAL.test(lastText(current))) return false;
    for (const step of [-1, 1]) {
      for (let k = i + step, seen = 0; k >= 0 && k < body.length && seen < 3; k += step) {
        if (kinds[k] === 'blank') continue;
        seen++;
        if (kinds[k] === 'closing' && closingOf(body[k]!.text)?.meeting !== undefined) return true;
      }
    }
    return false;
  };

  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const kind = kinds[i]!;
    switch (kind) {
      case 'blank':
        continue;
      case 'url':
      case 'furniture':
      case 'page':
        afterFurniture = true;
        continue;
      case 'rule':
        i = readFootnoteBlock(body, kinds, i + 1, counter, footnoteDrafts) - 1;
        afterFurniture = true;
        afterMark = false;
        continue;
      case 'mark': {
        const mark = Number(line.text);
        if (current && !closed) {
          current.marks.push(mark);
          noteMark(counter, mark);
        } else warnings.push(`A lone number "${line.text}" outside any paragraph was ignored.`);
        afterMark = true;
        continue;
      }
      case 'closing': {
        const fact = closingOf(line.text)!;
        if (fact.meeting !== undefined || current === null || ENDS_FINAL.test(lastText(current)) || closingNear(i)) {
          if (fact.meeting !== undefined) meeting = fact.meeting;
          if (fact.date !== undefined) adopted = fact.date;
          closed = true;
          continue;
        }
        break; // a date inside a paragraph: treat as text
      }
      case 'text':
        break;
    }
    if (closed) {
      const note = footnoteLine(line.text);
      if (note) {
        footnoteDrafts.push({ mark: note.mark, lines: [note.text] });
      } else if (footnoteDrafts.length > 0 && !ENDS_FINAL.test(footnoteDrafts[footnoteDrafts.length - 1]!.lines.at(-1) ?? '.')) {
        footnoteDrafts[footnoteDrafts.length - 1]!.lines.push(line.text);
      } else {
        warnings.push(`Text after the closing was not part of any paragraph: "${line.text.slice(0, 80)}"`);
      }
      continue;
    }
    if (startsParagraph(line)) {
      current = { lines: [], marks: [], texts: [] };
      drafts.push(current);
      const number = opNumber(rules).exec(line.text);
      if (number) lastNumber = rules.numberOf(number[1]!);
    }
    const { text: clean, marks } = extractInlineMarks(line.text, rules, counter);
    current!.lines.push(line);
    current!.texts.push(clean.trim());
    current!.marks.push(...marks);
    afterMark = false;
    afterFurniture = false;
  }

  const { openers, ...resolution } = assemble(drafts, footnoteDrafts.filter((f) => f.mark !== STAR), rules, warnings);
  const starred = footnoteDrafts.find((f) => f.mark === STAR);
  const draft = draftHeader && {
    ...draftHeader.facts,
    sponsorsNote: starred ? normalizeParagraphText(joinLines(starred.lines, rules.joinsLinesWithoutSpace)) : null,
  };
  // Only an adopted text has an adoption date and a meeting to lack: a draft (or a pasted text
  // that names no adopted symbol, report or number) is complete when its last paragraph is.
  const adoptedText = draft === null && (header.basis !== null || (symbol !== null && !isDraftSymbol(symbol)) || header.title !== null);
  // The opening quoted in messages: the one of the text's language ("L'Assemblée générale,").
  const openingLine = rules.bodies.find((b) => b.line !== null)?.line ?? 'The General Assembly,';
  if (!looksLikeResolution(resolution, openers, opening !== null, rules)) {
    throw new ParseError(
      'NOT_A_RESOLUTION',
      `This does not look like a resolution (read as ${rules.name}): found no opening ("${openingLine}"), ` +
        'no numbered operative paragraphs ("1. Decides …;") and too few paragraphs opening with a lead verb ("Recalling …,").',
    );
  }
  const last = resolution.operative[resolution.operative.length - 1] ?? resolution.preamble[resolution.preamble.length - 1];
  const incomplete = [
    ...(opening === null ? [`no opening line ("${openingLine}")`] : []),
    ...(resolution.operative.length === 0 ? ['no operative paragraphs'] : []),
    ...(last !== undefined && !ENDS_FINAL.test(last.text) ? ['the last paragraph does not end with a full stop'] : []),
    ...(adoptedText && adopted === null && meeting === null ? ['no adoption date or meeting'] : []),
  ];
  const complete = incomplete.length === 0;
  return {
    symbol,
    language,
    body: header.body,
    kind: header.decision || /\/DEC\//.test(symbol ?? '') ? 'decision' : draft !== null || /\/L\.\d/.test(symbol ?? '') ? 'draft' : 'resolution',
    title,
    draft,
    adopted,
    meeting,
    basis: header.basis,
    complete,
    incomplete,
    ...resolution,
    warnings,
  };
}

/** Without an opening line, the body starts at the first line that opens a paragraph. */
function firstOpenerLine(lines: readonly Line[], rules: LanguageRules): number {
  return lines.findIndex((l) => opNumber(rules).test(l.text) || (ENDS_TERMINAL.test(l.text) && looksLikeOpener(l.text, rules)) || looksLikeOpener(l.text, rules));
}

/** A resolution has an opening, or at least half its paragraphs open with a known lead verb. */
function looksLikeResolution(r: Pick<Resolution, 'preamble' | 'operative'>, openers: number, hasOpening: boolean, rules: LanguageRules): boolean {
  const count = r.preamble.length + r.operative.length;
  if (count === 0) return false;
  if (hasOpening) return true;
  // Without lead-verb rules for the language (pending rules), any capitalised first word counts
  // as an opener, so openers prove nothing there: numbered operative paragraphs must.
  if (!rules.supported) return r.operative.some((p) => p.number !== null);
  return openers >= Math.max(1, count / 2);
}

function assemble(
  drafts: Draft[],
  footnoteDrafts: { mark: number; lines: string[] }[],
  rules: LanguageRules,
  warnings: string[],
): Pick<Resolution, 'preamble' | 'operative' | 'footnotes'> & { openers: number } {
  const read = drafts
    .map((draft) => {
      const texts = [...draft.texts];
      const numberMatch = opNumber(rules).exec(texts[0] ?? '');
      if (numberMatch) texts[0] = texts[0]!.slice(numberMatch[0].length);
      const text = normalizeParagraphText(joinLines(texts, rules.joinsLinesWithoutSpace));
      return { draft, text, number: numberMatch ? rules.numberOf(numberMatch[1]!) : null, verb: leadVerbOf(text, rules) };
    })
    .filter((x) => x.text !== '');
  // Unnumbered paragraphs are preambular up to the last one that reads as preambular (it ends
  // with a comma or opens with a participle); after it, an operative verb makes one operative
  // (a decision's closing "Decides …"). A paragraph after numbered ones is operative.
  const firstNumbered = read.findIndex((x) => x.number !== null);
  let lastPreambular = -1;
  read.slice(0, firstNumbered < 0 ? read.length : firstNumbered).forEach((x, k) => {
    if (/[,，]$/.test(x.text) || x.verb?.form === 'preambular') lastPreambular = k;
  });

  const preamble: Paragraph[] = [];
  const operative: Paragraph[] = [];
  let openers = 0;
  read.forEach(({ draft, text, number, verb }, k) => {
    if (verb) openers++;
    let section: Section;
    if (number !== null || (firstNumbered >= 0 && k > firstNumbered)) {
      section = 'operative';
      if (number === null) warnings.push(`An unnumbered paragraph follows the numbered ones: "${text.slice(0, 60)}…"`);
    } else {
      section = k > lastPreambular && verb?.form === 'operative' && !/[,，]$/.test(text) ? 'operative' : 'preamble';
    }
    const list = section === 'preamble' ? preamble : operative;
    // A numbered paragraph's first word is its verb even when the vocabulary does not know it.
    const fallback = section === 'operative' && rules.numberedFirstWordIsVerb ? (/^(\p{Lu}\p{Ll}+)/u.exec(text)?.[1] ?? null) : null;
    list.push({
      id: `${section === 'preamble' ? 'pp' : 'op'}${list.length + 1}`,
      section,
      number,
      text,
      leadVerb: verb?.text ?? fallback,
      footnotes: [...new Set(draft.marks)],
      span: { start: draft.lines[0]!.start, end: draft.lines[draft.lines.length - 1]!.end },
    });
  });
  // Operative numbers should run 1, 2, 3 …; say so when they do not (the text is kept as printed).
  let expected = operative[0]?.number ?? 1;
  for (const p of operative) {
    if (p.number === null) continue;
    if (p.number !== expected) warnings.push(`Operative paragraph ${p.number} follows paragraph ${expected - 1}.`);
    expected = p.number + 1;
  }
  const all = [...preamble, ...operative];
  const footnotes: Footnote[] = footnoteDrafts.map((f) => ({
    mark: f.mark,
    text: normalizeParagraphText(joinLines(f.lines, rules.joinsLinesWithoutSpace)),
    citedBy: all.filter((p) => p.footnotes.includes(f.mark)).map((p) => p.id),
  }));
  return { preamble, operative, footnotes, openers };
}
