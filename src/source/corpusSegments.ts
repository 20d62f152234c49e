// The Chinese word segmenter's words for the pieces of the corpus texts, written by the build
// (scripts/stamp-corpus.mjs: it compares every two corpus texts of one language and notes what
// the segmenter was given) to dist/corpus-segments.json. A diff of corpus texts then finds its
// words there and never starts the segmenter (text/tokenize.ts). The words are the segmenter's
// own for those exact pieces: the file is used only on the node and ICU that wrote it, and a
// piece it does not hold (an edited text, a file, a pasted draft) goes to the segmenter.
// Layer: source. Imports text/ and util/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rememberSegments } from '../text/tokenize.js';
import { packageRoot } from '../util/packageRoot.js';

/** Where the build leaves the corpus texts' segmentations. */
export function corpusSegmentsPath(): string {
  return join(packageRoot(), 'dist', 'corpus-segments.json');
}

/** What the segmentations hold for: this node, its ICU and its Unicode version. */
export function segmenterIdentity(): string {
  return `node ${process.versions.node}, icu ${process.versions.icu}, unicode ${process.versions.unicode}`;
}

/** The file's content for `pieces` (the build's). */
export function corpusSegmentsFile(pieces: readonly (readonly [string, readonly string[]])[]): string {
  return `${JSON.stringify({ segmenter: segmenterIdentity(), pieces })}\n`;
}

const primed = new Set<string>();

/** Lends the build's segmentations to the tokenizer, once per file; without the file (or on another ICU), nothing. */
export function primeCorpusSegments(path = corpusSegmentsPath()): void {
  if (primed.has(path)) return;
  primed.add(path);
  let file: { segmenter?: unknown; pieces?: unknown };
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as typeof file;
  } catch {
    return;
  }
  if (file.segmenter !== segmenterIdentity() || !Array.isArray(file.pieces)) return;
  const valid = (p: unknown): p is [string, string[]] =>
    Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && Array.isArray(p[1]) && p[1].every((w) => typeof w === 'string') && (p[1] as string[]).join('') === p[0];
  rememberSegments(file.pieces.filter(valid));
}
