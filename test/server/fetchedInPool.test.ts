// A document fetched from ODS (a stand-in on 127.0.0.1) is converted and parsed by a job of the
// worker pool, within the job's budgets, never on the main thread (issue 14): a huge or hostile
// file from the UN's server is ended like any heavy upload, answered 413 or 422, and not stored.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../scripts/fixtures.js';
import { listCached } from '../../src/ingest/cache.js';
import type { JobRunner } from '../../src/server/comparisons.js';
import type { Job } from '../../src/server/jobs.js';
import { defaultSourceOptions } from '../../src/source/loadDocument.js';
import { parseCorpus } from '../helpers/corpus.js';
import { startFakeOds, type FakeOds } from '../helpers/fakeOds.js';
import { deepXmlDocx } from './deepDocx.js';
import { sharedPool, testApp, testPool } from './helpers.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let ods: FakeOds;

beforeAll(async () => {
  // A/RES/99/7 is not a real symbol: 51/100's Word file with only its symbol changed (a derived
  // fixture). A/RES/99/5 is a Word file of 5,000 tiny paragraphs that takes mammoth far more than
  // 96 MB to read (derived from no text).
  ods = await startFakeOds({
    'A/RES/99/7|en|docx': { kind: 'file', body: await buildDocx({ ...parseCorpus('A-RES-51-100.en.txt'), symbol: 'A/RES/99/7' }), type: DOCX },
    'A/RES/99/5|en|docx': { kind: 'file', body: await deepXmlDocx(), type: DOCX },
  });
}, 120_000);
afterAll(() => ods?.close());

function sources() {
  return defaultSourceOptions({
    offline: false,
    odsUrl: ods.url,
    cacheDir: mkdtempSync(join(tmpdir(), 'resdiff-fetched-pool-')),
    get: { timeoutMs: 5000, maxBytes: 20 * 1024 * 1024, retries: 0, backoffMs: 1 },
  });
}

/** A runner that notes the kind of every job before the pool runs it. */
function recording(jobs: JobRunner): JobRunner & { kinds: string[] } {
  const kinds: string[] = [];
  return { kinds, run: (job: Job, onNote?: never) => (kinds.push(job.kind), jobs.run(job, onNote)) } as JobRunner & { kinds: string[] };
}

describe('documents fetched from ODS', () => {
  it('are read by a job of the pool, and stored once read', { timeout: 120_000 }, async () => {
    const jobs = recording(sharedPool());
    const src = sources();
    const { app } = testApp({ jobs, sources: src });
    const res = await app.request('/api/diff?old=A/RES/99/7&new=A/RES/51/100&lang=en');
    expect(res.status).toBe(200);
    expect(jobs.kinds).toEqual(['read-fetched', 'json']);
    expect(listCached(src.cacheDir)).toEqual([{ symbol: 'A/RES/99/7', language: 'en' }]);
  });

  it('one that needs more memory than a job has is ended with 413, saying which document; nothing is stored; the next request is answered', { timeout: 120_000 }, async () => {
    const pool = testPool({ memoryMb: 96, workers: 1 });
    const src = sources();
    const { app } = testApp({ jobs: pool, sources: src });
    const res = await app.request('/api/diff?old=A/RES/99/5&new=A/RES/51/100&lang=en');
    expect(res.status).toBe(413);
    const message = ((await res.json()) as { error: { message: string } }).error.message;
    expect(message).toContain("Reading A/RES/99/5 (en) as the UN's server sent it (a Word file from http://127.0.0.1:");
    expect(message).toContain('needed more memory than the server gives one job (RESDIFF_JOB_MEMORY_MB), so it was stopped and nothing was stored');
    expect(pool.stats().ended.memory).toBe(1);
    expect(listCached(src.cacheDir)).toEqual([]);
    const next = await app.request('/api/diff?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2');
    expect(next.status).toBe(200);
  });
});
