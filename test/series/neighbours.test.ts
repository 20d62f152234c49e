// findNeighbours over an injected library: citations first, then the corpus series; decisions apart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language, Resolution } from '../../src/model/resolution.js';
import { findNeighbours, localLibrary, type Library, type LocalDocument } from '../../src/series/neighbours.js';
import { parseCorpus } from '../helpers/corpus.js';

const FILES: Record<string, string> = {
  'A/RES/55/109': 'A-RES-55-109.zh.txt',
  'A/RES/68/160': 'A-RES-68-160.zh.txt',
  'A/HRC/RES/19/33': 'A-HRC-RES-19-33.en.txt',
  'A/HRC/RES/28/2': 'A-HRC-RES-28-2.en.txt',
  'A/HRC/DEC/22/116': 'A-HRC-DEC-22-116.en.txt',
};

/** A library of corpus texts, plus documents that are only listed (as a fetch cache entry is before it is read). */
function library(documents: LocalDocument[]): Library & { parsed: string[] } {
  const parsed: string[] = [];
  return {
    parsed,
    documents: () => documents,
    resolution(symbol: string, _language: Language): Resolution | undefined {
      parsed.push(symbol);
      return FILES[symbol] ? parseCorpus(FILES[symbol]) : undefined;
    },
  };
}

const series = (id: string, body: string, year: number) => ({ series: { id, body, year } });
const CORPUS: LocalDocument[] = [
  { symbol: 'A/RES/55/109', language: 'zh', ...series('cooperation', 'GA', 2000) },
  { symbol: 'A/RES/68/160', language: 'zh', ...series('cooperation', 'GA', 2013) },
  { symbol: 'A/HRC/RES/19/33', language: 'en', ...series('hrc', 'HRC', 2012) },
  { symbol: 'A/HRC/RES/28/2', language: 'en', ...series('hrc', 'HRC', 2015) },
  { symbol: 'A/HRC/DEC/22/116', language: 'en', ...series('hrc', 'HRC', 2013) },
];

describe('findNeighbours', () => {
  it('falls back on the corpus series when the cited predecessor is not on this machine', () => {
    const found = findNeighbours(parseCorpus('A-RES-68-160.zh.txt'), library(CORPUS));
    expect(found.previous).toEqual({ symbol: 'A/RES/55/109', language: 'zh', why: 'the earlier version of this series in the corpus' });
    expect(found.next).toBeNull();
  });

  it('prefers the cited predecessor once the library has it', () => {
    const found = findNeighbours(parseCorpus('A-RES-68-160.zh.txt'), library([...CORPUS, { symbol: 'A/RES/67/169', language: 'zh' }]));
    expect(found.previous?.symbol).toBe('A/RES/67/169');
    expect(found.previous?.why).toMatch(/pp\d|PP\d|cites|paragraph/i);
  });

  it('finds the next version by its citation, in the same language, and never a decision', () => {
    const lib = library(CORPUS);
    const found = findNeighbours(parseCorpus('A-HRC-RES-19-33.en.txt'), lib);
    expect(found.next?.symbol).toBe('A/HRC/RES/28/2');
    expect(found.previous).toBeNull();
    // Only same-language, same-kind documents are read.
    expect(lib.parsed).not.toContain('A/HRC/DEC/22/116');
    expect(lib.parsed).not.toContain('A/RES/55/109');
  });

  it('a document without a symbol has no neighbours', () => {
    const doc = { ...parseCorpus('A-RES-68-160.zh.txt'), symbol: null };
    expect(findNeighbours(doc, library(CORPUS))).toEqual({ previous: null, next: null });
  });

  it('localLibrary reads the corpus and an empty fetch cache, parsing each document once into the memo', () => {
    const memo = new Map<string, Resolution>();
    const lib = localLibrary(mkdtempSync(join(tmpdir(), 'resdiff-neighbours-')), memo);
    expect(lib.documents().map((d) => d.symbol)).toContain('A/RES/68/160');
    const found = findNeighbours(parseCorpus('A-HRC-RES-28-2.en.txt'), lib);
    expect(found.previous?.symbol).toBe('A/HRC/RES/19/33');
    expect(memo.size).toBeGreaterThan(0);
    expect(lib.resolution('A/RES/99/1', 'en')).toBeUndefined();
  });
});
