// Route tests without a socket: app.request(), full pages and fragments, errors, safety, share links.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { DiffOutputSchema } from '../../src/model/contracts.js';
import { diffOutput } from '../../src/render/json.js';
import { ComparisonStore } from '../../src/server/store.js';
import { corpusText, parseCorpus } from '../helpers/corpus.js';
import { testApp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resdiff-app-'));
const dbPath = join(dir, 'share.sqlite');
const stores: ComparisonStore[] = [];
const logs: string[] = [];

function makeApp(path = dbPath) {
  const store = new ComparisonStore(path);
  stores.push(store);
  return { store, app: testApp({ store, log: (l) => logs.push(l) }).app };
}
const makeAppWithStore = (path: string) => {
  const store = new ComparisonStore(path);
  return { store, app: testApp({ store }).app };
};
afterAll(() => stores.forEach((s) => s.close()));

const { app, store } = makeApp();
const HX = { 'HX-Request': 'true' };
const PAIR = '/compare?old=A/RES/55/109&new=A/RES/68/160';

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

describe('pages and fragments', () => {
  it('GET / lists the corpus by series with a compare form', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    // Standards mode: every page starts with the doctype.
    expect(html).toMatch(/^<!doctype html><html/);
    expect(html).toContain('<form class="choose" method="get" action="/compare">');
    for (const symbol of ['A/RES/68/160', 'A/RES/55/109', 'A/RES/51/100', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', 'A/HRC/DEC/22/116']) expect(html).toContain(symbol);
    expect(html).toContain('partial: stops inside operative paragraph 3');
  });

  it('the comparison: full page without HX-Request, the fragment alone with it', async () => {
    const full = await app.request(PAIR);
    expect(full.status).toBe(200);
    expect(full.headers.get('Vary')).toContain('HX-Request');
    const page = await full.text();
    expect(page).toContain('<html');
    expect(page).toContain('class="strip"');
    expect(page).toContain('<section id="diff"');
    expect(page).toContain('src="/static/htmx.min.js"');
    // 55/109 stops inside its operative paragraph 3: the page says so, and why, and not of 68/160.
    expect(page).toContain('The old text is partial (the last paragraph does not end with a full stop; no adoption date or meeting).');
    expect(page).not.toContain('The new text is partial');
    const part = await app.request(`${PAIR}&view=inline&show=changed`, { headers: HX });
    const fragment = await part.text();
    expect(part.headers.get('Vary')).toContain('HX-Request');
    expect(fragment.startsWith('<section id="diff"')).toBe(true);
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('OP 6 (was OP 2)');
    const folded = await (await app.request('/compare?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2&show=changed', { headers: HX })).text();
    expect(folded).toContain('<p class="folded" id="run-p-pp1">');
    expect(folded).toContain('1 unchanged paragraph: PP1');
    expect(fragment).toContain('<del>强调相互了解</del><ins>着重指出相互理解</ins>');
  });

  it('a paragraph detail: a partial with htmx, a full page without', async () => {
    const url = `/compare/detail?old=A/RES/55/109&new=A/RES/68/160&p=p-pp8`;
    const part = await (await app.request(url, { headers: HX })).text();
    expect(part.startsWith('<dl class="detail-body">')).toBe(true);
    expect(part).toContain('65% of the text kept');
    expect(part).toContain('强调 → 着重指出');
    const notes = await (await app.request('/compare/detail?old=A/RES/55/109&new=A/RES/68/160&p=p-pp2', { headers: HX })).text();
    expect(notes).toContain('new 2: 第55/2号决议。');
    const page = await (await app.request(url)).text();
    expect(page).toContain('<html');
    expect(page).toContain('Back to the comparison');
  });

  it('serves htmx, the stylesheet and the script from this server', async () => {
    for (const [path, type] of [
      ['/static/htmx.min.js', 'text/javascript'],
      ['/static/app.css', 'text/css'],
      ['/static/app.js', 'text/javascript'],
    ] as const) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toContain(type);
    }
    expect((await app.request('/static/../package.json')).status).toBe(404);
    const page = await (await app.request(PAIR)).text();
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('every page starts with <!doctype html> (no quirks mode); fragments do not', async () => {
    for (const url of ['/', '/corpus', PAIR, `${PAIR}&show=changed`, '/compare/detail?old=A/RES/55/109&new=A/RES/68/160&p=p-pp8', '/paste', '/nowhere', '/compare?old=../x&new=y', '/history?v=A/HRC/RES/19/33&v=A/HRC/RES/28/2&v=A/HRC/RES/19/33']) {
      const html = await (await app.request(url)).text();
      expect(html.startsWith('<!doctype html><html lang="en">'), url).toBe(true);
    }
    for (const url of [PAIR, '/compare/detail?old=A/RES/55/109&new=A/RES/68/160&p=p-pp8', '/nowhere']) {
      const html = await (await app.request(url, { headers: HX })).text();
      expect(html, url).not.toContain('<!doctype');
    }
  });

  it('healthz', async () => {
    const res = await app.request('/healthz');
    expect(await res.json()).toMatchObject({ status: 'ok', corpus: 12 });
  });

  it('logs one line per request', async () => {
    logs.length = 0;
    await app.request('/healthz');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^GET \/healthz 200 \d+\.\dms$/);
  });
});

describe('errors', () => {
  it.each([
    ['/compare?old=../../etc/passwd&new=A/RES/68/160', 400, 'not a document symbol'],
    ['/compare?old=A/RES/68/160/../../../etc/passwd&new=A/RES/68/160', 400, 'not a document symbol'],
    [`/compare?old=A/RES/${'9'.repeat(80)}&new=A/RES/68/160`, 400, 'at most 60 characters'],
    ['/compare?old=A/RES/68/160', 400, 'symbol is required'],
    ['/compare?old=A/RES/67/169&new=A/RES/68/160', 404, 'not in the corpus'],
    ['/compare?old=A/RES/68/160&new=A/RES/68/160&lang=xx', 400, 'language must be one of'],
    ['/compare?old=A/RES/68/160&new=A/RES/68/160&view=3d', 400, 'view must be side or inline'],
    ['/compare/detail?old=A/RES/68/160&new=A/RES/68/160&p=p-pp99', 404, 'no paragraph p-pp99'],
    ['/c/0123456789abcdef0123', 404, 'no stored comparison'],
    ['/c/not-an-id', 400, 'not a share link id'],
    ['/nowhere', 404, 'no page at /nowhere'],
  ])('%s -> %i', async (url, status, message) => {
    const res = await app.request(url);
    expect(res.status).toBe(status);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).not.toMatch(/at .*\.(ts|js):\d+/);
    const hx = await app.request(url, { headers: HX });
    expect(hx.status).toBe(status);
  });

  it('the API answers errors as JSON', async () => {
    const res = await app.request('/api/diff?old=../x&new=A/RES/68/160');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { status: 400, message: 'not a document symbol like A/RES/68/160' } });
  });
});

describe('paste or upload', () => {
  const oldText = corpusText('A-HRC-RES-19-33.en.txt');
  const newText = corpusText('A-HRC-RES-28-2.en.txt');

  it('stores a submitted pair and redirects to its share link', async () => {
    const before = store.count();
    const res = await app.request('/paste', { method: 'POST', body: form({ oldText, newText, oldLabel: '19/33', newLabel: '28/2' }) });
    expect(res.status).toBe(303);
    const link = res.headers.get('Location')!;
    expect(link).toMatch(/^\/c\/[0-9a-f]{20}$/);
    expect(store.count()).toBe(before + 1);
    const page = await (await app.request(link)).text();
    expect(page).toContain('<ins>25/3 of 27</ins>');
    expect(page).toContain(`Share link: <a href="${link}">`);
    // The same texts give the same link; htmx gets a redirect header instead.
    const again = await app.request('/paste', { method: 'POST', headers: HX, body: form({ oldText, newText, oldLabel: '19/33', newLabel: '28/2' }) });
    expect(again.headers.get('HX-Redirect')).toBe(link);
    expect(store.count()).toBe(before + 1);
  });

  it('accepts uploaded .txt files, in GB18030 too', async () => {
    const res = await app.request('/paste', {
      method: 'POST',
      body: form({
        oldText: '',
        newText: '',
        oldFile: new File([corpusText('A-RES-55-109.zh.txt')], 'old.txt', { type: 'text/plain' }),
        newFile: new File([corpusText('A-RES-68-160.zh.txt')], 'new.txt', { type: 'text/plain' }),
      }),
    });
    expect(res.status).toBe(303);
  });

  it.each([
    ['empty', { oldText: '   ', newText }, 400, 'The old text is empty'],
    ['not a resolution', { oldText, newText: 'Lunch is at noon in the delegates lounge.' }, 422, 'The new text: This does not look like a resolution'],
    ['over 2 MB', { oldText: `${oldText}${'x'.repeat(2 * 1024 * 1024)}`, newText }, 413, 'over 2 MB'],
    ['a binary upload', { oldText: '', newText, oldFile: new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], 'logo.txt') }, 415, 'is a PNG image'],
  ] as const)('%s: the error shows in the page, the fields stay filled', async (_name, fields, status, message) => {
    const before = store.count();
    for (const headers of [{}, HX]) {
      const res = await app.request('/paste', { method: 'POST', headers, body: form(fields as Record<string, string | Blob>) });
      expect(res.status).toBe(status);
      // (multipart form data sends line breaks as CRLF)
      const html = (await res.text()).replace(/\r\n/g, '\n');
      expect(html).toContain(message);
      expect(html).toContain('id="paste-form"');
      if (status !== 413) expect(html).toContain(`<textarea name="newText" rows="14">${fields.newText.slice(0, 40)}`);
    }
    expect(store.count()).toBe(before);
  });

  it('refuses a request body over 5 MB with 413', async () => {
    const res = await app.request('/paste', { method: 'POST', body: form({ oldText: 'x'.repeat(6 * 1024 * 1024), newText: 'y' }) });
    expect(res.status).toBe(413);
  });

  it('refuses a body whose Content-Length says over 5 MB, or is not a number, with 413 before reading it', async () => {
    for (const length of [String(5 * 1024 * 1024 + 1), 'many', '-1']) {
      const api = await app.request('/api/diff', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': length }, body: '{"old":"a","new":"b"}' });
      expect(api.status).toBe(413);
      const paste = await app.request('/paste', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': length }, body: 'oldText=a&newText=b' });
      expect(paste.status).toBe(413);
    }
  });

  it('shows script and markup in the text as text, never as markup', async () => {
    const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '<div hx-get="/evil" hx-trigger="load">x</div>'];
    const evil = newText.replace('Recalling also', `Recalling also ${payloads.join(' ')}`);
    const res = await app.request('/paste', { method: 'POST', body: form({ oldText, newText: evil, oldLabel: '<b onmouseover=alert(3)>x</b>', newLabel: 'y' }) });
    const page = await (await app.request(res.headers.get('Location')!)).text();
    expect(page).not.toMatch(/<script>alert|<img src=x|<div hx-get="\/evil"|<b onmouseover/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('&lt;div hx-get=&quot;/evil&quot;');
    // And in an error re-render of the form.
    const err = await app.request('/paste', { method: 'POST', body: form({ oldText: payloads[0]!, newText: payloads[1]! }) });
    const html = await err.text();
    expect(err.status).toBe(422);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The flow diagram of that comparison, an image of its own, carries none of it.
    const flow = await (await app.request(`${res.headers.get('Location')!}/flow.svg`)).text();
    expect(flow.startsWith('<svg')).toBe(true);
    expect(flow).toContain('<title>PP3: modified');
    expect(flow).not.toMatch(/<script|<img|<div|<b /);
  });

  it('the paragraph-flow diagram is an image of its own, loaded when its section is opened', async () => {
    const page = await (await app.request(PAIR)).text();
    expect(page).toContain('<details class="flow">');
    expect(page).toContain('<img src="/compare/flow.svg?old=A%2FRES%2F55%2F109&amp;new=A%2FRES%2F68%2F160" loading="lazy"');
    // Not in the page itself: it would be a third of its weight.
    expect(page).not.toContain('<svg');
    const res = await app.request('/compare/flow.svg?old=A%2FRES%2F55%2F109&new=A%2FRES%2F68%2F160');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-label="[^"]+"/);
    expect((await app.request('/compare/flow.svg?old=../../etc/passwd&new=A/RES/68/160')).status).toBe(400);
  });

  it('a share link still works after a restart (a new process on the same database file)', async () => {
    const path = join(dir, 'restart.sqlite');
    const first = makeApp(path);
    const res = await first.app.request('/paste', { method: 'POST', body: form({ oldText, newText }) });
    const link = res.headers.get('Location')!;
    first.store.close();
    const second = makeApp(path);
    const page = await second.app.request(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<ins>25/3 of 27</ins>');
    expect(second.store.integrityCheck()).toBe('ok');
  });
});

describe('API and downloads', () => {
  it('GET /api/diff returns exactly the CLI JSON contract', async () => {
    const res = await app.request('/api/diff?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2');
    expect(res.headers.get('Content-Type')).toContain('application/json');
    const body = DiffOutputSchema.parse(await res.json());
    const cli = diffOutput(compareResolutions(parseCorpus('A-HRC-RES-19-33.en.txt'), parseCorpus('A-HRC-RES-28-2.en.txt')));
    expect(body).toEqual(JSON.parse(JSON.stringify(cli)));
  });

  it('POST /api/diff takes two texts and stores nothing', async () => {
    const before = store.count();
    const res = await app.request('/api/diff', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ old: corpusText('A-RES-55-109.zh.txt'), new: corpusText('A-RES-68-160.zh.txt') }),
    });
    expect(res.status).toBe(200);
    expect(DiffOutputSchema.parse(await res.json()).summary.added).toBe(14);
    const bad = await app.request('/api/diff', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"old": 1}' });
    expect(bad.status).toBe(400);
    const prose = await app.request('/api/diff', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ old: 'hello', new: 'world' }) });
    expect(prose.status).toBe(422);
    expect(store.count()).toBe(before);
  });

  it.each([
    ['html', 'text/html', '.html', '<!doctype html>'],
    ['markdown', 'text/markdown', '.md', '# A/RES/55/109 → A/RES/68/160'],
    ['json', 'application/json', '.json', '"summary"'],
  ])('downloads %s, made by the CLI renderers', async (format, type, ext, start) => {
    const res = await app.request(`/compare/download?old=A/RES/55/109&new=A/RES/68/160&format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain(type);
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="A-RES-55-109_to_A-RES-68-160${ext}"`);
    expect(await res.text()).toContain(start);
    // The report has an inline stylesheet and no script: its own, stricter CSP.
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  });
});

describe('technical versus substantive, and Word', () => {
  const HRC = '/compare?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2';
  const articles = (html: string) => [...html.matchAll(/<article class="change[^"]*" id="([^"]+)"/g)].map((m) => m[1]);

  it('show=substantive hides the technical change and the unchanged paragraphs; the page links the toggle', async () => {
    const all = await (await app.request(`${HRC}&show=all`)).text();
    expect(articles(all)).toEqual(['p-pp1', 'p-pp2', 'p-pp3', 'p-pp4']);
    expect(all).toContain('Substantive only');
    expect(all).toContain('show=substantive');
    const substantive = await (await app.request(`${HRC}&show=substantive`)).text();
    // PP3 differs from 19/33 only in resolution numbers and dates (technical); PP1 is unchanged.
    expect(articles(substantive)).toEqual(['p-pp2', 'p-pp4']);
    const fragment = await (await app.request(`${HRC}&show=substantive`, { headers: HX })).text();
    expect(articles(fragment)).toEqual(['p-pp2', 'p-pp4']);
    expect((await app.request(`${HRC}&show=important`)).status).toBe(400);
  });

  it('downloads Word with tracked changes', async () => {
    const res = await app.request(`${HRC}&format=docx`.replace('/compare?', '/compare/download?'));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="A-HRC-RES-19-33_to_A-HRC-RES-28-2.docx"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:del ');
  });
});

describe('safety headers', () => {
  it.each(['/', PAIR, '/paste', '/healthz', '/api/diff?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2', '/nowhere', '/static/app.js', '/compare?old=../x&new=y', '/api/diff?old=../x'])('%s', async (url) => {
    const res = await app.request(url);
    const csp = res.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('pages carry no inline script', async () => {
    for (const url of ['/', PAIR, '/paste']) {
      const html = await (await app.request(url)).text();
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/src="\/static\//);
      expect(html).not.toMatch(/ on[a-z]+="/);
    }
  });
});

describe('bad requests, and a server in trouble', () => {
  const oldText = corpusText('A-HRC-RES-19-33.en.txt');
  const newText = corpusText('A-HRC-RES-28-2.en.txt');
  const CUT = '--b\r\nContent-Disposition: form-data; name="oldText"\r\n\r\nThe General Assembly,';

  it('a malformed multipart body is a 400 that says so (was 500)', async () => {
    const headers = { 'Content-Type': 'multipart/form-data; boundary=b' };
    const paste = await app.request('/paste', { method: 'POST', headers, body: CUT });
    expect(paste.status).toBe(400);
    expect(await paste.text()).toContain('The form could not be read: the request is not well-formed multipart/form-data');
    // htmx: the notice alone into the form's error slot, so the texts stay in the browser.
    const hx = await app.request('/paste', { method: 'POST', headers: { ...headers, ...HX }, body: CUT });
    expect(hx.status).toBe(400);
    expect(hx.headers.get('HX-Retarget')).toBe('#paste-error');
    const api = await app.request('/api/diff', { method: 'POST', headers, body: CUT });
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { message: string } }).error.message).toContain('not a well-formed form');
  });

  it('media types are compared case-insensitively: APPLICATION/JSON is JSON (was read as an empty text)', async () => {
    const res = await app.request('/api/diff', { method: 'POST', headers: { 'Content-Type': 'APPLICATION/JSON; Charset=UTF-8' }, body: JSON.stringify({ old: oldText, new: newText }) });
    expect(res.status).toBe(200);
    expect(DiffOutputSchema.parse(await res.json()).summary.modified).toBeGreaterThan(0);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('/static/%s is not a file (was 200 for __proto__)', async (name) => {
    expect((await app.request(`/static/${name}`)).status).toBe(404);
  });

  it('a 404 never shows where the server keeps its files', async () => {
    const res = await app.request('/compare?old=A/RES/67/169&new=A/RES/68/160');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('the server&#39;s fetch cache');
    expect(html).not.toContain(process.env.RESDIFF_CACHE!);
    expect(html).not.toMatch(/\/tmp\//);
  });

  it('the database deleted while running: no link is acknowledged (503, the form kept), and /healthz says 503', async () => {
    const path = join(dir, 'deleted.sqlite');
    const { app: running, store: deleted } = makeAppWithStore(path);
    expect((await running.request('/healthz')).status).toBe(200);
    const before = await running.request('/paste', { method: 'POST', body: form({ oldText, newText, oldLabel: 'kept', newLabel: 'b' }) });
    expect(before.status).toBe(303);
    rmSync(path);
    const res = await running.request('/paste', { method: 'POST', body: form({ oldText: newText, newText: oldText, oldLabel: 'kept', newLabel: 'b' }) });
    expect(res.status).toBe(503);
    const html = (await res.text()).replace(/\r\n/g, '\n');
    expect(html).toContain('<strong>Cannot store the comparison</strong>');
    expect(html).toContain("the server&#39;s database has been deleted since it started");
    expect(html).toContain('value="kept"');
    expect(html).toContain(`<textarea name="oldText" rows="14">${newText.slice(0, 40)}`);
    const health = await running.request('/healthz');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', problem: expect.stringContaining('deleted since the server started') });
    // A link acknowledged before still opens (the open file is still readable).
    expect((await running.request(before.headers.get('Location')!)).status).toBe(200);
    deleted.close();
  });

  it('a full disk is a 507 with the form re-rendered with the texts (was a generic 500)', async () => {
    class FullDisk extends ComparisonStore {
      override save(): string {
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      }
    }
    const full = new FullDisk(':memory:');
    stores.push(full);
    const { app: app507 } = testApp({ store: full });
    for (const headers of [{}, HX]) {
      const res = await app507.request('/paste', { method: 'POST', headers, body: form({ oldText, newText, oldLabel: 'mine', newLabel: 'b' }) });
      expect(res.status).toBe(507);
      const html = (await res.text()).replace(/\r\n/g, '\n');
      expect(html).toContain('<strong>Disk full</strong>');
      expect(html).toContain('value="mine"');
      expect(html).toContain(`<textarea name="newText" rows="14">${newText.slice(0, 40)}`);
    }
  });
});
