// The web viewer with documents from ODS (a stand-in on 127.0.0.1), the home page's headline
// comparison online and offline, uploads of PDF and Word files, neighbours and the timeline.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, pdfHtml, printPdf } from '../../scripts/fixtures.js';
import { storeFetched } from '../../src/ingest/cache.js';
import type { HeadlinePair } from '../../src/server/headline.js';
import { defaultSourceOptions } from '../../src/source/loadDocument.js';
import { parseCorpus } from '../helpers/corpus.js';
import { startFakeOds, type FakeOds } from '../helpers/fakeOds.js';
import { skipWithout } from '../helpers/programs.js';
import { testApp } from './helpers.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let ods: FakeOds;
let enDocx: Uint8Array;
let zhPdf: Uint8Array;
/** The PDF fixture is printed by Chromium: without it (and without CI) the upload test is skipped. */
const noChromium = skipWithout('the PDF upload test (its fixture is printed by Chromium)', ['chromium']);

beforeAll(async () => {
  // A/RES/99/7 is not a real symbol: 51/100's Word file with only its symbol changed (a derived
  // fixture), so that a document outside the corpus is fetched in the language asked for.
  enDocx = await buildDocx({ ...parseCorpus('A-RES-51-100.en.txt'), symbol: 'A/RES/99/7' });
  zhPdf = noChromium ? new Uint8Array() : await printPdf(pdfHtml(parseCorpus('A-RES-68-160.zh.txt')));
  ods = await startFakeOds({
    'A/RES/99/7|en|docx': { kind: 'file', body: enDocx, type: DOCX },
    'A/RES/99/1|en|docx': { kind: 'html' },
    'A/RES/99/1|en|pdf': { kind: 'html' },
  });
}, 120_000);
afterAll(() => ods?.close());

function makeApp(online: boolean, headline?: HeadlinePair) {
  const sources = defaultSourceOptions({
    offline: !online,
    odsUrl: online ? ods.url : 'http://127.0.0.1:9',
    cacheDir: mkdtempSync(join(tmpdir(), 'resdiff-web-cache-')),
    get: { timeoutMs: 3000, maxBytes: 20 * 1024 * 1024, retries: 0, backoffMs: 1 },
  });
  return testApp({ sources, ...(headline ? { headline } : {}) }).app;
}

/**
 * Polls the home page until it stops refreshing itself. The fetched documents are read by a job
 * thread, which on a machine busy with other work can take seconds to start: the bound is generous
 * (60 s), not a timing assertion.
 */
async function settle(app: ReturnType<typeof makeApp>): Promise<Response> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const res = await app.request('/');
    if (!(await res.clone().text()).includes('http-equiv="refresh"')) return res;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the headline fetch did not finish within 60 s');
}

describe('the home page: the headline comparison', () => {
  it('offline: says so plainly, offers the corpus pairs and the paste form, never an error page', async () => {
    const res = await makeApp(false).request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Offline');
    expect(html).toContain("resdiff is running offline, and A/RES/67/169 (zh) is not on this machine");
    expect(html).toContain("resdiff fetch A/RES/67/169 --lang zh");
    expect(html).toContain('A/RES/55/109 (2000) → A/RES/68/160 (2013), zh');
    expect(html).toContain('href="/paste"');
  });

  it('online: fetches what is missing, shows progress, then opens on the comparison', { timeout: 90_000 }, async () => {
    const app = makeApp(true, { old: 'A/RES/99/7', new: 'A/RES/51/100', language: 'en' });
    const first = await app.request('/');
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('Fetching A/RES/99/7 from the UN');
    expect(html).toContain('<meta http-equiv="refresh" content="5"/>');
    const done = await settle(app);
    expect(done.status).toBe(302);
    expect(done.headers.get('Location')).toBe('/compare?old=A%2FRES%2F99%2F7&new=A%2FRES%2F51%2F100&lang=en');
    const page = await app.request(done.headers.get('Location')!);
    expect(page.status).toBe(200);
  });

  it('online but the UN has no such document: the home page says why, still no error page', { timeout: 90_000 }, async () => {
    const app = makeApp(true);
    const done = await settle(app);
    expect(done.status).toBe(200);
    const html = await done.text();
    expect(html).toContain('A/RES/67/169 could not be fetched');
    expect(html).toContain('404 Not Found');
  });

  it('opens directly when both texts are on the machine', async () => {
    const res = await makeApp(false, { old: 'A/RES/55/109', new: 'A/RES/68/160', language: 'zh' }).request('/');
    expect(res.status).toBe(302);
  });
});

describe('comparisons of documents outside the corpus', () => {
  it('are fetched on first use when online', async () => {
    const app = makeApp(true);
    const res = await app.request('/compare?old=A/RES/99/7&new=A/RES/51/100&lang=en');
    expect(res.status).toBe(200);
    const api = await app.request('/api/diff?old=A/RES/99/7&new=A/RES/51/100&lang=en');
    expect(((await api.json()) as { summary: { unchanged: number } }).summary.unchanged).toBe(5);
  });

  it('are a clear 404 offline', async () => {
    const res = await makeApp(false).request('/compare?old=A/RES/67/169&new=A/RES/68/160');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('A/RES/67/169 (zh) is not in the corpus or the cache');
  });

  it('a fetch failure is an error page naming the address: 404 when ODS has no such document, 502 when it answers nonsense', async () => {
    const missing = await makeApp(true).request('/compare?old=A/RES/67/169&new=A/RES/68/160');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/A\/RES\/67\/169 \(zh\) is not at http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access/);
    const html = await makeApp(true).request('/compare?old=A/RES/99/1&new=A/RES/51/100');
    expect(html.status).toBe(502);
    expect(await html.text()).toContain('gave an HTML page where a PDF file was expected');
  });
});

describe('uploads and series', () => {
  it.skipIf(noChromium)('the paste form takes PDF and Word files', async () => {
    const app = makeApp(false);
    const form = new FormData();
    form.append('oldFile', new File([zhPdf], 'old.pdf', { type: 'application/pdf' }));
    form.append('newFile', new File([enDocx], 'new.docx', { type: DOCX }));
    const res = await app.request('/paste', { method: 'POST', body: form });
    expect(res.status, res.status === 303 ? '' : await res.text()).toBe(303);
  });

  it('offers the previous and the next version where the corpus knows one', async () => {
    const app = makeApp(false);
    const later = await (await app.request('/compare?old=A/HRC/RES/28/2&new=A/HRC/RES/28/2')).text();
    expect(later).toContain('Compare with the previous version: A/HRC/RES/19/33 → A/HRC/RES/28/2');
    expect(later).not.toContain('The next version');
    const earlier = await (await app.request('/compare?old=A/HRC/RES/19/33&new=A/HRC/RES/19/33')).text();
    expect(earlier).toContain('The next version: A/HRC/RES/19/33 → A/HRC/RES/28/2');
    const pair = await (await app.request('/compare?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2')).text();
    expect(pair).not.toContain('class="series-nav"');
  });

  it('the links follow the fetch cache: a document fetched later becomes the previous version', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'resdiff-web-cache-'));
    const { app } = testApp({ sources: defaultSourceOptions({ offline: true, cacheDir }) });
    const page = async () => (await app.request('/compare?old=A/RES/68/160&new=A/RES/68/160')).text();
    // 68/160's PP2 cites 67/169, which this machine does not have: the corpus series gives 55/109.
    expect(await page()).toContain('Compare with the previous version: A/RES/55/109 → A/RES/68/160');
    expect(await page()).toContain('Compare with the previous version: A/RES/55/109 → A/RES/68/160');
    // A cache entry for 67/169 (a placeholder, not a resolution text: only its presence counts).
    storeFetched(cacheDir, { symbol: 'A/RES/67/169', language: 'zh', source: 'test placeholder', format: 'docx', bytes: new Uint8Array([1, 2, 3]), text: 'test placeholder' });
    // The server looks at the cache folder once a second at most.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await page()).toContain('Compare with the previous version: A/RES/67/169 → A/RES/68/160');
  });

  it('the timeline page shows each paragraph over three versions', async () => {
    const app = makeApp(false);
    const res = await app.request('/history?v=A/HRC/RES/19/33&v=A/HRC/RES/28/2&v=A/HRC/RES/19/33');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('History of 3 versions');
    expect(html).toContain('<td class="tl tl--modified">PP2 <span class="tl-kind">modified</span></td>');
    expect(html).toContain('<ins>25/3 of 27</ins>');
    const form = await app.request('/history?versions=A%2FHRC%2FRES%2F19%2F33%0D%0AA%2FHRC%2FRES%2F28%2F2%0D%0AA%2FHRC%2FRES%2F19%2F33&lang=');
    expect(form.status).toBe(200);
    expect((await app.request('/history?v=A/HRC/RES/19/33&v=A/HRC/RES/28/2')).status).toBe(400);
    const bad = await app.request('/history?v=A/HRC/RES/19/33&v=../etc&v=A/HRC/RES/28/2');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('not a document symbol');
  });
});
