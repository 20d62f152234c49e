// The fetch cache: each fetched document as its original file, its text and its provenance.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Language } from '../model/resolution.js';
import { packageRoot } from '../util/packageRoot.js';

/** The cache folder: RESDIFF_CACHE, else corpus/fetched/ in the project. */
export function defaultCacheDir(): string {
  return process.env.RESDIFF_CACHE ?? join(packageRoot(), 'corpus', 'fetched');
}

export const ProvenanceSchema = z.object({
  symbol: z.string(),
  language: z.string(),
  /** The address the document was fetched from. */
  source: z.string(),
  /** When (ISO time). */
  retrieved: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['docx', 'pdf']),
  bytes: z.number().int().nonnegative(),
  /** The file names of the original and its text, in the cache folder. */
  original: z.string(),
  text: z.string(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export function cacheBase(symbol: string, language: Language): string {
  return `${symbol.replaceAll('/', '-')}.${language}`;
}

/** Writes a file completely or not at all: a temporary file in the same folder, then a rename. */
function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.part`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A cached document, if a complete one is there (its provenance is written last, and its hash must match). */
export function readCached(dir: string, symbol: string, language: Language): { text: string; provenance: Provenance } | undefined {
  const base = cacheBase(symbol, language);
  const meta = join(dir, `${base}.json`);
  if (!existsSync(meta)) return undefined;
  try {
    const provenance = ProvenanceSchema.parse(JSON.parse(readFileSync(meta, 'utf8')));
    const original = readFileSync(join(dir, provenance.original));
    if (createHash('sha256').update(original).digest('hex') !== provenance.sha256) return undefined;
    return { text: readFileSync(join(dir, provenance.text), 'utf8'), provenance };
  } catch {
    return undefined;
  }
}

/** Stores a fetched document: the original, then its text, then the provenance that makes the entry count. */
export function storeFetched(
  dir: string,
  entry: { symbol: string; language: Language; source: string; format: 'docx' | 'pdf'; bytes: Uint8Array; text: string },
  now = new Date(),
): Provenance {
  mkdirSync(dir, { recursive: true });
  const base = cacheBase(entry.symbol, entry.language);
  const provenance: Provenance = {
    symbol: entry.symbol,
    language: entry.language,
    source: entry.source,
    retrieved: now.toISOString(),
    sha256: createHash('sha256').update(entry.bytes).digest('hex'),
    format: entry.format,
    bytes: entry.bytes.length,
    original: `${base}.${entry.format}`,
    text: `${base}.txt`,
  };
  writeAtomic(join(dir, provenance.original), entry.bytes);
  writeAtomic(join(dir, provenance.text), entry.text);
  writeAtomic(join(dir, `${base}.json`), `${JSON.stringify(provenance, null, 2)}\n`);
  return provenance;
}

/** Every complete document in the cache: symbol and language. */
export function listCached(dir: string): { symbol: string; language: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: { symbol: string; language: string }[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      const p = ProvenanceSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      out.push({ symbol: p.symbol, language: p.language });
    } catch {
      // not ours, or half-written: skip
    }
  }
  return out;
}
