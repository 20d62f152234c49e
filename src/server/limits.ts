// The server's budgets in numbers, and the memory ceiling they add up to: stated once here, shown
// by /healthz (`limits`) so that the README and an operator can quote them.
import { TEXT_LIMITS, type TextLimits } from '../ingest/limits.js';
import { pdfBudget } from '../ingest/pdfSandbox.js';
import type { CacheBudgets } from './caches.js';
import { MAX_PROPOSALS } from './compileJobs.js';
import type { JobBudgets } from './pool.js';
import { MAX_TEXT_BYTES } from './schemas.js';

/** The main thread without its caches: V8, Hono, the corpus index, SQLite (the whole process idle, its two workers included, measured at 115 MB RSS; rounded up for what V8 keeps once busy). */
export const MAIN_BASE_MB = 160;
/** What a worker thread costs beyond its heap: its isolate, compiled code and stacks. */
export const WORKER_OVERHEAD_MB = 64;
/** One request body at most (two texts and the form). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ServerLimits {
  job: { timeoutMs: number; waitMs: number; memoryMb: number; workers: number; maxQueue: number };
  /** A request's body; a text's bytes; what an uploaded Word or PDF file may convert to (checked while it is converted); proposals in one compilation. */
  request: { bodyBytes: number; textBytes: number; converted: TextLimits; proposals: number };
  /** Cache budgets, in MB: the main thread's, and each worker's (inside its heap). */
  cachesMb: { documents: number; rendered: number; workerComparisons: number; workerParsed: number };
  /** The memory ceiling, in MB: main thread + workers + PDF readers. */
  memoryMb: { main: number; perWorker: number; workers: number; pdfReaders: number; ceiling: number };
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * The ceiling: the main thread (its base and its caches) + each worker (old and young generation
 * and its overhead; its own caches live inside its heap) + each worker's PDF reader thread,
 * stopped when the process has grown by RESDIFF_PDF_MEMORY_MB while it reads.
 */
export function serverLimits(jobs: JobBudgets, caches: CacheBudgets, pdfMemoryBytes = pdfBudget().memoryBytes): ServerLimits {
  const main = MAIN_BASE_MB + mb(caches.documentBytes) + mb(caches.renderedBytes);
  const perWorker = jobs.memoryMb + jobs.youngMb + WORKER_OVERHEAD_MB;
  const workers = jobs.workers * perWorker;
  const pdfReaders = jobs.workers * mb(pdfMemoryBytes);
  return {
    job: { timeoutMs: jobs.timeoutMs, waitMs: jobs.waitMs, memoryMb: jobs.memoryMb, workers: jobs.workers, maxQueue: jobs.maxQueue },
    request: { bodyBytes: MAX_BODY_BYTES, textBytes: MAX_TEXT_BYTES, converted: TEXT_LIMITS, proposals: MAX_PROPOSALS },
    cachesMb: { documents: mb(caches.documentBytes), rendered: mb(caches.renderedBytes), workerComparisons: mb(jobs.caches.comparisonBytes), workerParsed: mb(jobs.caches.parsedBytes) },
    memoryMb: { main, perWorker, workers, pdfReaders, ceiling: main + workers + pdfReaders },
  };
}
