// The defaults of fetching and caching, apart from the code that fetches: reading them costs
// nothing, so a command that never goes to the network (a diff of two corpus texts) does not
// load the HTTP client, the cache or zod to learn them.
import { join } from 'node:path';
import type { LookupFunction } from 'node:net';
import { packageRoot } from '../util/packageRoot.js';

/** The cache folder: RESDIFF_CACHE, else corpus/fetched/ in the project. */
export function defaultCacheDir(): string {
  return process.env.RESDIFF_CACHE ?? join(packageRoot(), 'corpus', 'fetched');
}

/** ODS; RESDIFF_ODS_URL points elsewhere (the tests' local stand-in). */
export function odsBaseUrl(): string {
  return process.env.RESDIFF_ODS_URL ?? 'https://documents.un.org';
}

export interface GetOptions {
  /**
   * The deadline of the whole GET: a complete answer within this long after it starts (connecting,
   * waiting and reading, retries and the waits between them included), or a timeout.
   */
  timeoutMs: number;
  /** Give up on one attempt when nothing arrives for this long (default: timeoutMs / (retries + 1)). */
  idleTimeoutMs?: number;
  /** Refuse bodies larger than this. */
  maxBytes: number;
  /** Retries after a network error, an idle timeout, 429 or 5xx (never after 404), while the deadline allows. */
  retries: number;
  /** Wait before retry k (1-based): backoffMs * 3^(k-1). */
  backoffMs: number;
  /** For tests: a DNS lookup to use instead of the system's. */
  lookup?: LookupFunction;
}

export const DEFAULT_GET_OPTIONS: GetOptions = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, retries: 2, backoffMs: 1000 };
