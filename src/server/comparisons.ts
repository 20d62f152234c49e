// Computing comparisons for the web: documents by symbol (corpus, cache, ODS) and submitted texts, with LRU caches.
import { statSync } from 'node:fs';
import { compareResolutions } from '../align/compareResolutions.js';
import type { Comparison } from '../model/comparison.js';
import { InputError, ParseError } from '../model/errors.js';
import type { Language, Resolution } from '../model/resolution.js';
import { parseResolution } from '../parse/parseResolution.js';
import { listCached, readCached } from '../ingest/cache.js';
import { buildSeries, type Series } from '../series/history.js';
import { findPredecessor } from '../series/predecessor.js';
import { findCorpusEntry, loadCorpusIndex, type CorpusEntry } from '../source/corpus.js';
import { corpusSource, defaultSourceOptions, parseSource, symbolSource, type SourceOptions, type SourceText } from '../source/loadDocument.js';
import { Lru } from '../util/lru.js';
import type { SubmittedPair } from './store.js';

/** Everything a page needs about one comparison. */
export interface ComparedPair {
  key: string;
  old: Resolution;
  new: Resolution;
  comparison: Comparison;
  oldLabel: string;
  newLabel: string;
}

/** A document named by symbol, parsed. */
export interface Document {
  symbol: string;
  language: Language;
  source: SourceText;
  resolution: Resolution;
}

/** The versions before and after a document, where this machine has them. */
export interface Neighbours {
  previous: Neighbour | null;
  next: Neighbour | null;
}

const STAMP_INTERVAL_MS = 1000;

/** When a folder last changed (a file added, renamed or removed), or -1 when there is none. */
function folderStamp(dir: string): number {
  try {
    return statSync(dir).mtimeMs;
  } catch {
    return -1;
  }
}

/** A version next to another, that this machine has (corpus or cache). */
export interface Neighbour {
  symbol: string;
  language: Language;
  why: string;
}

/** Parses one submitted text, naming the side in the error a person reads. */
export function parseSide(text: string, side: 'old' | 'new'): Resolution {
  try {
    return parseResolution(text);
  } catch (e) {
    if (e instanceof ParseError) throw new ParseError(e.code, `The ${side} text: ${e.message}`).about(side);
    throw e;
  }
}

/** The corpus entry of a symbol when the corpus holds it in exactly one language (or the one asked). */
function corpusEntry(symbol: string, language?: Language): CorpusEntry | undefined {
  try {
    return findCorpusEntry(symbol, language);
  } catch {
    return undefined;
  }
}

export class ComparisonService {
  /** Computed comparisons, by pair. */
  private readonly pairs: Lru<string, ComparedPair>;
  /** Parsed documents, by symbol and language. */
  private readonly documents: Lru<string, Document>;
  /** Rendered pages and fragments, by pair and view, as UTF-8 bytes (encoded once, not per request). */
  private readonly rendered: Lru<string, Uint8Array<ArrayBuffer>>;
  /** Work under way, so that concurrent requests for one document fetch it once. */
  private readonly pending = new Map<string, Promise<Document>>();
  /** Pair keys by the symbols and language a request named. */
  private readonly askedPairs = new Lru<string, string>(256);
  /** The fetch cache folder's last change, looked at most once a second. */
  private stamp = { value: 0, checkedAt: -Infinity };
  /** Each document's neighbours, with the state of the fetch cache they were found in. */
  private readonly neighbourMemo = new WeakMap<Resolution, { stamp: number; value: Neighbours }>();

  constructor(
    readonly sources: SourceOptions = defaultSourceOptions(),
    options: { pairs?: number; rendered?: number } = {},
  ) {
    this.pairs = new Lru(options.pairs ?? 64);
    this.documents = new Lru(128);
    this.rendered = new Lru(options.rendered ?? 512);
  }

  /** The language to read a symbol in: the one asked, else the corpus's, else the other side's. */
  languageOf(symbol: string, asked: Language | undefined, other?: string): Language {
    const language = asked ?? corpusEntry(symbol)?.language ?? (other ? corpusEntry(other)?.language : undefined);
    if (!language) throw new InputError('USAGE', `${symbol} is not in the corpus: say which language to read it in (lang=zh, en, fr, es, ru or ar)`);
    return language;
  }

  /** A document by symbol: corpus, cache, or fetched from ODS (unless offline). */
  async document(symbol: string, language: Language): Promise<Document> {
    const key = `${symbol}|${language}`;
    const hit = this.documents.get(key);
    if (hit) return hit;
    let job = this.pending.get(key);
    if (!job) {
      job = (async () => {
        const source = await symbolSource(symbol, language, this.sources);
        const doc: Document = { symbol, language, source, resolution: parseSource(source) };
        this.documents.set(key, doc);
        return doc;
      })().finally(() => this.pending.delete(key));
      this.pending.set(key, job);
    }
    return job;
  }

  /** Whether this machine has the document without going to the network. */
  isLocal(symbol: string, language: Language): boolean {
    return corpusEntry(symbol, language) !== undefined || listCached(this.sources.cacheDir).some((d) => d.symbol === symbol && d.language === language);
  }

  /** A comparison of two documents named by symbol. */
  async symbolPair(oldSymbol: string, newSymbol: string, language: Language | undefined): Promise<ComparedPair> {
    // A page view asks again and again: go from the request to the cached pair directly.
    const asked = `${oldSymbol}|${newSymbol}|${language ?? ''}`;
    const known = this.askedPairs.get(asked);
    const seen = known && this.pairs.get(known);
    if (seen) return seen;
    const oldLanguage = this.languageOf(oldSymbol, language, newSymbol);
    const newLanguage = this.languageOf(newSymbol, language, oldSymbol);
    const key = `doc:${oldSymbol}|${oldLanguage}|${newSymbol}|${newLanguage}`;
    this.askedPairs.set(asked, key);
    const hit = this.pairs.get(key);
    if (hit) return hit;
    const [a, b] = [await this.document(oldSymbol, oldLanguage), await this.document(newSymbol, newLanguage)];
    return this.pairs.getOrSet(key, () => ({
      key,
      old: a.resolution,
      new: b.resolution,
      comparison: compareResolutions(a.resolution, b.resolution),
      oldLabel: a.source.label,
      newLabel: b.source.label,
    }));
  }

  /** A comparison of two submitted texts. @throws ParseError when a text is not a resolution. */
  submittedPair(key: string, pair: SubmittedPair): ComparedPair {
    return this.pairs.getOrSet(`stored:${key}`, () => {
      const old = parseSide(pair.oldText, 'old');
      const neu = parseSide(pair.newText, 'new');
      return {
        key: `stored:${key}`,
        old,
        new: neu,
        comparison: compareResolutions(old, neu),
        oldLabel: pair.oldLabel || old.symbol || 'Old text',
        newLabel: pair.newLabel || neu.symbol || 'New text',
      };
    });
  }

  /** The history of three or more versions named by symbol. */
  async series(symbols: readonly string[], language: Language | undefined): Promise<Series> {
    const docs: Document[] = [];
    for (const symbol of symbols) docs.push(await this.document(symbol, this.languageOf(symbol, language, symbols.find((s) => s !== symbol))));
    return buildSeries(
      docs.map((d) => d.resolution),
      docs.map((d) => d.symbol),
    );
  }

  /**
   * Changes when a document is added to or removed from the fetch cache (seen within a second:
   * the folder is looked at once a second at most, not on every page view).
   */
  localStamp(): number {
    const now = performance.now();
    if (now - this.stamp.checkedAt >= STAMP_INTERVAL_MS) this.stamp = { value: folderStamp(this.sources.cacheDir), checkedAt: now };
    return this.stamp.value;
  }

  /**
   * The versions before and after a document that this machine has: the one its preamble cites
   * (or that cites it), else the nearest earlier or later text of the same corpus series,
   * language and body.
   */
  neighbours(doc: Resolution): Neighbours {
    // Worked out once per document while the fetch cache stays as it is: it reads every local
    // document's citations.
    const stamp = this.localStamp();
    const known = this.neighbourMemo.get(doc);
    if (known?.stamp === stamp) return known.value;
    const value = this.findNeighbours(doc);
    this.neighbourMemo.set(doc, { stamp, value });
    return value;
  }

  private findNeighbours(doc: Resolution): Neighbours {
    if (!doc.symbol) return { previous: null, next: null };
    const language = doc.language;
    const cited = findPredecessor(doc);
    // A decision is not a version of the resolution it cites, nor the other way round.
    const sameKind = (symbol: string) => symbol.includes('/DEC/') === doc.symbol!.includes('/DEC/');
    let previous: Neighbour | null = cited && sameKind(cited.symbol) && this.isLocal(cited.symbol, language) ? { symbol: cited.symbol, language, why: cited.evidence } : null;
    let next: Neighbour | null = null;
    const local = [
      ...loadCorpusIndex().texts.map((t) => ({ symbol: t.symbol, language: t.language as string })),
      ...listCached(this.sources.cacheDir),
    ].filter((d) => d.language === language && d.symbol !== doc.symbol && sameKind(d.symbol));
    for (const d of local) {
      const r = this.localResolution(d.symbol, language);
      const p = r && findPredecessor(r);
      if (p?.symbol === doc.symbol) next = { symbol: d.symbol, language, why: `${d.symbol} cites it: ${p.evidence}` };
    }
    // Else the corpus series: the same subject, language and body, in year order.
    const entry = corpusEntry(doc.symbol, language);
    if (entry) {
      const same = loadCorpusIndex()
        .texts.filter((t) => t.series === entry.series && t.language === language && t.body === entry.body && !t.symbol.includes('/DEC/'))
        .sort((x, y) => x.year - y.year);
      const at = same.findIndex((t) => t.symbol === entry.symbol);
      previous ??= at > 0 ? { symbol: same[at - 1]!.symbol, language, why: 'the earlier version of this series in the corpus' } : null;
      next ??= at >= 0 && at + 1 < same.length ? { symbol: same[at + 1]!.symbol, language, why: 'the later version of this series in the corpus' } : null;
    }
    return { previous, next };
  }

  /** A document this machine has (corpus or cache), parsed once and kept; undefined when it has none. */
  private localResolution(symbol: string, language: Language): Resolution | undefined {
    const key = `${symbol}|${language}`;
    const hit = this.documents.get(key);
    if (hit) return hit.resolution;
    let source: SourceText | undefined;
    if (corpusEntry(symbol, language)) source = corpusSource(symbol, language);
    else {
      const cached = readCached(this.sources.cacheDir, symbol, language);
      if (cached) source = { text: cached.text, label: `${symbol} (${language})`, origin: 'cache', format: cached.provenance.format, symbol, provenance: cached.provenance };
    }
    if (!source) return undefined;
    try {
      const resolution = parseSource(source);
      this.documents.set(key, { symbol, language, source, resolution });
      return resolution;
    } catch {
      return undefined;
    }
  }

  /** A rendered page or fragment, made once per pair and variant. */
  render(pairKey: string, variant: string, make: () => string): Uint8Array<ArrayBuffer> {
    return this.rendered.getOrSet(`${pairKey}#${variant}`, () => new TextEncoder().encode(make()));
  }
}
