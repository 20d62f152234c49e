// A polite HTTP GET: one request at a time, a clear User-Agent, timeouts, a size cap, few retries.
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { packageVersion } from '../util/version.js';

export const USER_AGENT = `resdiff/${packageVersion()} (compares versions of UN resolutions; one request at a time)`;

export interface GetOptions {
  /** Give up on a response after this long (connecting, waiting and reading). */
  timeoutMs: number;
  /** Refuse bodies larger than this. */
  maxBytes: number;
  /** Retries after a network error, a timeout, 429 or 5xx (never after 404). */
  retries: number;
  /** Wait before retry k (1-based): backoffMs * 3^(k-1). */
  backoffMs: number;
  /** For tests: a DNS lookup to use instead of the system's. */
  lookup?: LookupFunction;
}

export const DEFAULT_GET_OPTIONS: GetOptions = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, retries: 2, backoffMs: 1000 };

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
    readonly kind: 'offline' | 'timeout' | 'too-large' | 'network',
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

// One request at a time, process-wide: each request waits for the one before it.
let queue: Promise<unknown> = Promise.resolve();

function once(url: string, options: GetOptions, redirects: number): Promise<GetResult> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const request = client.get(
      target,
      { headers: { 'User-Agent': USER_AGENT, Accept: '*/*' }, lookup: options.lookup, timeout: options.timeoutMs },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location && redirects < 5) {
          response.resume();
          once(new URL(location, target).toString(), options, redirects + 1).then(resolve, reject);
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > options.maxBytes) {
          reject(new GetFailure('too-large', `the answer is ${(declared / 1048576).toFixed(1)} MB, over the ${options.maxBytes / 1048576} MB limit`));
          response.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            // Reject first: destroying the response makes it report an abort as well.
            reject(new GetFailure('too-large', `the answer is over the ${options.maxBytes / 1048576} MB limit`));
            response.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => {
          if (!response.complete) {
            reject(new GetFailure('network', 'the connection closed before the whole answer arrived'));
            return;
          }
          resolve({ status, contentType: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks), url });
        });
        response.on('aborted', () => reject(new GetFailure('network', 'the connection closed before the whole answer arrived')));
        response.on('error', (e) => reject(new GetFailure('network', e.message)));
      },
    );
    const deadline = setTimeout(() => request.destroy(new GetFailure('timeout', `no complete answer within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', () => request.destroy(new GetFailure('timeout', `no answer within ${options.timeoutMs / 1000} s`)));
    request.on('error', (e: NodeJS.ErrnoException) => {
      if (e instanceof GetFailure) reject(e);
      else if (['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH'].includes(e.code ?? '')) {
        reject(new GetFailure('offline', `the server cannot be reached (${e.code})`, e.code));
      } else reject(new GetFailure('network', e.message, e.code));
    });
  });
}

const retryable = (e: unknown) => e instanceof GetFailure && (e.kind === 'timeout' || e.kind === 'network' || (e.kind === 'offline' && e.code !== 'ENOTFOUND'));

/** GETs `url`, waiting its turn, retrying transient failures with backoff. */
export function politeGet(url: string, options: GetOptions = DEFAULT_GET_OPTIONS): Promise<GetResult> {
  const run = async (): Promise<GetResult> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await once(url, options, 0);
        if ((result.status === 429 || result.status >= 500) && attempt < options.retries) {
          await new Promise((r) => setTimeout(r, options.backoffMs * 3 ** attempt));
          continue;
        }
        return result;
      } catch (e) {
        if (!retryable(e) || attempt >= options.retries) throw e;
        await new Promise((r) => setTimeout(r, options.backoffMs * 3 ** attempt));
      }
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
