// Building the web app for route tests: the same parts main.ts puts together, without a socket.
// Jobs run in a real worker pool loaded from dist/ (run `npm run build` first), one per test file.
import { afterAll } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { DEFAULT_CACHE_BUDGETS } from '../../src/server/caches.js';
import { ComparisonService, type JobRunner } from '../../src/server/comparisons.js';
import { DEFAULT_HEADLINE, Headline, type HeadlinePair } from '../../src/server/headline.js';
import { serverLimits } from '../../src/server/limits.js';
import { JobPool, jobBudgets, type JobBudgets } from '../../src/server/pool.js';
import { ComparisonStore } from '../../src/server/store.js';
import { defaultSourceOptions, type SourceOptions } from '../../src/source/loadDocument.js';

export interface TestAppOptions {
  store?: ComparisonStore;
  sources?: SourceOptions;
  headline?: HeadlinePair;
  jobs?: JobRunner;
  log?: (line: string) => void;
}

const pools: JobPool[] = [];
let shared: JobPool | undefined;

/** A pool of its own (closed after the file's tests), e.g. with small budgets. */
export function testPool(budgets: Partial<JobBudgets> = {}): JobPool {
  const pool = new JobPool({ ...jobBudgets(), ...budgets });
  pools.push(pool);
  return pool;
}

/**
 * The pool the file's apps share. Its jobs get two minutes, not the server's 20 s: route tests are
 * not about budgets (test/server/budgets.test.ts is), and on a busy machine a PDF upload's job has
 * been seen to pass 20 s and answer 422 where the test waited for 303.
 */
export function sharedPool(): JobPool {
  return (shared ??= testPool({ timeoutMs: 120_000, waitMs: 120_000 }));
}

afterAll(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
  shared = undefined;
});

/** The app with a store (in memory unless given), a service and its headline. */
export function testApp(options: TestAppOptions = {}) {
  const store = options.store ?? new ComparisonStore(':memory:');
  const jobs = options.jobs ?? sharedPool();
  const service = new ComparisonService(jobs, options.sources ?? defaultSourceOptions(), DEFAULT_CACHE_BUDGETS);
  const headline = new Headline(options.headline ?? DEFAULT_HEADLINE, service);
  const limits = serverLimits(jobs instanceof JobPool ? jobs.budgets : jobBudgets(), DEFAULT_CACHE_BUDGETS);
  return { app: createApp({ store, service, headline, limits, log: options.log ?? (() => {}) }), store, service, headline };
}
