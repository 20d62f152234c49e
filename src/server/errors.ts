// Errors at the web's edge: typed errors to HTTP statuses and headings, and errors carried across
// the worker boundary as plain data (a structured clone keeps neither an error's class nor its code).
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { FetchError, InputError, ParseError, ResdiffError, type ErrorCode, type Side } from '../model/errors.js';

/**
 * A job that ran out of its budget (time or memory), or could not start because the server was
 * busy: the request is refused with a status saying which (422, 413, 503).
 */
export class JobLimitError extends HTTPException {
  constructor(
    readonly limit: 'time' | 'memory' | 'busy',
    status: 413 | 422 | 503,
    message: string,
  ) {
    super(status, { message });
  }
}

/** The share-link database cannot take a submission now (deleted, full, read-only). */
export class StoreError extends HTTPException {
  constructor(
    readonly reason: 'gone' | 'full' | 'unwritable',
    status: 503 | 507,
    message: string,
  ) {
    super(status, { message });
  }
}

/** Maps typed errors to HTTP statuses. */
export function statusOf(error: unknown): ContentfulStatusCode {
  if (error instanceof HTTPException) return error.status as ContentfulStatusCode;
  // The UN's server failed us: not the user's fault (502, 503 offline, 504 timeout), or it has no such document (404).
  if (error instanceof FetchError) return error.code === 'NOT_FOUND' ? 404 : error.code === 'OFFLINE' ? 503 : error.code === 'TIMEOUT' ? 504 : 502;
  if (error instanceof ResdiffError) {
    switch (error.code) {
      case 'NOT_FOUND':
        return 404;
      case 'TOO_LARGE':
        return 413;
      case 'BINARY':
      case 'ENCODING':
      case 'BAD_FILE':
      case 'ENCRYPTED':
        return 415;
      case 'NO_TEXT':
        return 422;
      case 'NOT_A_RESOLUTION':
        return 422;
      case 'EMPTY':
      case 'AMBIGUOUS':
      case 'USAGE':
        return 400;
      case 'IO':
        return 500;
      default:
        return 400;
    }
  }
  return 500;
}

/** Whether an error is one of ours, with a message meant for the person who sent the request. */
export const isKnown = (error: unknown): error is ResdiffError | HTTPException => error instanceof ResdiffError || error instanceof HTTPException;

/** The heading of an error shown in the paste form. */
export function problemTitle(error: unknown, status: number): string {
  if (error instanceof JobLimitError) return error.limit === 'time' ? 'Took too long' : error.limit === 'memory' ? 'Too large' : 'Server busy';
  if (error instanceof StoreError) return error.reason === 'full' ? 'Disk full' : 'Cannot store the comparison';
  // The UN's server failed us (502, 503, 504): said as its failure, not as a fault of what was typed.
  if (error instanceof FetchError && error.code !== 'NOT_FOUND') {
    return error.code === 'TIMEOUT' ? "The UN's server did not answer in time" : error.code === 'OFFLINE' ? "The UN's server cannot be reached" : "The UN's server sent no usable document";
  }
  switch (error instanceof ResdiffError ? error.code : undefined) {
    case 'ENCRYPTED':
      return 'Password-protected file';
    case 'BAD_FILE':
      return 'Unreadable file';
    case 'ENCODING':
      return 'Unknown text encoding';
    case 'NO_TEXT':
      return 'No text in the PDF';
    case 'EMPTY':
      return 'Nothing to compare';
    case 'NOT_FOUND':
      return error instanceof ResdiffError && error.side ? `The ${error.side} text was not found` : 'Not found';
  }
  return status === 413 ? 'Too large' : status === 422 ? 'Not a resolution' : status === 415 ? 'Not a text file' : 'Missing or invalid input';
}

/** An error as plain data, to cross from a worker thread to the main thread. */
export type JobFailure =
  | { kind: 'parse' | 'input' | 'resdiff'; code: ErrorCode; message: string; side?: Side }
  | { kind: 'fetch'; code: ErrorCode; message: string; url: string; side?: Side }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'bug'; message: string; stack?: string };

/** An error thrown in a job, as data. */
export function failureOf(error: unknown): JobFailure {
  if (error instanceof HTTPException) return { kind: 'http', status: error.status, message: error.message };
  if (error instanceof ResdiffError) {
    const side = error.side ? { side: error.side } : {};
    if (error instanceof FetchError) return { kind: 'fetch', code: error.code, message: error.message, url: error.url, ...side };
    const kind = error instanceof ParseError ? 'parse' : error instanceof InputError ? 'input' : 'resdiff';
    return { kind, code: error.code, message: error.message, ...side };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind: 'bug', message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}

/** The typed error again, on the main thread. */
export function errorOf(failure: JobFailure): Error {
  switch (failure.kind) {
    case 'http':
      return new HTTPException(failure.status as ContentfulStatusCode, { message: failure.message });
    case 'fetch': {
      const e = new FetchError(failure.code, failure.message, failure.url);
      return failure.side ? e.about(failure.side) : e;
    }
    case 'parse':
    case 'input':
    case 'resdiff': {
      const e = failure.kind === 'parse' ? new ParseError(failure.code, failure.message) : failure.kind === 'input' ? new InputError(failure.code, failure.message) : new ResdiffError(failure.code, failure.message);
      return failure.side ? e.about(failure.side) : e;
    }
    case 'bug': {
      const e = new Error(`in a worker: ${failure.message}`);
      if (failure.stack) e.stack = failure.stack;
      return e;
    }
  }
}

const FILE_PATH = /(^|[\s('"`=])\/(?:home|root|tmp|var|usr|etc|opt|srv|mnt|media|proc|sys|dev|run|data|work|Users|private|Volumes|nix|snap|boot|lib|app)\/[^\s'"),;:]*/g;

/**
 * A message with the server's own paths taken out: the web never shows where the server keeps
 * its files. Each path given (the fetch cache, the database, the package, the temporary folder)
 * is named by what it is; any other path under a file-system root is "a path on the server".
 *
 * @example redactPaths('not in the cache (/srv/cache), and offline', [{ path: '/srv/cache', name: "the server's fetch cache" }])
 */
export function redactPaths(message: string, known: readonly { path: string; name: string }[]): string {
  let out = message;
  for (const { path, name } of [...known].filter((k) => k.path.length > 1).sort((a, b) => b.path.length - a.path.length)) {
    out = out.replace(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s'"),;:]*`, 'g'), name);
  }
  // Any other absolute path under a file-system root (not a URL path such as /api/diff), after a space, a bracket or a quote.
  return out.replace(FILE_PATH, (_, before: string) => `${before}a path on the server`);
}

/** What a failed save of a submission means for the person who submitted it; undefined for a bug. */
export function storeFailure(error: unknown): StoreError | undefined {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const kept = 'Nothing was lost: your texts are still in the form.';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new StoreError('full', 507, `The server's disk is full, so this comparison could not be stored (its share link needs it stored). ${kept} Try again later, or compare the texts with 'resdiff diff OLD NEW' on your own machine.`);
  }
  if (/^SQLITE_(READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB)/.test(code) || code === 'EROFS' || code === 'EACCES') {
    return new StoreError('unwritable', 503, `The server cannot write to its share-link database just now, so this comparison could not be stored. ${kept} Try again later.`);
  }
  return undefined;
}

/**
 * An error from looking up a text a form names by symbol, said as being about that text (`what`,
 * e.g. "The old text, A/RES/55/109 (zh)"): "… could not be found: …", or, when the UN's server
 * failed (no answer in time, unreachable, no usable document), "… could not be fetched: …" and
 * what to do now. `instead` says what to give instead; `side` marks the error as the old or new text's.
 */
export function aboutNamedText(error: unknown, what: string, offline: boolean, instead: string, side?: Side): unknown {
  if (!(error instanceof ResdiffError)) return error;
  const mark = <E extends ResdiffError>(e: E): E => (side ? e.about(side) : e);
  if (error instanceof FetchError) {
    if (error.code === 'NOT_FOUND') return mark(new FetchError(error.code, `${what}, could not be found: ${error.message}`, error.url));
    const stop = /[.!?]$/.test(error.message) ? '' : '.';
    return mark(new FetchError(error.code, `${what}, could not be fetched: ${error.message}${stop} Nothing was compared: try again in a minute, or ${instead} instead.`, error.url));
  }
  const message =
    error.code === 'NOT_FOUND' && offline
      ? `${what}, could not be found: it is not in the corpus or in this server's cache, and this server does not fetch documents from the UN. Check the symbol and the language, or ${instead} instead.`
      : `${what}, could not be found: ${error.message}`;
  return mark(new InputError(error.code, message));
}
