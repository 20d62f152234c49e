// The batch: every pair of a CSV compared on all cores (worker threads), one report each, plus an index.
// Layer: batch, under the front ends. Imports render/ and below (source/, align/); only cli/ imports it.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { makeOutputFolder } from '../util/atomicWrite.js';
import { packageRoot } from '../util/packageRoot.js';
import type { Format } from '../model/formats.js';
import type { PairJob } from './pairs.js';
import type { TaskInput, TaskResult } from './task.js';

export interface BatchOptions {
  baseDir: string;
  outDir: string;
  format: Format;
  offline: boolean;
  /** Worker threads (default: one per core). */
  jobs: number;
  /** Called after each job, for progress. */
  onProgress?: (done: number, total: number, failed: number) => void;
  /** The worker script (tests substitute one that fails on purpose). */
  workerScript?: string;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Jobs each worker holds at once: the one it runs and the next, so it never sits idle between them. */
const IN_FLIGHT = 2;

/** What the pool sends a worker, and what the worker answers. */
export interface WorkerRequest {
  index: number;
  input: TaskInput;
}
export interface WorkerReply {
  index: number;
  result: TaskResult;
}

/** Runs the jobs on a pool of worker threads; results come back in the jobs' order. */
export async function runBatch(jobs: readonly PairJob[], options: BatchOptions): Promise<TaskResult[]> {
  const results: TaskResult[] = new Array(jobs.length);
  // The one folder named, not its parents; a file of that name is refused before any work.
  makeOutputFolder(options.outDir);
  if (jobs.length === 0) return results;
  // The compiled worker: batch runs from the build (npm ci builds it).
  const script = options.workerScript ?? join(packageRoot(), 'dist', 'src', 'batch', 'worker.js');
  const size = Math.max(1, Math.min(options.jobs, jobs.length));
  // Jobs not yet sent: first those handed back by a worker that stopped, then the rest in order.
  const returned: number[] = [];
  let next = 0;
  let done = 0;
  let failed = 0;
  const take = (): number | undefined => returned.shift() ?? (next < jobs.length ? next++ : undefined);
  // Each lane keeps one worker busy. A worker runs its jobs in the order sent, so when one stops
  // the oldest job it held without answering is the one that stopped it: that job fails, the
  // others go back. Its death is handled on 'exit', after every answer it sent has arrived.
  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      let held: number[] = [];
      const finish = (index: number, result: TaskResult) => {
        results[index] = result;
        done++;
        if (result.status === 'failed') failed++;
        options.onProgress?.(done, jobs.length, failed);
      };
      const feed = () => {
        while (held.length < IN_FLIGHT) {
          const index = take();
          if (index === undefined) break;
          held.push(index);
          const input: TaskInput = { job: jobs[index]!, baseDir: options.baseDir, outDir: options.outDir, format: options.format, offline: options.offline };
          worker.postMessage({ index, input } satisfies WorkerRequest);
        }
        if (held.length === 0) {
          const finished = worker;
          finished.removeAllListeners('exit');
          void finished.terminate().then(() => resolve());
        }
      };
      const start = () => {
        const current = new Worker(script);
        worker = current;
        let failure: Error | null = null;
        current.on('message', ({ index, result }: WorkerReply) => {
          held = held.filter((k) => k !== index);
          finish(index, result);
          feed();
        });
        current.on('error', (e) => {
          failure = e;
        });
        current.on('exit', (code) => {
          const [culprit, ...rest] = held;
          held = [];
          returned.unshift(...rest);
          if (culprit !== undefined) {
            const job = jobs[culprit]!;
            finish(culprit, { line: job.line, name: job.name, status: 'failed', message: `the worker stopped: ${failure?.message ?? `exit code ${code}`}` });
          }
          start();
          feed();
        });
      };
      start();
      feed();
    });
  await Promise.all(Array.from({ length: size }, lane));
  return results;
}
