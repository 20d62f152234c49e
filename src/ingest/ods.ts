// Fetching a document by symbol from the UN's Official Document System (ODS): Word first, then PDF.
// A document must be the symbol and the language asked for, or nothing is stored.
import { FetchError, InputError, ParseError } from '../model/errors.js';
import type { Language, Resolution } from '../model/resolution.js';
import { detectLanguage, parseResolution } from '../parse/parseResolution.js';
import { readCached, storeFetched, type Provenance } from './cache.js';
import { extractText, sniffFormat } from './extract.js';
import { DEFAULT_GET_OPTIONS, GetFailure, politeGet, type GetOptions } from './http.js';

/** ODS; RESDIFF_ODS_URL points elsewhere (the tests' local stand-in). */
export function odsBaseUrl(): string {
  return process.env.RESDIFF_ODS_URL ?? 'https://documents.un.org';
}

export function odsUrl(base: string, symbol: string, language: Language, format: 'docx' | 'pdf'): string {
  return `${base.replace(/\/$/, '')}/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${language}&t=${format}`;
}

export interface FetchOptions {
  baseUrl: string;
  cacheDir: string;
  get: GetOptions;
}

const LANGUAGE_NAMES: Record<Language, string> = { zh: 'Chinese', en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic' };

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
  resolution: Resolution;
  provenance: Provenance;
  /** False when the cache already held it. */
  downloaded: boolean;
}

/**
 * Fetches a document from ODS (DOCX, falling back to PDF), extracts its text, checks it is in
 * the language asked for, parses it, checks it is the symbol asked for, and stores it in the
 * cache. A document already in the cache is
 * not fetched again. Nothing is written unless everything succeeded.
 *
 * @throws FetchError naming the URL and how to supply the file by hand.
 */
export async function fetchResolution(symbol: string, language: Language, options: FetchOptions): Promise<Fetched> {
  const cached = readCached(options.cacheDir, symbol, language);
  if (cached) return { text: cached.text, resolution: parseResolution(cached.text, { symbol }), provenance: cached.provenance, downloaded: false };

  let last: FetchError | undefined;
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
      throw new FetchError('WRONG_DOCUMENT', `${url} gave a document in ${LANGUAGE_NAMES[found]} (${found}), not ${LANGUAGE_NAMES[language]} (${language}): nothing was stored. ${byHand(symbol, language, url)}`, url);
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
    const provenance = storeFetched(options.cacheDir, { symbol, language, source: url, format, bytes: body, text });
    return { text, resolution, provenance, downloaded: true };
  }
  throw last!;
}

export const DEFAULT_FETCH_GET = DEFAULT_GET_OPTIONS;
