// The server's caches: bounded by bytes (lru-cache's maxSize), with typed keys turned into strings
// in one place, and work under way shared by everyone who asks for the same key.
import { LRUCache } from 'lru-cache';
import type { Language } from '../model/resolution.js';
import type { Format } from '../model/formats.js';
import type { ShowMode, ViewMode } from '../../views/compare.js';

/** A document named by symbol, in one language. */
export interface DocumentKey {
  symbol: string;
  language: Language;
}

/** A pair of texts: two documents named by symbol, or a stored submission (its share id). */
export type PairKey = { kind: 'documents'; old: DocumentKey; new: DocumentKey } | { kind: 'stored'; id: string };

/** One thing made from a pair. */
export type Rendering =
  /** The comparison page or its diff fragment; `stamp` is the fetch cache's state its neighbour links were found in. */
  | { kind: 'page' | 'fragment'; view: ViewMode; show: ShowMode; stamp: number }
  | { kind: 'detail' | 'detail-page'; view: ViewMode; show: ShowMode; anchor: string }
  /** A folded run of paragraphs (named by its first paragraph): alone for htmx, or the page with it unfolded. */
  | { kind: 'run' | 'run-page'; view: ViewMode; show: ShowMode; anchor: string }
  | { kind: 'download'; format: Format }
  /** The diff contract, as the JSON API answers it. */
  | { kind: 'json' }
  | { kind: 'flow' };

const SEP = '\u0000';

/** The string form of each key: the only place keys are spelled. */
export const cacheKey = {
  document: (k: DocumentKey): string => `${k.symbol}${SEP}${k.language}`,
  pair: (k: PairKey): string => (k.kind === 'documents' ? `doc${SEP}${cacheKey.document(k.old)}${SEP}${cacheKey.document(k.new)}` : `stored${SEP}${k.id}`),
  rendering: (pair: PairKey, r: Rendering): string => {
    const what =
      r.kind === 'page' || r.kind === 'fragment'
        ? [r.kind, r.view, r.show, r.stamp]
        : r.kind === 'detail' || r.kind === 'detail-page' || r.kind === 'run' || r.kind === 'run-page'
          ? [r.kind, r.view, r.show, r.anchor]
          : r.kind === 'download'
            ? [r.kind, r.format]
            : [r.kind];
    return `${cacheKey.pair(pair)}${SEP}${what.join(SEP)}`;
  },
};

/** The main thread's caches, in bytes. */
export interface CacheBudgets {
  /** Document texts read by symbol. */
  documentBytes: number;
  /** Rendered pages, fragments, downloads, diagrams and JSON. */
  renderedBytes: number;
}

export const DEFAULT_CACHE_BUDGETS: CacheBudgets = { documentBytes: 32 * 1024 * 1024, renderedBytes: 64 * 1024 * 1024 };

/** The budgets of each worker's own caches (inside its heap). */
export interface JobCacheBudgets {
  /** Comparisons, so that a pair's detail, download and diagram after its page are cheap. */
  comparisonBytes: number;
  /** Parsed local documents, for the neighbour links. */
  parsedBytes: number;
}

export const DEFAULT_JOB_CACHES: JobCacheBudgets = { comparisonBytes: 48 * 1024 * 1024, parsedBytes: 16 * 1024 * 1024 };

/** Bytes a JavaScript string takes in memory (UTF-16), near enough. */
export const stringBytes = (s: string): number => 2 * s.length;

/**
 * A least-recently-used cache bounded by bytes: `sizeOf` says what each value weighs; a value
 * heavier than the whole budget is handed out but not kept.
 *
 * @example const pages = new ByteCache<PairKey, Uint8Array>(64 << 20, cacheKey.pair, (b) => b.byteLength)
 */
export class ByteCache<K, V extends {}> {
  private readonly lru: LRUCache<string, V>;
  /** Work under way, so that concurrent requests for one key make it once. */
  private readonly pending = new Map<string, Promise<V>>();

  constructor(
    readonly maxBytes: number,
    private readonly keyOf: (key: K) => string,
    sizeOf: (value: V) => number,
  ) {
    this.lru = new LRUCache<string, V>({ maxSize: maxBytes, sizeCalculation: (value) => Math.max(1, Math.ceil(sizeOf(value))) });
  }

  get(key: K): V | undefined {
    return this.lru.get(this.keyOf(key));
  }

  set(key: K, value: V): void {
    this.lru.set(this.keyOf(key), value);
  }

  /** The cached value, or `make()` stored and returned; made once however many ask at once. */
  getOrMake(key: K, make: () => Promise<V>): Promise<V> {
    const id = this.keyOf(key);
    const hit = this.lru.get(id);
    if (hit !== undefined) return Promise.resolve(hit);
    let job = this.pending.get(id);
    if (!job) {
      job = make()
        .then((value) => {
          this.lru.set(id, value);
          return value;
        })
        .finally(() => this.pending.delete(id));
      this.pending.set(id, job);
    }
    return job;
  }

  /** The cached value, or `make()` stored and returned (synchronous). */
  getOrMakeSync(key: K, make: () => V): V {
    const id = this.keyOf(key);
    const hit = this.lru.get(id);
    if (hit !== undefined) return hit;
    const value = make();
    this.lru.set(id, value);
    return value;
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }

  get size(): number {
    return this.lru.size;
  }
}
