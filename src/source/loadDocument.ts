// Where a document comes from: a symbol (corpus, then the fetch cache, then ODS), a file, or stdin.
// Layer: source, where a document comes from. Imports ingest/, repair/, parse/ and model/; imported by
// batch/ and the front ends.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../model/errors.js';
import { kindOf, reasonOf } from '../util/ioError.js';
import type { Language, Resolution } from '../model/resolution.js';
import { parseResolution, type ParseHints } from '../parse/parseResolution.js';
import { detectLanguage, rulesFor } from '../lang/index.js';
// The repair's one module (not its index: one file fewer to load on every start).
import { repairText, type WordSet } from '../repair/spacing.js';
import type { WordListSource } from '../lang/types.js';
import type { Provenance } from '../ingest/cache.js';
import { DEFAULT_GET_OPTIONS, defaultCacheDir, odsBaseUrl, type GetOptions } from '../ingest/defaults.js';
import type { InputFormat } from '../ingest/extract.js';
import type { FetchedReader } from '../ingest/ods.js';
import { canonicalSymbol, corpusDir, findCorpusEntry, looksLikeSymbol, type CorpusEntry } from './corpus.js';
import { explainParseError } from './explain.js';
import { primeCorpusSegments } from './corpusSegments.js';
import { parsedByBuild } from './corpusParsed.js';
import { clip } from '../text/clip.js';
import { cleanInput } from '../text/normalize.js';

/** The largest input read, in bytes (a resolution is rarely over 200 kB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A document's text with what is known about where it came from. */
export interface SourceText {
  text: string;
  /** What to call it in messages: a symbol, a path, or "standard input". */
  label: string;
  origin: 'corpus' | 'cache' | 'fetched' | 'file' | 'stdin';
  format: InputFormat;
  /** The symbol, when the document was named by one. */
  symbol?: string;
  entry?: CorpusEntry;
  provenance?: Provenance;
}

/** How symbols that are not in the corpus are found. */
export interface SourceOptions {
  /** Never go to the network: use the corpus and the cache only. */
  offline: boolean;
  cacheDir: string;
  odsUrl: string;
  get: GetOptions;
  /** Reads a document fetched from ODS (Word or PDF to checked text); default: on this thread. The server runs it in its worker pool. */
  read?: FetchedReader;
}

/**
 * The defaults: online unless RESDIFF_OFFLINE=1; the cache in RESDIFF_CACHE or corpus/fetched/;
 * ODS at RESDIFF_ODS_URL or documents.un.org; RESDIFF_FETCH_TIMEOUT_MS shortens the timeout.
 */
export function defaultSourceOptions(overrides: Partial<SourceOptions> = {}, env: Record<string, string | undefined> = process.env): SourceOptions {
  const timeout = Number(env.RESDIFF_FETCH_TIMEOUT_MS);
  return {
    offline: env.RESDIFF_OFFLINE === '1',
    cacheDir: env.RESDIFF_CACHE ?? defaultCacheDir(),
    odsUrl: env.RESDIFF_ODS_URL ?? odsBaseUrl(),
    get: Number.isFinite(timeout) && timeout > 0 ? { ...DEFAULT_GET_OPTIONS, timeoutMs: timeout, backoffMs: Math.min(DEFAULT_GET_OPTIONS.backoffMs, timeout) } : DEFAULT_GET_OPTIONS,
    ...overrides,
  };
}

/** Reads all of standard input (or another stream) as bytes. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, label = 'standard input'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.from(chunk);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw new InputError('TOO_LARGE', `${label} is over ${MAX_INPUT_BYTES / 1048576} MB`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Bytes asked of the system at a time when reading a file. */
const READ_CHUNK = 1024 * 1024;

/**
 * Reads a file, capped by the bytes actually read: a device, a named pipe or a file that grows
 * states no true size (/dev/zero says 0), so reading stops one byte past the limit whatever the
 * size said, and an endless source is refused as too large. A named pipe waits for its writer,
 * as `cat` does.
 */
export function readFileBytes(path: string): Uint8Array {
  let fd: number;
  try {
    const stat = statSync(path);
    if (stat.isSocket()) throw new InputError('IO', `cannot read ${path}: it is a socket, not a file`);
    fd = openSync(path, 'r');
  } catch (e) {
    if (e instanceof InputError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError('NOT_FOUND', `cannot read ${path}: no such file`);
    throw new InputError('IO', `cannot read ${path}: ${reasonOf(e)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('IO', `${path} is a folder, not a file`);
    if (stat.size > MAX_INPUT_BYTES) throw new InputError('TOO_LARGE', `${path} is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file is asked first for its stated size and one byte more, then in small pieces
    // (a read of 0 is its end; more means it grew); anything else in chunks.
    let ask = stat.isFile() && stat.size > 0 ? stat.size + 1 : READ_CHUNK;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(ask, MAX_INPUT_BYTES + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (stat.isFile()) ask = 64 * 1024;
      if (total > MAX_INPUT_BYTES) {
        const kind = kindOf(stat);
        throw new InputError(
          'TOO_LARGE',
          `${path} is too large: more than the ${MAX_INPUT_BYTES / 1048576} MB limit was read from it${kind ? ` (it is ${kind}, which states no size beforehand)` : ''}`,
        );
      }
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('IO', `cannot read ${path}: ${reasonOf(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** A corpus text by symbol (synchronous: corpus files are small and local). */
export function corpusSource(symbol: string, language?: Language): SourceText {
  const entry = findCorpusEntry(symbol, language);
  const bytes = readFileBytes(join(corpusDir(), entry.file));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // The segmenter's words for corpus texts, found by the build (only speeds their diff up).
  primeCorpusSegments();
  return { text, label: `${entry.symbol} (${entry.language})`, origin: 'corpus', format: 'txt', symbol: entry.symbol, entry };
}

function inCorpus(symbol: string, language: Language | undefined): boolean {
  try {
    findCorpusEntry(symbol, language);
    return true;
  } catch (e) {
    if (e instanceof InputError && e.code === 'AMBIGUOUS') return true;
    return false;
  }
}

/**
 * A document named by symbol: from the corpus, else from the fetch cache, else fetched from
 * ODS (unless offline). `language` is required for symbols outside the corpus.
 */
export async function symbolSource(symbol: string, language: Language | undefined, options: SourceOptions): Promise<SourceText> {
  const wanted = canonicalSymbol(symbol);
  if (inCorpus(wanted, language)) return corpusSource(wanted, language);
  if (language === undefined) {
    throw new InputError('USAGE', `${wanted} is not in the corpus: say which language to use with --lang (ar, zh, en, fr, ru, es)`);
  }
  // The cache, the readers and the fetcher load only for documents outside the corpus.
  const { readCached } = await import('../ingest/cache.js');
  const cached = readCached(options.cacheDir, wanted, language);
  if (cached) {
    return { text: cached.text, label: `${wanted} (${language})`, origin: 'cache', format: cached.provenance.format, symbol: wanted, provenance: cached.provenance };
  }
  if (options.offline) {
    throw new InputError(
      'NOT_FOUND',
      `${wanted} (${language}) is not in the corpus or the cache (${options.cacheDir}), and resdiff is offline: run 'resdiff fetch ${wanted} --lang ${language}' when online, or give a file`,
    );
  }
  const { fetchResolution } = await import('../ingest/ods.js');
  const fetched = await fetchResolution(wanted, language, { baseUrl: options.odsUrl, cacheDir: options.cacheDir, get: options.get, ...(options.read ? { read: options.read } : {}) });
  return { text: fetched.text, label: `${wanted} (${language})`, origin: fetched.downloaded ? 'fetched' : 'cache', format: fetched.provenance.format, symbol: wanted, provenance: fetched.provenance };
}

/**
 * Resolves a document argument: "-" is standard input, an existing path is a file (text, PDF
 * or Word), and a symbol is looked up in the corpus, the cache, then ODS.
 */
export async function loadSource(
  arg: string,
  language: Language | undefined,
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
  options: SourceOptions = defaultSourceOptions(),
): Promise<SourceText> {
  if (arg === '-') {
    const { extractText } = await import('../ingest/extract.js');
    const { text, format } = await extractText(await readStream(stdin), 'standard input');
    return { text, label: 'standard input', origin: 'stdin', format };
  }
  if (existsSync(arg)) {
    const { extractText } = await import('../ingest/extract.js');
    const { text, format } = await extractText(readFileBytes(arg), arg);
    return { text, label: arg, origin: 'file', format };
  }
  if (looksLikeSymbol(arg)) return symbolSource(arg, language, options);
  const pathLike = /[\\/]|\.[A-Za-z0-9]{1,5}$/.test(arg);
  throw new InputError('NOT_FOUND', `cannot read ${clip(arg)}: no such file${pathLike ? '' : ', and it is not a document symbol like A/RES/68/160'}`);
}

/** File names in the corpus convention ("A-HRC-DEC-22-116.en.txt") name their symbol. */
function symbolFromName(label: string): string | undefined {
  const m = /([A-Z](?:-[A-Za-z0-9.]+)+)\.(zh|en|fr|es|ru|ar)\.(txt|pdf|docx)$/.exec(label);
  return m ? m[1]!.replace(/-/g, '/') : undefined;
}

// ---- Word lists for the spacing repair (here, not in a module of their own: one file fewer to load
// on every start, and the lists themselves load only for a text that looks broken).

const loaded = new Map<string, WordSet>();

/** The capitalised words of a Hunspell .dic file (its first line is the count; each entry is "word/FLAGS"), lower-case. */
function namesOf(dic: string): Set<string> {
  const names = new Set<string>();
  for (const line of dic.split('\n')) {
    const word = line.split('/', 1)[0]!.trim();
    if (/^\p{Lu}\p{Ll}+$/u.test(word)) names.add(word.toLowerCase());
  }
  return names;
}

/**
 * The words of a list, lower-case, with the language's extra words and its names. Read on first
 * use only (the English list is 3 MB, the French one 4 MB: some hundreds of milliseconds to
 * parse), so a text whose spacing is whole never pays for it.
 */
export function loadWordList(source: WordListSource): WordSet {
  const known = loaded.get(source.package);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const words = new Set<string>(JSON.parse(readFileSync(require.resolve(source.package), 'utf8')) as string[]);
  for (const w of source.extra) words.add(w.toLowerCase());
  const names = source.names ? namesOf(readFileSync(join(dirname(require.resolve(source.names)), 'index.dic'), 'utf8')) : new Set<string>();
  const set: WordSet = { has: (w) => words.has(w), hasName: (w) => names.has(w) };
  loaded.set(source.package, set);
  return set;
}

/**
 * Parses a text after undoing broken spacing ("Reaf firming its comm itment", src/repair/); the
 * result's `spacingRepair` says how many spaces were taken out, when any were. A text whose
 * spacing is whole is parsed as it is, and no word list is loaded for it.
 */
export function parseText(text: string, hints: ParseHints = {}): Resolution {
  // The language as the parser would find it (on the cleaned text), found once: the parser is told it.
  const cleaned = cleanInput(text);
  const language = hints.language ?? detectLanguage(cleaned);
  const repaired = repairText(cleaned, rulesFor(language), loadWordList);
  const resolution = parseResolution(repaired.text, { ...hints, language, cleaned: true });
  return repaired.joins > 0 ? { ...resolution, spacingRepair: { joins: repaired.joins } } : resolution;
}

/** Parses a source, filling what the text does not state (a decision's symbol) from where it came from. */
export function parseSource(source: SourceText): Resolution {
  // A corpus text the bundled CLI's build parsed already (and that has not changed since).
  if (source.origin === 'corpus' && source.entry !== undefined) {
    const parsed = parsedByBuild(source.entry.file, source.text);
    if (parsed !== undefined) return parsed;
  }
  const symbol = source.symbol ?? symbolFromName(source.label);
  try {
    return parseText(source.text, symbol ? { symbol } : {});
  } catch (e) {
    // Say which document it is (two are read at once), and when its language is one the parser does not know.
    throw explainParseError(e, source.text, source.label);
  }
}

/** Loads and parses a document argument. */
export async function loadResolution(
  arg: string,
  language?: Language,
  stdin?: AsyncIterable<Uint8Array | string>,
  options?: SourceOptions,
): Promise<{ source: SourceText; resolution: Resolution }> {
  const source = await loadSource(arg, language, stdin, options);
  return { source, resolution: parseSource(source) };
}
