// Scoring one system's output against the generator's ground truth, on three measures:
// - pairs: which old paragraph was matched to which new one (items "old>new");
// - classes: which paragraphs were called moved (old id), added (new id) or removed (old id);
// - words: which word tokens were marked changed inside the paragraphs the truth pairs. Tokens
//   are the engine's (`diffTokens`, Intl.Segmenter for Chinese) for every system; a token is a
//   word when it holds a letter or digit, and it is marked when any of its characters is. A
//   truly paired paragraph that a system left unpaired (removed or added) has all its words
//   marked, which is what that system shows a reader. Paragraphs the truth calls added or
//   removed are scored by `classes`, not here.
// Counts add up over comparisons (micro-averages): precision tp/(tp+fp), recall tp/(tp+fn),
// F1 2tp/(2tp+fp+fn).
import type { Resolution } from '../../src/model/resolution.js';
import { diffTokens } from '../../src/text/tokenize.js';
import type { Gold } from './generator.js';
import type { SystemOutput } from './systems.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const MEASURES = ['pairs', 'classes', 'words'] as const;
export type Measure = (typeof MEASURES)[number];
export type Score = Record<Measure, Counts>;

export const emptyScore = (): Score => ({ pairs: { tp: 0, fp: 0, fn: 0 }, classes: { tp: 0, fp: 0, fn: 0 }, words: { tp: 0, fp: 0, fn: 0 } });

export function addScore(into: Score, s: Score): void {
  for (const m of MEASURES) {
    into[m].tp += s[m].tp;
    into[m].fp += s[m].fp;
    into[m].fn += s[m].fn;
  }
}

/** The counts of a predicted set against a true set. */
export function countSets(truth: ReadonlySet<string>, predicted: ReadonlySet<string>): Counts {
  let tp = 0;
  for (const x of predicted) if (truth.has(x)) tp++;
  return { tp, fp: predicted.size - tp, fn: truth.size - tp };
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1; null where nothing was claimed, nothing was to be found, or neither. */
export function prf(c: Counts): Prf {
  return {
    precision: c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null,
    recall: c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null,
    f1: 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : null,
  };
}

const WORD = /[\p{L}\p{N}]/u;
const spansCache = new Map<string, { start: number; end: number }[]>();

/** The word tokens of a text, as character spans. */
export function wordSpans(text: string): { start: number; end: number }[] {
  let spans = spansCache.get(text);
  if (spans) return spans;
  spans = [];
  let at = 0;
  for (const t of diffTokens(text)) {
    if (WORD.test(t)) spans.push({ start: at, end: at + t.length });
    at += t.length;
  }
  if (spansCache.size > 20000) spansCache.clear();
  spansCache.set(text, spans);
  return spans;
}

/** Items "prefix:k" for word token k of `text` with any marked character (marks null: every word). */
function markedWords(prefix: string, text: string, marks: Uint8Array | null, into: Set<string>): void {
  wordSpans(text).forEach((s, k) => {
    if (marks === null || marks.subarray(s.start, s.end).some((x) => x === 1)) into.add(`${prefix}:${k}`);
  });
}

/** Scores one comparison. */
export function scoreCase(oldDoc: Resolution, newDoc: Resolution, gold: Gold, out: SystemOutput): Score {
  const oldText = new Map([...oldDoc.preamble, ...oldDoc.operative].map((p) => [p.id, p.text]));
  const newText = new Map([...newDoc.preamble, ...newDoc.operative].map((p) => [p.id, p.text]));

  const pairs = countSets(new Set(gold.pairs.map(([o, n]) => `${o}>${n}`)), new Set(out.pairs.map((p) => `${p.old}>${p.new}`)));

  const classItems = (moved: readonly string[], added: readonly string[], removed: readonly string[]) =>
    new Set([...moved.map((x) => `moved:${x}`), ...added.map((x) => `added:${x}`), ...removed.map((x) => `removed:${x}`)]);
  const classes = countSets(classItems(gold.moved, gold.added, gold.removed), classItems(out.moved, out.added, out.removed));

  const truth = new Set<string>();
  const predicted = new Set<string>();
  const byOld = new Map(out.pairs.map((p) => [p.old, p]));
  const byNew = new Map(out.pairs.map((p) => [p.new, p]));
  for (const [o, n] of gold.pairs) {
    const ot = oldText.get(o)!;
    const nt = newText.get(n)!;
    markedWords(`o:${o}`, ot, gold.oldChanged.get(o)!, truth);
    markedWords(`n:${n}`, nt, gold.newChanged.get(n)!, truth);
    markedWords(`o:${o}`, ot, byOld.get(o)?.oldMarks ?? null, predicted);
    markedWords(`n:${n}`, nt, byNew.get(n)?.newMarks ?? null, predicted);
  }
  return { pairs, classes, words: countSets(truth, predicted) };
}

/** The truth as a system's output: a perfect system (used by the tests). */
export function goldAsOutput(gold: Gold): SystemOutput {
  return {
    pairs: gold.pairs.map(([o, n]) => ({ old: o, new: n, oldMarks: gold.oldChanged.get(o)!, newMarks: gold.newChanged.get(n)! })),
    moved: [...gold.moved],
    added: [...gold.added],
    removed: [...gold.removed],
  };
}
