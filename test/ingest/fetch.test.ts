// Fetching from ODS, against a real HTTP server on 127.0.0.1 that plays ODS (no network):
// Word and PDF round trips, the cache, retries, and every failure a user can meet, including a
// document in another language than asked. (Limits, deadlines and redirects: politeness.test.ts;
// shared fetches and remembered failures: fetchMemory.test.ts; the cache index: cacheIndex.test.ts.)
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDocx, pdfHtml, printPdf } from '../../scripts/fixtures.js';
import { FetchError } from '../../src/model/errors.js';
import { allParagraphs } from '../../src/model/resolution.js';
import { readCached } from '../../src/ingest/cache.js';
import { GetFailure, politeGet, USER_AGENT } from '../../src/ingest/http.js';
import { fetchResolution, forgetFetchFailures, readFetched, type FetchOptions } from '../../src/ingest/ods.js';
import { parseCorpus } from '../helpers/corpus.js';
import { startFakeOds, type Answer, type FakeOds } from '../helpers/fakeOds.js';
import { run } from '../helpers/io.js';
import { skipWithout } from '../helpers/programs.js';

const zh = parseCorpus('A-RES-68-160.zh.txt');
const en = parseCorpus('A-RES-51-100.en.txt');
const texts = (r: typeof zh) => allParagraphs(r).map((p) => [p.section, p.number, p.text]);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The PDF fixtures are printed by Chromium: without it (and without CI) the tests that read them are skipped. */
const noChromium = skipWithout('the PDF fetch and file tests (their fixtures are printed by Chromium)', ['chromium']);

let ods: FakeOds;
const fixtures: Record<string, Uint8Array> = {};
const answers: Record<string, Answer> = {};

beforeAll(async () => {
  fixtures.zhDocx = await buildDocx(zh);
  fixtures.enDocx = await buildDocx(en);
  // 51/100 under a symbol of its own (derived: only the symbol changed), for a document outside the corpus.
  fixtures.en99Docx = await buildDocx({ ...en, symbol: 'A/RES/99/7' });
  const pdf = async (html: string) => (noChromium ? new Uint8Array() : await printPdf(html));
  fixtures.zhPdf = await pdf(pdfHtml(zh));
  fixtures.enPdf = await pdf(pdfHtml(en));
  fixtures.scanned = await pdf(pdfHtml(en, { textLayer: false }));
  Object.assign(answers, {
    'A/RES/68/160|zh|docx': { kind: 'file', body: fixtures.zhDocx, type: DOCX },
    // 51/100 has no Word file: the fetch falls back to the PDF.
    'A/RES/51/100|en|pdf': { kind: 'file', body: fixtures.enPdf, type: 'application/pdf' },
    // 68/160 in a second cache: PDF only, for the PDF round trip in Chinese.
    'A/RES/68/160|zh|pdf': { kind: 'file', body: fixtures.zhPdf, type: 'application/pdf' },
    'A/RES/99/1|en|docx': { kind: 'html' },
    'A/RES/99/1|en|pdf': { kind: 'html' },
    'A/RES/99/2|en|docx': { kind: 'hang' },
    'A/RES/99/3|en|docx': { kind: 'huge', bytes: 6 * 1024 * 1024 },
    'A/RES/99/4|en|pdf': { kind: 'file', body: fixtures.scanned, type: 'application/pdf' },
    'A/RES/99/5|en|docx': { kind: 'file', body: fixtures.enDocx, type: DOCX },
    'A/RES/99/6|en|docx': { kind: 'cut', body: fixtures.enDocx },
    // Not in the corpus: a fetch that fails twice first.
    'A/RES/99/7|en|docx': { kind: 'flaky', failures: 2, then: { kind: 'file', body: fixtures.en99Docx, type: DOCX } },
    // Documents in another language than asked: the Chinese file served as English, the English one as Spanish.
    'A/RES/68/160|en|docx': { kind: 'file', body: fixtures.zhDocx, type: DOCX },
    'A/RES/51/100|es|docx': { kind: 'file', body: fixtures.enDocx, type: DOCX },
  } satisfies Record<string, Answer>);
  ods = await startFakeOds(answers);
}, 120_000);
afterAll(() => ods?.close());
// Each test sees ODS afresh: no missing symbol remembered from the one before.
beforeEach(() => forgetFetchFailures());

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    baseUrl: ods.url,
    cacheDir: mkdtempSync(join(tmpdir(), 'resdiff-cache-')),
    get: { timeoutMs: 5000, maxBytes: 20 * 1024 * 1024, retries: 2, backoffMs: 10 },
    ...overrides,
  };
}

async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  const e = await promise.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FetchError);
  return e as FetchError;
}

describe('fetching a document', () => {
  it('Word round trip (zh): text -> DOCX -> fetch -> extract -> parse gives the same paragraphs', async () => {
    const opts = options();
    const got = await fetchResolution('A/RES/68/160', 'zh', opts);
    expect(got.downloaded).toBe(true);
    expect(texts(got.resolution)).toEqual(texts(zh));
    expect(got.resolution.symbol).toBe('A/RES/68/160');
    expect(got.provenance).toMatchObject({ symbol: 'A/RES/68/160', language: 'zh', format: 'docx', source: `${ods.url}/api/symbol/access?s=A%2FRES%2F68%2F160&l=zh&t=docx` });
    expect(got.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(got.provenance.retrieved)).toBeGreaterThan(Date.now() - 60_000);
    expect(readdirSync(opts.cacheDir).sort()).toEqual(['A-RES-68-160.zh.docx', 'A-RES-68-160.zh.json', 'A-RES-68-160.zh.txt']);
    expect(Buffer.from(readFileSync(join(opts.cacheDir, 'A-RES-68-160.zh.docx'))).equals(Buffer.from(fixtures.zhDocx!))).toBe(true);
    expect(ods.requests.at(-1)!.userAgent).toBe(USER_AGENT);
  });

  it.skipIf(noChromium)('PDF round trips (en falls back from DOCX to PDF; zh from PDF with an embedded CJK font)', async () => {
    const got = await fetchResolution('A/RES/51/100', 'en', options());
    expect(got.provenance.format).toBe('pdf');
    expect(texts(got.resolution)).toEqual(texts(en));
    expect(ods.requests.slice(-2).map((r) => r.format)).toEqual(['docx', 'pdf']);

    // Serve 68/160 as PDF only (the DOCX answer removed for this call).
    const docx = answers['A/RES/68/160|zh|docx'];
    delete answers['A/RES/68/160|zh|docx'];
    try {
      const pdf = await fetchResolution('A/RES/68/160', 'zh', options());
      expect(pdf.provenance.format).toBe('pdf');
      expect(texts(pdf.resolution)).toEqual(texts(zh));
    } finally {
      answers['A/RES/68/160|zh|docx'] = docx!;
    }
  });

  it('hands what arrived to `read` (the server runs it in its worker pool): its text is stored; its failure stores nothing', async () => {
    const seen: { format: string; symbol: string; language: string; bytes: number }[] = [];
    const opts = options({
      read: async (file) => {
        seen.push({ format: file.format, symbol: file.symbol, language: file.language, bytes: file.body.byteLength });
        return readFetched(file);
      },
    });
    const got = await fetchResolution('A/RES/68/160', 'zh', opts);
    expect(seen).toEqual([{ format: 'docx', symbol: 'A/RES/68/160', language: 'zh', bytes: fixtures.zhDocx!.byteLength }]);
    expect(readCached(opts.cacheDir, 'A/RES/68/160', 'zh')!.text).toBe(got.text);
    const refusing = options({ read: async (file) => Promise.reject(new FetchError('TOO_LARGE', `too much in ${file.symbol}`, file.url)) });
    expect((await fetchError(fetchResolution('A/RES/68/160', 'zh', refusing))).message).toBe('too much in A/RES/68/160');
    expect(readCached(refusing.cacheDir, 'A/RES/68/160', 'zh')).toBeUndefined();
    expect(readdirSync(refusing.cacheDir)).toEqual([]);
  });

  it('uses the cache after the first fetch', async () => {
    const opts = options();
    await fetchResolution('A/RES/68/160', 'zh', opts);
    const before = ods.requests.length;
    const again = await fetchResolution('A/RES/68/160', 'zh', opts);
    expect(again.downloaded).toBe(false);
    expect(ods.requests.length).toBe(before);
    expect(readCached(opts.cacheDir, 'A/RES/68/160', 'zh')!.provenance.format).toBe('docx');
  });

  it('retries a 503 twice, with backoff, then succeeds', async () => {
    const before = ods.requests.length;
    const got = await fetchResolution('A/RES/99/7', 'en', options());
    expect(ods.requests.length - before).toBe(3);
    expect(got.resolution.symbol).toBe('A/RES/99/7');
    // The Word round trip in English, too.
    expect(got.provenance.format).toBe('docx');
    expect(texts(got.resolution)).toEqual(texts(en));
  });
});

describe('failures: one clear message naming the URL and how to supply the file by hand', () => {
  const byHand = /Download it in a browser from http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access\?s=.*and give the file instead/;

  it('offline (connection refused)', async () => {
    const e = await fetchError(fetchResolution('A/RES/68/160', 'zh', options({ baseUrl: 'http://127.0.0.1:9', get: { timeoutMs: 2000, maxBytes: 1e6, retries: 0, backoffMs: 1 } })));
    expect(e.code).toBe('OFFLINE');
    expect(e.message).toContain('http://127.0.0.1:9/api/symbol/access?s=A%2FRES%2F68%2F160&l=zh&t=docx');
    expect(e.message).toMatch(/offline/);
  });

  it('a name that does not resolve (DNS)', async () => {
    const failingLookup = ((_host: string, _opts: unknown, callback: (e: NodeJS.ErrnoException) => void) => {
      const e = new Error('getaddrinfo ENOTFOUND documents.un.org') as NodeJS.ErrnoException;
      e.code = 'ENOTFOUND';
      callback(e);
    }) as never;
    const failure = await politeGet('http://documents.un.org/api/symbol/access?s=A/RES/1/1', { timeoutMs: 1000, maxBytes: 1e6, retries: 2, backoffMs: 1, lookup: failingLookup }).catch((x: unknown) => x);
    expect(failure).toBeInstanceOf(GetFailure);
    expect((failure as GetFailure).kind).toBe('offline');
    expect((failure as GetFailure).code).toBe('ENOTFOUND');
  });

  it('a timeout, after two retries', async () => {
    const before = ods.requests.length;
    // Nothing for 300 ms ends an attempt; 20 s is the whole deadline, far off.
    const e = await fetchError(fetchResolution('A/RES/99/2', 'en', options({ get: { timeoutMs: 20_000, idleTimeoutMs: 300, maxBytes: 1e6, retries: 2, backoffMs: 10 } })));
    expect(e.code).toBe('TIMEOUT');
    expect(e.message).toMatch(/gave no answer for 0\.3 s/);
    expect(e.message).toMatch(byHand);
    expect(ods.requests.length - before).toBe(3);
  });

  it('404', async () => {
    const e = await fetchError(fetchResolution('A/RES/67/169', 'zh', options()));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('404');
    expect(e.message).toMatch(byHand);
  });

  it('an HTML page where a document was expected', async () => {
    const e = await fetchError(fetchResolution('A/RES/99/1', 'en', options()));
    expect(e.code).toBe('NOT_A_DOCUMENT');
    expect(e.message).toMatch(/gave an HTML page where a PDF file was expected/);
  });

  it('a body over the size limit', async () => {
    const e = await fetchError(fetchResolution('A/RES/99/3', 'en', options({ get: { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, retries: 0, backoffMs: 1 } })));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/over the 2 MB limit/);
  });

  it.skipIf(noChromium)('a PDF with no text layer', async () => {
    const e = await fetchError(fetchResolution('A/RES/99/4', 'en', options()));
    expect(e.code).toBe('NO_TEXT');
    expect(e.message).toMatch(/without a text layer \(a scanned document\?\)/);
  });

  it('a document that is not the symbol asked for; nothing stored', async () => {
    const opts = options();
    const e = await fetchError(fetchResolution('A/RES/99/5', 'en', opts));
    expect(e.code).toBe('WRONG_DOCUMENT');
    expect(e.message).toMatch(/gave A\/RES\/51\/100, not A\/RES\/99\/5/);
    expect(readdirSync(opts.cacheDir)).toEqual([]);
  });

  it('a document in another language than asked; nothing stored', async () => {
    const opts = options();
    const before = ods.requests.length;
    const zhAsEn = await fetchError(fetchResolution('A/RES/68/160', 'en', opts));
    expect(zhAsEn.code).toBe('WRONG_DOCUMENT');
    expect(zhAsEn.message).toMatch(/A%2FRES%2F68%2F160&l=en&t=docx gave a document in Chinese \(zh\), not English \(en\): nothing was stored\. /);
    expect(zhAsEn.message).toMatch(byHand);
    const enAsEs = await fetchError(fetchResolution('A/RES/51/100', 'es', opts));
    expect(enAsEs.code).toBe('WRONG_DOCUMENT');
    expect(enAsEs.message).toMatch(/gave a document in English \(en\), not Spanish \(es\)/);
    // Refused at the Word file: no PDF asked for, nothing in the cache.
    expect(ods.requests.slice(before).map((r) => `${r.language} ${r.format}`)).toEqual(['en docx', 'es docx']);
    expect(readdirSync(opts.cacheDir)).toEqual([]);
    expect(readCached(opts.cacheDir, 'A/RES/68/160', 'en')).toBeUndefined();
  });

  it('a fetch interrupted halfway leaves the cache as it was before', async () => {
    const opts = options();
    await fetchResolution('A/RES/68/160', 'zh', opts);
    const snapshot = () => readdirSync(opts.cacheDir).sort().map((f) => [f, readFileSync(join(opts.cacheDir, f)).toString('base64')]);
    const before = snapshot();
    const e = await fetchError(fetchResolution('A/RES/99/6', 'en', opts));
    expect(e.code).toBe('HTTP');
    expect(e.message).toMatch(/closed before the whole answer arrived/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(opts.cacheDir).some((f) => f.endsWith('.part'))).toBe(false);
  });
});

describe('the CLI online (against the stand-in)', () => {
  const env = () => ({ RESDIFF_OFFLINE: '0', RESDIFF_ODS_URL: ods.url, RESDIFF_CACHE: mkdtempSync(join(tmpdir(), 'resdiff-cli-cache-')), RESDIFF_FETCH_TIMEOUT_MS: '2000' });

  it('resdiff fetch stores the document and reports its provenance', async () => {
    const e = env();
    const r = await run(['fetch', 'A/RES/68/160', '--lang', 'zh'], { env: e });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fetched A\/RES\/68\/160 \(zh\) from http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access\?s=A%2FRES%2F68%2F160&l=zh&t=docx/);
    expect(r.stdout).toContain('9 preambular and 14 operative paragraphs, complete');
    expect(existsSync(join(e.RESDIFF_CACHE, 'A-RES-68-160.zh.json'))).toBe(true);
    const again = await run(['fetch', 'A/RES/68/160', '--lang', 'zh'], { env: e });
    expect(again.stdout).toMatch(/^already in the cache:/);
  });

  it('diff fetches a symbol it does not have, then uses the cache', async () => {
    const e = env();
    (answers['A/RES/99/7|en|docx'] as { seen?: number }).seen = 2; // past its two failures
    const r = await run(['diff', 'A/RES/99/7', 'A/RES/51/100', '--old-lang', 'en', '--new-lang', 'en', '--format', 'json'], { env: e });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(e.RESDIFF_CACHE)).toContain('A-RES-99-7.en.json');
    const offline = await run(['diff', 'A/RES/99/7', 'A/RES/51/100', '--old-lang', 'en', '--new-lang', 'en', '--offline'], { env: e });
    expect(offline.status).toBe(0);
  });

  it('a fetch failure is one line on stderr and exit 2', async () => {
    const r = await run(['diff', 'A/RES/99/1', 'A/RES/51/100'], { env: env() });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^resdiff: http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access\?s=A%2FRES%2F99%2F1&l=en&t=pdf gave an HTML page/);
  });

  it('--previous on 68/160 names A/RES/67/169, found from its second preambular paragraph', async () => {
    const r = await run(['diff', 'A/RES/68/160', '--previous'], { env: env() });
    expect(r.stderr).toContain('the previous version of A/RES/68/160 is A/RES/67/169 (PP2 cites it on the same subject');
    // The stand-in does not have 67/169 (no copy of it can be had offline): a clear 404.
    expect(r.stderr).toMatch(/A\/RES\/67\/169 \(zh\) is not at .*404 Not Found/);
    expect(r.status).toBe(2);
  });
});

describe('reading PDF and Word files given by hand', () => {
  it.skipIf(noChromium)('diff, parse and history take .pdf and .docx files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resdiff-files-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'a.pdf'), fixtures.zhPdf!);
    writeFileSync(join(dir, 'b.docx'), fixtures.zhDocx!);
    const parsed = await run(['parse', join(dir, 'a.pdf'), '--json']);
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout).operative).toHaveLength(14);
    const same = await run(['diff', join(dir, 'a.pdf'), join(dir, 'b.docx')]);
    expect(same.stderr).toBe('');
    expect(same.status).toBe(0);
    const corpus = await run(['diff', 'A/RES/68/160', join(dir, 'b.docx')]);
    expect(corpus.status).toBe(0);
    writeFileSync(join(dir, 'scan.pdf'), fixtures.scanned!);
    const scan = await run(['parse', join(dir, 'scan.pdf')]);
    expect(scan.status).toBe(2);
    expect(scan.stderr).toMatch(/scan\.pdf is a PDF without a text layer/);
    writeFileSync(join(dir, 'not-word.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]));
    expect((await run(['parse', join(dir, 'not-word.docx')])).stderr).toMatch(/is not a readable Word \(\.docx\) file/);
  });
});
