// The main thread's side of comparisons: documents by symbol (corpus, fetch cache, ODS) read and
// kept as texts, and everything made from a pair kept as rendered bytes. Parsing, comparing and
// rendering are jobs for the worker pool; this file only decides what to ask for.
import { statSync } from 'node:fs';
import { listCached } from '../ingest/cache.js';
import type { FetchedFile } from '../ingest/ods.js';
import { InputError } from '../model/errors.js';
import type { Language } from '../model/resolution.js';
import { findCorpusEntry, type CorpusEntry } from '../source/corpus.js';
import { defaultSourceOptions, symbolSource, type SourceOptions, type SourceText } from '../source/loadDocument.js';
import { ByteCache, cacheKey, DEFAULT_CACHE_BUDGETS, stringBytes, type CacheBudgets, type DocumentKey, type PairKey, type Rendering } from './caches.js';
import { JobLimitError } from './errors.js';
import type { Job, JobNoteOf, JobResult, Rendered } from './jobs.js';

/** Runs jobs somewhere else (the worker pool, pool.ts); failures are thrown as typed errors. */
export interface JobRunner {
  /** Runs a job; `onNote` hears what it says before it answers (the paste form's fields). */
  run<J extends Job>(job: J, onNote?: (note: JobNoteOf<NoInfer<J>>) => void): Promise<JobResult<J>>;
  /** What the runner is doing now, for /healthz. */
  stats?(): object;
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

/** The corpus entry of a symbol when the corpus holds it in exactly one language (or the one asked). */
function corpusEntry(symbol: string, language?: Language): CorpusEntry | undefined {
  try {
    return findCorpusEntry(symbol, language);
  } catch {
    return undefined;
  }
}

interface RenderKey {
  pair: PairKey;
  rendering: Rendering;
}

export class ComparisonService {
  /** Document texts by symbol and language. */
  private readonly documents: ByteCache<DocumentKey, SourceText>;
  /** Everything rendered from a pair, as bytes (encoded once, in a worker, not per request). */
  private readonly rendered: ByteCache<RenderKey, Rendered>;
  /** The fetch cache folder's last change, looked at most once a second. */
  private stamp = { value: 0, checkedAt: -Infinity };
  /** The documents in the fetch cache, listed once per state of the folder. */
  private cached = { stamp: Number.NaN, keys: new Set<string>() };

  /** Where documents come from; a document fetched from ODS is read (converted, checked) by a job, within its budgets. */
  readonly sources: SourceOptions;

  constructor(
    readonly jobs: JobRunner,
    sources: SourceOptions = defaultSourceOptions(),
    readonly budgets: CacheBudgets = DEFAULT_CACHE_BUDGETS,
  ) {
    this.sources = { ...sources, read: sources.read ?? ((file) => this.readFetched(file)) };
    this.documents = new ByteCache(budgets.documentBytes, cacheKey.document, (s) => stringBytes(s.text) + 1024);
    this.rendered = new ByteCache<RenderKey, Rendered>(budgets.renderedBytes, (k) => cacheKey.rendering(k.pair, k.rendering), (r) => r.body.byteLength + 256);
  }

  /** The language to read a symbol in: the one asked, else the corpus's, else the other side's. */
  languageOf(symbol: string, asked: Language | undefined, other?: string): Language {
    const language = asked ?? corpusEntry(symbol)?.language ?? (other ? corpusEntry(other)?.language : undefined);
    if (!language) throw new InputError('USAGE', `${symbol} is not in the corpus: say which language to read it in (lang=zh, en, fr, es, ru or ar)`);
    return language;
  }

  /** The pair two symbols name, each in the language asked or its own. */
  documentPair(oldSymbol: string, newSymbol: string, language: Language | undefined): PairKey & { kind: 'documents' } {
    return {
      kind: 'documents',
      old: { symbol: oldSymbol, language: this.languageOf(oldSymbol, language, newSymbol) },
      new: { symbol: newSymbol, language: this.languageOf(newSymbol, language, oldSymbol) },
    };
  }

  /** A document's text by symbol: corpus, cache, or fetched from ODS (unless offline); fetched once however many ask. */
  document(key: DocumentKey): Promise<SourceText> {
    return this.documents.getOrMake(key, () => symbolSource(key.symbol, key.language, this.sources));
  }

  /**
   * A file fetched from ODS read in a worker: a Word or PDF file is converted and parsed there, so
   * a huge or hostile one is ended by the job's time or memory budget (422, 413) and never holds
   * the main thread. The budget's message says which document it was.
   */
  async readFetched(file: FetchedFile): Promise<{ text: string }> {
    try {
      return await this.jobs.run({ kind: 'read-fetched', file });
    } catch (error) {
      if (!(error instanceof JobLimitError) || error.limit === 'busy') throw error;
      const what = `Reading ${file.symbol} (${file.language}) as the UN's server sent it (a ${file.format === 'docx' ? 'Word' : 'PDF'} file from ${file.url})`;
      const limit = error.limit === 'time' ? `took longer than the server gives one job (RESDIFF_JOB_TIMEOUT_MS)` : `needed more memory than the server gives one job (RESDIFF_JOB_MEMORY_MB)`;
      throw new JobLimitError(error.limit, error.status as 413 | 422, `${what} ${limit}, so it was stopped and nothing was stored. Download the file yourself and compare it on your own machine with 'resdiff diff FILE NEW', which has no such limit.`);
    }
  }

  /** Whether this machine has the document without going to the network. */
  isLocal(key: DocumentKey): boolean {
    if (corpusEntry(key.symbol, key.language)) return true;
    const stamp = this.localStamp();
    if (this.cached.stamp !== stamp) this.cached = { stamp, keys: new Set(listCached(this.sources.cacheDir).map((d) => cacheKey.document({ symbol: d.symbol, language: d.language as Language }))) };
    return this.cached.keys.has(cacheKey.document(key));
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
   * Something made from a pair: from the cache, else by a job (made once however many ask).
   * `job` is called only on a miss, so a pair's texts are read only when they are needed.
   */
  render(pair: PairKey, rendering: Rendering, job: () => Job | Promise<Job>): Promise<Rendered> {
    return this.rendered.getOrMake({ pair, rendering }, async () => (await this.jobs.run(await job())) as Rendered);
  }

  /** The texts of a pair of documents, for a job (`id` names the pair in the worker's cache). */
  async documentTexts(pair: PairKey & { kind: 'documents' }): Promise<{ kind: 'documents'; id: string; old: SourceText; new: SourceText }> {
    const [old, neu] = [await this.document(pair.old), await this.document(pair.new)];
    return { kind: 'documents', id: cacheKey.pair(pair), old, new: neu };
  }

  /** Bytes held by the main thread's caches now. */
  cacheBytes(): { documents: number; rendered: number } {
    return { documents: this.documents.bytes, rendered: this.rendered.bytes };
  }
}
