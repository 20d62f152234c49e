// How resdiff treats ODS, against a stand-in on 127.0.0.1 (no network): at most MAX_IN_FLIGHT
// requests at once process-wide (not one queue behind which everyone waits), the User-Agent, no
// retry after 404, an idle timeout and a deadline for the whole GET that ends a slow drip, and
// redirects followed only within the ODS origin. Assertions count and order requests; the few
// time bounds are generous (the machine is loaded).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDocx } from '../../scripts/fixtures.js';
import { FetchError } from '../../src/model/errors.js';
import { GetFailure, getLoad, MAX_IN_FLIGHT, politeGet, USER_AGENT, type GetOptions } from '../../src/ingest/http.js';
import { fetchResolution, odsUrl } from '../../src/ingest/ods.js';
import { parseCorpus } from '../helpers/corpus.js';
import { startFakeOds, type Answer, type FakeOds } from '../helpers/fakeOds.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const get: GetOptions = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024, retries: 2, backoffMs: 10 };
const cacheDir = () => mkdtempSync(join(tmpdir(), 'resdiff-polite-'));

let enDocx: Uint8Array;
beforeAll(async () => {
  enDocx = await buildDocx(parseCorpus('A-RES-51-100.en.txt'));
}, 60_000);

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('it should have failed'),
    (e: unknown) => e,
  );
}

describe('several requests at once, a few at most', () => {
  let ods: FakeOds;
  beforeAll(async () => {
    // Every symbol not in the table: a 404 after 100 ms, like a distant server.
    ods = await startFakeOds({ 'A/RES/51/100|en|docx': { kind: 'file', body: enDocx, type: DOCX } }, { fallback: { kind: 'delay', ms: 100, then: { kind: 'status', status: 404 } } });
  });
  afterAll(() => ods.close());

  it(`40 fetches of unknown symbols and one behind them: ${MAX_IN_FLIGHT} in flight at once, never more`, async () => {
    const opts = { baseUrl: ods.url, cacheDir: cacheDir(), get };
    const misses = Array.from({ length: 40 }, (_, i) => fetchResolution(`A/RES/98/${i + 1}`, 'en', opts).then(() => 'fetched', (e: FetchError) => e.code));
    // All 40 asked at once: MAX_IN_FLIGHT go out, the rest wait their turn in this process.
    expect(getLoad()).toEqual({ active: MAX_IN_FLIGHT, waiting: 40 - MAX_IN_FLIGHT });
    const behind = await fetchResolution('A/RES/51/100', 'en', opts);
    expect(behind.downloaded).toBe(true);
    // The one behind went out before the 40 misses had all been answered (they ask twice: Word, then PDF).
    const answeredBefore = ods.requests.findIndex((r) => r.symbol === 'A/RES/51/100');
    expect(answeredBefore).toBeGreaterThanOrEqual(40);
    expect(answeredBefore).toBeLessThan(80);
    expect(await Promise.all(misses)).toEqual(Array(40).fill('NOT_FOUND'));
    expect(ods.requests).toHaveLength(81);
    expect(ods.maxInFlight).toBe(MAX_IN_FLIGHT);
    expect(ods.requests.every((r) => r.inFlight <= MAX_IN_FLIGHT && r.userAgent === USER_AGENT)).toBe(true);
    expect(getLoad()).toEqual({ active: 0, waiting: 0 });
  });

  it('never retries a 404', async () => {
    const before = ods.requests.length;
    const result = await politeGet(odsUrl(ods.url, 'A/RES/98/99', 'en', 'pdf'), { ...get, retries: 5 });
    expect(result.status).toBe(404);
    expect(ods.requests.length - before).toBe(1);
  });
});

describe('timeouts: idle, and a deadline for the whole GET', () => {
  let ods: FakeOds;
  // 4,000 bytes, 10 every 20 ms: a drip of about 8 s that is never idle for long.
  const drip = new Uint8Array(4000).fill(0x41);
  beforeAll(async () => {
    ods = await startFakeOds({
      'A/RES/97/1|en|docx': { kind: 'drip', body: drip, type: DOCX, chunkBytes: 10, everyMs: 20 },
      'A/RES/97/2|en|docx': { kind: 'hang' },
    });
  });
  afterAll(() => ods.close());

  it('a slow drip is ended at the deadline, not retried, and the connection closed', async () => {
    const before = ods.requests.length;
    const started = Date.now();
    const e = await failureOf(politeGet(odsUrl(ods.url, 'A/RES/97/1', 'en', 'docx'), { ...get, timeoutMs: 400, idleTimeoutMs: 300 }));
    const took = Date.now() - started;
    expect(e).toBeInstanceOf(GetFailure);
    expect((e as GetFailure).kind).toBe('timeout');
    expect((e as GetFailure).message).toBe('no complete answer within 0.4 s');
    // One request: the deadline leaves no time for a retry.
    expect(ods.requests.length - before).toBe(1);
    // Well before the drip would have ended (about 8 s).
    expect(took).toBeLessThan(4000);
    await vi.waitFor(() => expect(ods.inFlight).toBe(0));
  });

  it('the same through fetchResolution: a TIMEOUT naming the address and nothing stored', async () => {
    const dir = cacheDir();
    const e = await failureOf(fetchResolution('A/RES/97/1', 'en', { baseUrl: ods.url, cacheDir: dir, get: { ...get, timeoutMs: 400, idleTimeoutMs: 300 } }));
    expect(e).toBeInstanceOf(FetchError);
    expect((e as FetchError).code).toBe('TIMEOUT');
    expect((e as FetchError).message).toContain(`${odsUrl(ods.url, 'A/RES/97/1', 'en', 'docx')} gave no complete answer within 0.4 s. Download it in a browser from`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a server that sends nothing: each attempt ends after the idle timeout, and is retried', async () => {
    const before = ods.requests.length;
    const e = await failureOf(politeGet(odsUrl(ods.url, 'A/RES/97/2', 'en', 'docx'), { ...get, idleTimeoutMs: 200 }));
    expect((e as GetFailure).message).toBe('no answer for 0.2 s');
    expect(ods.requests.length - before).toBe(3);
  });

  it('retries stop at the deadline', async () => {
    const before = ods.requests.length;
    // Ten retries allowed, but each attempt takes 250 ms of a 600 ms deadline.
    const e = await failureOf(politeGet(odsUrl(ods.url, 'A/RES/97/2', 'en', 'docx'), { ...get, timeoutMs: 600, idleTimeoutMs: 250, retries: 10 }));
    expect((e as GetFailure).kind).toBe('timeout');
    const made = ods.requests.length - before;
    expect(made).toBeGreaterThanOrEqual(1);
    expect(made).toBeLessThanOrEqual(3);
  });
});

describe('redirects: only within the ODS origin', () => {
  let ods: FakeOds;
  let elsewhere: FakeOds;
  // Read by the stand-in at each request: filled in once both servers have their ports.
  const answers: Record<string, Answer> = {};
  beforeAll(async () => {
    elsewhere = await startFakeOds({ '/files/a.docx': { kind: 'file', body: enDocx, type: DOCX } });
    ods = await startFakeOds(answers);
    const { port } = new URL(ods.url);
    Object.assign(answers, {
      // Within ODS, relative, as documents.un.org redirects to its files.
      'A/RES/51/100|en|docx': { kind: 'redirect', location: '/files/a.docx' },
      '/files/a.docx': { kind: 'file', body: enDocx, type: DOCX },
      // Another port on the same host; the same host and port under https; another host.
      'A/RES/96/1|en|docx': { kind: 'redirect', location: `${elsewhere.url}/files/a.docx` },
      'A/RES/96/2|en|docx': { kind: 'redirect', location: `https://127.0.0.1:${port}/files/a.docx` },
      'A/RES/96/3|en|docx': { kind: 'redirect', location: 'http://documents.example.org/files/a.docx', status: 301 },
    } satisfies Record<string, Answer>);
  });
  afterAll(async () => {
    await ods.close();
    await elsewhere.close();
  });

  it('a redirect within ODS is followed', async () => {
    const got = await fetchResolution('A/RES/51/100', 'en', { baseUrl: ods.url, cacheDir: cacheDir(), get });
    expect(got.resolution.symbol).toBe('A/RES/51/100');
    expect(got.provenance.source).toBe(odsUrl(ods.url, 'A/RES/51/100', 'en', 'docx'));
    expect(ods.requests.slice(-2).map((r) => r.path)).toEqual(['/api/symbol/access', '/files/a.docx']);
  });

  it.each([
    ['another port', 'A/RES/96/1', () => `${elsewhere.url}/files/a.docx`],
    ['https instead of http', 'A/RES/96/2', () => `https://127.0.0.1:${new URL(ods.url).port}/files/a.docx`],
    ['another host', 'A/RES/96/3', () => 'http://documents.example.org/files/a.docx'],
  ])('a redirect to %s is refused: a FetchError naming both addresses, nothing stored', async (_what, symbol, target) => {
    const dir = cacheDir();
    const before = ods.requests.length;
    const e = await failureOf(fetchResolution(symbol, 'en', { baseUrl: ods.url, cacheDir: dir, get }));
    expect(e).toBeInstanceOf(FetchError);
    expect((e as FetchError).code).toBe('HTTP');
    const url = odsUrl(ods.url, symbol, 'en', 'docx');
    expect((e as FetchError).message).toBe(
      `cannot fetch ${symbol} (en): ${url} redirected to ${target()}, outside ${ods.url}: resdiff follows redirects only within ODS. Download it in a browser from ${url} (or find ${symbol} at https://digitallibrary.un.org) and give the file instead, e.g. resdiff diff ${symbol.replaceAll('/', '-')}.en.docx NEW`,
    );
    // Not retried, no PDF tried, nothing fetched from elsewhere, nothing stored.
    expect(ods.requests.length - before).toBe(1);
    expect(elsewhere.requests).toHaveLength(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
