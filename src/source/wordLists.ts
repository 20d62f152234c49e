// Loads a language's word list (an npm package holding a JSON array of words) and its names (the
// capitalised entries of a Hunspell dictionary package) for the spacing repair, once per process.
// Layer: source, which does the reading; the repair itself is pure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WordListSource } from '../lang/types.js';
import type { WordSet } from '../repair/spacing.js';

const loaded = new Map<string, WordSet>();

/** The capitalised words of a Hunspell .dic file (its first line is the count; each entry is "word/FLAGS"), lower-case. */
function namesOf(dic: string): Set<string> {
  const names = new Set<string>();
  for (const line of dic.split('\n')) {
    const word = line.split('/', 1)[0]!.trim();
    if (/^\p{Lu}\p{Ll}+$/u.test(word)) names.add(word.toLowerCase());
  }
  return names;
}

/**
 * The words of a list, lower-case, with the language's extra words and its names. Read on first
 * use only (the English list is 3 MB, the French one 4 MB: some hundreds of milliseconds to
 * parse), so a text whose spacing is whole never pays for it.
 */
export function loadWordList(source: WordListSource): WordSet {
  const known = loaded.get(source.package);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const words = new Set<string>(JSON.parse(readFileSync(require.resolve(source.package), 'utf8')) as string[]);
  for (const w of source.extra) words.add(w.toLowerCase());
  const names = source.names ? namesOf(readFileSync(join(dirname(require.resolve(source.names)), 'index.dic'), 'utf8')) : new Set<string>();
  const set: WordSet = { has: (w) => words.has(w), hasName: (w) => names.has(w) };
  loaded.set(source.package, set);
  return set;
}
