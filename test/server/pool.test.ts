// The job pool's heavy lane: with two threads, two large jobs never hold both, so a small job
// sent behind them starts at once; with three, two are left for small jobs while a large one
// runs. The worker is a fixture that sleeps instead of comparing.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAVY_INPUT, inputSize, jobBudgets, JobPool } from '../../src/server/pool.js';
import type { Job } from '../../src/server/jobs.js';

const script = fileURLToPath(new URL('../helpers/sleepingJobWorker.mjs', import.meta.url));
const api = (bytes: number): Job => ({ kind: 'api', body: new ArrayBuffer(bytes), type: 'application/json' });
type Span = { start: number; end: number };

describe('the job pool', () => {
  const pool = new JobPool({ ...jobBudgets({}), workers: 2 }, script);
  afterAll(() => pool.close());

  it('measures a job by its input', () => {
    expect(inputSize(api(10))).toBe(10);
    expect(inputSize(api(HEAVY_INPUT + 1))).toBeGreaterThan(HEAVY_INPUT);
  });

  it('keeps a thread for small jobs while large ones run: two large jobs run one after the other', { timeout: 30_000 }, async () => {
    const run = (job: Job) => pool.run(job) as unknown as Promise<Span>;
    const heavy1 = run(api(HEAVY_INPUT + 1));
    const heavy2 = run(api(HEAVY_INPUT + 1));
    // Let both large jobs be handed to the pool before the small one.
    await new Promise((r) => setTimeout(r, 50));
    const small = run(api(100));
    const [a, b, s] = await Promise.all([heavy1, heavy2, small]);
    // The second large job waited for the first (one lane), so the small one did not wait for either.
    expect(b.start).toBeGreaterThanOrEqual(a.end);
    expect(s.end).toBeLessThan(a.end);
  });
});

describe('the job pool with three threads (the default on two cores or more)', () => {
  const pool = new JobPool({ ...jobBudgets({}), workers: 3 }, script);
  afterAll(() => pool.close());

  it('is the default on two cores or more', () => {
    expect(jobBudgets({}).workers).toBe(availableParallelism() >= 2 ? 3 : 1);
    expect(jobBudgets({ RESDIFF_JOB_WORKERS: '2' }).workers).toBe(2);
  });

  it('runs one large job at a time and two small ones side by side beside it', { timeout: 30_000 }, async () => {
    const run = (job: Job) => pool.run(job) as unknown as Promise<Span>;
    // Every thread up before the clock matters.
    await Promise.all([run(api(100)), run(api(100)), run(api(100))]);
    const heavy1 = run(api(HEAVY_INPUT + 1));
    const heavy2 = run(api(HEAVY_INPUT + 1));
    await new Promise((r) => setTimeout(r, 50));
    const smalls = await Promise.all(Array.from({ length: 4 }, () => run(api(100))));
    const [a, b] = await Promise.all([heavy1, heavy2]);
    expect(b.start).toBeGreaterThanOrEqual(a.end);
    // Two small jobs ran at once (two threads for them), and all while the first large one ran.
    const overlapping = smalls.some((x, i) => smalls.some((y, j) => i !== j && x.start < y.end && y.start < x.end));
    expect(overlapping).toBe(true);
    for (const x of smalls) expect(x.end).toBeLessThan(a.end);
  });
});
