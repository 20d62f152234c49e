// Words without the \p{…} patterns (src/text/words.ts): the same tokens as the patterns they
// replace, which serve here as the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceUnit, isWordCodePoint, latinTokens, wordRuns } from '../../src/text/words.js';
import { diffTokens } from '../../src/text/tokenize.js';
import { CORPUS_FILES, corpusText } from '../helpers/corpus.js';

const LATIN_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-/.][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const oracleTokens = (text: string) => Array.from(text.matchAll(LATIN_TOKEN), (m) => m[0]);
const oracleWords = (text: string) => text.match(WORD) ?? [];
const tokens = (text: string) => {
  const out: string[] = [];
  latinTokens(text, out);
  return out;
};

// Strings rich in what the patterns tell apart: joiners, white space of every kind, marks,
// letters and digits of several scripts, astral letters and lone surrogates.
const pieces = fc.constantFrom(
  "'", '’', '-', '/', '.', ',', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b',
  'a', 'Z', '9', 'é', 'e\u0301', 'ß', 'İ', 'Ж', 'ж', 'ا', '٣', '国', '〇', 'Ⅻ', '²', '𝐀', '𠀀', '\ud800', '\udc00', '—', '“', '🙂',
);
const mixed = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((p) => p.join(''));

describe('words without \\p{…} patterns', () => {
  it('classifies every BMP code point as [\\p{L}\\p{M}\\p{N}] and \\s do', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (isWordCodePoint(cp) !== /[\p{L}\p{M}\p{N}]/u.test(ch)) throw new Error(`word U+${cp.toString(16)}`);
      if (isSpaceUnit(cp) !== /\s/u.test(ch)) throw new Error(`space U+${cp.toString(16)}`);
    }
    expect(isWordCodePoint(0x1d400)).toBe(true);
    expect(isWordCodePoint(0x1f642)).toBe(false);
  });

  it('tokenizes as the pattern does (property)', () => {
    fc.assert(fc.property(mixed, (text) => {
      expect(tokens(text)).toEqual(oracleTokens(text));
    }), { numRuns: 3000 });
  });

  it('finds the same word runs as the pattern (property)', () => {
    fc.assert(fc.property(mixed, (text) => {
      expect(wordRuns(text)).toEqual(oracleWords(text));
    }), { numRuns: 3000 });
  });

  it('gives the same tokens and words on every corpus text', () => {
    for (const file of CORPUS_FILES) {
      const text = corpusText(file);
      expect(tokens(text), file).toEqual(oracleTokens(text));
      expect(wordRuns(text.toLowerCase()), file).toEqual(oracleWords(text.toLowerCase()));
      expect(diffTokens(text).join(''), file).toBe(text);
    }
  });
});
