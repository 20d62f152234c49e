// The corpus index: which texts ship with resdiff, checked against its schema when it is loaded.
//
// Checked without loading zod when it can be: `npm run build` validates the shipped index with
// zod (scripts/stamp-corpus.mjs) and writes its SHA-256 to dist/corpus-index.sha256 and a copy
// of its bytes to dist/corpus-index.checked.json. An index with those bytes is known valid; any
// other index (edited, or another folder given by RESDIFF_CORPUS) is checked with zod, loaded
// then. Zod costs about half a bare node start, and every command reads the index.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Zod from 'zod';
import { InputError } from '../model/errors.js';
import type { Language } from '../model/resolution.js';
import { packageRoot } from '../util/packageRoot.js';
import { corpusIndexSchema, type CorpusEntry, type CorpusIndex } from './corpusSchema.js';

export type { CorpusEntry, CorpusIndex } from './corpusSchema.js';

/** The folder holding the corpus texts and index.json (RESDIFF_CORPUS moves it). */
export function corpusDir(): string {
  return process.env.RESDIFF_CORPUS ?? join(packageRoot(), 'corpus');
}

let cached: { dir: string; index: CorpusIndex } | undefined;

/** Loads and validates corpus/index.json. A broken index is an error that names the field. */
export function loadCorpusIndex(dir = corpusDir()): CorpusIndex {
  if (cached?.dir === dir) return cached.index;
  let raw: unknown;
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, 'index.json'));
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new InputError('IO', `cannot read the corpus index ${join(dir, 'index.json')}: ${(e as Error).message}`);
  }
  const index = isStamped(bytes) ? (raw as CorpusIndex) : checkCorpusIndex(raw, join(dir, 'index.json'));
  cached = { dir, index };
  return index;
}

/** Where the build leaves the SHA-256 of the index it validated. */
export function corpusStampPath(): string {
  return join(packageRoot(), 'dist', 'corpus-index.sha256');
}

/** Where the build leaves a copy of the index bytes it validated (compared byte for byte: no hashing, no node:crypto to load). */
export function corpusCheckedCopyPath(): string {
  return join(packageRoot(), 'dist', 'corpus-index.checked.json');
}

function sha256(bytes: Uint8Array): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

let checked: Buffer | null | undefined;

/** True when `bytes` are those of the index the build validated. */
function isStamped(bytes: Buffer): boolean {
  if (checked === undefined) {
    const path = corpusCheckedCopyPath();
    checked = existsSync(path) ? readFileSync(path) : null;
  }
  return checked !== null && checked.equals(bytes);
}

/**
 * Checks `raw` against the schema with zod (required here, synchronously: this is the rare path).
 *
 * @throws InputError IO naming the first field that is wrong.
 */
export function checkCorpusIndex(raw: unknown, path: string): CorpusIndex {
  const zod = createRequire(import.meta.url)('zod') as typeof Zod;
  const parsed = corpusIndexSchema(zod.z).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError('IO', `the corpus index ${path} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Checks the index in `dir` with zod (the build runs this) and returns its SHA-256, for the stamp,
 * and its bytes, for the copy the CLI and the server compare with.
 */
export function stampCorpusIndex(dir = corpusDir()): { sha256: string; bytes: Buffer } {
  const path = join(dir, 'index.json');
  const bytes = readFileSync(path);
  checkCorpusIndex(JSON.parse(bytes.toString('utf8')), path);
  return { sha256: sha256(bytes), bytes };
}

/** Canonical form of a symbol as users type it: "a/res/68/160" -> "A/RES/68/160". */
export function canonicalSymbol(symbol: string): string {
  return symbol.trim().toUpperCase().replace(/\/REV\./, '/Rev.').replace(/\/ADD\./, '/Add.').replace(/\/CORR\./, '/Corr.');
}

/** Strict pattern for document symbols given on a command line or in a URL. */
export const SYMBOL_SYNTAX = /^[A-Z](?:\/[A-Z0-9][A-Za-z0-9.-]{0,20}){1,6}$/;

/** True when `arg` is shaped like a UN document symbol ("A/RES/68/160", "A/HRC/RES/19/33"). */
export function looksLikeSymbol(arg: string): boolean {
  return arg.length <= 60 && SYMBOL_SYNTAX.test(canonicalSymbol(arg));
}

/**
 * Finds a corpus text by symbol, asking for a language only when the symbol exists in several.
 *
 * @throws InputError NOT_FOUND (unknown symbol or language) or AMBIGUOUS (several languages, none chosen).
 */
export function findCorpusEntry(symbol: string, language?: Language, index = loadCorpusIndex()): CorpusEntry {
  const wanted = canonicalSymbol(symbol);
  const matches = index.texts.filter((t) => t.symbol.toUpperCase() === wanted.toUpperCase());
  if (matches.length === 0) {
    throw new InputError('NOT_FOUND', `${wanted} is not in the corpus ('resdiff list' shows what is); give a file path instead`);
  }
  if (language) {
    const hit = matches.find((t) => t.language === language);
    if (!hit) {
      throw new InputError('NOT_FOUND', `${wanted} is in the corpus only in ${matches.map((t) => t.language).join(', ')}, not in ${language}`);
    }
    return hit;
  }
  if (matches.length > 1) {
    throw new InputError('AMBIGUOUS', `${wanted} is in the corpus in ${matches.map((t) => t.language).join(' and ')}: choose one with --lang`);
  }
  return matches[0]!;
}
