// The page a negotiator works on (issue 11, part 4): the tone line and the amendment list on the
// comparison and share pages, "Only changes" by default with folded runs that unfold (htmx and
// plain links), an adopted symbol as the old text on the paste page, the paste page's labels on
// every download, and a notice for two texts in different languages. Corpus texts only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { amendments } from '../../src/insight/amendments.js';
import { verbShifts } from '../../src/insight/verbStrength.js';
import { DiffOutputSchema } from '../../src/model/contracts.js';
import { ComparisonStore } from '../../src/server/store.js';
import { defaultSourceOptions } from '../../src/source/loadDocument.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { toneLine } from '../../src/wording/labels.js';
import { buildDocx } from '../../scripts/fixtures.js';
import { compareCorpusPair, corpusText, parseCorpus } from '../helpers/corpus.js';
import { startFakeOds, type FakeOds } from '../helpers/fakeOds.js';
import { testApp } from './helpers.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'resdiff-negotiation-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
// Offline, with an empty fetch cache: a symbol outside the corpus is never fetched in a test.
const store = new ComparisonStore(':memory:');
afterAll(() => store.close());
const { app } = testApp({ store, sources: defaultSourceOptions({ offline: true, cacheDir }) });

const HX = { 'HX-Request': 'true' };
const GA = '/compare?old=A/RES/55/109&new=A/RES/68/160';
const HRC = '/compare?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2';
const OLD_HRC = corpusText('A-HRC-RES-19-33.en.txt');
const NEW_HRC = corpusText('A-HRC-RES-28-2.en.txt');

/** Text as Hono JSX escapes it in an element. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function paste(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return app.request('/paste', { method: 'POST', headers, body: form(fields) });
}

describe('the tone line and the amendment list on the page', () => {
  it('the comparison page shows both, in the text language, with copy buttons hidden until the script shows them', async () => {
    const html = await (await app.request(GA)).text();
    const c = compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt');
    const lines = amendmentLines(amendments(c));
    expect(lines.length).toBeGreaterThan(3);
    expect(html).toContain(`<p class="tone" id="tone-line" lang="zh">${escaped(toneLine(verbShifts(c)))}</p>`);
    expect(html).toContain(`<ol id="amendment-list" lang="zh">${lines.map((l) => `<li>${escaped(l)}</li>`).join('')}</ol>`);
    expect(html).toContain('data-copy="amendment-list" hidden');
    expect(html).toContain('data-copy="tone-line" hidden');
    // The fragment a toggle swaps in leaves them out (they stay above it).
    const fragment = await (await app.request(`${GA}&show=all`, { headers: HX })).text();
    expect(fragment).not.toContain('amendment-list');
  });

  it('the share page shows them too, under the labels typed on the paste page', async () => {
    const res = await paste({ oldText: OLD_HRC, newText: NEW_HRC, oldLabel: 'Last year (19/33)', newLabel: 'Our draft' });
    expect(res.status).toBe(303);
    const html = await (await app.request(res.headers.get('Location')!)).text();
    expect(html).toContain('<title>Last year (19/33) → Our draft · resdiff</title>');
    expect(html).toContain('id="tone-line"');
    expect(html).toContain('<ol id="amendment-list" lang="en">');
  });
});

describe('"Only changes" by default; folded runs unfold', () => {
  it('the page opens on "Only changes", with each folded run a plain link and an htmx swap of its own', async () => {
    const html = await (await app.request(HRC)).text();
    expect(html).toMatch(/class="toggle toggle--on" aria-current="true">Only changes</);
    expect(html).toContain('<p class="folded" id="run-p-pp1">');
    const run = '/compare/run?old=A%2FHRC%2FRES%2F19%2F33&amp;new=A%2FHRC%2FRES%2F28%2F2&amp;view=side&amp;show=changed&amp;p=p-pp1';
    expect(html).toContain(`href="${run}#p-pp1" hx-get="${run}" hx-target="#run-p-pp1" hx-swap="outerHTML"`);
    // show=all is still there for whoever asks.
    expect(await (await app.request(`${HRC}&show=all`)).text()).not.toContain('class="folded"');
  });

  it('with htmx, a run answers its paragraphs alone; without, the page with that run unfolded', async () => {
    const url = `/compare/run?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2&view=side&show=changed&p=p-pp1`;
    const part = await app.request(url, { headers: HX });
    expect(part.status).toBe(200);
    expect(part.headers.get('Vary')).toContain('HX-Request');
    const rows = await part.text();
    expect(rows.startsWith('<article class="change change--unchanged" id="p-pp1"')).toBe(true);
    expect(rows).not.toContain('<html');
    expect(rows).not.toContain('class="folded"');
    const page = await (await app.request(url)).text();
    expect(page).toContain('<html');
    expect(page).toContain('<article class="change change--unchanged" id="p-pp1"');
    expect(page).not.toContain('id="run-p-pp1"');
    // The other toggles still fold.
    expect(page).toContain('Only changes');
  });

  it('a run that does not start there is a 404; a malformed anchor a 400', async () => {
    expect((await app.request('/compare/run?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2&p=p-pp2', { headers: HX })).status).toBe(404);
    expect((await app.request('/compare/run?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2&p=p-pp1&show=all', { headers: HX })).status).toBe(404);
    expect((await app.request('/compare/run?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2&p=../x')).status).toBe(400);
  });

  it('a stored comparison unfolds the same way', async () => {
    const link = (await paste({ oldText: OLD_HRC, newText: NEW_HRC })).headers.get('Location')!;
    const html = await (await app.request(link)).text();
    expect(html).toContain(`hx-get="${link}/run?p=p-pp1&amp;view=side&amp;show=changed"`);
    const rows = await (await app.request(`${link}/run?p=p-pp1&view=side&show=changed`, { headers: HX })).text();
    expect(rows.startsWith('<article class="change change--unchanged" id="p-pp1"')).toBe(true);
  });
});

describe('labels from the paste page head every download', () => {
  const labels = { oldLabel: 'A/HRC/RES/19/33 as adopted', newLabel: 'Zero draft <v2>' };

  it('HTML, Markdown, JSON and Word', async () => {
    const link = (await paste({ oldText: OLD_HRC, newText: NEW_HRC, ...labels })).headers.get('Location')!;
    const get = (format: string) => app.request(`${link}/download?format=${format}`);
    const md = await (await get('markdown')).text();
    expect(md.split('\n')[0]).toBe('# A/HRC/RES/19/33 as adopted → Zero draft &lt;v2&gt;');
    const html = await (await get('html')).text();
    expect(html).toContain('<title>A/HRC/RES/19/33 as adopted → Zero draft &lt;v2&gt;: changes</title>');
    expect(html).toContain('<h1>A/HRC/RES/19/33 as adopted → Zero draft &lt;v2&gt;</h1>');
    const json = DiffOutputSchema.parse(await (await get('json')).json());
    expect(json.old).toMatchObject({ symbol: 'A/HRC/RES/19/33', label: 'A/HRC/RES/19/33 as adopted' });
    expect(json.new).toMatchObject({ label: 'Zero draft <v2>' });
    const docx = await get('docx');
    expect(docx.headers.get('Content-Disposition')).toContain('A-HRC-RES-19-33-as-adopted_to_Zero-draft-v2.docx');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(text.split('\n')[0]).toBe('A/HRC/RES/19/33 as adopted → Zero draft <v2>');
  });

  it('without labels, downloads are headed by the symbols as before; rows stored before keep working', async () => {
    // A row as an older server stored it: the same columns, labels empty.
    const id = store.save({ oldText: OLD_HRC, newText: NEW_HRC, oldLabel: '', newLabel: '' });
    const md = await (await app.request(`/c/${id}/download?format=markdown`)).text();
    expect(md.split('\n')[0]).toBe('# A/HRC/RES/19/33 → A/HRC/RES/28/2');
    const json = (await (await app.request(`/c/${id}/download?format=json`)).json()) as { old: object };
    expect(json.old).not.toHaveProperty('label');
  });
});

describe('an adopted symbol as the old text', () => {
  it('compares a pasted draft against a corpus resolution named by symbol, labelled with it', async () => {
    const res = await paste({ oldSymbol: 'a/hrc/res/19/33', newText: NEW_HRC, newLabel: 'My draft' });
    expect(res.status).toBe(303);
    const link = res.headers.get('Location')!;
    const stored = store.get(link.slice(3))!;
    expect(stored.oldLabel).toBe('A/HRC/RES/19/33');
    expect(stored.oldText).toBe(OLD_HRC);
    const html = await (await app.request(link)).text();
    expect(html).toContain('<span lang="en">A/HRC/RES/19/33</span> → <span lang="en">My draft</span>');
    expect(html).toContain('<ins>25/3 of 27</ins>');
  });

  it('an unknown symbol: a clear error, and everything typed is still in the form', async () => {
    for (const headers of [{}, HX]) {
      const res = await paste({ oldSymbol: 'A/RES/99/999', oldLabel: 'Last year', newText: NEW_HRC, newLabel: 'My draft' }, headers);
      expect(res.status).toBe(404);
      // (multipart form data sends line breaks as CRLF)
      const html = (await res.text()).replace(/\r\n/g, '\n');
      expect(html).toContain('The old text, A/RES/99/999 (en), could not be found');
      expect(html).toContain('<strong>The old text was not found</strong>');
      expect(html).toContain("this server does not fetch documents from the UN. Check the symbol and the language, or paste the resolution&#39;s text");
      expect(html).not.toContain(cacheDir);
      expect(html).toContain('value="A/RES/99/999"');
      expect(html).toContain('value="Last year"');
      expect(html).toContain('value="My draft"');
      expect(html).toContain(escaped(NEW_HRC.slice(0, 200)));
    }
  });

  it('a symbol in a language the corpus lacks is looked for in that language (offline here: not found)', async () => {
    const res = await paste({ oldSymbol: 'A/RES/55/109', oldLang: 'fr', newText: NEW_HRC });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('A/RES/55/109 (fr)');
    expect(html).toMatch(/<option value="fr" selected="">French<\/option>/);
  });

  it('not a symbol, or a symbol and a pasted text at once: a 400 that says what to do', async () => {
    const bad = await paste({ oldSymbol: 'last year', newText: NEW_HRC });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The old text&#39;s symbol: not a document symbol like A/RES/68/160.');
    const both = await paste({ oldSymbol: 'A/HRC/RES/19/33', oldText: OLD_HRC, newText: NEW_HRC });
    expect(both.status).toBe(400);
    const html = (await both.text()).replace(/\r\n/g, '\n');
    expect(html).toContain('you named A/HRC/RES/19/33 and also pasted a text');
    expect(html).toContain(escaped(OLD_HRC.slice(0, 200)));
  });
});

describe('two texts in different languages', () => {
  it('get a notice, not "0% common"', async () => {
    const res = await paste({ oldText: corpusText('A-RES-55-109.zh.txt'), newText: corpusText('A-RES-51-100.en.txt') });
    expect(res.status).toBe(303);
    const html = await (await app.request(res.headers.get('Location')!)).text();
    expect(html).toContain('<strong>Two different languages</strong>');
    expect(html).toContain('The old text is in Chinese and the new one in English.');
    expect(html).not.toMatch(/% of the text is common/);
    expect(html).not.toContain('id="amendment-list"');
  });

  it('texts in one language get no such notice', async () => {
    expect(await (await app.request(HRC)).text()).not.toContain('Two different languages');
  });
});

describe('where a partial text stops inside a paragraph', () => {
  it('the page shows the words before the cut and a mark, not the words past it as changes (a comparison marked by hand: cutAt)', async () => {
    const { DiffFragment } = await import('../../views/compare.js');
    const { pageLinks } = await import('../../src/server/links.js');
    const c = compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt');
    const pp4 = c.changes.find((ch) => ch.new?.id === 'pp4')!;
    const at = pp4.segments.findIndex((s) => s.op === 'delete' && s.text === 'Co');
    expect(at).toBeGreaterThan(0);
    // Derived from the corpus pair: the aligner's cut mark set where 19/33's copy stops ("Durban Review Co").
    const marked = { ...c, changes: c.changes.map((ch) => (ch === pp4 ? { ...ch, cutAt: at } : ch)) };
    for (const view of ['side', 'inline'] as const) {
      const html = String(DiffFragment({ props: { comparison: marked, oldLabel: 'a', newLabel: 'b', view, show: 'all', links: pageLinks({ kind: 'stored', id: '0'.repeat(20) }, view, 'all') } }));
      const row = html.slice(html.indexOf('id="p-pp4"'));
      expect(row).toContain('the Durban Review');
      expect(row).toContain('<span class="cut"');
      expect(row).not.toContain('<del>Co</del>');
      expect(row).not.toContain('Conference, held');
      // The comma deleted before the cut is still a change.
      expect(row).toContain('South Africa<del>,</del>');
    }
  });
});

describe('an old symbol outside the corpus: fetched from ODS, then from the cache', () => {
  let ods: FakeOds | undefined;
  afterAll(() => ods?.close());

  it('fetches it (a stand-in ODS on 127.0.0.1), and finds it in the fetch cache when offline', async () => {
    // A/RES/99/7 is not a real symbol: 51/100's Word file with only its symbol changed (a derived fixture).
    const docx = await buildDocx({ ...parseCorpus('A-RES-51-100.en.txt'), symbol: 'A/RES/99/7' });
    ods = await startFakeOds({ 'A/RES/99/7|en|docx': { kind: 'file', body: docx, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
    const cache = mkdtempSync(join(tmpdir(), 'resdiff-negotiation-fetch-'));
    try {
      const get = { timeoutMs: 3000, maxBytes: 20 * 1024 * 1024, retries: 0, backoffMs: 1 };
      const online = testApp({ sources: defaultSourceOptions({ offline: false, odsUrl: ods.url, cacheDir: cache, get }) });
      const draft = corpusText('A-RES-51-100.en.txt');
      const res = await online.app.request('/paste', { method: 'POST', body: form({ oldSymbol: 'A/RES/99/7', newText: draft, newLabel: 'My draft' }) });
      expect(res.status).toBe(303);
      const link = res.headers.get('Location')!;
      expect(online.store.get(link.slice(3))!.oldLabel).toBe('A/RES/99/7');
      expect(await (await online.app.request(link)).text()).toContain('<span lang="en">A/RES/99/7</span> → <span lang="en">My draft</span>');

      const offline = testApp({ sources: defaultSourceOptions({ offline: true, cacheDir: cache }) });
      const again = await offline.app.request('/paste', { method: 'POST', body: form({ oldSymbol: 'A/RES/99/7', oldLang: 'en', newText: draft, newLabel: 'My draft, again' }) });
      expect(again.status).toBe(303);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('an old symbol whose fetch the UN server does not answer in time', () => {
  it('is a 504 page that says the UN server did not answer, with everything typed still in the form', async () => {
    // The stand-in sends the headers at once, then 16 bytes every 200 ms: the 1 s deadline of the whole fetch ends it.
    const drip = { kind: 'drip' as const, body: new Uint8Array(64 * 1024), type: 'application/octet-stream', chunkBytes: 16, everyMs: 200 };
    const ods = await startFakeOds({ 'A/RES/99/998|en|docx': drip, 'A/RES/99/998|en|pdf': drip });
    const cache = mkdtempSync(join(tmpdir(), 'resdiff-negotiation-drip-'));
    try {
      const get = { timeoutMs: 1000, maxBytes: 20 * 1024 * 1024, retries: 0, backoffMs: 1 };
      const online = testApp({ sources: defaultSourceOptions({ offline: false, odsUrl: ods.url, cacheDir: cache, get }) });
      for (const headers of [{}, HX]) {
        const res = await online.app.request('/paste', { method: 'POST', headers, body: form({ oldSymbol: 'A/RES/99/998', oldLang: 'en', oldLabel: 'Last year', newText: NEW_HRC, newLabel: 'My draft' }) });
        expect(res.status).toBe(504);
        const html = (await res.text()).replace(/\r\n/g, '\n');
        expect(html).toContain('<strong>The UN&#39;s server did not answer in time</strong>');
        expect(html).toMatch(/The old text, A\/RES\/99\/998 \(en\), could not be fetched: cannot fetch A\/RES\/99\/998 \(en\): http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access\S+ gave no complete answer within 1 s/);
        expect(html).toContain('Nothing was compared: try again in a minute, or paste the resolution&#39;s text or upload its file instead.');
        expect(html).toContain('value="A/RES/99/998"');
        expect(html).toContain('value="Last year"');
        expect(html).toContain('value="My draft"');
        expect(html).toContain(escaped(NEW_HRC.slice(0, 200)));
      }
      expect(online.store.count()).toBe(0);
    } finally {
      await ods.close();
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('a Word file with tracked changes on the paste page', () => {
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  /** resdiff's own Word report of 19/33 -> 28/2: tracked changes over a corpus pair. */
  const trackedReport = async () => {
    const { renderAs } = await import('../../src/render/renderAs.js');
    const bytes = await renderAs('docx', compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'), { visibility: 'all', report: true, date: new Date('2026-01-01T00:00:00Z') });
    return new File([bytes as Uint8Array<ArrayBuffer>], 'proposal.docx', { type: DOCX });
  };

  it('is read as two versions (every change rejected, every change accepted) and compared', async () => {
    const res = await app.request('/paste', { method: 'POST', body: form({ trackedFile: await trackedReport() }) });
    expect(res.status).toBe(303);
    const link = res.headers.get('Location')!;
    const stored = store.get(link.slice(3))!;
    expect([stored.oldLabel, stored.newLabel]).toEqual(['A/HRC/RES/19/33', 'A/HRC/RES/28/2']);
    const html = await (await app.request(link)).text();
    expect(html).toContain('<ins>25/3 of 27</ins>');
    expect(html).toContain('id="amendment-list"');
  });

  it('with a text beside it: a 400 that says to give one or the other, the typed fields kept', async () => {
    const res = await app.request('/paste', { method: 'POST', body: form({ trackedFile: await trackedReport(), newText: NEW_HRC, newLabel: 'Mine' }) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('You gave a Word file with tracked changes and also an old or a new text.');
    expect(html).toContain('value="Mine"');
  });
});
