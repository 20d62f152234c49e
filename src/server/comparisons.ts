// Computing comparisons for the web: corpus pairs and stored submissions, with LRU caches.
import { compareResolutions } from '../align/compareResolutions.js';
import type { Comparison } from '../model/comparison.js';
import { ParseError } from '../model/errors.js';
import type { Language, Resolution } from '../model/resolution.js';
import { parseResolution } from '../parse/parseResolution.js';
import { findCorpusEntry } from '../source/corpus.js';
import { loadCorpusResolution } from '../source/loadDocument.js';
import { Lru } from './lru.js';
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

/** Parses one submitted text, naming the side in the error a person reads. */
export function parseSide(text: string, side: 'old' | 'new'): Resolution {
  try {
    return parseResolution(text);
  } catch (e) {
    if (e instanceof ParseError) throw new ParseError(e.code, `The ${side} text: ${e.message}`);
    throw e;
  }
}

export class ComparisonService {
  /** Computed comparisons, by pair. */
  private readonly pairs: Lru<string, ComparedPair>;
  /** Rendered pages and fragments, by pair and view, as UTF-8 bytes (encoded once, not per request). */
  private readonly rendered: Lru<string, Uint8Array<ArrayBuffer>>;

  constructor(options: { pairs?: number; rendered?: number } = {}) {
    this.pairs = new Lru(options.pairs ?? 64);
    this.rendered = new Lru(options.rendered ?? 512);
  }

  /** A comparison of two corpus texts. @throws InputError when a symbol is not in the corpus. */
  corpusPair(oldSymbol: string, newSymbol: string, language: Language | undefined): ComparedPair {
    // The index lookup is cheap and names the texts; reading and parsing happen only on a miss.
    const ea = findCorpusEntry(oldSymbol, language);
    const eb = findCorpusEntry(newSymbol, language);
    const key = `corpus:${ea.symbol}|${ea.language}|${eb.symbol}|${eb.language}`;
    return this.pairs.getOrSet(key, () => {
      const a = loadCorpusResolution(ea.symbol, ea.language);
      const b = loadCorpusResolution(eb.symbol, eb.language);
      return {
        key,
        old: a.resolution,
        new: b.resolution,
        comparison: compareResolutions(a.resolution, b.resolution),
        oldLabel: a.source.label,
        newLabel: b.source.label,
      };
    });
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

  /** A rendered page or fragment, made once per pair and variant. */
  render(pairKey: string, variant: string, make: () => string): Uint8Array<ArrayBuffer> {
    return this.rendered.getOrSet(`${pairKey}#${variant}`, () => new TextEncoder().encode(make()));
  }
}
