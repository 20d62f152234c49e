// How heavy a job is, read from its input alone: the pool keeps heavy jobs to a lane of their own,
// and a worker runs them below the main thread's priority (worker.ts). No piscina here: the
// worker threads import it.
import type { Job } from './jobs.js';

/** A job with more input than this (in UTF-16 units or bytes) is heavy: it runs in the heavy lane. */
export const HEAVY_INPUT = 256 * 1024;

/** How much input a job carries: the texts it compares, or the body it reads. */
export function inputSize(job: Job): number {
  switch (job.kind) {
    case 'submit':
    case 'api':
    case 'compile-submit':
      return job.body.byteLength;
    case 'compile-page':
    case 'compile-download':
      return job.compilation.length;
    case 'read-fetched':
      return job.file.body.byteLength;
    case 'history':
      return job.documents.reduce((n, d) => n + d.text.length, 0);
    default: {
      const pair = job.pair;
      return pair.kind === 'documents' ? pair.old.text.length + pair.new.text.length : pair.pair.oldText.length + pair.pair.newText.length;
    }
  }
}
