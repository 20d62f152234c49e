// Loads a language's word list (an npm package holding a JSON array of words) for the spacing
// repair, once per process. Layer: source, which does the reading; the repair itself is pure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WordListSource } from '../lang/types.js';
import type { WordSet } from '../repair/spacing.js';

const loaded = new Map<string, WordSet>();

/**
 * The words of a list, lower-case, with the language's extra words. Read on first use only (the
 * English list is 3 MB, the French one 4 MB: tens of milliseconds to parse), so a text whose
 * spacing is whole never pays for it.
 */
export function loadWordList(source: WordListSource): WordSet {
  const known = loaded.get(source.package);
  if (known) return known;
  const file = createRequire(import.meta.url).resolve(source.package);
  const words = new Set<string>(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  for (const w of source.extra) words.add(w.toLowerCase());
  loaded.set(source.package, words);
  return words;
}
