// The fetch cache's index: a folder of 2,000 entries is read once per process; listCached and
// readCached are served from the index afterwards; storeFetched updates it; entries written by
// another process are picked up through the folder's mtime (or, for readCached, the file itself);
// readCached still checks the original's hash. Reads are counted through cacheFs, never timed.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheBase, cacheFs, listCached, readCached, storeFetched, type Provenance } from '../../src/ingest/cache.js';
import type { Language } from '../../src/model/resolution.js';

const real = { ...cacheFs };
let reads: string[] = [];
let listings = 0;

beforeEach(() => {
  reads = [];
  listings = 0;
  cacheFs.readFileSync = ((path: string, ...rest: unknown[]) => {
    reads.push(basename(String(path)));
    return (real.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof cacheFs.readFileSync;
  cacheFs.readdirSync = ((...args: unknown[]) => {
    listings++;
    return (real.readdirSync as (...a: unknown[]) => unknown)(...args);
  }) as typeof cacheFs.readdirSync;
});
afterEach(() => Object.assign(cacheFs, real));

const provenanceReads = () => reads.filter((n) => n.endsWith('.json')).length;
const counted = <T>(f: () => T): { value: T; json: number; listings: number } => {
  reads = [];
  listings = 0;
  const value = f();
  return { value, json: provenanceReads(), listings };
};

/**
 * Writes an entry as another process would: original, text, then provenance, straight to disk.
 * With `files: false`, the provenance alone (all listCached reads; quick to write 2,000 of).
 */
function writeEntry(dir: string, symbol: string, language: Language, text: string, files = true): Provenance {
  const base = cacheBase(symbol, language);
  const bytes = Buffer.from(`original of ${symbol}`);
  const provenance: Provenance = {
    symbol,
    language,
    source: 'test placeholder',
    retrieved: new Date(0).toISOString(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: 'docx',
    bytes: bytes.length,
    original: `${base}.docx`,
    text: `${base}.txt`,
  };
  if (files) {
    writeFileSync(join(dir, provenance.original), bytes);
    writeFileSync(join(dir, provenance.text), text);
  }
  writeFileSync(join(dir, `${base}.json`), JSON.stringify(provenance));
  return provenance;
}

/** Sets the folder's mtime an hour back: as if nothing had changed in it for a long time. */
const settle = (dir: string) => utimesSync(dir, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

describe('a cache of 2,000 documents', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'resdiff-index-'));
    // Complete entries for the few the tests read; provenance only for the rest.
    for (let i = 0; i < 2000; i++) writeEntry(dir, `A/RES/70/${i}`, i % 2 ? 'en' : 'zh', `text ${i}`, i >= 7 && i <= 11);
  });

  it('the first listCached reads each provenance once; the second and later read none', () => {
    const first = counted(() => listCached(dir));
    expect(first.value).toHaveLength(2000);
    expect(first.json).toBe(2000);
    for (let k = 0; k < 3; k++) {
      const later = counted(() => listCached(dir));
      expect(later.value).toHaveLength(2000);
      expect(later.json).toBe(0);
    }
    expect(listCached(dir)).toContainEqual({ symbol: 'A/RES/70/1999', language: 'en' });
  });

  it('a folder unchanged for a while is not even listed again: one stat per call', () => {
    settle(dir);
    listCached(dir);
    listCached(dir);
    const later = counted(() => listCached(dir));
    expect(later).toMatchObject({ json: 0, listings: 0 });
  });

  it('readCached from the index: no provenance read, the original hashed, the text read', () => {
    listCached(dir);
    const got = counted(() => readCached(dir, 'A/RES/70/7', 'en'));
    expect(got.value?.text).toBe('text 7');
    expect(got.json).toBe(0);
    expect(reads).toEqual(['A-RES-70-7.en.docx', 'A-RES-70-7.en.txt']);
    // A symbol not in the cache: no file read at all.
    expect(counted(() => readCached(dir, 'A/RES/1/1', 'en'))).toMatchObject({ value: undefined, json: 0 });
  });

  it('readCached still verifies the hash: a changed original is not served', () => {
    listCached(dir);
    writeFileSync(join(dir, 'A-RES-70-8.zh.docx'), 'tampered');
    expect(readCached(dir, 'A/RES/70/8', 'zh')).toBeUndefined();
    expect(readCached(dir, 'A/RES/70/9', 'en')?.text).toBe('text 9');
  });

  it('storeFetched updates the index: the new entry is listed without reading any provenance', () => {
    settle(dir);
    listCached(dir);
    storeFetched(dir, { symbol: 'A/RES/71/1', language: 'en', source: 'test placeholder', format: 'docx', bytes: new Uint8Array([1, 2, 3]), text: 'new' });
    const after = counted(() => listCached(dir));
    expect(after.value).toHaveLength(2001);
    expect(after.value).toContainEqual({ symbol: 'A/RES/71/1', language: 'en' });
    expect(after.json).toBe(0);
    expect(readCached(dir, 'A/RES/71/1', 'en')?.text).toBe('new');
  });

  it('an entry written by another process is picked up by its folder mtime: one provenance read', () => {
    settle(dir);
    listCached(dir);
    expect(counted(() => listCached(dir)).listings).toBe(0);
    writeEntry(dir, 'A/RES/72/1', 'zh', 'from elsewhere');
    const after = counted(() => listCached(dir));
    expect(after.value).toHaveLength(2001);
    expect(after.json).toBe(1);
    expect(after.listings).toBe(1);
    expect(readCached(dir, 'A/RES/72/1', 'zh')?.text).toBe('from elsewhere');
  });

  it('readCached finds an entry another process wrote even when the index has not seen it', () => {
    settle(dir);
    listCached(dir);
    writeEntry(dir, 'A/RES/72/2', 'en', 'unseen');
    // The folder's mtime put back: only the file itself tells.
    settle(dir);
    expect(readCached(dir, 'A/RES/72/2', 'en')?.text).toBe('unseen');
  });

  it('an entry replaced by another process is read again; a removed one disappears', () => {
    listCached(dir);
    writeEntry(dir, 'A/RES/70/10', 'zh', 'replaced');
    // Same names, new hash: readCached re-reads the provenance once and serves the new text.
    writeFileSync(join(dir, 'A-RES-70-10.zh.docx'), 'another original');
    const p = JSON.parse(real.readFileSync(join(dir, 'A-RES-70-10.zh.json'), 'utf8') as string) as Provenance;
    writeFileSync(join(dir, 'A-RES-70-10.zh.json'), JSON.stringify({ ...p, sha256: createHash('sha256').update('another original').digest('hex') }));
    settle(dir);
    expect(readCached(dir, 'A/RES/70/10', 'zh')?.text).toBe('replaced');
    rmSync(join(dir, 'A-RES-70-11.en.json'));
    expect(listCached(dir)).toHaveLength(1999);
    expect(listCached(dir)).not.toContainEqual({ symbol: 'A/RES/70/11', language: 'en' });
  });

  it('a provenance file that is not ours is skipped, and not read again until it changes', () => {
    writeFileSync(join(dir, 'notes.json'), '{"not": "provenance"}');
    expect(listCached(dir)).toHaveLength(2000);
    writeFileSync(join(dir, 'other.txt'), 'x'); // the folder changes: listed again
    const again = counted(() => listCached(dir));
    expect(again.listings).toBe(1);
    expect(reads).not.toContain('notes.json');
  });
});

it('a folder that does not exist lists nothing, then its entries once it does', () => {
  const parent = mkdtempSync(join(tmpdir(), 'resdiff-index-'));
  const dir = join(parent, 'later');
  expect(listCached(dir)).toEqual([]);
  storeFetched(dir, { symbol: 'A/RES/73/1', language: 'zh', source: 'test placeholder', format: 'pdf', bytes: new Uint8Array([9]), text: '文' });
  expect(listCached(dir)).toEqual([{ symbol: 'A/RES/73/1', language: 'zh' }]);
});
