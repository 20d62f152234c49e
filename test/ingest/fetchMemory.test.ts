// What fetchResolution shares and remembers, against a stand-in for ODS on 127.0.0.1: one fetch
// in flight per symbol and language, joined by everyone who asks meanwhile; a symbol ODS does not
// have (404 or an HTML page) remembered for negativeTtlMs / RESDIFF_FETCH_NEGATIVE_TTL_MS and
// reported with the same error; other failures (5xx, timeouts) not remembered.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDocx } from '../../scripts/fixtures.js';
import { FetchError } from '../../src/model/errors.js';
import type { GetOptions } from '../../src/ingest/http.js';
import { DEFAULT_NEGATIVE_TTL_MS, fetchResolution, forgetFetchFailures, type FetchOptions } from '../../src/ingest/ods.js';
import { parseCorpus } from '../helpers/corpus.js';
import { startFakeOds, type FakeOds } from '../helpers/fakeOds.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const get: GetOptions = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024, retries: 0, backoffMs: 10 };
let ods: FakeOds;

beforeAll(async () => {
  const enDocx = await buildDocx(parseCorpus('A-RES-51-100.en.txt'));
  // Every answer a little late, so that callers arrive while a fetch is in flight.
  ods = await startFakeOds(
    {
      'A/RES/51/100|en|docx': { kind: 'delay', ms: 150, then: { kind: 'file', body: enDocx, type: DOCX } },
      'A/RES/95/1|en|docx': { kind: 'delay', ms: 50, then: { kind: 'html' } },
      'A/RES/95/1|en|pdf': { kind: 'delay', ms: 50, then: { kind: 'html' } },
      'A/RES/95/2|en|docx': { kind: 'status', status: 503 },
      'A/RES/95/2|en|pdf': { kind: 'status', status: 503 },
    },
    { fallback: { kind: 'delay', ms: 150, then: { kind: 'status', status: 404 } } },
  );
}, 60_000);
afterAll(() => ods.close());
beforeEach(() => forgetFetchFailures());
afterEach(() => vi.unstubAllEnvs());

const options = (overrides: Partial<FetchOptions> = {}): FetchOptions => ({ baseUrl: ods.url, cacheDir: mkdtempSync(join(tmpdir(), 'resdiff-memory-')), get, ...overrides });
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'fetched',
    (e: unknown) => (e instanceof FetchError ? { code: e.code, message: e.message, url: e.url } : e),
  );
const asked = (symbol: string) => ods.requests.filter((r) => r.symbol === symbol).length;

describe('one fetch in flight per symbol and language', () => {
  it('10 callers asking at once for a missing symbol: ODS is asked twice (Word, PDF), and all get the same 404', async () => {
    const opts = options();
    const all = await Promise.all(Array.from({ length: 10 }, () => outcome(fetchResolution('A/RES/94/1', 'en', opts))));
    expect(asked('A/RES/94/1')).toBe(2);
    expect(new Set(all.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(all[0]).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^A\/RES\/94\/1 \(en\) is not at http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access\?s=A%2FRES%2F94%2F1&l=en&t=pdf \(404 Not Found\)/) });
  });

  it('5 callers asking at once for a document: one download, one cache entry, the same text for all', async () => {
    const opts = options();
    const all = await Promise.all(Array.from({ length: 5 }, () => fetchResolution('A/RES/51/100', 'en', opts)));
    expect(asked('A/RES/51/100')).toBe(1);
    expect(new Set(all.map((f) => f.text)).size).toBe(1);
    expect(all.every((f) => f.provenance.sha256 === all[0]!.provenance.sha256)).toBe(true);
    expect(readdirSync(opts.cacheDir).sort()).toEqual(['A-RES-51-100.en.docx', 'A-RES-51-100.en.json', 'A-RES-51-100.en.txt']);
    // Afterwards, from the cache.
    const again = await fetchResolution('A/RES/51/100', 'en', opts);
    expect(again.downloaded).toBe(false);
    expect(asked('A/RES/51/100')).toBe(1);
  });

  it('another language is another fetch', async () => {
    const opts = options();
    await Promise.all([outcome(fetchResolution('A/RES/94/2', 'en', opts)), outcome(fetchResolution('A/RES/94/2', 'fr', opts))]);
    expect(ods.requests.filter((r) => r.symbol === 'A/RES/94/2').map((r) => r.language).sort()).toEqual(['en', 'en', 'fr', 'fr']);
  });
});

describe('a symbol ODS does not have is remembered', () => {
  it('a 404: asked again within 5 minutes (the default), the same FetchError without asking ODS; after, ODS again', async () => {
    expect(DEFAULT_NEGATIVE_TTL_MS).toBe(300_000);
    // Only the clock is faked: the stand-in's timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.now();
      const fresh = await outcome(fetchResolution('A/RES/94/3', 'en', options()));
      vi.setSystemTime(start + 290_000);
      const remembered = await outcome(fetchResolution('A/RES/94/3', 'en', options()));
      expect(remembered).toEqual(fresh);
      expect(asked('A/RES/94/3')).toBe(2);
      const e = await fetchResolution('A/RES/94/3', 'en', options()).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(FetchError);
      vi.setSystemTime(start + 310_000);
      expect(await outcome(fetchResolution('A/RES/94/3', 'en', options()))).toEqual(fresh);
      expect(asked('A/RES/94/3')).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an HTML page where a document should be (NOT_A_DOCUMENT), the same', async () => {
    const fresh = await outcome(fetchResolution('A/RES/95/1', 'en', options()));
    expect(fresh).toMatchObject({ code: 'NOT_A_DOCUMENT' });
    expect(await outcome(fetchResolution('A/RES/95/1', 'en', options()))).toEqual(fresh);
    expect(asked('A/RES/95/1')).toBe(2);
  });

  it('for negativeTtlMs only: after it, ODS is asked again', async () => {
    const opts = options({ negativeTtlMs: 50 });
    await outcome(fetchResolution('A/RES/94/4', 'en', opts));
    await new Promise((r) => setTimeout(r, 150));
    await outcome(fetchResolution('A/RES/94/4', 'en', opts));
    expect(asked('A/RES/94/4')).toBe(4);
  });

  it('RESDIFF_FETCH_NEGATIVE_TTL_MS=0 remembers nothing; the option wins over it', async () => {
    vi.stubEnv('RESDIFF_FETCH_NEGATIVE_TTL_MS', '0');
    await outcome(fetchResolution('A/RES/94/5', 'en', options()));
    await outcome(fetchResolution('A/RES/94/5', 'en', options()));
    expect(asked('A/RES/94/5')).toBe(4);
    await outcome(fetchResolution('A/RES/94/6', 'en', options({ negativeTtlMs: 60_000 })));
    await outcome(fetchResolution('A/RES/94/6', 'en', options({ negativeTtlMs: 60_000 })));
    expect(asked('A/RES/94/6')).toBe(2);
  });

  it('a server error is not remembered: the next ask goes to ODS', async () => {
    const first = await outcome(fetchResolution('A/RES/95/2', 'en', options()));
    expect(first).toMatchObject({ code: 'HTTP', message: expect.stringContaining('answered 503') });
    await outcome(fetchResolution('A/RES/95/2', 'en', options()));
    expect(asked('A/RES/95/2')).toBe(4);
  });

  it('forgetFetchFailures forgets', async () => {
    await outcome(fetchResolution('A/RES/94/7', 'en', options()));
    forgetFetchFailures();
    await outcome(fetchResolution('A/RES/94/7', 'en', options()));
    expect(asked('A/RES/94/7')).toBe(4);
  });
});
