// A thread of the server's job pool (piscina): runs one job at a time and answers rendered bytes,
// keeping a small cache of comparisons (bounded by bytes) so a pair's detail, download and
// diagram after its page are cheap. Loaded from dist/ (src/server/pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { warmPdfReader } from '../ingest/pdfSandbox.js';
import { DEFAULT_JOB_CACHES, type JobCacheBudgets } from './caches.js';
import { createJobState, runJob, type JobAnswer } from './jobs.js';
import type { PoolTask } from './pool.js';

// The PDF reader thread starts with the worker, not with its first PDF (pdfjs takes about half a
// second to load: a small PDF sent behind heavy ones should not wait for that too).
warmPdfReader();

const state = createJobState((workerData as { caches?: JobCacheBudgets } | undefined)?.caches ?? DEFAULT_JOB_CACHES);

export default async function run(task: PoolTask): Promise<JobAnswer> {
  // The time budget counts from here, not from when the job was queued.
  parentPort?.postMessage({ started: task.id });
  return runJob(task.job, state, (note) => parentPort?.postMessage({ note: task.id, value: note }));
}
