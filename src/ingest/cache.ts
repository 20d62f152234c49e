// The fetch cache: each fetched document as its original file, its text and its provenance.
//
// Each folder is indexed once per process (every provenance JSON read and checked once); the
// index is updated by storeFetched and serves listCached and readCached. Entries another process
// writes are picked up cheaply: listCached stats the folder and, when its mtime changed (a new or
// removed entry renames a file into or out of it), lists the names again and reads only the
// provenance files it does not know; readCached of a name not in the index checks for its file;
// and readCached re-reads a provenance whose document no longer matches it (replaced or removed
// elsewhere). readCached always verifies the original's hash before it returns a document.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Language } from '../model/resolution.js';

export { defaultCacheDir } from './defaults.js';

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

/** The file reads of the cache, replaceable so tests can count them. */
export const cacheFs: {
  readFileSync: typeof fs.readFileSync;
  readdirSync: typeof fs.readdirSync;
  statSync: typeof fs.statSync;
  existsSync: typeof fs.existsSync;
} = { readFileSync: fs.readFileSync, readdirSync: fs.readdirSync, statSync: fs.statSync, existsSync: fs.existsSync };

interface FolderIndex {
  /** Complete entries: the provenance file's name, and what it says. */
  entries: Map<string, Provenance>;
  /** Provenance files that did not read as ours, and their mtime then (read again once changed). */
  unreadable: Map<string, number>;
  /** The folder's mtime when it was last listed (undefined: not there). */
  mtimeMs: number | undefined;
  /** When it was last listed. */
  listedAt: number;
}

const indexes = new Map<string, FolderIndex>();

/**
 * Timestamps are coarse (a few ms on Linux, 2 s on FAT): a folder that changed this shortly before
 * it was listed may change again without a new mtime, so it is listed again on the next call.
 */
const RACY_MS = 2000;

function readProvenance(dir: string, name: string): Provenance | undefined {
  try {
    return ProvenanceSchema.parse(JSON.parse(cacheFs.readFileSync(join(dir, name), 'utf8')));
  } catch {
    return undefined;
  }
}

/** The folder's index, built on first use and brought up to date when the folder has changed. */
function folderIndex(dir: string): FolderIndex {
  const key = resolve(dir);
  let index = indexes.get(key);
  if (!index) {
    index = { entries: new Map(), unreadable: new Map(), mtimeMs: undefined, listedAt: 0 };
    indexes.set(key, index);
  }
  let mtimeMs: number;
  try {
    mtimeMs = cacheFs.statSync(dir).mtimeMs;
  } catch {
    index.entries.clear();
    index.unreadable.clear();
    index.mtimeMs = undefined;
    return index;
  }
  if (index.mtimeMs === mtimeMs && index.listedAt - mtimeMs > RACY_MS) return index;
  const listedAt = Date.now();
  let names: string[];
  try {
    names = cacheFs.readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return index;
  }
  const present = new Set(names);
  for (const name of index.entries.keys()) if (!present.has(name)) index.entries.delete(name);
  for (const name of index.unreadable.keys()) if (!present.has(name)) index.unreadable.delete(name);
  for (const name of names) {
    if (index.entries.has(name)) continue;
    let fileMtime: number | undefined;
    if (index.unreadable.has(name)) {
      try {
        fileMtime = cacheFs.statSync(join(dir, name)).mtimeMs;
      } catch {
        continue;
      }
      if (index.unreadable.get(name) === fileMtime) continue;
    }
    const provenance = readProvenance(dir, name);
    if (provenance) {
      index.entries.set(name, provenance);
      index.unreadable.delete(name);
    } else {
      // Not ours, or half-written: skip it until it changes.
      try {
        index.unreadable.set(name, fileMtime ?? cacheFs.statSync(join(dir, name)).mtimeMs);
      } catch {
        // gone meanwhile
      }
    }
  }
  index.mtimeMs = mtimeMs;
  index.listedAt = listedAt;
  return index;
}

/** The document an entry points to, if its original still has the hash the provenance gives. */
function readEntry(dir: string, provenance: Provenance): { text: string; provenance: Provenance } | undefined {
  try {
    const original = cacheFs.readFileSync(join(dir, provenance.original));
    if (createHash('sha256').update(original).digest('hex') !== provenance.sha256) return undefined;
    return { text: cacheFs.readFileSync(join(dir, provenance.text), 'utf8'), provenance };
  } catch {
    return undefined;
  }
}

/** A cached document, if a complete one is there (its provenance is written last, and its hash must match). */
export function readCached(dir: string, symbol: string, language: Language): { text: string; provenance: Provenance } | undefined {
  const name = `${cacheBase(symbol, language)}.json`;
  const index = folderIndex(dir);
  const known = index.entries.get(name);
  if (known) {
    const entry = readEntry(dir, known);
    if (entry) return entry;
  } else if (!cacheFs.existsSync(join(dir, name))) {
    return undefined;
  }
  // Not in the index yet, or its files no longer match it: another process wrote or replaced it.
  const provenance = readProvenance(dir, name);
  if (!provenance) {
    index.entries.delete(name);
    return undefined;
  }
  index.entries.set(name, provenance);
  index.unreadable.delete(name);
  return readEntry(dir, provenance);
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
  // Known at once; the folder's mtime is left as it was listed, so the next listCached also
  // picks up whatever another process wrote meanwhile.
  const index = indexes.get(resolve(dir));
  if (index) {
    index.entries.set(`${base}.json`, provenance);
    index.unreadable.delete(`${base}.json`);
  }
  return provenance;
}

/** Every complete document in the cache: symbol and language (from the folder's index). */
export function listCached(dir: string): { symbol: string; language: string }[] {
  return [...folderIndex(dir).entries.values()].map((p) => ({ symbol: p.symbol, language: p.language }));
}
