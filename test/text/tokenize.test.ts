// Inline-diff tokens of CJK text: long runs are segmented in bounded pieces (Intl.Segmenter
// falls off a cliff at 65,536 characters), with the same tokens as one call on the whole run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allParagraphs } from '../../src/model/resolution.js';
import { isCjkChar } from '../../src/text/cjk.js';
import { diffTokens, diffTokensWith, SEGMENT_LIMIT, zhSegments } from '../../src/text/tokenize.js';
import { CORPUS_FILES, corpusText, parseCorpus } from '../helpers/corpus.js';

const ZH_FILES = ['A-RES-68-160.zh.txt', 'A-RES-55-109.zh.txt'];

/** Each run of CJK characters in the text. */
const cjkRuns = (text: string) => {
  const runs: string[] = [];
  let run = '';
  for (const ch of text) {
    if (isCjkChar(ch)) run += ch;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
};

/** The tokens, and the length of every piece the segmenter was given. */
function counted(text: string, limit: number): { tokens: string[]; pieces: number[] } {
  const pieces: number[] = [];
  const tokens = diffTokensWith(text, limit, (piece) => {
    pieces.push(piece.length);
    return zhSegments(piece);
  });
  return { tokens, pieces };
}

/** Whole runs to the segmenter, as before pieces: the reference. */
const unbounded = (text: string) => diffTokensWith(text, Infinity);

const LONE_SURROGATE = /\p{Cs}/u;

describe('diffTokens on corpus text', () => {
  const paragraphs = CORPUS_FILES.flatMap((f) => {
    const r = parseCorpus(f);
    return [...allParagraphs(r).map((p) => p.text), ...r.footnotes.map((n) => n.text)];
  });

  it('gives every corpus paragraph the same tokens as whole-run segmentation (each run under the limit)', () => {
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const p of paragraphs) {
      for (const run of cjkRuns(p)) expect(run.length).toBeLessThanOrEqual(SEGMENT_LIMIT);
      expect(diffTokens(p)).toEqual(unbounded(p));
    }
    // The raw files too, and their text with every space and line break taken out (longer runs).
    for (const f of ZH_FILES) {
      const raw = corpusText(f);
      expect(diffTokens(raw)).toEqual(unbounded(raw));
      expect(diffTokens(raw.replace(/\s+/g, ''))).toEqual(unbounded(raw.replace(/\s+/g, '')));
    }
  });

  it('cuts after punctuation without changing a token: every cut point of the Chinese corpus', () => {
    let cuts = 0;
    for (const f of ZH_FILES) {
      for (const text of [corpusText(f), corpusText(f).replace(/\s+/g, '')]) {
        for (const run of cjkRuns(text)) {
          const whole = zhSegments(run);
          for (let p = 1; p < run.length; p++) {
            if (!'，。；、：！？．）》」』】〉〕〗〙〛'.includes(run[p - 1]!)) continue;
            cuts++;
            expect([...zhSegments(run.slice(0, p)), ...zhSegments(run.slice(p))], `${run.slice(p - 8, p)}|${run.slice(p, p + 8)}`).toEqual(whole);
          }
        }
      }
    }
    expect(cuts).toBeGreaterThan(100);
  });

  it('with a piece limit of 16 to 256, corpus paragraphs longer than it keep their tokens', () => {
    const zh = paragraphs.filter((p) => cjkRuns(p).length > 0);
    for (const limit of [16, 32, 64, 128, 256]) {
      let cut = 0;
      for (const p of zh) {
        const { tokens, pieces } = counted(p, limit);
        expect(Math.max(0, ...pieces)).toBeLessThanOrEqual(limit);
        if (pieces.length > cjkRuns(p).length) cut++;
        expect(tokens, `limit ${limit}: ${p.slice(0, 40)}`).toEqual(unbounded(p));
      }
      if (limit <= 64) expect(cut, `limit ${limit}`).toBeGreaterThan(0);
    }
  });

  it('keeps the tokens of a long unbroken corpus run, with and without punctuation', () => {
    const cjk = ZH_FILES.flatMap((f) => cjkRuns(corpusText(f))).join('');
    const han = [...cjk].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
    for (const source of [cjk, han]) {
      // Long enough for many cuts, short of the cliff for the reference.
      const text = source.repeat(Math.ceil(20_000 / source.length)).slice(0, 20_000);
      const { tokens, pieces } = counted(text, SEGMENT_LIMIT);
      expect(pieces.length).toBeGreaterThan(4);
      expect(Math.max(...pieces)).toBeLessThanOrEqual(SEGMENT_LIMIT);
      expect(tokens).toEqual(unbounded(text));
    }
  });
});

describe('diffTokens on generated text', () => {
  const sentences = ZH_FILES.flatMap((f) =>
    corpusText(f)
      .split(/(?<=[。；，：])|\n/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...sentences) },
    { weight: 1, arbitrary: fc.constantFrom('States', 'Human Rights Council', 'A/RES/67/169', 'high-level', 'co-operation') },
    { weight: 1, arbitrary: fc.nat({ max: 2100 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '', '𠀀', '𪚥', '（', '）', '…') },
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('joins back to the text, never gives the segmenter more than the limit, nor splits a surrogate pair', () => {
    expect(sentences.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 300 }), (t, limit) => {
        const { tokens, pieces } = counted(t, limit);
        expect(tokens.join('')).toBe(t);
        expect(tokens.every((w) => w !== '')).toBe(true);
        for (const n of pieces) expect(n).toBeLessThanOrEqual(limit);
        if (!LONE_SURROGATE.test(t)) for (const w of tokens) expect(LONE_SURROGATE.test(w), w).toBe(false);
        // No run longer than the limit: exactly the whole-run tokens.
        if (cjkRuns(t).every((r) => r.length <= limit)) expect(tokens).toEqual(unbounded(t));
      }),
      { numRuns: 400, seed: 68160 },
    );
  });

  it('gives the whole-run tokens with a limit of 16 to 300 on generated runs longer than it', () => {
    // Everything but CJK taken out: the sentences run together into one long CJK run.
    const long = text.map((t) => [...t].filter((ch) => isCjkChar(ch)).join('')).filter((t) => t.length > 300);
    fc.assert(
      fc.property(long, fc.integer({ min: 16, max: 300 }), (t, limit) => {
        const { tokens, pieces } = counted(t, limit);
        expect(pieces.length).toBeGreaterThan(cjkRuns(t).length);
        expect(tokens).toEqual(unbounded(t));
      }),
      { numRuns: 300, seed: 20131218 },
    );
  });

  it('gives the whole-run tokens with the default limit', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(diffTokens(t)).toEqual(unbounded(t));
      }),
      { numRuns: 200, seed: 55109 },
    );
  });
});

describe('long unbroken CJK runs', () => {
  // One call on 65,536 characters took about two minutes; in pieces it takes well under a second.
  const han = ZH_FILES.flatMap((f) => cjkRuns(corpusText(f)))
    .join('')
    .replace(/[^\p{Script=Han}]/gu, '');
  for (const length of [65_536, 200_000]) {
    it(`tokenizes ${length.toLocaleString('en')} characters, no segmenter call over the limit`, () => {
      const run = han.repeat(Math.ceil(length / han.length)).slice(0, length);
      expect(cjkRuns(run)).toEqual([run]);
      const { tokens, pieces } = counted(run, SEGMENT_LIMIT);
      expect(tokens.join('')).toBe(run);
      expect(Math.max(...pieces)).toBeLessThanOrEqual(SEGMENT_LIMIT);
      expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(length / SEGMENT_LIMIT));
      expect(diffTokens(run).join('')).toBe(run);
    }, 120_000);
  }

  it('keeps a surrogate pair whole where a run without punctuation is cut by length', () => {
    const run = '𠀀'.repeat(5000);
    const { tokens, pieces } = counted(run, SEGMENT_LIMIT);
    expect(tokens.join('')).toBe(run);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(SEGMENT_LIMIT);
    for (const w of tokens) expect(LONE_SURROGATE.test(w)).toBe(false);
  });
});
