// The compile page (issue 13, web): a base by symbol and three proposals through the form, the
// compilation page with its collision and its identical pair shown once, the share link, the
// downloads, and errors that keep every field. The proposals are derived from A/RES/68/160 (its
// own words cut out, a paragraph deleted or one of the series' added): test/compile/derived.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ComparisonStore } from '../../src/server/store.js';
import { MAX_PROPOSALS } from '../../src/server/compileJobs.js';
import { defaultSourceOptions } from '../../src/source/loadDocument.js';
import { corpusText } from '../helpers/corpus.js';
import { run } from '../helpers/io.js';
import { deriveProposal } from '../compile/derived.js';
import { testApp } from './helpers.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'resdiff-compile-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
// Offline, with an empty fetch cache: the base comes from the corpus.
const store = new ComparisonStore(':memory:');
afterAll(() => store.close());
const { app } = testApp({ store, sources: defaultSourceOptions({ offline: true, cacheDir }) });

const FILE = 'A-RES-68-160.zh.txt';
const CUT_OP9 = '，并鼓励非政府组织积极为此作出贡献';
// Derived proposals (the same edits as test/compile/derived.ts threeProposals): the EU and the
// G77 cut overlapping words of OP 4 (a collision); the EU and CARICOM make the same cut in OP 9.
const EU = deriveProposal(FILE, [
  { op: 'cut', id: 'op4', words: '包容、正义、' },
  { op: 'cut', id: 'op9', words: CUT_OP9 },
]).raw;
const G77 = deriveProposal(FILE, [
  { op: 'cut', id: 'op4', words: '正义、平等和公平、' },
  { op: 'delete', id: 'op12' },
]).raw;
const CARICOM = deriveProposal(FILE, [
  { op: 'cut', id: 'op9', words: CUT_OP9 },
  { op: 'insertAfter', id: 'pp8' },
]).raw;

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const compilePost = (fields: Record<string, string | Blob>) => app.request('/compile', { method: 'POST', body: form(fields) });

const THREE = { baseSymbol: 'A/RES/68/160', baseLang: 'zh', rows: '3', p0label: 'EU', p0text: EU, p1label: 'G77', p1text: G77, p2label: 'CARICOM', p2text: CARICOM };

/** The section of the page for one base paragraph, by its id. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section class="base-paragraph" id="${id}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** Tags in a piece of the page, in order. */
const tagsIn = (html: string) => [...html.matchAll(/<span class="tag" data-d="\d"[^>]*>([^<]+)<\/span>/g)].map((m) => m[1]);

/** What the page says about the three proposals (the result page and its share link alike). */
function expectThree(html: string): void {
  expect(html).toContain('<header class="site">');
  // The site's CSP allows no inline styles: the delegations' colours come as classes (d0 …).
  expect(html).not.toContain('style="--d');
  // Counts on top: per delegation, paragraphs touched, collisions.
  expect(html).toMatch(/3 paragraphs of the base touched/);
  expect(html).toMatch(/1 collision\b/);
  const op4 = section(html, 'op4');
  expect(op4).toContain('class="collision"');
  expect(op4.match(/proposal--collides/g)).toHaveLength(2);
  expect(tagsIn(op4)).toEqual(['EU', 'G77']);
  const op9 = section(html, 'op9');
  // The identical cut is shown once, with both tags.
  expect(op9.match(/class="proposal"/g)).toHaveLength(1);
  expect(tagsIn(op9)).toEqual(['EU', 'CARICOM']);
  expect(op9).toContain(`<del>${CUT_OP9}</del>`);
  expect(op9).not.toContain('class="collision"');
}

describe('POST /compile: three derived proposals to A/RES/68/160', () => {
  let share = '';

  it('compiles in the worker, stores the compilation and redirects to its share link', async () => {
    const res = await compilePost(THREE);
    expect(res.status).toBe(303);
    share = res.headers.get('Location')!;
    expect(share).toMatch(/^\/compile\/[0-9a-f]{20}$/);
  });

  it('the share page marks the collision and shows the identical pair once with both tags', async () => {
    const res = await app.request(share);
    expect(res.status).toBe(200);
    const html = await res.text();
    expectThree(html);
    expect(html).toContain(`href="${share}/download?format=docx"`);
    // The same form again gives the same link.
    expect((await compilePost(THREE)).headers.get('Location')).toBe(share);
  });

  it('downloads HTML, Markdown, Word and JSON from the same renderers as the CLI', async () => {
    const html = await app.request(`${share}/download?format=html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('Content-Disposition')).toContain('A-RES-68-160-compilation.html');
    const page = await html.text();
    expect(page).toContain('Compilation text: A/RES/68/160');
    // The file stands alone: its colours inline.
    expect(page).toContain('style="--d: ');
    const md = await (await app.request(`${share}/download?format=markdown`)).text();
    expect(md).toContain('\\[EU\\] \\[CARICOM\\]');
    const docx = await app.request(`${share}/download?format=docx`);
    expect(docx.headers.get('Content-Type')).toContain('wordprocessingml');
    expect(new Uint8Array(await docx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const json = JSON.parse(await (await app.request(`${share}/download?format=json`)).text());
    expect(json.kind).toBe('compilation');
    expect(json.counts.collisions).toBe(1);
    expect((await app.request(`${share}/download?format=pdf`)).status).toBe(400);
  });

  it('an unknown link is a 404, an old comparison table row is untouched', async () => {
    expect((await app.request('/compile/0123456789abcdef0123')).status).toBe(404);
    expect(store.count()).toBe(0);
  });
});

describe('each kind of proposal, told apart as the command line tells them', () => {
  it('a pasted revised text, a pasted amendment list resdiff wrote, an uploaded Word file with tracked changes resdiff wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resdiff-compile-kinds-'));
    try {
      // The G77's derived text as the amendment list resdiff writes; CARICOM's as a Word file with tracked changes.
      writeFileSync(join(dir, 'g77.txt'), G77);
      writeFileSync(join(dir, 'caricom.txt'), CARICOM);
      const list = await run(['diff', 'A/RES/68/160', join(dir, 'g77.txt'), '--format', 'amendments']);
      expect(list.status).toBe(1);
      const word = await run(['report', 'A/RES/68/160', join(dir, 'caricom.txt'), '--format', 'docx', '-o', join(dir, 'caricom.docx'), '--author', 'CARICOM']);
      expect(word.status).toBe(1);
      const docx = new File([word.files.get(join(dir, 'caricom.docx'))!], 'caricom.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      const res = await compilePost({ ...THREE, p1text: list.stdout, p2text: '', p2file: docx });
      expect(res.status).toBe(303);
      const html = await (await app.request(res.headers.get('Location')!)).text();
      expectThree(html);
      expect(html).toContain('An amendment document: 2 of 2 instructions applied.');
      expect(html).toMatch(/A Word file with \d+ tracked changes? by CARICOM/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the compile form', () => {
  it('says its bound in /healthz', async () => {
    const health = (await (await app.request('/healthz')).json()) as { limits: { request: { proposals: number } } };
    expect(health.limits.request.proposals).toBe(MAX_PROPOSALS);
  });

  it('is linked from the nav and the paste page', async () => {
    expect(await (await app.request('/compile')).text()).toContain('name="p1label"');
    expect(await (await app.request('/paste')).text()).toContain('href="/compile"');
  });

  it('adds a row: htmx gets one row and the count one higher; without JavaScript the form comes back with every field', async () => {
    const HX = { 'HX-Request': 'true' };
    expect((await app.request('/compile/row?rows=2')).headers.get('Location')).toBe('/compile');
    const row = await (await app.request('/compile/row?rows=2', { headers: HX })).text();
    expect(row).toContain('name="p2label"');
    expect(row).toContain('<hx-partial hx-target="#proposal-rows" hx-swap="outerHTML"><input type="hidden" id="proposal-rows" name="rows" value="3"');
    const full = await (await app.request(`/compile/row?rows=${MAX_PROPOSALS}`, { headers: HX })).text();
    expect(full).not.toContain('proposal-row');
    expect(full).toContain(`at most ${MAX_PROPOSALS}`);
    const res = await compilePost({ ...THREE, p1label: 'G77 <b>', action: 'add' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="p3label"');
    expect(html).toContain('value="4"');
    expect(html).toContain('value="G77 &lt;b&gt;"');
    expect(html).toContain('value="A/RES/68/160"');
    expect(html).toContain('第 70 次全体会议');
  });

  const refused = async (fields: Record<string, string | Blob>, status: number, says: RegExp) => {
    const res = await compilePost(fields);
    expect(res.status).toBe(status);
    const html = await res.text();
    expect(html).toContain('class="notice notice--error"');
    expect(html).toMatch(says);
    return html;
  };

  it('no base', async () => {
    const html = await refused({ ...THREE, baseSymbol: '' }, 400, /No base text/);
    expect(html).toContain('value="CARICOM"');
  });

  it('no proposals', async () => {
    const html = await refused({ baseSymbol: 'A/RES/68/160', rows: '2' }, 400, /No proposals/);
    expect(html).toContain('value="A/RES/68/160"');
  });

  it('a proposal without a label', async () => {
    const html = await refused({ ...THREE, p1label: '' }, 400, /Proposal 2 has no label/);
    expect(html).toContain('value="CARICOM"');
  });

  it('two proposals with the same label', async () => {
    const html = await refused({ ...THREE, p2label: 'eu' }, 400, /Proposals 1 and 3 are both labelled/);
    expect(html).toContain('value="eu"');
  });

  it('a proposal in another language', async () => {
    const html = await refused({ ...THREE, p2text: corpusText('A-HRC-RES-19-33.en.txt') }, 400, /Proposal 3 \(CARICOM\) is in English but the base is in Chinese/);
    expect(html).toContain('value="G77"');
  });

  it(`more than ${MAX_PROPOSALS} proposals`, async () => {
    const fields: Record<string, string> = { baseSymbol: 'A/RES/68/160', rows: String(MAX_PROPOSALS + 1) };
    for (let k = 0; k <= MAX_PROPOSALS; k++) fields[`p${k}label`] = `D${k}`;
    fields.p0text = EU;
    const html = await refused(fields, 413, new RegExp(`at most ${MAX_PROPOSALS}`));
    expect(html).toContain(`value="D${MAX_PROPOSALS}"`);
  });

  it('a file that is not text, PDF or Word', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])], 'photo.png', { type: 'image/png' });
    const html = await refused({ ...THREE, p2text: '', p2file: png }, 415, /Proposal 3 \(CARICOM\)/);
    expect(html).toContain('value="EU"');
  });
});
