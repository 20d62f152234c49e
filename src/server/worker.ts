// A thread of the server's job pool (piscina): runs one job at a time and answers rendered bytes,
// keeping a small cache of comparisons (bounded by bytes) so a pair's detail, download and
// diagram after its page are cheap. Loaded from dist/ (src/server/pool.ts).
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { warmPdfReader } from '../ingest/pdfSandbox.js';
import { DEFAULT_JOB_CACHES, type JobCacheBudgets } from './caches.js';
import { createJobState, runJob, type JobAnswer } from './jobs.js';
import type { PoolTask } from './pool.js';

/** The niceness of a job thread: below the main thread, which routes, answers from the caches and /healthz. */
export const JOB_NICENESS = 10;

// On Linux a thread's niceness is its own (setpriority on the calling thread): the job threads, and
// the PDF reader each starts (a new thread inherits it), yield a core to the main thread, so a
// cached page or /healthz is not kept waiting by heavy jobs on a busy machine. Elsewhere this
// would lower the whole process, so it is done on Linux only; refused (no permission), nothing changes.
if (process.platform === 'linux') {
  try {
    setPriority(JOB_NICENESS);
  } catch {
    // keep the default
  }
}

// The PDF reader thread starts with the worker, not with its first PDF (pdfjs takes about half a
// second to load: a small PDF sent behind heavy ones should not wait for that too).
warmPdfReader();

const state = createJobState((workerData as { caches?: JobCacheBudgets } | undefined)?.caches ?? DEFAULT_JOB_CACHES);

export default async function run(task: PoolTask): Promise<JobAnswer> {
  // The time budget counts from here, not from when the job was queued.
  parentPort?.postMessage({ started: task.id });
  return runJob(task.job, state, (note) => parentPort?.postMessage({ note: task.id, value: note }));
}
