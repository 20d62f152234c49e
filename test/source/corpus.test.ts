// The corpus index: valid, complete, and pinned to the bytes of the raw texts.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { z } from 'zod';
import { checkCorpusIndex, corpusStampPath, findCorpusEntry, loadCorpusIndex, looksLikeSymbol } from '../../src/source/corpus.js';
import { corpusIndexSchema } from '../../src/source/corpusSchema.js';
import { CORPUS_DIR, parseCorpus } from '../helpers/corpus.js';

describe('corpus index', () => {
  const index = loadCorpusIndex(CORPUS_DIR);

  it('lists every .txt in corpus/ exactly once', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(index.texts.map((t) => t.file).sort()).toEqual(files);
  });

  it('pins each text to its bytes (copied byte for byte, never edited)', () => {
    for (const t of index.texts) {
      const sha = createHash('sha256').update(readFileSync(join(CORPUS_DIR, t.file))).digest('hex');
      expect(sha, t.file).toBe(t.sha256);
    }
  });

  it('agrees with what the parser reads: symbol, language, completeness', () => {
    for (const t of index.texts) {
      const r = parseCorpus(t.file, { symbol: t.symbol });
      expect(r.symbol, t.file).toBe(t.symbol);
      expect(r.language, t.file).toBe(t.language);
      expect(r.complete, t.file).toBe(t.complete);
    }
  });

  it('rejects a broken index with the field named', () => {
    const broken = { series: {}, texts: [{ ...index.texts[0], complete: false }] };
    const result = corpusIndexSchema(z).safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/partial text must say where it stops/);
    expect(() => checkCorpusIndex(broken, 'index.json')).toThrow(/invalid at texts\.0: a partial text must say where it stops/);
  });

  it('trusts only the exact bytes the build checked: any other index is checked with zod', () => {
    // The build (scripts/stamp-corpus.mjs) wrote the SHA-256 of the index it validated.
    const stamped = readFileSync(corpusStampPath(), 'utf8').trim();
    expect(stamped).toBe(createHash('sha256').update(readFileSync(join(CORPUS_DIR, 'index.json'))).digest('hex'));
    // One byte of difference (here: a partial text that does not say where it stops) is caught.
    const dir = mkdtempSync(join(tmpdir(), 'resdiff-corpus-'));
    try {
      writeFileSync(join(dir, 'index.json'), JSON.stringify({ series: {}, texts: [{ ...index.texts[0], complete: false }] }));
      expect(() => loadCorpusIndex(dir)).toThrow(/invalid at texts\.0: a partial text must say where it stops/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds texts by symbol, case-insensitively, and asks for a language only when needed', () => {
    expect(findCorpusEntry('a/res/68/160', undefined, index).file).toBe('A-RES-68-160.zh.txt');
    expect(() => findCorpusEntry('A/RES/68/160', 'en', index)).toThrow(InputError);
    expect(() => findCorpusEntry('A/RES/1/1', undefined, index)).toThrow(/not in the corpus/);
  });

  it('accepts only symbol-shaped arguments as symbols', () => {
    expect(looksLikeSymbol('A/RES/68/160')).toBe(true);
    expect(looksLikeSymbol('A/HRC/RES/19/33')).toBe(true);
    expect(looksLikeSymbol('A/C.3/68/L.34/Rev.1')).toBe(true);
    for (const bad of ['../../etc/passwd', 'A/../../etc', '/etc/passwd', 'A/RES/' + '1/'.repeat(50), 'A/RES/68/160\u0000']) {
      expect(looksLikeSymbol(bad), bad).toBe(false);
    }
  });
});
