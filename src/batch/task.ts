// One batch job: compare a pair and write its report, completely or not at all.
import { existsSync } from 'node:fs';
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
import { Lru } from '../util/lru.js';
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
// parsed ones (keyed by their exact text and symbol, so an edited file is parsed afresh).
const parsed = new Lru<string, Resolution>(16);

async function load(arg: string, language: Language | undefined, sources: SourceOptions): Promise<Resolution> {
  const never: AsyncIterable<Uint8Array> = (async function* () {})();
  const source = await loadSource(arg, language, never, sources);
  return parsed.getOrSet(`${source.symbol ?? source.label}\u0000${source.text}`, () => parseSource(source));
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
