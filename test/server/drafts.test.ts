// Drafts on the web (issue 11, part 1: "Headers, reports and the JSON show the kind, the revision
// number and the sponsors"): the comparison page, the share page and the HTML and Word downloads
// say what each draft is; adopted texts keep their headers as they were. The drafts are the
// derived fixtures of test/parse/fixtures/drafts/ (corpus paragraphs in a draft's layout); one is
// put in the fetch cache under its symbol, as `resdiff fetch` would, so that /compare finds it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { storeFetched } from '../../src/ingest/cache.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { ComparisonStore } from '../../src/server/store.js';
import { defaultSourceOptions } from '../../src/source/loadDocument.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { draftLine } from '../../src/wording/draft.js';
import { corpusText } from '../helpers/corpus.js';
import { testApp } from './helpers.js';

const fixture = (name: string) => readFileSync(join(packageRoot(), 'test/parse/fixtures/drafts', name), 'utf8');
const L32 = fixture('from-68-160.zh.L32.one-line.txt');
const REV1 = fixture('from-68-160.zh.L32-Rev1.one-line.txt');
const draftOf = (text: string): NonNullable<Resolution['draft']> => {
  const draft = parseResolution(text).draft;
  if (!draft) throw new Error('the fixture was not read as a draft');
  return draft;
};

/** Text as Hono JSX escapes it in an element. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The draft line of one side as the comparison and share pages print it. */
const pageLine = (which: 'Old text' | 'New text', text: string) => `<p class="draft"><b>${which}:</b> <span class="draft-line">${escaped(draftLine(draftOf(text)))}</span>`;

const cacheDir = mkdtempSync(join(tmpdir(), 'resdiff-drafts-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
// The revised draft in the fetch cache under its symbol (its "original" is the text itself).
storeFetched(cacheDir, { symbol: 'A/C.3/66/L.32/Rev.1', language: 'zh', source: 'test/parse/fixtures/drafts/from-68-160.zh.L32-Rev1.one-line.txt', format: 'pdf', bytes: new TextEncoder().encode(REV1), text: REV1 });
const store = new ComparisonStore(':memory:');
afterAll(() => store.close());
const { app } = testApp({ store, sources: defaultSourceOptions({ offline: true, cacheDir }) });

const DRAFT_PAIR = '/compare?old=A/RES/55/109&new=A/C.3/66/L.32/Rev.1&lang=zh';

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function share(fields: Record<string, string>): Promise<string> {
  const res = await app.request('/paste', { method: 'POST', body: form(fields) });
  expect(res.status).toBe(303);
  return res.headers.get('Location')!;
}

describe('the fixtures', () => {
  it('are drafts with sponsors: L.32 a draft, L.32/Rev.1 a revised draft (Rev.1)', () => {
    expect(draftLine(draftOf(L32))).toMatch(/^Draft, sponsored by 古巴\*; /);
    expect(draftLine(draftOf(REV1))).toMatch(/^Revised draft \(Rev\.1\), sponsored by 古巴\*; /);
  });
});

describe('the comparison page', () => {
  it('says what the draft is under the titles: kind, revision, sponsors, and the sponsors line note', async () => {
    const res = await app.request(DRAFT_PAIR);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(pageLine('New text', REV1));
    expect(html).toContain('Revised draft (Rev.1), sponsored by 古巴*');
    expect(html).toContain(`<small class="draft-note" lang="zh">* ${escaped(draftOf(REV1).sponsorsNote!)}</small>`);
    // The old text is adopted: no line for it.
    expect(html).not.toContain('<b>Old text:</b>');
    expect(html.match(/<p class="draft">/g)).toHaveLength(1);
  });

  it('keeps the header of two adopted texts as it was: no draft line, no draft row', async () => {
    const html = await (await app.request('/compare?old=A/RES/55/109&new=A/RES/68/160')).text();
    expect(html).toContain('<p class="titles">');
    expect(html).not.toContain('class="draft');
    expect(html).not.toContain('sponsored by');
    const report = await (await app.request('/compare/download?old=A/RES/55/109&new=A/RES/68/160&format=html')).text();
    expect(report).not.toContain('<th scope="row">Draft</th>');
  });

  it('the HTML download has a Draft row: "-" for the adopted text, the draft line for the draft', async () => {
    const res = await app.request(`/compare/download?old=A/RES/55/109&new=A/C.3/66/L.32/Rev.1&lang=zh&format=html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<tr class="draft"><th scope="row">Draft</th><td>-</td><td><span class="draft-line">${escaped(draftLine(draftOf(REV1)))}</span>`);
  });

  it('the Word download names the sponsors in its heading lines', async () => {
    const res = await app.request(`/compare/download?old=A/RES/55/109&new=A/C.3/66/L.32/Rev.1&lang=zh&format=docx`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain(`A/C.3/66/L.32/Rev.1: ${draftLine(draftOf(REV1))}`);
  });
});

describe('the share page', () => {
  it('shows the line of each draft: a draft against its revision, both named', async () => {
    const link = await share({ oldText: L32, newText: REV1 });
    const html = await (await app.request(link)).text();
    expect(html).toContain(pageLine('Old text', L32));
    expect(html).toContain(pageLine('New text', REV1));
    expect(html).toContain('<b>Old text:</b> <span class="draft-line">Draft, sponsored by 古巴*');
    expect(html).toContain('<b>New text:</b> <span class="draft-line">Revised draft (Rev.1), sponsored by 古巴*');
  });

  it('shows it under the labels typed on the paste page, with an adopted symbol as the old text', async () => {
    const link = await share({ oldSymbol: 'A/RES/68/160', newText: L32, newLabel: 'Our draft' });
    const html = await (await app.request(link)).text();
    expect(html).toContain('<span lang="zh">Our draft</span>');
    expect(html).toContain(pageLine('New text', L32));
    expect(html).not.toContain('<b>Old text:</b>');
  });

  it('shows none for two pasted adopted texts', async () => {
    const link = await share({ oldText: corpusText('A-RES-55-109.zh.txt'), newText: corpusText('A-RES-68-160.zh.txt') });
    const html = await (await app.request(link)).text();
    expect(html).toContain('<p class="titles">');
    expect(html).not.toContain('class="draft');
  });
});
