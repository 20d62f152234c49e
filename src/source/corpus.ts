// The corpus index: which texts ship with resdiff, checked with zod when it is loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../model/errors.js';
import { LANGUAGES, type Language } from '../model/resolution.js';
import { packageRoot } from '../util/packageRoot.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)');

export const CorpusEntrySchema = z
  .object({
    file: z.string().regex(/^[A-Za-z0-9.-]+\.(zh|en|fr|es|ru|ar)\.txt$/, 'a file name like A-RES-68-160.zh.txt'),
    symbol: z.string().regex(/^[A-Z]\/[A-Za-z0-9./]+$/),
    language: z.enum(LANGUAGES as [Language, ...Language[]]),
    body: z.string(),
    series: z.string(),
    title: z.string().min(1),
    adopted: isoDate.nullable(),
    year: z.number().int().min(1945).max(2100),
    source: z.url(),
    complete: z.boolean(),
    /** SHA-256 of the file: the texts are byte-for-byte copies of their sources, never edited. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    stops: z.string().optional(),
    follows: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((e) => e.complete || e.stops !== undefined, { message: 'a partial text must say where it stops ("stops")' })
  .refine((e) => e.file === `${e.symbol.replaceAll('/', '-')}.${e.language}.txt`, { message: 'file must be the symbol with / as -, then .LANG.txt' });

export const CorpusIndexSchema = z.object({
  $comment: z.string().optional(),
  series: z.record(z.string(), z.object({ title: z.record(z.string(), z.string()) })),
  texts: z.array(CorpusEntrySchema).min(1),
});

export type CorpusEntry = z.infer<typeof CorpusEntrySchema>;
export type CorpusIndex = z.infer<typeof CorpusIndexSchema>;

/** The folder holding the corpus texts and index.json (RESDIFF_CORPUS moves it). */
export function corpusDir(): string {
  return process.env.RESDIFF_CORPUS ?? join(packageRoot(), 'corpus');
}

let cached: { dir: string; index: CorpusIndex } | undefined;

/** Loads and validates corpus/index.json. A broken index is an error that names the field. */
export function loadCorpusIndex(dir = corpusDir()): CorpusIndex {
  if (cached?.dir === dir) return cached.index;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  } catch (e) {
    throw new InputError('IO', `cannot read the corpus index ${join(dir, 'index.json')}: ${(e as Error).message}`);
  }
  const parsed = CorpusIndexSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError('IO', `the corpus index ${join(dir, 'index.json')} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  cached = { dir, index: parsed.data };
  return parsed.data;
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
