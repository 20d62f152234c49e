// The header: symbol, title, basis report, body, and adoption facts stated before the opening.
import { EVERY_LANGUAGE, READ_OPENINGS } from '../lang/index.js';
import { joinLines, normalizeParagraphText } from '../text/normalize.js';
import { SYMBOL_PATTERN } from './furniture.js';
import type { Line } from './lines.js';

export interface Opening {
  /** Index of the line holding the opening. */
  index: number;
  /** Text on that line before the opening (a title glued to it in one-line texts). */
  prefix: string;
  body: string | null;
  decision: boolean;
}

// The openings, decision openings and header facts of every language (src/lang/).
const DECISION_OPENING = EVERY_LANGUAGE.flatMap((r) => r.decisionOpenings);

const OPENING_LINE = new RegExp(`(?:^|\\s)(${READ_OPENINGS.map((o) => o.pattern.source).join('|')})\\s*[,，،]$`, 'u');

/** Finds "The General Assembly," / "大会，" (or a decision's "decided to adopt the text below:"). */
export function findOpening(lines: readonly Line[]): Opening | null {
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text;
    if (text.length > 400 || text === '') continue;
    const m = OPENING_LINE.exec(text);
    if (m) {
      const body = READ_OPENINGS.find((o) => o.pattern.test(m[1]!))!.body;
      return { index, prefix: text.slice(0, m.index).trim(), body, decision: false };
    }
    for (const d of DECISION_OPENING) {
      const m = d.pattern.exec(text);
      if (m) {
        return { index, prefix: '', body: d.bodyOf(m[1] ?? ''), decision: true };
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

const BASIS = EVERY_LANGUAGE.flatMap((r) => r.basis);
const NUMBERED_TITLE = /(?<![\w/.])(\d{1,3}\/\d{1,4})\.(?!\d)[ \t]*(.*)$/m;
// Horizontal white space only around line anchors: `^\s*` under /m runs over every blank line
// that follows each line start, quadratic in a run of blank lines.
/** A year-numbered resolution of the Commission on Human Rights in a header: "1998/81". */
const CHR_NUMBER = /(?<![\w/.])((?:19|20)\d{2}\/\d{1,3})(?![\w/])/;
const NUMBER_ALONE = /^[^\S\n]*(\d{1,3}\/\d{1,4})[^\S\n]*$/m;
const ADOPTED_BY = EVERY_LANGUAGE.flatMap((r) => (r.adoptedBy ? [r.adoptedBy] : []));
const DECISION_MARKERS = EVERY_LANGUAGE.flatMap((r) => (r.decisionMarker ? [r.decisionMarker] : []));
const TITLE_LINES = EVERY_LANGUAGE.flatMap((r) => r.titleLines ?? []);

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

  const adoptedBy = ADOPTED_BY.map((re) => re.exec(text)).find((m) => m !== null) ?? null;
  const decision = opening?.decision === true || DECISION_MARKERS.some((re) => re.test(text));
  let body = opening?.body ?? null;
  if (body === null && adoptedBy) body = adoptedBy[2]!;

  // Title: "68/160. 增进…" (same line or the next), a language's own title line ("52/134 | Renforcement … |"),
  // "19/33" alone then the title, or the line after "… adopted by …".
  let title: string | null = null;
  let number: string | null = null;
  const numbered = NUMBERED_TITLE.exec(text);
  const titleLine = numbered ? null : (TITLE_LINES.map((re) => re.exec(text)).find((m) => m !== null) ?? null);
  if (titleLine) {
    number = titleLine[1]!;
    title = normalizeParagraphText(titleLine[2]!) || null;
  } else if (numbered) {
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
  // The Commission on Human Rights numbered its resolutions by year ("1998/81"): its header
  // names one (E/CN.4/RES/1998/81), whatever words stand around the number.
  if (symbol === null && body === 'Commission on Human Rights') {
    const yearly = CHR_NUMBER.exec(withoutUrls);
    if (yearly) symbol = `E/CN.4/RES/${yearly[1]}`;
  }

  let adopted: string | null = null;
  let meeting: string | null = null;
  // A later language's statement wins, as the Chinese one did over the English before the seam.
  for (const rules of EVERY_LANGUAGE) {
    const facts = rules.meetingFacts(factsText);
    if (facts) ({ meeting, adopted } = facts);
  }
  return { symbol, title, basis, body, decision, adopted, meeting };
}
