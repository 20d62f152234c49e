// One batch job: compare a pair and write its report, completely or not at all.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
import { isAbsolute, join } from 'node:path';
import { compareResolutions } from '../align/compareResolutions.js';
import { writeFileAtomic } from '../util/atomicWrite.js';
import { FileError } from '../util/ioError.js';
import { ResdiffError } from '../model/errors.js';
import type { Summary } from '../model/comparison.js';
import { FORMATS, type Format } from '../model/formats.js';
import { renderAs } from '../render/renderAs.js';
import type { Language, Resolution } from '../model/resolution.js';
import { defaultSourceOptions, loadSource, parseSource, type SourceOptions } from '../source/loadDocument.js';
import type { PairJob } from './pairs.js';

export interface TaskInput {
  job: PairJob;
  /** Where relative paths in the pairs file are read from. */
  baseDir: string;
  outDir: string;
  format: Format;
  offline: boolean;
}

export type TaskResult =
  | { line: number; name: string; status: 'done' | 'skipped'; file: string; summary?: Summary; oldSymbol?: string | null; newSymbol?: string | null }
  | { line: number; name: string; status: 'failed'; message: string };

// A batch compares many pairs against the same few documents: each worker keeps the last
// parsed ones (keyed by a hash of their exact text and their symbol, so an edited file is parsed
// afresh), up to 64 MB of text: a parsed resolution holds its text about twice over, in UTF-16.
const PARSED_BYTES = 64 * 1024 * 1024;
const parsed = new LRUCache<string, Resolution>({ maxSize: PARSED_BYTES });

async function load(arg: string, language: Language | undefined, sources: SourceOptions): Promise<Resolution> {
  const never: AsyncIterable<Uint8Array> = (async function* () {})();
  const source = await loadSource(arg, language, never, sources);
  const key = createHash('sha256').update(source.symbol ?? source.label).update('\u0000').update(source.text).digest('hex');
  let resolution = parsed.get(key);
  if (resolution === undefined) {
    resolution = parseSource(source);
    // Its size: the text, twice over, two bytes a UTF-16 unit (a text over the budget is not kept).
    parsed.set(key, resolution, { size: Math.max(1, 4 * source.text.length) });
  }
  return resolution;
}

const resolvePath = (arg: string, base: string) => (arg === '-' || isAbsolute(arg) || !existsSync(join(base, arg)) ? arg : join(base, arg));

/** Runs one job; a bad pair becomes a failed result, never an exception. */
export async function runTask(input: TaskInput, sources: SourceOptions = defaultSourceOptions({ offline: input.offline })): Promise<TaskResult> {
  const { job } = input;
  const file = `${job.name}.${FORMATS[input.format].ext}`;
  const path = join(input.outDir, file);
  if (existsSync(path)) return { line: job.line, name: job.name, status: 'skipped', file };
  try {
    const a = await load(resolvePath(job.old, input.baseDir), job.lang, sources);
    const b = await load(resolvePath(job.new, input.baseDir), job.lang ?? a.language, sources);
    const comparison = compareResolutions(a, b);
    writeFileAtomic(path, await renderAs(input.format, comparison, { visibility: 'all', report: true }));
    return { line: job.line, name: job.name, status: 'done', file, summary: comparison.summary, oldSymbol: comparison.old.symbol, newSymbol: comparison.new.symbol };
  } catch (e) {
    const message = e instanceof ResdiffError || e instanceof FileError ? e.message : `internal error: ${(e as Error).message}`;
    return { line: job.line, name: job.name, status: 'failed', message };
  }
}
