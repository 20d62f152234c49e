// Fetching a document by symbol from the UN's Official Document System (ODS): Word first, then PDF.
// One fetch in flight per symbol and language, shared by everyone who asks at the same time; a
// symbol ODS does not have (404, or an HTML page where a document should be) is remembered for
// a few minutes (negativeTtlMs, RESDIFF_FETCH_NEGATIVE_TTL_MS) and reported with the same error.
// A document must be the symbol and the language asked for, or nothing is stored. Reading what
// arrived (Word or PDF to text, the checks) is `readFetched`, which a caller may run elsewhere
// (`read`: the server runs it in its worker pool, within a job's time and memory budgets).
import { resolve } from 'node:path';
import { rulesFor } from '../lang/index.js';
import { FetchError, InputError, ParseError } from '../model/errors.js';
import type { Language, Resolution } from '../model/resolution.js';
import { detectLanguage, parseResolution } from '../parse/parseResolution.js';
import { readCached, storeFetched, type Provenance } from './cache.js';
import { GetFailure, politeGet, type GetOptions } from './http.js';
import { sniffFormat } from './sniff.js';

export { odsBaseUrl } from './defaults.js';

export function odsUrl(base: string, symbol: string, language: Language, format: 'docx' | 'pdf'): string {
  return `${base.replace(/\/$/, '')}/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${language}&t=${format}`;
}

/** A file as ODS sent it, before it is read. */
export interface FetchedFile {
  body: Uint8Array;
  format: 'docx' | 'pdf';
  symbol: string;
  language: Language;
  /** Where it came from, for messages. */
  url: string;
}

/** Reads a fetched file to its text, checked (`readFetched`, or the same run somewhere else). */
export type FetchedReader = (file: FetchedFile) => Promise<{ text: string }>;

export interface FetchOptions {
  baseUrl: string;
  cacheDir: string;
  get: GetOptions;
  /** Reads what arrived; default `readFetched` on this thread. */
  read?: FetchedReader;
  /**
   * How long a symbol ODS does not have (404, or not a document) is remembered and not asked
   * again; 0 remembers nothing. Default: RESDIFF_FETCH_NEGATIVE_TTL_MS, else 5 minutes.
   */
  negativeTtlMs?: number;
}

export const DEFAULT_NEGATIVE_TTL_MS = 5 * 60_000;
/** At most this many missing symbols are remembered (the oldest are forgotten first). */
const MAX_REMEMBERED_FAILURES = 1000;

function negativeTtl(options: FetchOptions): number {
  if (options.negativeTtlMs !== undefined) return Math.max(0, options.negativeTtlMs);
  const env = process.env.RESDIFF_FETCH_NEGATIVE_TTL_MS;
  const fromEnv = env === undefined || env.trim() === '' ? NaN : Number(env);
  return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_NEGATIVE_TTL_MS;
}

function byHand(symbol: string, language: Language, url: string): string {
  return `Download it in a browser from ${url} (or find ${symbol} at https://digitallibrary.un.org) and give the file instead, e.g. resdiff diff ${symbol.replaceAll('/', '-')}.${language}.docx NEW`;
}

function failure(e: unknown, symbol: string, language: Language, url: string): FetchError {
  const hand = byHand(symbol, language, url);
  if (e instanceof GetFailure) {
    switch (e.kind) {
      case 'offline':
        return new FetchError('OFFLINE', `cannot fetch ${symbol} (${language}): ${url} cannot be reached (${e.code}): the machine is offline or the name does not resolve. ${hand}`, url);
      case 'timeout':
        return new FetchError('TIMEOUT', `cannot fetch ${symbol} (${language}): ${url} gave ${e.message}. ${hand}`, url);
      case 'too-large':
        return new FetchError('TOO_LARGE', `cannot fetch ${symbol} (${language}): from ${url} ${e.message}. ${hand}`, url);
      case 'network':
        return new FetchError('HTTP', `cannot fetch ${symbol} (${language}): ${url}: ${e.message}. ${hand}`, url);
      case 'redirect':
        return new FetchError('HTTP', `cannot fetch ${symbol} (${language}): ${url} ${e.message}. ${hand}`, url);
    }
  }
  return new FetchError('HTTP', `cannot fetch ${symbol} (${language}) from ${url}: ${(e as Error).message}. ${hand}`, url);
}

/** What the fetch found: the text, the parsed resolution and where it came from. */
export interface Fetched {
  text: string;
  /** Parsed when first asked for (the server never asks: its workers parse). */
  readonly resolution: Resolution;
  provenance: Provenance;
  /** False when the cache already held it. */
  downloaded: boolean;
}

function fetchedText(text: string, symbol: string, provenance: Provenance, downloaded: boolean): Fetched {
  let resolution: Resolution | undefined;
  return {
    text,
    provenance,
    downloaded,
    get resolution() {
      return (resolution ??= parseResolution(text, { symbol }));
    },
  };
}

// Fetches in flight, by base URL, cache folder, symbol and language: who asks for one joins it.
const inFlight = new Map<string, Promise<Fetched>>();
// Symbols ODS does not have, by base URL, symbol and language: the error, and until when it holds.
const missing = new Map<string, { error: FetchError; until: number }>();

/** Forgets every remembered missing symbol (for tests, or after ODS has been fixed). */
export function forgetFetchFailures(): void {
  missing.clear();
}

/**
 * Fetches a document from ODS (DOCX, falling back to PDF), extracts its text, checks it is in
 * the language asked for, parses it, checks it is the symbol asked for, and stores it in the
 * cache. A document already in the cache is not fetched again; a fetch of the same document
 * already under way is joined, not repeated; a symbol ODS said it does not have (404, or an
 * HTML page) is not asked again for negativeTtlMs and gets the same error. Nothing is written
 * unless everything succeeded.
 *
 * @throws FetchError naming the URL and how to supply the file by hand.
 */
export async function fetchResolution(symbol: string, language: Language, options: FetchOptions): Promise<Fetched> {
  // Everything up to the first await runs at once, so a second caller always finds the first's fetch.
  const cached = readCached(options.cacheDir, symbol, language);
  if (cached) return fetchedText(cached.text, symbol, cached.provenance, false);

  const key = `${options.baseUrl}\u0000${resolve(options.cacheDir)}\u0000${symbol}\u0000${language}`;
  const running = inFlight.get(key);
  if (running) return running;

  const missingKey = `${options.baseUrl}\u0000${symbol}\u0000${language}`;
  const known = missing.get(missingKey);
  if (known && known.until > Date.now()) throw new FetchError(known.error.code, known.error.message, known.error.url);
  if (known) missing.delete(missingKey);

  const fetching = download(symbol, language, options).then(
    (fetched) => {
      inFlight.delete(key);
      return fetched;
    },
    (e: unknown) => {
      inFlight.delete(key);
      const ttl = negativeTtl(options);
      if (e instanceof NotThere && ttl > 0) {
        missing.delete(missingKey);
        missing.set(missingKey, { error: e.error, until: Date.now() + ttl });
        for (const oldest of missing.keys()) {
          if (missing.size <= MAX_REMEMBERED_FAILURES) break;
          missing.delete(oldest);
        }
      }
      throw e instanceof NotThere ? e.error : e;
    },
  );
  inFlight.set(key, fetching);
  return fetching;
}

/** Every format answered 404 or something that is not a document: ODS does not have it. */
class NotThere {
  constructor(readonly error: FetchError) {}
}

async function download(symbol: string, language: Language, options: FetchOptions): Promise<Fetched> {
  let last: FetchError | undefined;
  let allMissing = true;
  for (const format of ['docx', 'pdf'] as const) {
    const url = odsUrl(options.baseUrl, symbol, language, format);
    let body: Uint8Array;
    try {
      const result = await politeGet(url, options.get);
      if (result.status === 404) {
        last = new FetchError('NOT_FOUND', `${symbol} (${language}) is not at ${url} (404 Not Found): check the symbol and language. ${byHand(symbol, language, url)}`, url);
        continue;
      }
      if (result.status !== 200) {
        last = new FetchError('HTTP', `cannot fetch ${symbol} (${language}): ${url} answered ${result.status}. ${byHand(symbol, language, url)}`, url);
        allMissing = false;
        continue;
      }
      body = result.body;
    } catch (e) {
      throw failure(e, symbol, language, url);
    }
    if (sniffFormat(body) !== format) {
      // ODS answers an unknown symbol with an HTML page, not an error status.
      const what = /^\s*</.test(Buffer.from(body.subarray(0, 200)).toString('utf8')) ? 'an HTML page' : 'something else';
      last = new FetchError('NOT_A_DOCUMENT', `${url} gave ${what} where a ${format.toUpperCase()} file was expected: ODS may not know ${symbol} in ${language}. ${byHand(symbol, language, url)}`, url);
      continue;
    }
    const { text } = await (options.read ?? readFetched)({ body, format, symbol, language, url });
    const provenance = storeFetched(options.cacheDir, { symbol, language, source: url, format, bytes: body, text });
    return fetchedText(text, symbol, provenance, true);
  }
  throw allMissing ? new NotThere(last!) : last!;
}


/**
 * Reads a file ODS sent: its text (Word or PDF, held to the text limits while it is converted),
 * checked to be in the language asked for and to be the symbol asked for. Pure apart from the
 * readers it loads; the server runs it in a worker (src/server/jobs.tsx), within a job's budgets.
 *
 * @throws FetchError naming the URL and how to supply the file by hand.
 */
export async function readFetched({ body, format, symbol, language, url }: FetchedFile): Promise<{ text: string }> {
  // The readers (yauzl, htmlparser2, mammoth, pdf.js) load only when a document arrives.
  const { extractText } = await import('./extract.js');
  let text: string;
  let resolution: Resolution;
  try {
    text = (await extractText(body, `the ${format.toUpperCase()} from ${url}`)).text;
  } catch (e) {
    if (e instanceof InputError || e instanceof ParseError) throw new FetchError(e.code, `${e.message}. ${byHand(symbol, language, url)}`, url);
    throw e;
  }
  const found = detectLanguage(text);
  if (found !== language) {
    throw new FetchError('WRONG_DOCUMENT', `${url} gave a document in ${rulesFor(found).name} (${found}), not ${rulesFor(language).name} (${language}): nothing was stored. ${byHand(symbol, language, url)}`, url);
  }
  try {
    resolution = parseResolution(text, { symbol });
  } catch (e) {
    if (e instanceof InputError || e instanceof ParseError) throw new FetchError(e.code, `${e.message}. ${byHand(symbol, language, url)}`, url);
    throw e;
  }
  if (resolution.symbol !== null && resolution.symbol.toUpperCase() !== symbol.toUpperCase()) {
    throw new FetchError('WRONG_DOCUMENT', `${url} gave ${resolution.symbol}, not ${symbol}: nothing was stored. ${byHand(symbol, language, url)}`, url);
  }
  return { text };
}
