// Test helpers: read corpus texts and parse or compare them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseResolution, type ParseHints } from '../../src/parse/parseResolution.js';
import { packageRoot } from '../../src/util/packageRoot.js';

export const CORPUS_DIR = join(packageRoot(), 'corpus');

export const CORPUS_FILES = [
  'A-RES-68-160.zh.txt',
  'A-RES-55-109.zh.txt',
  'A-RES-51-100.en.txt',
  'A-HRC-RES-19-33.en.txt',
  'A-HRC-RES-28-2.en.txt',
  'A-HRC-DEC-22-116.en.txt',
  'A-RES-52-134.fr.txt',
  'E-CN.4-RES-1998-81.en.txt',
  'E-CN.4-RES-2000-70.en.txt',
  'A-RES-52-131.fr.txt',
  'A-RES-52-131.zh.txt',
  'A-RES-56-153.fr.txt',
] as const;

/** The raw text of a corpus file, exactly as shipped. */
export function corpusText(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8');
}

export function parseCorpus(file: string, hints: ParseHints = {}): Resolution {
  return parseResolution(corpusText(file), hints);
}

export function compareCorpusPair(oldFile: string, newFile: string): Comparison {
  return compareResolutions(parseCorpus(oldFile), parseCorpus(newFile));
}
