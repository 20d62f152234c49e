// Small helpers the language modules share: ISO dates, a paragraph's position, phrase matching.
import type { ParagraphRef } from '../model/comparison.js';

/** "2013-12-18" from a year, a month number and a day. */
export function isoDate(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A paragraph's place in its section, from its id ("pp4" -> 4). */
export const positionOf = (ref: ParagraphRef): number => Number(ref.id.slice(2));

/**
 * How many words at `from` make one of `phrases` (each a list of words, in the form `fold` gives:
 * lower case by default), or 0: the longest opener phrases are listed first.
 */
export function matchPhrase(words: readonly string[], from: number, phrases: readonly (readonly string[])[], fold: (word: string) => string = (w) => w.toLowerCase()): number {
  for (const phrase of phrases) if (phrase.every((w, k) => words[from + k] !== undefined && fold(words[from + k]!) === w)) return phrase.length;
  return 0;
}

/** Latin digits, for the languages that write only those (LanguageRules `digits` and `numberOf`). */
export const LATIN_DIGITS = { digits: '0-9', numberOf: (written: string): number => Number(written) } as const;

/** The typographic apostrophe (’, and the letter ʼ) as the straight one: "l’homme" and "l'homme" are one word. */
export const foldApostrophe = (text: string): string => text.replace(/[’ʼ]/g, "'");
