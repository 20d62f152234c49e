// Small helpers the language modules share: ISO dates and a paragraph's position.
import type { ParagraphRef } from '../model/comparison.js';

/** "2013-12-18" from a year, a month number and a day. */
export function isoDate(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A paragraph's place in its section, from its id ("pp4" -> 4). */
export const positionOf = (ref: ParagraphRef): number => Number(ref.id.slice(2));
