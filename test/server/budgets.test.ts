// No single request may stall or kill the server (issue 14): every heavy job runs in the worker
// pool within a time and a memory budget; a job over budget is ended and answered 422 (time) or
// 413 (memory), the form kept filled in, and the pool takes the next request with a new worker.
import { describe, expect, it } from 'vitest';
import { corpusText } from '../helpers/corpus.js';
import { shuffledText } from '../helpers/pathological.js';
import { deepXmlDocx } from './deepDocx.js';
import { testApp, testPool } from './helpers.js';

const small = { oldText: corpusText('A-HRC-RES-19-33.en.txt'), newText: corpusText('A-HRC-RES-28-2.en.txt') };

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const textarea = (html: string, name: string) => new RegExp(`<textarea name="${name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1]?.replace(/\r\n/g, '\n');

/**
 * A time budget for these tests that a small job on a fresh (cold) worker keeps and the heavy pair
 * (two texts of about 1.8 MB, several seconds on an idle machine) overruns, on an idle machine and
 * on a busy one alike: twice what a small job takes on a cold worker here and now, at least
 * 250 ms. Both kinds of job slow down together under load, so the heavy one stays far over it
 * (more than ten times the small). A fixed 250 ms failed on a machine kept busy by `stress`.
 */
async function budgetFor(): Promise<number> {
  const probe = testPool({ timeoutMs: 120_000, workers: 1 });
  const started = performance.now();
  await probe.run({ kind: 'api', body: new TextEncoder().encode(JSON.stringify({ old: small.oldText, new: small.newText })).buffer as ArrayBuffer, type: 'application/json' });
  const cold = performance.now() - started;
  await probe.close();
  return Math.max(250, Math.round(2 * cold));
}

/** The budget as the server words it ("0.3 s"). */
const inSeconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

describe('the time budget', () => {
  it('a job over time is ended with 422, the form kept filled in; the next request is answered', { timeout: 120_000 }, async () => {
    const budget = await budgetFor();
    const pool = testPool({ timeoutMs: budget, workers: 1 });
    const { app, store } = testApp({ jobs: pool });
    await app.request('/compare/flow.svg?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2'); // the worker is up
    const heavy = { oldText: shuffledText('zh', 1_800_000, 1), newText: shuffledText('zh', 1_800_000, 2), oldLabel: 'old', newLabel: 'new' };
    const res = await app.request('/paste', { method: 'POST', body: form(heavy) });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<strong>Took too long</strong>');
    expect(html).toContain(`took longer than the ${inSeconds(budget)} the server gives one comparison (RESDIFF_JOB_TIMEOUT_MS), so it was stopped`);
    expect(textarea(html, 'oldText')).toBe(heavy.oldText);
    expect(textarea(html, 'newText')).toBe(heavy.newText);
    // htmx gets the form alone, filled in, with the same status.
    const hx = await app.request('/paste', { method: 'POST', headers: { 'HX-Request': 'true' }, body: form(heavy) });
    expect(hx.status).toBe(422);
    expect(await hx.text()).toMatch(/^<form id="paste-form"/);
    expect(pool.stats().ended.time).toBe(2);
    expect(store.count()).toBe(0);
    // The API says the same in JSON.
    const api = await app.request('/api/diff', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ old: heavy.oldText, new: heavy.newText }) });
    expect(api.status).toBe(422);
    expect(((await api.json()) as { error: { message: string } }).error.message).toContain('RESDIFF_JOB_TIMEOUT_MS');
    // A new worker takes the next job (a small pair, well within the budget even on a cold worker).
    let next = 0;
    for (let k = 0; k < 5 && next !== 303; k++) next = (await app.request('/paste', { method: 'POST', body: form(small) })).status;
    expect(next).toBe(303);
  });
});

describe('a job stopped on the way', () => {
  it('has said the form’s fields before it was stopped, so the main thread never reads a form of megabytes', { timeout: 120_000 }, async () => {
    const pool = testPool({ timeoutMs: await budgetFor(), workers: 1 });
    await pool.run({ kind: 'api', body: new TextEncoder().encode(JSON.stringify({ old: small.oldText, new: small.newText })).buffer as ArrayBuffer, type: 'application/json' });
    const heavy = { oldText: shuffledText('zh', 1_800_000, 3), newText: shuffledText('zh', 1_800_000, 4), oldLabel: 'said', newLabel: '' };
    const request = new Request('http://x/', { method: 'POST', body: form(heavy) });
    const notes: string[] = [];
    const job = pool.run({ kind: 'submit', body: await request.arrayBuffer(), type: request.headers.get('Content-Type')! }, (note) => notes.push(note.values.oldLabel, note.values.oldText.replace(/\r\n/g, '\n')));
    await expect(job).rejects.toMatchObject({ status: 422, limit: 'time' });
    // (a form sends line breaks as CRLF)
    expect(notes).toEqual(['said', heavy.oldText]);
  });
});

describe('the memory budget', () => {
  it('a Word file that takes more memory than the budget is refused with 413; the next request is answered', { timeout: 120_000 }, async () => {
    const pool = testPool({ memoryMb: 96, workers: 1 });
    const { app } = testApp({ jobs: pool });
    const docx = await deepXmlDocx();
    expect(docx.byteLength).toBeLessThan(1024 * 1024);
    const res = await app.request('/paste', { method: 'POST', body: form({ oldText: '', newText: small.newText, oldLabel: 'a', newLabel: 'b', oldFile: new File([docx], 'deep.docx') }) });
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain('needed more than the 96 MB of memory the server gives one comparison (RESDIFF_JOB_MEMORY_MB), so it was stopped');
    expect(textarea(html, 'newText')).toBe(small.newText);
    expect(pool.stats().ended.memory).toBe(1);
    const next = await app.request('/paste', { method: 'POST', body: form(small) });
    expect(next.status).toBe(303);
  });
});

describe('a busy server', () => {
  it('refuses at once with 503 when the queue is full, and says to try again', async () => {
    const pool = testPool({ workers: 1, maxQueue: 1, timeoutMs: 10_000 });
    const { app } = testApp({ jobs: pool });
    expect((await app.request('/paste', { method: 'POST', body: form(small) })).status).toBe(303); // the worker is up
    const heavy = () => form({ oldText: shuffledText('en', 150_000, 1), newText: shuffledText('en', 150_000, 2) });
    const running = app.request('/paste', { method: 'POST', body: heavy() });
    const queued = app.request('/paste', { method: 'POST', body: heavy() });
    await new Promise((r) => setTimeout(r, 50));
    const refused = await app.request('/paste', { method: 'POST', body: form({ ...small, oldLabel: 'kept' }) });
    expect(refused.status).toBe(503);
    const html = await refused.text();
    expect(html).toContain('<strong>Server busy</strong>');
    expect(html).toContain('try again in a minute');
    expect(html).toContain('value="kept"');
    await Promise.all([running, queued]);
  });
});
