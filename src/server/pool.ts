// The worker pool (piscina) that runs every heavy job of the server, each within a budget of time
// and memory: a job over budget is ended (its thread terminated, a new one started) and answered
// 422 (time) or 413 (memory); the main thread only routes, validates, reads caches and answers.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { packageRoot } from '../util/packageRoot.js';
import type { JobRunner } from './comparisons.js';
import { errorOf, JobLimitError } from './errors.js';
import { DEFAULT_JOB_CACHES, type JobCacheBudgets } from './caches.js';
import type { Job, JobAnswer, JobNote, JobNoteOf, JobResult } from './jobs.js';
import { HEAVY_INPUT, inputSize } from './weight.js';

export { HEAVY_INPUT, inputSize } from './weight.js';

/** What the pool sends a worker. */
export interface PoolTask {
  id: number;
  job: Job;
}

/** The budgets of the pool: per job, and the pool's size. */
export interface JobBudgets {
  /** Wall time of one job once it runs (RESDIFF_JOB_TIMEOUT_MS). */
  timeoutMs: number;
  /** The longest a job waits for a thread (a worker starting up, or busy with others). */
  waitMs: number;
  /** Heap of one worker thread, old generation (RESDIFF_JOB_MEMORY_MB). */
  memoryMb: number;
  /** Young generation of one worker thread. */
  youngMb: number;
  /** Worker threads. */
  workers: number;
  /** Jobs waiting for a thread at most; more are refused at once (503). */
  maxQueue: number;
  /** Each worker's own caches (inside its heap). */
  caches: JobCacheBudgets;
}

const positive = (value: string | undefined, fallback: number) => (value !== undefined && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback);

/**
 * The defaults for a small machine (two cores): 20 s and 512 MB a job; three threads on two cores
 * or more (one for a heavy job, two for the small ones: see heavySlots), one on one core;
 * RESDIFF_JOB_TIMEOUT_MS, RESDIFF_JOB_MEMORY_MB and RESDIFF_JOB_WORKERS override.
 */
export function jobBudgets(env: Record<string, string | undefined> = process.env): JobBudgets {
  const workers = Math.floor(positive(env.RESDIFF_JOB_WORKERS, availableParallelism() >= 2 ? 3 : 1));
  const timeoutMs = positive(env.RESDIFF_JOB_TIMEOUT_MS, 20_000);
  return {
    timeoutMs,
    waitMs: Math.max(timeoutMs, 5_000),
    memoryMb: positive(env.RESDIFF_JOB_MEMORY_MB, 512),
    youngMb: 32,
    workers,
    maxQueue: 16 * workers,
    caches: DEFAULT_JOB_CACHES,
  };
}

/** The compiled worker: the server runs from the build (`npm run build`; tests run after it). */
export const WORKER_SCRIPT = join(packageRoot(), 'dist', 'src', 'server', 'worker.js');

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export class JobPool implements JobRunner {
  /** Made by start(): the threads load the whole pipeline, work best left until the server listens. */
  private piscina: Piscina<PoolTask, JobAnswer> | undefined;
  /** Jobs handed to the pool that have not started yet: each starts its clock when its worker says so. */
  private readonly waiting = new Map<number, () => void>();
  /** Who hears what each running job says. */
  private readonly listeners = new Map<number, (note: JobNote) => void>();
  private nextId = 1;
  /**
   * The heavy lane: heavy jobs run at most workers - 2 at a time with three or more threads,
   * workers - 1 with two (at least one), so that threads are always left for the small jobs (a
   * share link, a corpus page) that would otherwise wait seconds behind two large texts. Two are
   * left when there are three: a heavy job runs below the main thread's priority (worker.ts), so
   * the small jobs then have both cores of a two-core machine, not one. Uncached share links at
   * 10 connections under a heavy job (`node dist/bench/server.js --uncached`, 2 cores shared with
   * other work, four interleaved pairs), p99 with three threads against two: 436/566, 444/978,
   * 1428/1460 and 990/1818 ms; but p50 was higher with three in the last two pairs (326/149 and
   * 276/133 ms, other processes then taking about 1.5 of the 2 cores). RESDIFF_JOB_WORKERS=2
   * keeps one thread for small jobs.
   */
  private heavyRunning = 0;
  private readonly heavyWaiting: (() => void)[] = [];
  /** Jobs ended by a budget since the start, by limit. */
  readonly ended = { time: 0, memory: 0, busy: 0 };

  constructor(
    readonly budgets: JobBudgets = jobBudgets(),
    private readonly script: string = WORKER_SCRIPT,
  ) {}

  /**
   * Starts the worker threads (the first job starts them too). Each loads the pipeline and the
   * views, a few hundred milliseconds of CPU: `npm start` calls this once it listens, so that
   * /healthz answers at once and the threads are warm for the first comparison.
   */
  start(): void {
    if (this.piscina) return;
    const budgets = this.budgets;
    this.piscina = new Piscina<PoolTask, JobAnswer>({
      filename: this.script,
      minThreads: budgets.workers,
      maxThreads: budgets.workers,
      idleTimeout: 60_000,
      // Plain messages between tasks: a worker may hold a PDF reader thread of its own.
      atomics: 'disabled',
      resourceLimits: { maxOldGenerationSizeMb: budgets.memoryMb, maxYoungGenerationSizeMb: budgets.youngMb },
      workerData: { caches: budgets.caches },
    });
    this.piscina.on('message', (message: unknown) => {
      const m = message as { started?: unknown; note?: unknown; value?: JobNote } | null;
      if (typeof m?.started === 'number') this.waiting.get(m.started)?.();
      else if (typeof m?.note === 'number' && m.value) this.listeners.get(m.note)?.(m.value);
    });
    // A worker that dies between jobs (nothing to answer) is replaced by piscina; say nothing.
    this.piscina.on('error', () => {});
  }

  private get pool(): Piscina<PoolTask, JobAnswer> {
    this.start();
    return this.piscina!;
  }

  /**
   * Runs a job in a worker within the budgets.
   *
   * @throws JobLimitError 422 (time), 413 (memory) or 503 (busy); the job's own errors, typed.
   */
  async run<J extends Job>(job: J, onNote?: (note: JobNoteOf<NoInfer<J>>) => void): Promise<JobResult<J>> {
    const { timeoutMs, waitMs, memoryMb } = this.budgets;
    const waiting = this.pool.queueSize + this.heavyWaiting.length;
    if (waiting >= this.budgets.maxQueue) throw this.busy(`${waiting} are waiting already`);
    const id = this.nextId++;
    if (onNote) this.listeners.set(id, onNote as (note: JobNote) => void);
    const controller = new AbortController();
    let limit: 'time' | 'busy' | undefined;
    let clock: NodeJS.Timeout | undefined;
    // Waiting for a thread is bounded too: a job not started in time is dropped.
    const queued = setTimeout(() => {
      limit = 'busy';
      controller.abort();
    }, waitMs);
    this.waiting.set(id, () => {
      clearTimeout(queued);
      this.waiting.delete(id);
      clock = setTimeout(() => {
        limit = 'time';
        controller.abort();
      }, timeoutMs);
    });
    let answer: JobAnswer;
    const heavy = inputSize(job) > HEAVY_INPUT;
    let holdsLane = false;
    try {
      if (heavy) {
        await this.enterHeavyLane(controller.signal);
        holdsLane = true;
      }
      // The API's body is moved to the worker, not copied: the route has no more use for it, and
      // copying megabytes held the main thread (a paste form's body is kept: it may be read again).
      const transferList = job.kind === 'api' ? [job.body] : undefined;
      answer = await this.pool.run({ id, job }, { signal: controller.signal, ...(transferList ? { transferList } : {}) });
    } catch (error) {
      if (limit === 'time') {
        this.ended.time++;
        throw new JobLimitError(
          'time',
          422,
          `This took longer than the ${seconds(timeoutMs)} the server gives one comparison (RESDIFF_JOB_TIMEOUT_MS), so it was stopped. Compare shorter texts (a part of each), or run 'resdiff diff OLD NEW' on your own machine, which has no time limit.`,
        );
      }
      if (limit === 'busy') throw this.busy(`this one could not start within ${seconds(waitMs)}`);
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.ended.memory++;
        throw new JobLimitError(
          'memory',
          413,
          `This needed more than the ${memoryMb} MB of memory the server gives one comparison (RESDIFF_JOB_MEMORY_MB), so it was stopped. Compare shorter texts, or a plain-text or PDF copy of a Word file, or run 'resdiff diff OLD NEW' on your own machine.`,
        );
      }
      throw error;
    } finally {
      if (holdsLane) this.leaveHeavyLane();
      clearTimeout(queued);
      clearTimeout(clock);
      this.waiting.delete(id);
      this.listeners.delete(id);
    }
    if (!answer.ok) throw errorOf(answer.error);
    return answer.result as JobResult<J>;
  }

  private get heavySlots(): number {
    const { workers } = this.budgets;
    return Math.max(1, workers - (workers >= 3 ? 2 : 1));
  }

  /** Waits for a place in the heavy lane; the job's wait budget (the signal) still applies. */
  private enterHeavyLane(signal: AbortSignal): Promise<void> {
    if (this.heavyRunning < this.heavySlots) {
      this.heavyRunning++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', abort);
        this.heavyRunning++;
        resolve();
      };
      const abort = () => {
        const k = this.heavyWaiting.indexOf(go);
        if (k >= 0) this.heavyWaiting.splice(k, 1);
        reject(signal.reason ?? new Error('aborted'));
      };
      if (signal.aborted) return abort();
      signal.addEventListener('abort', abort, { once: true });
      this.heavyWaiting.push(go);
    });
  }

  private leaveHeavyLane(): void {
    this.heavyRunning--;
    this.heavyWaiting.shift()?.();
  }

  private busy(why: string): JobLimitError {
    this.ended.busy++;
    return new JobLimitError('busy', 503, `The server is busy with other comparisons (${why}). Nothing was compared or stored: try again in a minute.`);
  }

  /** What the pool is doing now. */
  stats(): { workers: number; queued: number; completed: number; ended: { time: number; memory: number; busy: number } } {
    const pool = this.piscina;
    return { workers: pool?.threads.length ?? 0, queued: pool?.queueSize ?? 0, completed: pool?.completed ?? 0, ended: { ...this.ended } };
  }

  /** Stops every worker (jobs under way are ended). */
  close(): Promise<void> {
    return this.piscina?.destroy() ?? Promise.resolve();
  }
}
