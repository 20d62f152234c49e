// A thread of the server's job pool (piscina): runs one job at a time and answers rendered bytes,
// keeping a small cache of comparisons (bounded by bytes) so a pair's detail, download and
// diagram after its page are cheap. Loaded from dist/ (src/server/pool.ts).
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { DEFAULT_JOB_CACHES, type JobCacheBudgets } from './caches.js';
import type { JobAnswer } from './jobs.js';
import type { PoolTask } from './pool.js';
import { HEAVY_INPUT, inputSize } from './weight.js';

/** The niceness of a heavy job: below the main thread, which routes, answers from the caches and /healthz. */
export const JOB_NICENESS = 10;

// On Linux a thread's niceness is its own (setpriority on the calling thread). A heavy job runs at
// JOB_NICENESS and yields a core to the main thread, so a cached page or /healthz is not kept
// waiting; a small job (a share link, a corpus page) runs at the main thread's own priority, so it
// is not kept waiting by the heavy one either: at niceness 10 on a busy machine it waited seconds
// for the scheduler (uncached share links under a heavy job, `npm run bench:server`: p99 about
// 1.5 s, against about 0.5 s so). Elsewhere this would change the whole process, so it is done on
// Linux only. Going back down from 10 needs the privilege to raise priority (root, or
// RLIMIT_NICE): without it a worker that ran a heavy job stays at 10, as all job threads were before.
// A new thread inherits the niceness of the thread that starts it: the PDF reader is started at
// JOB_NICENESS (reading PDFs is heavy work whatever the size of the job).
let niceness = 0;
function runAt(wanted: number): void {
  if (process.platform !== 'linux' || wanted === niceness) return;
  try {
    setPriority(wanted);
    niceness = wanted;
  } catch {
    // not permitted: keep the current one
  }
}

// Loading the pipeline and the views takes each thread a few hundred milliseconds of CPU, all
// threads at once just after the server starts listening: done at JOB_NICENESS, so the main thread
// answers /healthz meanwhile (bench:abuse saw polls wait over a second at startup on a busy
// machine). Only where the thread may come back to 0 afterwards (root): otherwise every small job
// would run at 10.
const mayComeBack = typeof process.getuid === 'function' && process.getuid() === 0;
if (mayComeBack) runAt(JOB_NICENESS);
const { warmPdfReader } = await import('../ingest/pdfSandbox.js');
const { createJobState, runJob } = await import('./jobs.js');

// The PDF reader thread starts with the worker, not with its first PDF (pdfjs takes about half a
// second to load: a small PDF sent behind heavy ones should not wait for that too).
runAt(JOB_NICENESS);
warmPdfReader();
runAt(0);

const state = createJobState((workerData as { caches?: JobCacheBudgets } | undefined)?.caches ?? DEFAULT_JOB_CACHES);

export default async function run(task: PoolTask): Promise<JobAnswer> {
  runAt(inputSize(task.job) > HEAVY_INPUT ? JOB_NICENESS : 0);
  // The time budget counts from here, not from when the job was queued.
  parentPort?.postMessage({ started: task.id });
  return moved(await runJob(task.job, state, (note) => parentPort?.postMessage({ note: task.id, value: note })));
}

/** Answers larger than this move their bytes to the main thread rather than have them copied. */
const MOVE_BYTES = 64 * 1024;

/**
 * A large answer's bytes moved, not copied: copying megabytes (the JSON of two large texts) held
 * the main thread. Only bytes that own their whole buffer are moved (a Buffer from Node's shared
 * pool must not be detached).
 */
function moved(answer: JobAnswer): JobAnswer {
  const body = answer.ok && 'body' in answer.result ? answer.result.body : undefined;
  if (!body || body.byteLength < MOVE_BYTES || body.byteOffset !== 0 || body.byteLength !== body.buffer.byteLength) return answer;
  const movable = { [Piscina.transferableSymbol]: [body.buffer], [Piscina.valueSymbol]: answer };
  return Piscina.move(movable as unknown as Parameters<typeof Piscina.move>[0]) as unknown as JobAnswer;
}
