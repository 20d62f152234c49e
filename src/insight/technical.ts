// Technical versus substantive: dates, session ordinals, symbols and renumbering are technical.
import type { Change, Segment } from '../model/comparison.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ORDINAL_WORDS = `(?:(?:${TENS})-(?:${UNITS})|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|${UNITS})`;

/**
 * Spans that are technical in any text: the parts a yearly update changes mechanically.
 * - dates and years: "18 December 2013", "December 2013", "2013", "2013年12月18日", "12月18日";
 * - session and meeting ordinals: "sixty-ninth", "70th", "第六十九届", "第70次";
 * - document symbols and resolution numbers: "A/67/53", "A/RES/67/169", "E/CN.4/2001/2", "67/169", "补编第53号", "Supplement No. 53".
 */
const TECHNICAL = new RegExp(
  [
    `\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}`,
    `(?:${MONTHS})\\s+\\d{4}`,
    '\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?',
    '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日',
    '\\b(?:19|20)\\d{2}\\b',
    `\\b${ORDINAL_WORDS}\\b`,
    '\\b\\d{1,3}(?:st|nd|rd|th)\\b',
    '第\\s*[零〇一二三四五六七八九十百千\\d]+\\s*(?:届|次|号)',
    '补编第\\s*\\d+\\s*号',
    'Supplement\\s+No\\.\\s*\\d+',
    '\\b[A-Z]{1,3}(?:\\/[A-Za-z0-9.\\-]+)+',
    '\\b\\d{1,4}\\/\\d{1,4}\\b',
  ].join('|'),
  'gi',
);

/** A mask over `text`: true where a character belongs to a technical span. */
export function technicalMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const m of text.matchAll(TECHNICAL)) for (let k = m.index; k < m.index + m[0].length; k++) mask[k] = true;
  return mask;
}

/** One stretch of changes between two kept stretches: what it deletes and inserts, and where. */
export interface Hunk {
  /** Offset of the deleted text in the old paragraph, and of the inserted text in the new. */
  oldAt: number;
  newAt: number;
  deleted: string;
  inserted: string;
}

/** The hunks of a change's segments, with their offsets in the old and the new text. */
export function hunksOf(segments: readonly Segment[]): Hunk[] {
  const hunks: Hunk[] = [];
  let oldAt = 0;
  let newAt = 0;
  let current: Hunk | null = null;
  for (const s of segments) {
    if (s.op === 'equal') {
      if (current) hunks.push(current);
      current = null;
      oldAt += s.text.length;
      newAt += s.text.length;
      continue;
    }
    current ??= { oldAt, newAt, deleted: '', inserted: '' };
    if (s.op === 'delete') {
      current.deleted += s.text;
      oldAt += s.text.length;
    } else {
      current.inserted += s.text;
      newAt += s.text.length;
    }
  }
  if (current) hunks.push(current);
  return hunks;
}

const sidesOf = (segments: readonly Segment[]) => ({
  old: segments.filter((s) => s.op !== 'insert').map((s) => s.text).join(''),
  new: segments.filter((s) => s.op !== 'delete').map((s) => s.text).join(''),
});

/**
 * A hunk is technical when, taking out the technical spans of each side (of the whole paragraph,
 * so "25" in "25 March 2011" counts as part of a date), what is left of the deleted and of the
 * inserted text is the same: "16/22 of 25" -> "25/3 of 27" leaves " of " on both sides.
 */
export function isTechnicalHunk(h: Hunk, oldText: string, newText: string, masks?: { old: boolean[]; new: boolean[] }): boolean {
  const oldMask = masks?.old ?? technicalMask(oldText);
  const newMask = masks?.new ?? technicalMask(newText);
  const keep = (text: string, mask: boolean[], at: number) => [...text].filter((_c, k) => !mask[at + k]).join('').replace(/\s+/g, ' ').trim();
  return keep(h.deleted, oldMask, h.oldAt) === keep(h.inserted, newMask, h.newAt);
}

/**
 * Whether a change is technical: a renumbering with no edit, or an edit whose every hunk is
 * technical. Added, removed and moved paragraphs are substantive.
 */
export function isTechnicalChange(change: Change): boolean {
  switch (change.kind) {
    case 'unchanged':
      return change.renumbered;
    case 'modified': {
      const sides = sidesOf(change.segments);
      const masks = { old: technicalMask(sides.old), new: technicalMask(sides.new) };
      return hunksOf(change.segments).every((h) => isTechnicalHunk(h, sides.old, sides.new, masks));
    }
    default:
      return false;
  }
}
