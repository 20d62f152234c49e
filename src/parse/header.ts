// The header: symbol, title, basis report, body, and adoption facts stated before the opening.
import type { Language } from '../model/resolution.js';
import { joinLines, normalizeParagraphText } from '../text/normalize.js';
import { SYMBOL_PATTERN, findDate } from './furniture.js';
import type { Line } from './lines.js';

export interface Opening {
  /** Index of the line holding the opening. */
  index: number;
  /** Text on that line before the opening (a title glued to it in one-line texts). */
  prefix: string;
  body: string | null;
  decision: boolean;
}

const OPENINGS: readonly [RegExp, string][] = [
  [/The General Assembly/, 'General Assembly'],
  [/The Human Rights Council/, 'Human Rights Council'],
  [/The Commission on Human Rights/, 'Commission on Human Rights'],
  [/The Economic and Social Council/, 'Economic and Social Council'],
  [/The Security Council/, 'Security Council'],
  [/L[’']Assemblée générale/, 'General Assembly'],
  [/La Asamblea General/, 'General Assembly'],
  [/Генеральная Ассамблея/, 'General Assembly'],
  [/إن الجمعية العامة/, 'General Assembly'],
  [/大会/, 'General Assembly'],
  [/人权理事会/, 'Human Rights Council'],
  [/人权委员会/, 'Commission on Human Rights'],
  [/经济及社会理事会/, 'Economic and Social Council'],
  [/安全理事会/, 'Security Council'],
];
const DECISION_OPENING = [
  /(?:^|\s)(?:At its .{0,80}?,\s*)?the (Human Rights Council|General Assembly)[^:]{0,80}decided to adopt the (?:text below|following)[^:]{0,40}:$/i,
  /(人权理事会|大会)[^：:]{0,40}决定通过(?:以下|下列)[^：:]{0,10}[：:]$/,
];

const OPENING_LINE = new RegExp(`(?:^|\\s)(${OPENINGS.map(([re]) => re.source).join('|')})\\s*[,，،]$`, 'u');

/** Finds "The General Assembly," / "大会，" (or a decision's "decided to adopt the text below:"). */
export function findOpening(lines: readonly Line[]): Opening | null {
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text;
    if (text.length > 400 || text === '') continue;
    const m = OPENING_LINE.exec(text);
    if (m) {
      const body = OPENINGS.find(([re]) => re.test(m[1]!))![1];
      return { index, prefix: text.slice(0, m.index).trim(), body, decision: false };
    }
    for (const re of DECISION_OPENING) {
      const m = re.exec(text);
      if (m) {
        const body = /人权理事会|Human Rights Council/i.test(m[1] ?? '') ? 'Human Rights Council' : 'General Assembly';
        return { index, prefix: '', body, decision: true };
      }
    }
  }
  return null;
}

export interface Header {
  symbol: string | null;
  title: string | null;
  basis: string | null;
  body: string | null;
  decision: boolean;
  adopted: string | null;
  meeting: string | null;
}

const BASIS = [
  /\[\s*on the report of the [^(\]]+?\(\s*(A\/[^)\s]+)\s*\)\s*\]/i,
  /\[\s*without reference to a Main Committee\s*\(\s*(A\/[^)\s]+)\s*\)\s*\]/i,
  /\[\s*根据[^(（\]]+?的报告\s*[(（]\s*(A\/[^)）\s]+)\s*[)）]\s*通过\s*\]/,
  /\[\s*未经发交主要委员会而通过\s*[(（]\s*(A\/[^)）\s]+)\s*[)）]\s*\]/,
];
const NUMBERED_TITLE = /(?<![\w/.])(\d{1,3}\/\d{1,4})\.(?!\d)[ \t]*(.*)$/m;
// Horizontal white space only around line anchors: `^\s*` under /m runs over every blank line
// that follows each line start, quadratic in a run of blank lines.
const NUMBER_ALONE = /^[^\S\n]*(\d{1,3}\/\d{1,4})[^\S\n]*$/m;
const ADOPTED_BY = /^[^\S\n]*(Resolution|Decision) adopted by the (.+?)[^\S\n]*$/im;
const AT_ITS_MEETING = /At its (\d{1,4})(?:st|nd|rd|th) meeting, on (\d{1,2} \w+ \d{4})/i;
const ZH_AT_MEETING = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)第\s*(\d{1,4})\s*次会议/;

function titleFrom(lines: string[], from: number, firstRest: string): string | null {
  // The title runs from the number to the next blank line.
  const parts = firstRest.trim() === '' ? [] : [firstRest];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      if (parts.length > 0) break;
      continue;
    }
    parts.push(line);
  }
  const title = normalizeParagraphText(joinLines(parts));
  return title === '' ? null : title;
}

/** Reads the header (everything before the opening). */
export function parseHeader(
  headerLines: readonly Line[],
  opening: Opening | null,
  openingLine: string,
  language: Language,
): Header {
  const lines = headerLines.map((l) => l.raw);
  if (opening && opening.prefix) lines.push(opening.prefix);
  const text = lines.join('\n');
  // A decision states its meeting and date in its opening: "At its 47th meeting, on 21 March 2013, …".
  const factsText = `${text}\n${openingLine}`;
  const withoutUrls = lines.filter((l) => !/https?:\/\//.test(l)).join('\n');

  let basis: string | null = null;
  for (const re of BASIS) {
    const m = re.exec(text.replace(/\n/g, ' '));
    if (m) {
      basis = m[1]!;
      break;
    }
  }

  const adoptedBy = ADOPTED_BY.exec(text);
  const decision = opening?.decision === true || /^[^\S\n]*Decision adopted by/im.test(text) || /通过的决定/.test(text);
  let body = opening?.body ?? null;
  if (body === null && adoptedBy) body = adoptedBy[2]!;

  // Title: "68/160. 增进…" (same line or the next), "19/33" alone then the title, or the line after "… adopted by …".
  let title: string | null = null;
  let number: string | null = null;
  const numbered = NUMBERED_TITLE.exec(text);
  if (numbered) {
    number = numbered[1]!;
    const lineIndex = text.slice(0, numbered.index).split('\n').length - 1;
    title = titleFrom(lines, lineIndex + 1, numbered[2]!);
  } else {
    const alone = NUMBER_ALONE.exec(text);
    if (alone) {
      number = alone[1]!;
      const lineIndex = text.slice(0, alone.index + (alone[0].startsWith('\n') ? 1 : 0)).split('\n').length - 1;
      title = titleFrom(lines, lineIndex + 1, '');
    } else if (adoptedBy) {
      const lineIndex = text.slice(0, adoptedBy.index).split('\n').length - 1 + (adoptedBy[0].startsWith('\n') ? 1 : 0);
      title = titleFrom(lines, lineIndex + 1, '');
    }
  }

  let symbol: string | null = null;
  const explicit = SYMBOL_PATTERN.exec(withoutUrls);
  if (explicit) symbol = explicit[0];
  else if (number) {
    const council = body === 'Human Rights Council';
    symbol = council ? `A/HRC/${decision ? 'DEC' : 'RES'}/${number}` : body === null || body === 'General Assembly' ? `A/RES/${number}` : null;
  }

  let adopted: string | null = null;
  let meeting: string | null = null;
  const atIts = AT_ITS_MEETING.exec(factsText);
  if (atIts) {
    meeting = atIts[1]!;
    adopted = findDate(atIts[2]!);
  }
  const zhAt = ZH_AT_MEETING.exec(factsText);
  if (zhAt) {
    adopted = findDate(zhAt[1]!);
    meeting = zhAt[2]!;
  }
  void language;
  return { symbol, title, basis, body, decision, adopted, meeting };
}
