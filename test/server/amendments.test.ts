// Amendments on the paste page (issue 11, section 2): an amendment document beside the draft, applied
// in the worker; the comparison draft -> amended draft with the instructions on top (how many applied,
// every failed one with its number, text and reason), on the result page and its share link, the
// amended text as a download, and a 400 that keeps every field when a new text is also given.
// Jobs run in the worker pool loaded from dist/ (`npm run build` first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ComparisonStore } from '../../src/server/store.js';
import { defaultSourceOptions } from '../../src/source/loadDocument.js';
import { corpusText } from '../helpers/corpus.js';
import { requireProgram, skipWithout } from '../helpers/programs.js';
import { readFileSync } from 'node:fs';
import { packageRoot } from '../../src/util/packageRoot.js';
import { testApp } from './helpers.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'resdiff-amendments-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const store = new ComparisonStore(':memory:');
afterAll(() => store.close());
const sources = defaultSourceOptions({ offline: true, cacheDir });
const { app } = testApp({ store, sources });

const HX = { 'HX-Request': 'true' };

/** A draft made from A/RES/51/100 (test/parse/fixtures/drafts: derived, not a UN document as issued). */
const DRAFT = readFileSync(join(packageRoot(), 'test/parse/fixtures/drafts/from-51-100.en.L32.printed.txt'), 'utf8');

/**
 * Derived amendments to DRAFT, quoting its own words: instruction 1 applies ("fifty-third session"
 * is in its operative paragraph 2); instruction 2 fails, words not found ("constructive dialogue"
 * is in operative paragraph 1, not 2).
 */
const AMENDMENTS = ['1. In operative paragraph 2, replace “fifty-third session” with “fifty-fourth session”', '2. In operative paragraph 2, delete the words “constructive dialogue”', ''].join('\n');

/**
 * Derived amendments to A/RES/68/160 (zh, corpus): instruction 1 deletes its operative paragraph 3;
 * instruction 2 fails, words not found (“重申增进” opens its operative paragraph 5, not 1).
 */
const ZH_AMENDMENTS = ['1. 删除执行部分第3段', '2. 执行部分第1段：删除“重申增进”', ''].join('\n');

/** Text as Hono JSX escapes it in an element. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function paste(fields: Record<string, string | Blob>, headers: Record<string, string> = {}) {
  return app.request('/paste', { method: 'POST', headers, body: form(fields) });
}

/** The instruction panel of a page: from its opening tag to its end. */
function panelOf(html: string): string {
  const start = html.indexOf('<section class="instructions');
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

/** Posts the English draft with its amendments and answers the share link the page went to. */
async function amendedEnglish(extra: Record<string, string | Blob> = {}): Promise<string> {
  const res = await paste({ oldText: DRAFT, amendText: AMENDMENTS, ...extra });
  expect(res.status).toBe(303);
  return res.headers.get('Location')!;
}

describe('the amendments box on the paste page', () => {
  it('is on the form, beside the draft: a textarea and a file input', async () => {
    const html = await (await app.request('/paste')).text();
    expect(html).toContain('<textarea name="amendText"');
    expect(html).toMatch(/<input type="file" name="amendFile" accept="\.txt,\.pdf,\.docx/);
  });
});

describe('the draft against the draft amended (English)', () => {
  it('lists on top how many applied and the failed one, with its number, text and reason; the comparison shows the applied change', async () => {
    const url = await amendedEnglish();
    expect(url).toMatch(/^\/c\/[0-9a-f]{20}$/);
    const html = await (await app.request(url)).text();
    const panel = panelOf(html);
    expect(panel).toContain('<b>1 of 2</b> instructions applied');
    expect(panel).toContain('<b class="failed-count">1 failed</b>');
    expect(panel).toContain('<li value="2"><span class="instruction-n">Instruction 2</span> <span class="reason">failed: words not found</span>');
    expect(panel).toContain(escaped('In operative paragraph 2, delete the words “constructive dialogue”'));
    expect(panel).toContain(escaped('“constructive dialogue” is not in the paragraph'));
    // The applied instruction is not listed as failed.
    expect(panel).not.toContain('Instruction 1');
    // On top: above the summary, the notes and the changes.
    expect(html.indexOf('id="instructions"')).toBeLessThan(html.indexOf('class="summary-bar"'));
    expect(html.indexOf('id="instructions"')).toBeLessThan(html.indexOf('id="diff"'));
    // The change made: operative paragraph 2 now says fifty-fourth.
    expect(html).toMatch(/<del>fifty-third<\/del>|<del>[^<]*third[^<]*<\/del>/);
    expect(html).toMatch(/<ins>[^<]*fourth[^<]*<\/ins>/);
    // The new side is the draft as amended.
    expect(html).toMatch(/<title>A\/C\.3\/66\/L\.32 → A\/C\.3\/66\/L\.32 as amended · resdiff<\/title>/);
  });

  it('the share link shows the same list from the database alone (a new server, nothing cached)', async () => {
    const url = await amendedEnglish();
    const first = panelOf(await (await app.request(url)).text());
    const again = testApp({ store, sources }).app;
    const html = await (await again.request(url)).text();
    expect(panelOf(html)).toBe(first);
    expect(store.get(url.slice(3))!.amendments).toEqual({
      total: 2,
      applied: 1,
      failed: [{ n: 2, text: 'In operative paragraph 2, delete the words “constructive dialogue”', reason: 'words not found', detail: '“constructive dialogue” is not in the paragraph' }],
    });
  });

  it('with htmx, goes to the same share link', async () => {
    const res = await paste({ oldText: DRAFT, amendText: AMENDMENTS }, HX);
    expect(res.status).toBe(204);
    expect(res.headers.get('HX-Redirect')).toBe(await amendedEnglish());
  });

  it('the amended text is a plain-text download, linked from the panel', async () => {
    const url = await amendedEnglish();
    const html = await (await app.request(url)).text();
    expect(panelOf(html)).toContain(`<a href="${url}/amended.txt" download="">Download the amended text (.txt)</a>`);
    const res = await app.request(`${url}/amended.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="A-C.3-66-L.32-as-amended.txt"');
    const text = await res.text();
    expect(text).toContain('preferably by the fifty-fourth session of the Commission');
    expect(text).not.toContain('fifty-third');
    // The usual downloads are still there.
    expect(html).toContain(`href="${url}/download?format=docx"`);
  });

  it('a typed label names the new side; an amendments file is read as the other uploads are', async () => {
    const file = new File([AMENDMENTS], 'amendments.txt', { type: 'text/plain' });
    const url = await amendedEnglish({ amendText: '', amendFile: file, newLabel: 'Our proposal' });
    const html = await (await app.request(url)).text();
    expect(html).toContain('<title>A/C.3/66/L.32 → Our proposal · resdiff</title>');
    expect(panelOf(html)).toContain('<b>1 of 2</b> instructions applied');
  });

  it('reads an amendments Word file as the other uploads are read, and refuses one over 2 MB as they are refused', async () => {
    const doc = new Document({ sections: [{ children: AMENDMENTS.trim().split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
    const docx = new File([new Uint8Array(await Packer.toBuffer(doc))], 'amendments.docx');
    const url = await amendedEnglish({ amendText: '', amendFile: docx });
    expect(url).toBe(await amendedEnglish());
    const big = await paste({ oldText: DRAFT, amendText: `${AMENDMENTS}${'x'.repeat(2 * 1024 * 1024)}` });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('The amendments text is over 2 MB.');
  });

  it('a comparison of two texts has no instruction panel and no amended text', async () => {
    const res = await paste({ oldText: corpusText('A-HRC-RES-19-33.en.txt'), newText: corpusText('A-HRC-RES-28-2.en.txt') });
    const url = res.headers.get('Location')!;
    const html = await (await app.request(url)).text();
    expect(html).not.toContain('id="instructions"');
    expect((await app.request(`${url}/amended.txt`)).status).toBe(404);
  });

  it('escapes the instructions it lists', async () => {
    const url = await amendedEnglish({ amendText: `${AMENDMENTS}3. In operative paragraph 1, delete the words “<img src=x onerror=alert(1)>”\n` });
    const html = await (await app.request(url)).text();
    expect(html).not.toContain('<img src=x');
    expect(panelOf(html)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(panelOf(html)).toContain('<b>1 of 3</b> instructions applied');
  });
});

describe('amendments and a new text both given, or amendments that hold no instruction', () => {
  const fields = { oldText: DRAFT, newText: 'A new text, also given', amendText: AMENDMENTS, oldLabel: 'The draft <L.32>', newLabel: 'Ours' };

  it('is a 400 that keeps every field (plain form POST)', async () => {
    const res = await paste(fields);
    expect(res.status).toBe(400);
    // A multipart body sends line ends as CRLF, and the form keeps them so.
    const html = (await res.text()).replace(/\r\n/g, '\n');
    expect(html).toContain('You gave amendments and also a new text');
    expect(html).toContain(`${escaped(AMENDMENTS)}</textarea>`);
    expect(html).toContain('A new text, also given</textarea>');
    expect(html).toContain(`${escaped(DRAFT)}</textarea>`);
    expect(html).toContain(`value="${escaped('The draft <L.32>')}"`);
    expect(html).toContain('value="Ours"');
    expect(store.count()).toBeGreaterThan(0);
  });

  it('is a 400 with the form alone, fields kept, with htmx', async () => {
    const res = await paste(fields, HX);
    expect(res.status).toBe(400);
    const html = (await res.text()).replace(/\r\n/g, '\n');
    expect(html.startsWith('<form id="paste-form"')).toBe(true);
    expect(html).toContain(`${escaped(AMENDMENTS)}</textarea>`);
    expect(html).toContain('A new text, also given</textarea>');
  });

  it('refuses amendments that hold no instruction, keeping them', async () => {
    const res = await paste({ oldText: DRAFT, amendText: 'Thank you, Chair.' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('The amendments hold no instruction');
    expect(html).toContain('Thank you, Chair.</textarea>');
  });
});

describe('in Chinese: A/RES/68/160 by its symbol, amended', () => {
  it('deletes operative paragraph 3 and lists the failed instruction on top, on the share page too', async () => {
    const res = await paste({ oldSymbol: 'A/RES/68/160', oldLang: 'zh', amendText: ZH_AMENDMENTS });
    expect(res.status).toBe(303);
    const url = res.headers.get('Location')!;
    const html = await (await app.request(url)).text();
    const panel = panelOf(html);
    expect(panel).toContain('<b>1 of 2</b> instructions applied');
    expect(panel).toContain('<span class="instruction-n">Instruction 2</span> <span class="reason">failed: words not found</span>');
    expect(panel).toContain('<blockquote class="instruction-text" lang="zh">执行部分第1段：删除“重申增进”</blockquote>');
    expect(html).toContain('<title>A/RES/68/160 → A/RES/68/160 as amended · resdiff</title>');
    // Operative paragraph 3 of the resolution is gone in the amended text.
    const op3 = corpusText('A-RES-68-160.zh.txt').split('\n').find((l) => /^\s*3\. /.test(l))!.trim().replace(/^3\. /, '').slice(0, 20);
    const amended = await (await app.request(`${url}/amended.txt`)).text();
    expect(corpusText('A-RES-68-160.zh.txt')).toContain(op3);
    expect(amended).not.toContain(op3);
    expect(html).toMatch(/class="change change--removed"/);
    const again = await testApp({ store, sources }).app.request(url);
    expect(panelOf(await again.text())).toBe(panel);
  });
});

describe('amendments in another language than the draft', () => {
  it('reads them in the draft language, says so on top, and lists every instruction as failed', async () => {
    const res = await paste({ oldSymbol: 'A/RES/68/160', oldLang: 'zh', amendText: AMENDMENTS });
    expect(res.status).toBe(303);
    const panel = panelOf(await (await app.request(res.headers.get('Location')!)).text());
    expect(panel).toContain('<b>0 of 2</b> instructions applied');
    expect(panel).toContain('The amendments read as English but the draft is Chinese: their instructions were read in Chinese.');
    expect(panel.match(/failed: instruction not understood/g)).toHaveLength(2);
  });

  it('amendments beside a Word file with tracked changes: a 400 that says which to clear', async () => {
    const res = await paste({ trackedFile: new File(['not read'], 'proposal.docx'), amendText: AMENDMENTS });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('You gave a Word file with tracked changes and also amendments.');
  });
});

describe('share links stored before amendments existed', () => {
  it('a database without the amendments column opens, its rows read as before, and new rows keep their results', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resdiff-amend-db-'));
    try {
      const path = join(dir, 'old.sqlite');
      const old = new Database(path);
      old.exec('CREATE TABLE comparisons (id TEXT PRIMARY KEY, created TEXT NOT NULL, old_label TEXT NOT NULL, new_label TEXT NOT NULL, old_text TEXT NOT NULL, new_text TEXT NOT NULL)');
      old.prepare('INSERT INTO comparisons VALUES (?, ?, ?, ?, ?, ?)').run('0123456789abcdef0123', '2026-01-01T00:00:00.000Z', 'a', 'b', 'old', 'new');
      old.close();
      const s = new ComparisonStore(path);
      expect(s.get('0123456789abcdef0123')).toEqual({ id: '0123456789abcdef0123', created: '2026-01-01T00:00:00.000Z', oldLabel: 'a', newLabel: 'b', oldText: 'old', newText: 'new' });
      const report = { total: 1, applied: 0, failed: [{ n: 1, text: 'x', reason: 'words not found' as const, detail: 'y' }] };
      const id = s.save({ oldText: 'o', newText: 'n', oldLabel: '', newLabel: '', amendments: report });
      // Two documents that amend alike but fail differently get links of their own.
      expect(id).not.toBe(s.save({ oldText: 'o', newText: 'n', oldLabel: '', newLabel: '' }));
      expect(s.get(id)!.amendments).toEqual(report);
      s.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skipWithout('the amended draft in headless Chromium', ['chromium']))('the result page in headless Chromium', { timeout: 60_000 }, () => {
  it('shows the instruction panel on top (screenshot in /tmp/h7-amend.png)', async () => {
    const url = await amendedEnglish();
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const browser = await chromium.launch({ executablePath: requireProgram('chromium'), args: ['--headless', '--no-sandbox', '--disable-gpu'], timeout: 30_000 });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${port}${url}`);
      const panel = page.locator('#instructions');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.innerText()).toContain('failed: words not found');
      await page.screenshot({ path: process.env.RESDIFF_AMEND_SHOT ?? '/tmp/h7-amend.png' });
      // The form without JavaScript: a plain POST, then the share page with the panel.
      const plain = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
      await plain.goto(`http://127.0.0.1:${port}/paste`);
      await plain.fill('textarea[name="oldText"]', DRAFT);
      await plain.fill('textarea[name="amendText"]', AMENDMENTS);
      await plain.screenshot({ path: '/tmp/h7-paste.png', fullPage: true });
      await Promise.all([plain.waitForURL(/\/c\/[0-9a-f]{20}$/), plain.click('button[type="submit"]')]);
      expect(new URL(plain.url()).pathname).toBe(url);
      expect(await plain.locator('#instructions').innerText()).toContain('Instruction 2');
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
