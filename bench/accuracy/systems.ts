// The systems the accuracy benchmark compares: our engine and three baselines. Each turns two
// parsed versions into the same kind of output (paragraph pairs; moved, added and removed
// paragraphs; the characters marked changed inside each pair), which the scorer reads.
//
// All systems get the same input: the parser's paragraphs (layout, page furniture and footnote
// marks already removed; the parser is shared, it is not what is measured). The baselines see
// each paragraph as printed, one per line: its operative number, then its text ("5. Urges …"),
// which is what a line-based tool is given; the changed words of every system are scored on the
// paragraph texts, without the numbers, with the engine's tokenisation (see score.ts).
import { diffLines, diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { distance } from 'fastest-levenshtein';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import type { Segment } from '../../src/model/comparison.js';
import type { Paragraph, Resolution } from '../../src/model/resolution.js';
import { longestChain } from './chain.js';

/** One pair a system found, with the characters it marks deleted (old) and inserted (new). */
export interface SystemPair {
  old: string;
  new: string;
  /** 1 for each UTF-16 unit of the old text marked deleted. */
  oldMarks: Uint8Array;
  /** 1 for each UTF-16 unit of the new text marked inserted. */
  newMarks: Uint8Array;
}

export interface SystemOutput {
  pairs: SystemPair[];
  /** Old ids of pairs the system calls moved. */
  moved: string[];
  /** New ids. */
  added: string[];
  /** Old ids. */
  removed: string[];
}

export interface System {
  /** Short name for the table. */
  name: string;
  run(oldDoc: Resolution, newDoc: Resolution): SystemOutput;
}

const paragraphsOf = (r: Resolution): Paragraph[] => [...r.preamble, ...r.operative];
const printed = (p: Paragraph) => (p.number === null ? p.text : `${p.number}. ${p.text}`);

/** Marks from segments whose equal+delete rebuild the old text and equal+insert the new one. */
export function marksFromSegments(segments: readonly Segment[], oldText: string, newText: string): { oldMarks: Uint8Array; newMarks: Uint8Array } {
  const oldMarks = new Uint8Array(oldText.length);
  const newMarks = new Uint8Array(newText.length);
  let i = 0;
  let j = 0;
  for (const s of segments) {
    const n = s.text.length;
    if (s.op === 'equal') {
      i += n;
      j += n;
    } else if (s.op === 'delete') {
      oldMarks.fill(1, i, i + n);
      i += n;
    } else {
      newMarks.fill(1, j, j + n);
      j += n;
    }
  }
  if (i !== oldText.length || j !== newText.length) throw new Error('segments do not rebuild the texts');
  return { oldMarks, newMarks };
}

/**
 * Marks from a word diff whose pieces may not reproduce the white space of the texts exactly
 * (jsdiff's `diffWords` normalises it): each piece's characters are found in the text in order,
 * white space matched loosely. Words are what is scored, so white space needs no marks.
 */
function marksFromPieces(text: string, pieces: readonly { value: string; changed: boolean }[]): Uint8Array {
  const marks = new Uint8Array(text.length);
  let i = 0;
  for (const piece of pieces) {
    for (const ch of piece.value) {
      if (/\s/.test(ch)) continue;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith(ch, i)) {
        if (piece.changed) marks.fill(1, i, i + ch.length);
        i += ch.length;
      } else throw new Error(`word diff does not follow the text at ${i}`);
    }
  }
  return marks;
}

let zhSegmenter: Intl.Segmenter | undefined;

/**
 * The words a side-by-side viewer marks inside a pair of changed lines: jsdiff `diffWords`
 * (Chinese through `Intl.Segmenter('zh')`, as jsdiff documents), as diff2html does for the
 * lines a line diff pairs. Given to baselines (a) and (b), which have no word diff of their own.
 */
function wordMarks(oldText: string, newText: string, zh: boolean): { oldMarks: Uint8Array; newMarks: Uint8Array } {
  if (oldText === newText) return { oldMarks: new Uint8Array(oldText.length), newMarks: new Uint8Array(newText.length) };
  zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const changes = diffWords(oldText, newText, zh ? { intlSegmenter: zhSegmenter } : {});
  return {
    oldMarks: marksFromPieces(oldText, changes.filter((c) => !c.added).map((c) => ({ value: c.value, changed: c.removed }))),
    newMarks: marksFromPieces(newText, changes.filter((c) => !c.removed).map((c) => ({ value: c.value, changed: c.added }))),
  };
}

/** Pairs out of order (outside the longest order-preserving chain over reading order) are moves. */
function movesOf(pairs: readonly { i: number; j: number; old: string }[]): string[] {
  const chain = longestChain(pairs);
  return pairs.filter((_, k) => !chain.members.has(k)).map((p) => p.old);
}

/** Whatever a system left unpaired is added or removed. */
function finish(olds: Paragraph[], news: Paragraph[], pairs: SystemPair[], moved: string[]): SystemOutput {
  const pairedOld = new Set(pairs.map((p) => p.old));
  const pairedNew = new Set(pairs.map((p) => p.new));
  return {
    pairs,
    moved,
    added: news.filter((p) => !pairedNew.has(p.id)).map((p) => p.id),
    removed: olds.filter((p) => !pairedOld.has(p.id)).map((p) => p.id),
  };
}

/** Ours: `compareResolutions`, read as it reports itself (moves are its `moved` changes). */
export const ours: System = {
  name: 'resdiff',
  run(oldDoc, newDoc) {
    const c = compareResolutions(oldDoc, newDoc);
    const oldText = new Map(paragraphsOf(oldDoc).map((p) => [p.id, p.text]));
    const newText = new Map(paragraphsOf(newDoc).map((p) => [p.id, p.text]));
    const out: SystemOutput = { pairs: [], moved: [], added: [], removed: [] };
    for (const ch of c.changes) {
      if (ch.kind === 'added') out.added.push(ch.new.id);
      else if (ch.kind === 'removed') out.removed.push(ch.old.id);
      else {
        out.pairs.push({ old: ch.old.id, new: ch.new.id, ...marksFromSegments(ch.segments, oldText.get(ch.old.id)!, newText.get(ch.new.id)!) });
        if (ch.kind === 'moved') out.moved.push(ch.old.id);
      }
    }
    return out;
  },
};

/**
 * Baseline (a), a line diff: jsdiff `diffLines` over the printed paragraphs, one per line.
 * Mapping: equal lines are pairs; in a changed block (removed lines next to added lines) the
 * lines are paired one to one in order, as side-by-side viewers (`diff -y`, diff2html) show a
 * changed block; the block's extra lines are removed or added. A line diff never moves anything.
 * Words: `diffWords` inside each pair (see `wordMarks`).
 */
export const lineDiff: System = {
  name: 'line diff',
  run(oldDoc, newDoc) {
    const olds = paragraphsOf(oldDoc);
    const news = paragraphsOf(newDoc);
    const zh = oldDoc.language === 'zh';
    const parts = diffLines(`${olds.map(printed).join('\n')}\n`, `${news.map(printed).join('\n')}\n`);
    const pairs: SystemPair[] = [];
    const pair = (a: Paragraph, b: Paragraph) => pairs.push({ old: a.id, new: b.id, ...wordMarks(a.text, b.text, zh) });
    let i = 0;
    let j = 0;
    let removed: Paragraph[] = [];
    let added: Paragraph[] = [];
    const flush = () => {
      for (let k = 0; k < Math.min(removed.length, added.length); k++) pair(removed[k]!, added[k]!);
      removed = [];
      added = [];
    };
    for (const part of parts) {
      const n = part.count ?? part.value.split('\n').length - 1;
      if (part.removed) removed.push(...olds.slice(i, (i += n)));
      else if (part.added) added.push(...news.slice(j, (j += n)));
      else {
        flush();
        for (let k = 0; k < n; k++) pair(olds[i + k]!, news[j + k]!);
        i += n;
        j += n;
      }
    }
    flush();
    return finish(olds, news, pairs, []);
  },
};

/** Normalised Levenshtein similarity, as `undifferent` describes it. */
export function lineSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - distance(a, b) / n;
}

/**
 * Baseline (b), a Levenshtein-threshold line aligner as the UN's `undifferent` describes it:
 * printed paragraphs, one per line, are paired when their normalised Levenshtein similarity is
 * at least 0.8, best pairs first, each line used once; the rest are removed or added. It looks
 * for a line anywhere, so it can find moves: a pair out of order (outside the longest
 * order-preserving chain of its pairs) is counted moved. Words: `diffWords` inside each pair.
 */
export const levenshteinAligner: System = {
  name: 'levenshtein 0.8',
  run(oldDoc, newDoc) {
    const olds = paragraphsOf(oldDoc);
    const news = paragraphsOf(newDoc);
    const zh = oldDoc.language === 'zh';
    const a = olds.map(printed);
    const b = news.map(printed);
    const candidates: { i: number; j: number; s: number }[] = [];
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < b.length; j++) {
        const s = lineSimilarity(a[i]!, b[j]!);
        if (s >= 0.8) candidates.push({ i, j, s });
      }
    }
    candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
    const usedOld = new Set<number>();
    const usedNew = new Set<number>();
    const chosen: { i: number; j: number; old: string }[] = [];
    for (const c of candidates) {
      if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
      usedOld.add(c.i);
      usedNew.add(c.j);
      chosen.push({ i: c.i, j: c.j, old: olds[c.i]!.id });
    }
    const pairs = chosen.map((c) => ({ old: olds[c.i]!.id, new: news[c.j]!.id, ...wordMarks(olds[c.i]!.text, news[c.j]!.text, zh) }));
    return finish(olds, news, pairs, movesOf(chosen));
  },
};

const DIFF_DELETE = -1;
const DIFF_INSERT = 1;

/**
 * Baseline (c), diff-match-patch on the whole texts: the printed paragraphs joined by line
 * breaks, `diff_main` then `diff_cleanupSemantic` (its usual use). Mapping: every kept
 * character links an old paragraph to a new one; an old and a new paragraph are a pair when
 * each is the other's partner with the most kept characters (a paragraph with no kept
 * characters, or whose characters mostly went elsewhere, is removed or added). Inside a pair,
 * the deleted and inserted characters are marked, and so are kept characters that came from,
 * or went to, another paragraph (a merge's second half is new to the merged paragraph).
 * diff-match-patch keeps order, so it reports a move only if this mapping crosses (counted as
 * for baseline b).
 */
export const diffMatchPatch: System = {
  name: 'diff-match-patch',
  run(oldDoc, newDoc) {
    const olds = paragraphsOf(oldDoc);
    const news = paragraphsOf(newDoc);
    // Where each paragraph's text (after its number) stands in the whole text.
    const layout = (list: Paragraph[]) => {
      const starts: number[] = [];
      let whole = '';
      list.forEach((p, k) => {
        if (k > 0) whole += '\n';
        const line = printed(p);
        starts.push(whole.length + line.length - p.text.length);
        whole += line;
      });
      const at = new Int32Array(whole.length).fill(-1);
      list.forEach((p, k) => at.fill(k, starts[k]!, starts[k]! + p.text.length));
      return { whole, at, starts };
    };
    const A = layout(olds);
    const B = layout(news);
    const dmp = new DiffMatchPatch();
    const diffs = dmp.diff_main(A.whole, B.whole);
    dmp.diff_cleanupSemantic(diffs);
    // For each kept character, the paragraph on the other side it is kept in (-1: deleted, inserted, or outside any text).
    const keptInNew = new Int32Array(A.whole.length).fill(-1);
    const keptFromOld = new Int32Array(B.whole.length).fill(-1);
    const shared = new Map<number, Map<number, number>>();
    let i = 0;
    let j = 0;
    for (const [op, text] of diffs) {
      if (op === DIFF_DELETE) i += text.length;
      else if (op === DIFF_INSERT) j += text.length;
      else {
        for (let k = 0; k < text.length; k++, i++, j++) {
          const o = A.at[i]!;
          const n = B.at[j]!;
          if (o < 0 || n < 0) continue;
          keptInNew[i] = n;
          keptFromOld[j] = o;
          if (/\s/.test(text[k]!)) continue;
          let row = shared.get(o);
          if (!row) shared.set(o, (row = new Map()));
          row.set(n, (row.get(n) ?? 0) + 1);
        }
      }
    }
    // Mutual best partners by kept characters.
    const bestNew = new Map<number, { n: number; c: number }>();
    const bestOld = new Map<number, { o: number; c: number }>();
    for (const [o, row] of shared) {
      for (const [n, c] of row) {
        const x = bestNew.get(o);
        if (!x || c > x.c || (c === x.c && n < x.n)) bestNew.set(o, { n, c });
        const y = bestOld.get(n);
        if (!y || c > y.c || (c === y.c && o < y.o)) bestOld.set(n, { o, c });
      }
    }
    const chosen: { i: number; j: number; old: string }[] = [];
    const pairs: SystemPair[] = [];
    for (const [o, { n }] of bestNew) {
      if (bestOld.get(n)?.o !== o) continue;
      const oldMarks = new Uint8Array(olds[o]!.text.length);
      const newMarks = new Uint8Array(news[n]!.text.length);
      for (let k = 0; k < oldMarks.length; k++) oldMarks[k] = keptInNew[A.starts[o]! + k] === n ? 0 : 1;
      for (let k = 0; k < newMarks.length; k++) newMarks[k] = keptFromOld[B.starts[n]! + k] === o ? 0 : 1;
      chosen.push({ i: o, j: n, old: olds[o]!.id });
      pairs.push({ old: olds[o]!.id, new: news[n]!.id, oldMarks, newMarks });
    }
    chosen.sort((x, y) => x.i - y.i);
    return finish(olds, news, pairs, movesOf(chosen));
  },
};

export const SYSTEMS: readonly System[] = [ours, lineDiff, levenshteinAligner, diffMatchPatch];
