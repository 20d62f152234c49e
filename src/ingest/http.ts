// A polite HTTP GET: at most MAX_IN_FLIGHT requests at once in the whole process (the rest wait
// their turn, first come first served), a clear User-Agent, a size cap, and few retries with
// backoff (never after 404). Two clocks bound each GET: an idle timeout (nothing arrived for a
// while: connecting, waiting for the answer or between two pieces of the body; retried) and a
// deadline for the whole GET, retries and backoff included, which ends a body dripped slowly.
// Redirects are followed only within the origin asked (same protocol, host and port).
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { packageVersion } from '../util/version.js';

/** The most requests in flight at once, process-wide. */
export const MAX_IN_FLIGHT = 4;

export const USER_AGENT = `resdiff/${packageVersion()} (compares versions of UN resolutions; at most ${MAX_IN_FLIGHT} requests at a time)`;

export { DEFAULT_GET_OPTIONS, type GetOptions } from './defaults.js';
import { DEFAULT_GET_OPTIONS, type GetOptions } from './defaults.js';

export interface GetResult {
  status: number;
  contentType: string;
  body: Uint8Array;
  /** The address that answered, after redirects. */
  url: string;
}

/** Why a request failed before a complete response arrived. */
export class GetFailure extends Error {
  constructor(
    readonly kind: 'offline' | 'timeout' | 'too-large' | 'network' | 'redirect',
    message: string,
    readonly code?: string,
    /** For a refused redirect: where it pointed. */
    readonly address?: string,
  ) {
    super(message);
  }
}

// The process-wide limit: a count of requests in flight and the queue of those waiting, in order.
// A finished request hands its place straight to the first in the queue.
let active = 0;
const waiting: (() => void)[] = [];

function acquire(): Promise<void> {
  if (active < MAX_IN_FLIGHT) {
    active++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else active--;
}

/** How many GETs are in flight and how many wait for a place (for tests and diagnostics). */
export function getLoad(): { active: number; waiting: number } {
  return { active, waiting: waiting.length };
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

interface Attempt {
  idleMs: number;
  /** Date.now() by which the whole GET must be done. */
  deadlineAt: number;
  /** The whole GET's allowance, for the message. */
  timeoutMs: number;
  maxBytes: number;
  lookup?: LookupFunction;
  /** The only origin redirects may lead to. */
  origin: string;
}

function once(url: string, options: Attempt, redirects: number): Promise<GetResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let deadline: NodeJS.Timeout | undefined;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      f();
    };
    const fail = (e: GetFailure) => finish(() => reject(e));

    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const request = client.get(
      target,
      { headers: { 'User-Agent': USER_AGENT, Accept: '*/*' }, lookup: options.lookup, timeout: options.idleMs },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location && redirects < 5) {
          response.resume();
          let next: URL;
          try {
            next = new URL(location, target);
          } catch {
            return fail(new GetFailure('redirect', `redirected to an address that cannot be read (${location.slice(0, 200)})`, undefined, location.slice(0, 200)));
          }
          if (next.origin !== options.origin) {
            return fail(new GetFailure('redirect', `redirected to ${next.toString()}, outside ${options.origin}: resdiff follows redirects only within ODS`, undefined, next.toString()));
          }
          // The next hop runs under the same deadline; this one is done.
          finish(() => once(next.toString(), options, redirects + 1).then(resolve, reject));
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > options.maxBytes) {
          fail(new GetFailure('too-large', `the answer is ${(declared / 1048576).toFixed(1)} MB, over the ${options.maxBytes / 1048576} MB limit`));
          response.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            // Reject first: destroying the response makes it report an abort as well.
            fail(new GetFailure('too-large', `the answer is over the ${options.maxBytes / 1048576} MB limit`));
            response.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => {
          if (!response.complete) return fail(new GetFailure('network', 'the connection closed before the whole answer arrived'));
          finish(() => resolve({ status, contentType: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks), url }));
        });
        response.on('aborted', () => fail(new GetFailure('network', 'the connection closed before the whole answer arrived')));
        response.on('error', (e) => fail(new GetFailure('network', e.message)));
      },
    );
    // The deadline: whatever this attempt is doing (connecting, waiting, reading a slow drip), it ends here.
    deadline = setTimeout(
      () => {
        fail(new GetFailure('timeout', `no complete answer within ${seconds(options.timeoutMs)}`));
        request.destroy();
      },
      Math.max(0, options.deadlineAt - Date.now()),
    );
    // The idle timeout: nothing arrived for idleMs.
    request.on('timeout', () => {
      fail(new GetFailure('timeout', `no answer for ${seconds(options.idleMs)}`));
      request.destroy();
    });
    request.on('error', (e: NodeJS.ErrnoException) => {
      if (e instanceof GetFailure) fail(e);
      else if (['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH'].includes(e.code ?? '')) {
        fail(new GetFailure('offline', `the server cannot be reached (${e.code})`, e.code));
      } else fail(new GetFailure('network', e.message, e.code));
    });
  });
}

const retryable = (e: unknown) => e instanceof GetFailure && (e.kind === 'timeout' || e.kind === 'network' || (e.kind === 'offline' && e.code !== 'ENOTFOUND'));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * GETs `url` once a place among the MAX_IN_FLIGHT is free, retrying transient failures with
 * backoff while the deadline (options.timeoutMs, counted from when the place is given) allows.
 * The place is held through the backoff waits, so a struggling server never sees more than
 * MAX_IN_FLIGHT requests from this process.
 */
export async function politeGet(url: string, options: GetOptions = DEFAULT_GET_OPTIONS): Promise<GetResult> {
  await acquire();
  try {
    const idleMs = Math.max(1, options.idleTimeoutMs ?? Math.floor(options.timeoutMs / (options.retries + 1)));
    const attempt: Attempt = {
      idleMs,
      deadlineAt: Date.now() + options.timeoutMs,
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      lookup: options.lookup,
      origin: new URL(url).origin,
    };
    // A retry is worth making only with time left for it: the wait, then at least half an idle timeout.
    const timeFor = (wait: number) => Date.now() + wait + idleMs / 2 < attempt.deadlineAt;
    for (let k = 0; ; k++) {
      const wait = options.backoffMs * 3 ** k;
      try {
        const result = await once(url, attempt, 0);
        if ((result.status === 429 || result.status >= 500) && k < options.retries && timeFor(wait)) {
          await sleep(wait);
          continue;
        }
        return result;
      } catch (e) {
        if (!retryable(e) || k >= options.retries || !timeFor(wait)) throw e;
        await sleep(wait);
      }
    }
  } finally {
    release();
  }
}
