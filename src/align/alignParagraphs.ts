// The paragraph aligner: anchors, order-preserving matching in the gaps, then moves, then section
// changes, then splits and merges; the matches kept in place are the longest order-preserving chain.
import { diffArrays } from 'diff';
import type { Paragraph, Section } from '../model/resolution.js';
import { heaviestChain, longestIncreasing, type Pair } from './sequence.js';
import { dice, FeatureInterner, overlap, type FeatureSet } from './similarity.js';

/** Tunable thresholds and work caps. The defaults were chosen on the corpus (see similarity.ts). */
export interface AlignOptions {
  /** Least similarity for two paragraphs in the same place to count as one paragraph edited. */
  inOrderThreshold: number;
  /** Least similarity for a paragraph found elsewhere to count as moved. */
  moveThreshold: number;
  /** Gaps with more old x new pairs than this are searched through an index, not exhaustively. */
  exhaustivePairs: number;
  /** At most this many candidates per paragraph when searching through the index. */
  candidatesPerParagraph: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  inOrderThreshold: 0.35,
  moveThreshold: 0.5,
  exhaustivePairs: 4096,
  candidatesPerParagraph: 8,
};

/** Two paragraphs found to be one: in place, or moved (possibly across sections). */
export interface ParagraphMatch {
  old: Paragraph;
  new: Paragraph;
  moved: boolean;
}

export interface Alignment {
  matches: ParagraphMatch[];
  removed: Paragraph[];
  added: Paragraph[];
  /** True when an index search stood in for an exhaustive one somewhere. */
  approximate: boolean;
}

/** A paragraph being aligned. Features are computed only when a comparison needs them:
 * paragraphs matched exactly as anchors (most of them, year over year) never need any. */
class Item {
  private own?: FeatureSet;
  private body?: FeatureSet;

  /** The text in the form its language compares it (LanguageRules.foldForCompare): what anchors and features read. */
  readonly key: string;

  constructor(
    readonly paragraph: Paragraph,
    /** Position within its section. */
    readonly index: number,
    private readonly interner: FeatureInterner,
    readonly fold: (text: string) => string,
  ) {
    this.key = fold(paragraph.text);
  }

  get features(): FeatureSet {
    this.own ??= this.interner.featuresOf(this.key);
    return this.own;
  }

  /** Features without the lead verb, for matching across sections ("Recognizing" -> "Recognizes"). */
  get bodyFeatures(): FeatureSet {
    const { text, leadVerb } = this.paragraph;
    this.body ??= this.interner.featuresOf(this.fold(leadVerb && text.startsWith(leadVerb) ? text.slice(leadVerb.length) : text));
    return this.body;
  }
}

function prepare(paragraphs: readonly Paragraph[], interner: FeatureInterner, fold: (text: string) => string): Item[] {
  return paragraphs.map((paragraph, index) => new Item(paragraph, index, interner, fold));
}

/** How each side's texts are compared: as written, unless its language folds them (LanguageRules.foldForCompare). */
export interface SideFolds {
  old: (text: string) => string;
  new: (text: string) => string;
}
const AS_WRITTEN: SideFolds = { old: (t) => t, new: (t) => t };

/**
 * Candidate pairs between two groups whose similarity reaches `threshold`: every pair when
 * the groups are small, else the pairs sharing the most features (an inverted index).
 */
function candidatePairs(
  olds: readonly Item[],
  news: readonly Item[],
  threshold: number,
  options: AlignOptions,
  useBody: boolean,
  state: { approximate: boolean },
): { a: Item; b: Item; similarity: number }[] {
  const feat = (x: Item) => (useBody ? x.bodyFeatures : x.features);
  const out: { a: Item; b: Item; similarity: number }[] = [];
  if (olds.length * news.length <= options.exhaustivePairs) {
    for (const a of olds) {
      for (const b of news) {
        const similarity = dice(feat(a), feat(b));
        if (similarity >= threshold) out.push({ a, b, similarity });
      }
    }
    return out;
  }
  state.approximate = true;
  const postings = new Map<number, number[]>();
  olds.forEach((a, k) => {
    let last = -1;
    for (const id of feat(a).ids) {
      if (id === last) continue;
      last = id;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(k);
    }
  });
  // Features shared by very many paragraphs say little and cost much: skip them. And keep the
  // whole search within a budget: where even rarer features would cost too much (long texts of
  // words found everywhere), only the rarest are counted.
  const common = Math.min(Math.max(16, Math.sqrt(olds.length) * 4), affordableFrequency(news, feat, postings, INDEX_BUDGET));
  const shared = new Int32Array(olds.length);
  for (const b of news) {
    const touched: number[] = [];
    let last = -1;
    for (const id of feat(b).ids) {
      if (id === last) continue;
      last = id;
      const list = postings.get(id);
      if (!list || list.length > common) continue;
      for (const k of list) {
        if (shared[k] === 0) touched.push(k);
        shared[k]!++;
      }
    }
    for (const k of topShared(touched, shared, options.candidatesPerParagraph)) {
      const a = olds[k]!;
      const similarity = dice(feat(a), feat(b));
      if (similarity >= threshold) out.push({ a, b, similarity });
    }
    for (const k of touched) shared[k] = 0;
  }
  return out;
}

/** The `n` entries of `touched` with the most shared features, most first (ties: first touched first). */
function topShared(touched: readonly number[], shared: Int32Array, n: number): number[] {
  if (touched.length <= n) return [...touched].sort((x, y) => shared[y]! - shared[x]!);
  const top: number[] = [];
  for (const k of touched) {
    const v = shared[k]!;
    if (top.length === n && v <= shared[top[n - 1]!]!) continue;
    let at = top.length === n ? n - 1 : top.length;
    while (at > 0 && shared[top[at - 1]!]! < v) at--;
    top.splice(at, 0, k);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Postings visited, at most, by one indexed search: bounds its time whatever the texts. */
const INDEX_BUDGET = 5_000_000;

/** The highest feature frequency the search can count for every new paragraph within `budget` postings. */
function affordableFrequency(news: readonly Item[], feat: (x: Item) => FeatureSet, postings: Map<number, number[]>, budget: number): number {
  // cost[f]: postings visited for the features found in f old paragraphs.
  const cost = new Map<number, number>();
  for (const b of news) {
    let last = -1;
    for (const id of feat(b).ids) {
      if (id === last) continue;
      last = id;
      const f = postings.get(id)?.length ?? 0;
      if (f > 0) cost.set(f, (cost.get(f) ?? 0) + f);
    }
  }
  let total = 0;
  let affordable = Number.POSITIVE_INFINITY;
  for (const f of [...cost.keys()].sort((x, y) => x - y)) {
    total += cost.get(f)!;
    if (total > budget) return Math.max(1, affordable === Number.POSITIVE_INFINITY ? 1 : affordable);
    affordable = f;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * In a gap too large to compare every pair, the paragraphs whose texts are exactly equal, in
 * order (Myers' diff over the texts, capped): the repeated short paragraphs a long text can
 * hold are then kept in place instead of being searched for among their look-alikes.
 */
function exactInOrder(olds: readonly Item[], news: readonly Item[], state: { approximate: boolean }): [number, number][] {
  const ids = new Map<string, number>();
  const id = (x: Item) => {
    let k = ids.get(x.key);
    if (k === undefined) ids.set(x.key, (k = ids.size));
    return k;
  };
  const a = olds.map(id);
  const b = news.map(id);
  // Every text the two sides do not share is an edit: skip the diff when they alone exceed the cap.
  const left = new Map<number, number>();
  for (const k of a) left.set(k, (left.get(k) ?? 0) + 1);
  let shared = 0;
  for (const k of b) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      shared++;
      left.set(k, n - 1);
    }
  }
  if (shared === 0) return [];
  if (a.length + b.length - 2 * shared > EXACT_MAX_EDITS) {
    state.approximate = true;
    return [];
  }
  const changes = diffArrays(a, b, { maxEditLength: EXACT_MAX_EDITS });
  if (!changes) {
    state.approximate = true;
    return [];
  }
  // Positions in `olds` and `news` of the equal texts.
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) j += n;
    else if (c.removed) i += n;
    else for (let k = 0; k < n; k++) out.push([i++, j++]);
  }
  return out;
}

/** Edits, at most, in the exact-text diff of one gap (beyond it the gap is searched by similarity alone). */
const EXACT_MAX_EDITS = 2000;

/** Step 1: order-preserving matching within one section: exact anchors, then the gaps. */
function alignInOrder(
  olds: Item[],
  news: Item[],
  options: AlignOptions,
  state: { approximate: boolean },
): { inOrder: [Item, Item][]; exactMoves: [Item, Item][] } {
  // Anchors: texts that occur exactly once on each side, kept in their longest common order.
  const count = (items: Item[]) => {
    const m = new Map<string, Item[]>();
    for (const it of items) {
      const list = m.get(it.key);
      if (list) list.push(it);
      else m.set(it.key, [it]);
    }
    return m;
  };
  const oldByText = count(olds);
  const newByText = count(news);
  const unique: { i: number; j: number }[] = [];
  for (const [text, list] of oldByText) {
    const other = newByText.get(text);
    if (list.length === 1 && other?.length === 1) unique.push({ i: list[0]!.index, j: other[0]!.index });
  }
  unique.sort((x, y) => x.i - y.i);
  const anchors = longestIncreasing(unique, news.length);
  const anchored = new Set(anchors.map((p) => p.i));
  // Unique exact texts that are out of order have moved: they are the same paragraph.
  const exactMoves: [Item, Item][] = unique.filter((p) => !anchored.has(p.i)).map((p) => [olds[p.i]!, news[p.j]!]);
  const taken = new Set<Item>(exactMoves.flat());

  const inOrder: [Item, Item][] = [];
  // Pairs in order between two fixed points (`from` is the one before the gap).
  const matchGap = (gapOld: Item[], gapNew: Item[], from: { i: number; j: number }) => {
    const candidates = candidatePairs(gapOld, gapNew, options.inOrderThreshold, options, false, state);
    // Weight below similarity, so one strong match beats two weak ones; a tiny penalty for
    // displacement inside the gap breaks ties toward the paragraph in the same place (as LEOS ranks).
    const pairs: Pair[] = candidates.map((c) => ({
      i: c.a.index,
      j: c.b.index,
      weight: c.similarity - options.inOrderThreshold / 2 - 1e-4 * Math.abs(c.a.index - from.i - (c.b.index - from.j)),
    }));
    for (const p of heaviestChain(pairs, news.length)) inOrder.push([olds[p.i]!, news[p.j]!]);
  };
  const bounds = [{ i: -1, j: -1 }, ...anchors, { i: olds.length, j: news.length }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    if (k > 0) inOrder.push([olds[from.i]!, news[from.j]!]);
    const gapOld = olds.slice(from.i + 1, to.i).filter((x) => !taken.has(x));
    const gapNew = news.slice(from.j + 1, to.j).filter((x) => !taken.has(x));
    if (gapOld.length === 0 || gapNew.length === 0) continue;
    if (gapOld.length * gapNew.length <= options.exhaustivePairs) {
      matchGap(gapOld, gapNew, from);
      continue;
    }
    // A large gap: exact texts in order first, then similarity between them.
    let start = from;
    let oi = 0;
    let nj = 0;
    for (const [pi, pj] of exactInOrder(gapOld, gapNew, state)) {
      if (pi > oi && pj > nj) matchGap(gapOld.slice(oi, pi), gapNew.slice(nj, pj), start);
      inOrder.push([gapOld[pi]!, gapNew[pj]!]);
      start = { i: gapOld[pi]!.index, j: gapNew[pj]!.index };
      oi = pi + 1;
      nj = pj + 1;
    }
    if (oi < gapOld.length && nj < gapNew.length) matchGap(gapOld.slice(oi), gapNew.slice(nj), start);
  }
  inOrder.sort((x, y) => x[0].index - y[0].index);
  return { inOrder, exactMoves };
}

/** Greedy best-first pairing of leftovers whose similarity reaches the threshold. */
function pairLeftovers(
  olds: Item[],
  news: Item[],
  options: AlignOptions,
  useBody: boolean,
  state: { approximate: boolean },
): [Item, Item][] {
  if (olds.length === 0 || news.length === 0) return [];
  const candidates = candidatePairs(olds, news, options.moveThreshold, options, useBody, state);
  candidates.sort((x, y) => y.similarity - x.similarity || x.a.index - y.a.index || x.b.index - y.b.index);
  const usedOld = new Set<Item>();
  const usedNew = new Set<Item>();
  const out: [Item, Item][] = [];
  for (const c of candidates) {
    if (usedOld.has(c.a) || usedNew.has(c.b)) continue;
    usedOld.add(c.a);
    usedNew.add(c.b);
    out.push([c.a, c.b]);
  }
  return out;
}

/** Least share of a leftover part's features that must come from the paragraph it was cut from (or merged into). */
const PART_CONTAINMENT = 0.5;
/** Least gain in similarity when the two parts are read together, for a split or a merge. */
const PART_GAIN = 0.05;

/** A match while aligning: items know their place in their section. */
interface ItemMatch {
  a: Item;
  b: Item;
  moved: boolean;
}

/**
 * Step 4: splits and merges. A paragraph split in two lives on in its first part, the one with
 * its opening and its place; the second part is new text. Two paragraphs merged into one live
 * on in the first; the second is removed. The similarity steps pair a paragraph with whichever
 * part is longer, so where the part just before a match's paragraph is left over, comes mostly
 * from the paragraph on the other side, and the two parts read together are clearly more like
 * that paragraph than the matched part alone, the match moves to the first part. Leftovers are
 * visited from the end of each section, so a paragraph cut in three ends on its first part.
 */
function preferFirstParts(
  matches: ItemMatch[],
  removed: Set<Item>,
  added: Set<Item>,
  olds: Record<Section, Item[]>,
  news: Record<Section, Item[]>,
  interner: FeatureInterner,
  options: AlignOptions,
): void {
  if (removed.size === 0 && added.size === 0) return;
  /** Whether `first` (left over) and `kept` (matched), read in that order, are one paragraph cut from, or merged into, `partner`. */
  const parts = (first: Item, kept: Item, partner: Item): boolean => {
    const f = first.features;
    if (f.ids.length === 0 || overlap(f, partner.features) < PART_CONTAINMENT * f.ids.length) return false;
    const together = dice(interner.featuresOf(`${first.key} ${kept.key}`), partner.features);
    return together >= options.inOrderThreshold && together >= dice(kept.features, partner.features) + PART_GAIN;
  };
  // Only paragraphs next to a leftover can be part of a split or merge: index just those matches.
  const nextOf = (c: Item, side: Record<Section, Item[]>) => side[c.paragraph.section][c.index + 1];
  const wanted = new Set<Item>();
  for (const c of added) {
    const next = nextOf(c, news);
    if (next) wanted.add(next);
  }
  for (const c of removed) {
    const next = nextOf(c, olds);
    if (next) wanted.add(next);
  }
  const byOld = new Map<Item, number>();
  const byNew = new Map<Item, number>();
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (wanted.has(m.a)) byOld.set(m.a, k);
    if (wanted.has(m.b)) byNew.set(m.b, k);
  }
  const byIndexDescending = (x: Item, y: Item) => y.index - x.index;
  for (const c of [...added].sort(byIndexDescending)) {
    const next = nextOf(c, news);
    const k = next === undefined ? undefined : byNew.get(next);
    if (k === undefined || !parts(c, next!, matches[k]!.a)) continue;
    matches[k] = { ...matches[k]!, b: c };
    byNew.set(c, k);
    added.delete(c);
    added.add(next!);
  }
  for (const c of [...removed].sort(byIndexDescending)) {
    const next = nextOf(c, olds);
    const k = next === undefined ? undefined : byOld.get(next);
    if (k === undefined || !parts(c, next!, matches[k]!.b)) continue;
    matches[k] = { ...matches[k]!, a: c };
    byOld.set(c, k);
    removed.delete(c);
    removed.add(next!);
  }
}

/**
 * Step 5: the fewest moves. Anchors are exact texts only, so an edited paragraph that stayed
 * in order can be taken for a move: in [A B C] -> [B' C A] with B edited, the anchors are A or C,
 * and keeping A in place makes both B' and C moves, where one move, of A, says it all. Within
 * each section, the matches kept in place are the longest order-preserving chain of all matches,
 * edited or not; the others are moves. On a tie the earlier steps' answer stands (their in-place
 * matches weigh a hair more).
 */
function fewestMoves(matches: ItemMatch[], olds: Record<Section, Item[]>, news: Record<Section, Item[]>): void {
  for (const section of ['preamble', 'operative'] as const) {
    const inSection: number[] = [];
    let anyMoved = false;
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      if (m.a.paragraph.section !== section || m.b.paragraph.section !== section) continue;
      inSection.push(k);
      anyMoved ||= m.moved;
    }
    // Nothing moved: the matches are one chain already.
    if (!anyMoved) continue;
    // All the in-place bonuses together weigh less than one more match.
    const bonus = 1 / (2 * (inSection.length + 1));
    const pairs: Pair[] = inSection.map((k) => {
      const m = matches[k]!;
      return { i: m.a.index, j: m.b.index, weight: m.moved ? 1 : 1 + bonus };
    });
    const kept = new Uint8Array(olds[section].length);
    for (const p of heaviestChain(pairs, news[section].length)) kept[p.i] = 1;
    for (const k of inSection) {
      const m = matches[k]!;
      const moved = kept[m.a.index] === 0;
      if (moved !== m.moved) matches[k] = { ...m, moved };
    }
  }
}

/**
 * Aligns the paragraphs of two versions, section by section:
 * 1. order-preserving matching on similarity, within each section;
 * 2. moves among the leftovers of each section;
 * 3. paragraphs that changed section (a preambular paragraph that became operative);
 * 4. splits and merges: the first part continues the paragraph;
 * 5. the fewest moves: the matches kept in place are the longest order-preserving chain.
 * Pure and deterministic.
 */
export function alignParagraphs(
  oldSections: Record<Section, readonly Paragraph[]>,
  newSections: Record<Section, readonly Paragraph[]>,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  folds: SideFolds = AS_WRITTEN,
): Alignment {
  // A single paragraph against a single paragraph (an oral amendment, two pasted one-paragraph
  // texts): the section of each is only the parser's guess from its verb form ("Supporting …,"
  // or "Supports …;"), so they are compared as one paragraph, never as a move between sections.
  const lone = (side: Record<Section, readonly Paragraph[]>) => (side.preamble.length + side.operative.length === 1 ? (side.preamble[0] ?? side.operative[0]!) : null);
  const [oldLone, newLone] = [lone(oldSections), lone(newSections)];
  if (oldLone && newLone && oldLone.section !== newLone.section) return { matches: [{ old: oldLone, new: newLone, moved: false }], removed: [], added: [], approximate: false };

  const interner = new FeatureInterner();
  const state = { approximate: false };
  const matches: ItemMatch[] = [];
  const items: Record<'old' | 'new', Record<Section, Item[]>> = { old: { preamble: [], operative: [] }, new: { preamble: [], operative: [] } };
  const leftOld: Record<Section, Item[]> = { preamble: [], operative: [] };
  const leftNew: Record<Section, Item[]> = { preamble: [], operative: [] };

  for (const section of ['preamble', 'operative'] as const) {
    const olds = (items.old[section] = prepare(oldSections[section], interner, folds.old));
    const news = (items.new[section] = prepare(newSections[section], interner, folds.new));
    const { inOrder, exactMoves } = alignInOrder(olds, news, options, state);
    for (const [a, b] of inOrder) matches.push({ a, b, moved: false });
    for (const [a, b] of exactMoves) matches.push({ a, b, moved: true });
    const used = new Set<Item>([...inOrder.flat(), ...exactMoves.flat()]);
    const restOld = olds.filter((x) => !used.has(x));
    const restNew = news.filter((x) => !used.has(x));
    const moves = pairLeftovers(restOld, restNew, options, false, state);
    for (const [a, b] of moves) matches.push({ a, b, moved: true });
    const movedSet = new Set<Item>(moves.flat());
    leftOld[section] = restOld.filter((x) => !movedSet.has(x));
    leftNew[section] = restNew.filter((x) => !movedSet.has(x));
  }

  for (const [from, to] of [
    ['preamble', 'operative'],
    ['operative', 'preamble'],
  ] as const) {
    const crossed = pairLeftovers(leftOld[from], leftNew[to], options, true, state);
    for (const [a, b] of crossed) matches.push({ a, b, moved: true });
    const crossedSet = new Set<Item>(crossed.flat());
    leftOld[from] = leftOld[from].filter((x) => !crossedSet.has(x));
    leftNew[to] = leftNew[to].filter((x) => !crossedSet.has(x));
  }

  const removed = new Set([...leftOld.preamble, ...leftOld.operative]);
  const added = new Set([...leftNew.preamble, ...leftNew.operative]);
  preferFirstParts(matches, removed, added, items.old, items.new, interner, options);
  fewestMoves(matches, items.old, items.new);
  const inReadingOrder = (side: Record<Section, Item[]>, keep: Set<Item>) => [...side.preamble, ...side.operative].filter((x) => keep.has(x)).map((x) => x.paragraph);
  return {
    matches: matches.map((m) => ({ old: m.a.paragraph, new: m.b.paragraph, moved: m.moved })),
    removed: inReadingOrder(items.old, removed),
    added: inReadingOrder(items.new, added),
    approximate: state.approximate,
  };
}
