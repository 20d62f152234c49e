// Technical versus substantive: dates, session ordinals, symbols and renumbering are technical.
import type { LanguageRules } from '../lang/index.js';
import { segmentText, sideText, type Change, type Segment } from '../model/comparison.js';

/**
 * Spans that are technical: the parts a yearly update changes mechanically.
 * - dates and years, in the language's words: "18 December 2013", "2013年12月18日", and "2013";
 * - session and meeting ordinals and supplements, in the language's words: "sixty-ninth",
 *   "70th", "第六十九届", "Supplement No. 53";
 * - document symbols and resolution numbers, in any language: "A/67/53", "A/RES/67/169",
 *   "E/CN.4/2001/2", "67/169".
 */
function technicalPattern(rules: LanguageRules): RegExp {
  return new RegExp(
    [
      ...rules.technical.dates,
      '\\b(?:19|20)\\d{2}\\b',
      ...rules.technical.ordinals,
      '\\b[A-Z]{1,3}(?:\\/[A-Za-z0-9.\\-]+)+',
      '\\b\\d{1,4}\\/\\d{1,4}\\b',
    ].join('|'),
    'gi',
  );
}

const PATTERNS = new Map<LanguageRules, RegExp>();
const DIGIT_SETS = new Map<LanguageRules, RegExp>();

/**
 * The text with every digit the language writes as a Latin one ("٢٠١٣" -> "2013"), same length:
 * years and symbols compare as numbers whatever digits each text uses (LanguageRules.digits).
 */
function latinDigits(text: string, rules: LanguageRules): string {
  let re = DIGIT_SETS.get(rules);
  if (!re) DIGIT_SETS.set(rules, (re = new RegExp(`[${rules.digits}]`, 'gu')));
  return text.replace(re, (d) => String(rules.numberOf(d)));
}
const patternOf = (rules: LanguageRules): RegExp => {
  let re = PATTERNS.get(rules);
  if (!re) PATTERNS.set(rules, (re = technicalPattern(rules)));
  return re;
};

/** A mask over `text`: true where a character belongs to a technical span of its language. */
export function technicalMask(text: string, rules: LanguageRules): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const m of latinDigits(text, rules).matchAll(patternOf(rules))) for (let k = m.index; k < m.index + m[0].length; k++) mask[k] = true;
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
      oldAt += segmentText(s, 'old').length;
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

const sidesOf = (segments: readonly Segment[]) => ({ old: sideText(segments, 'old'), new: sideText(segments, 'new') });

/**
 * A hunk is technical when, taking out the technical spans of each side (of the whole paragraph,
 * so "25" in "25 March 2011" counts as part of a date), what is left of the deleted and of the
 * inserted text is the same: "16/22 of 25" -> "25/3 of 27" leaves " of " on both sides.
 */
export function isTechnicalHunk(h: Hunk, oldText: string, newText: string, masks: { old: boolean[]; new: boolean[] }): boolean {
  const oldMask = masks.old;
  const newMask = masks.new;
  const keep = (text: string, mask: boolean[], at: number) => [...text].filter((_c, k) => !mask[at + k]).join('').replace(/\s+/g, ' ').trim();
  return keep(h.deleted, oldMask, h.oldAt) === keep(h.inserted, newMask, h.newAt);
}

/** The rules of the old and of the new text: each side's technical spans are its language's. */
export interface SideRules {
  old: LanguageRules;
  new: LanguageRules;
}

/**
 * Whether a change is technical: a renumbering with no edit, or an edit whose every hunk is
 * technical. Added, removed and moved paragraphs are substantive.
 */
export function isTechnicalChange(change: Change, rules: SideRules): boolean {
  switch (change.kind) {
    case 'unchanged':
      return change.renumbered;
    case 'modified': {
      const sides = sidesOf(change.segments);
      const masks = { old: technicalMask(sides.old, rules.old), new: technicalMask(sides.new, rules.new) };
      return hunksOf(change.segments).every((h) => isTechnicalHunk(h, sides.old, sides.new, masks));
    }
    default:
      return false;
  }
}
