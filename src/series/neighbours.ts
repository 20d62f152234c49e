// The versions before and after a document that this machine has: a pure lookup over a library
// of local documents (the web viewer and the command line each hand it theirs).
import type { Language, Resolution } from '../model/resolution.js';
import { listCached, readCached } from '../ingest/cache.js';
import { loadCorpusIndex } from '../source/corpus.js';
import { corpusSource, parseSource, type SourceText } from '../source/loadDocument.js';
import { findPredecessor } from './predecessor.js';

/** A version next to another, that this machine has. */
export interface Neighbour {
  symbol: string;
  language: Language;
  /** Why it is the neighbour: the citation, or the corpus series. */
  why: string;
}

/** The versions before and after a document, where this machine has them. */
export interface Neighbours {
  previous: Neighbour | null;
  next: Neighbour | null;
}

/** One document this machine has; corpus texts also say where they stand in their series. */
export interface LocalDocument {
  symbol: string;
  language: Language;
  /** For corpus texts: the series (subject), the body that adopted it and its year. */
  series?: { id: string; body: string; year: number };
}

/** What the lookup reads: the documents this machine has, and a way to get one parsed. */
export interface Library {
  documents(): readonly LocalDocument[];
  /** A local document parsed; undefined when it is not there or is not a resolution. */
  resolution(symbol: string, language: Language): Resolution | undefined;
}

/**
 * The versions before and after `doc` that the library holds: the one its preamble cites (or
 * that cites it), else the nearest earlier or later text of the same corpus series, language
 * and body. A decision is never a version of a resolution, nor the other way round.
 *
 * @example findNeighbours(parseCorpus('A-RES-68-160.zh.txt'), localLibrary(cacheDir)).previous?.symbol // 'A/RES/55/109'
 */
export function findNeighbours(doc: Resolution, library: Library): Neighbours {
  const own = doc.symbol;
  if (!own) return { previous: null, next: null };
  const language = doc.language;
  const isDecision = (symbol: string) => symbol.includes('/DEC/');
  const sameKind = (symbol: string) => isDecision(symbol) === isDecision(own);
  const local = library.documents().filter((d) => d.language === language);
  const has = (symbol: string) => local.some((d) => d.symbol === symbol);

  const cited = findPredecessor(doc);
  let previous: Neighbour | null = cited && sameKind(cited.symbol) && has(cited.symbol) ? { symbol: cited.symbol, language, why: cited.evidence } : null;
  let next: Neighbour | null = null;
  for (const d of local) {
    if (d.symbol === own || !sameKind(d.symbol)) continue;
    const p = findPredecessorOf(library, d);
    if (p?.symbol === own) next = { symbol: d.symbol, language, why: `${d.symbol} cites it: ${p.evidence}` };
  }

  // Else the corpus series: the same subject, language and body, in year order.
  const entry = local.find((d) => d.symbol === own && d.series)?.series;
  if (entry) {
    const same = local
      .filter((d) => d.series && d.series.id === entry.id && d.series.body === entry.body && !isDecision(d.symbol))
      .sort((x, y) => x.series!.year - y.series!.year);
    const at = same.findIndex((d) => d.symbol === own);
    previous ??= at > 0 ? { symbol: same[at - 1]!.symbol, language, why: 'the earlier version of this series in the corpus' } : null;
    next ??= at >= 0 && at + 1 < same.length ? { symbol: same[at + 1]!.symbol, language, why: 'the later version of this series in the corpus' } : null;
  }
  return { previous, next };
}

function findPredecessorOf(library: Library, d: LocalDocument) {
  const r = library.resolution(d.symbol, d.language);
  return r ? findPredecessor(r) : null;
}

/** Where a library keeps the documents it has parsed (any map-like cache). */
export interface ParsedMemo {
  get(key: string): Resolution | undefined;
  set(key: string, value: Resolution): unknown;
}

/**
 * The documents of this machine: the corpus and the fetch cache in `cacheDir`, parsed on demand
 * (and kept in `memo` when one is given).
 *
 * @example findNeighbours(resolution, localLibrary(defaultSourceOptions().cacheDir))
 */
export function localLibrary(cacheDir: string, memo?: ParsedMemo): Library {
  let listed: LocalDocument[] | undefined;
  return {
    documents() {
      listed ??= [
        ...loadCorpusIndex().texts.map((t) => ({ symbol: t.symbol, language: t.language, series: { id: t.series, body: t.body, year: t.year } })),
        ...listCached(cacheDir).map((d) => ({ symbol: d.symbol, language: d.language as Language })),
      ];
      return listed;
    },
    resolution(symbol, language) {
      const key = `${symbol}\u0000${language}`;
      const hit = memo?.get(key);
      if (hit) return hit;
      const source = localSource(cacheDir, symbol, language);
      if (!source) return undefined;
      try {
        const resolution = parseSource(source);
        memo?.set(key, resolution);
        return resolution;
      } catch {
        return undefined;
      }
    },
  };
}

/** A document's text from the corpus or the fetch cache (never the network). */
function localSource(cacheDir: string, symbol: string, language: Language): SourceText | undefined {
  if (loadCorpusIndex().texts.some((t) => t.symbol === symbol && t.language === language)) return corpusSource(symbol, language);
  const cached = readCached(cacheDir, symbol, language);
  return cached ? { text: cached.text, label: `${symbol} (${language})`, origin: 'cache', format: cached.provenance.format, symbol, provenance: cached.provenance } : undefined;
}
