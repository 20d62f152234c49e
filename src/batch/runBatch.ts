// The batch: every pair of a CSV compared on all cores (worker threads), one report each, plus an index.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../source/packageRoot.js';
import type { PairJob } from './pairs.js';
import type { TaskInput, TaskResult } from './task.js';

export interface BatchOptions {
  baseDir: string;
  outDir: string;
  format: 'html' | 'markdown';
  offline: boolean;
  /** Worker threads (default: one per core). */
  jobs: number;
  /** Called after each job, for progress. */
  onProgress?: (done: number, total: number, failed: number) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Runs the jobs on a pool of worker threads; results come back in the jobs' order. */
export async function runBatch(jobs: readonly PairJob[], options: BatchOptions): Promise<TaskResult[]> {
  const results: TaskResult[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  // The compiled worker: batch runs from the build (npm ci builds it).
  const script = join(packageRoot(), 'dist', 'src', 'batch', 'worker.js');
  const size = Math.max(1, Math.min(options.jobs, jobs.length));
  let next = 0;
  let done = 0;
  let failed = 0;
  // Each lane keeps one worker busy; a worker that dies fails its job and is replaced.
  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      let worker = new Worker(script);
      let current = -1;
      const finish = (result: TaskResult) => {
        results[current] = result;
        done++;
        if (result.status === 'failed') failed++;
        options.onProgress?.(done, jobs.length, failed);
        feed();
      };
      const attach = () => {
        worker.on('message', finish);
        worker.on('error', (e) => {
          const job = jobs[current]!;
          worker = new Worker(script);
          attach();
          finish({ line: job.line, name: job.name, status: 'failed', message: `the worker stopped: ${e.message}` });
        });
      };
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        const input: TaskInput = { job: jobs[current]!, baseDir: options.baseDir, outDir: options.outDir, format: options.format, offline: options.offline };
        worker.postMessage(input);
      };
      attach();
      feed();
    });
  await Promise.all(Array.from({ length: size }, lane));
  return results;
}
