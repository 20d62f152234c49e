// A seeded breaker of spacing, the way some PDF viewers break it: spaces put inside words
// ("Reaf firming", "int ernation al", "Reca llin g"), inside years ("201 5") and between Han
// characters ("大 会"). It derives test and bench variants from real corpus texts; the repair
// (spacing.ts) must undo it. Nothing in the pipeline calls it.
import type { LanguageRules } from '../lang/types.js';
import { mulberry32 } from '../util/random.js';

/** A small seeded generator (mulberry32): the same seed breaks a text the same way. */
export const seededRandom = mulberry32;

/** How a text is broken: the share of words of four letters or more split, and of Han neighbours spaced. */
export interface BreakOptions {
  seed: number;
  /** Chance that a word of four letters or more (or a year) is split; 0.6 unless told. */
  rate?: number;
}

/** Where to split a word of `length` letters: one or two inner positions, in order. */
function cuts(length: number, random: () => number): number[] {
  const parts = length >= 7 && random() < 0.4 ? 3 : 2;
  const at = new Set<number>();
  while (at.size < parts - 1) at.add(1 + Math.floor(random() * (length - 1)));
  return [...at].sort((a, b) => a - b);
}

function split(word: string, random: () => number): string {
  const positions = cuts(word.length, random);
  let out = '';
  let from = 0;
  for (const p of positions) {
    out += `${word.slice(from, p)} `;
    from = p;
  }
  return out + word.slice(from);
}

/**
 * Breaks a text's spacing at random, seeded. Spaced languages: words of four letters or more
 * whose letters after the first are lower case ("Reaffirming", not "UNESCO") are split at one
 * or two inner positions, and years (1900 to 2099) at one. Chinese: a space goes between
 * neighbouring Han characters. Nothing else changes: removing the added spaces gives the text back.
 */
export function breakSpacing(text: string, rules: LanguageRules, options: BreakOptions): string {
  const random = seededRandom(options.seed);
  const rate = options.rate ?? 0.6;
  if (rules.joinsLinesWithoutSpace) return text.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, () => (random() < rate / 2 ? ' ' : ''));
  return text.replace(/(?<![\p{L}\p{M}\p{Nd}])(?:\p{L}\p{Ll}{3,}|(?:19|20)\d\d)(?![\p{L}\p{M}\p{Nd}])/gu, (word) => (random() < rate ? split(word, random) : word));
}
