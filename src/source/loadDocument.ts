// Where a document comes from on the command line: a corpus symbol, a file path, or "-" for stdin.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Language, Resolution } from '../model/resolution.js';
import { parseResolution } from '../parse/parseResolution.js';
import { corpusDir, findCorpusEntry, looksLikeSymbol, type CorpusEntry } from './corpus.js';
import { decodeText, type Encoding } from './decode.js';

/** The largest input read, in bytes (a resolution is rarely over 200 kB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A document's text with what is known about where it came from. */
export interface SourceText {
  text: string;
  /** What to call it in messages: a symbol, a path, or "standard input". */
  label: string;
  origin: 'corpus' | 'file' | 'stdin';
  encoding: Encoding;
  entry?: CorpusEntry;
}

/** Reads all of standard input (or another stream) as bytes. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw new InputError('TOO_LARGE', `standard input is over ${MAX_INPUT_BYTES / 1048576} MB`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function readFileBytes(path: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError('NOT_FOUND', `cannot read ${path}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError('IO', `${path} is a folder, not a file`);
  if (stat.size > MAX_INPUT_BYTES) throw new InputError('TOO_LARGE', `${path} is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError('IO', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Resolves a document argument: "-" is standard input, an existing path is a file, and a
 * symbol is looked up in the corpus (with `language` when the symbol exists in several).
 */
export async function loadSource(
  arg: string,
  language: Language | undefined,
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<SourceText> {
  if (arg === '-') {
    const { text, encoding } = decodeText(await readStream(stdin), 'standard input');
    return { text, label: 'standard input', origin: 'stdin', encoding };
  }
  if (existsSync(arg)) {
    const { text, encoding } = decodeText(readFileBytes(arg), arg);
    return { text, label: arg, origin: 'file', encoding };
  }
  if (looksLikeSymbol(arg)) return loadCorpusResolution(arg, language).source;
  const pathLike = /[\\/]|\.[A-Za-z0-9]{1,5}$/.test(arg);
  throw new InputError('NOT_FOUND', `cannot read ${arg}: no such file${pathLike ? '' : ', and it is not a document symbol like A/RES/68/160'}`);
}

/** File names in the corpus convention ("A-HRC-DEC-22-116.en.txt") name their symbol and language. */
function hintsFromName(label: string): { symbol?: string; language?: Language } {
  const m = /([A-Z](?:-[A-Za-z0-9.]+)+)\.(zh|en|fr|es|ru|ar)\.txt$/.exec(label);
  if (!m) return {};
  return { symbol: m[1]!.replace(/-/g, '/'), language: m[2] as Language };
}

/** Parses a source, filling what the text does not state (a decision's symbol) from the corpus index or the file name. */
export function parseSource(source: SourceText): Resolution {
  const fromName = hintsFromName(source.label);
  const symbol = source.entry?.symbol ?? fromName.symbol;
  return parseResolution(source.text, symbol ? { symbol } : {});
}

/** Loads and parses a document argument. */
export async function loadResolution(arg: string, language?: Language, stdin?: AsyncIterable<Uint8Array | string>): Promise<{ source: SourceText; resolution: Resolution }> {
  const source = await loadSource(arg, language, stdin);
  return { source, resolution: parseSource(source) };
}

/** Reads and parses a corpus text by symbol (synchronous: corpus files are small and local). */
export function loadCorpusResolution(symbol: string, language?: Language): { source: SourceText; resolution: Resolution } {
  const entry = findCorpusEntry(symbol, language);
  const { text, encoding } = decodeText(readFileBytes(join(corpusDir(), entry.file)), entry.symbol);
  const source: SourceText = { text, label: `${entry.symbol} (${entry.language})`, origin: 'corpus', encoding, entry };
  return { source, resolution: parseSource(source) };
}
