// The paragraph aligner: anchors, order-preserving matching in the gaps, then moves, then section changes.
import type { Paragraph, Section } from '../model/resolution.js';
import { heaviestChain, longestIncreasing, type Pair } from './sequence.js';
import { dice, FeatureInterner, type FeatureSet } from './similarity.js';

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

  constructor(
    readonly paragraph: Paragraph,
    /** Position within its section. */
    readonly index: number,
    private readonly interner: FeatureInterner,
  ) {}

  get features(): FeatureSet {
    this.own ??= this.interner.featuresOf(this.paragraph.text);
    return this.own;
  }

  /** Features without the lead verb, for matching across sections ("Recognizing" -> "Recognizes"). */
  get bodyFeatures(): FeatureSet {
    const { text, leadVerb } = this.paragraph;
    this.body ??= this.interner.featuresOf(leadVerb && text.startsWith(leadVerb) ? text.slice(leadVerb.length) : text);
    return this.body;
  }
}

function prepare(paragraphs: readonly Paragraph[], interner: FeatureInterner): Item[] {
  return paragraphs.map((paragraph, index) => new Item(paragraph, index, interner));
}

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
  // Features shared by very many paragraphs say little and cost much: skip them.
  const common = Math.max(16, Math.sqrt(olds.length) * 4);
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
    touched.sort((x, y) => shared[y]! - shared[x]!);
    for (const k of touched.slice(0, options.candidatesPerParagraph)) {
      const a = olds[k]!;
      const similarity = dice(feat(a), feat(b));
      if (similarity >= threshold) out.push({ a, b, similarity });
    }
    for (const k of touched) shared[k] = 0;
  }
  return out;
}

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
      const list = m.get(it.paragraph.text);
      if (list) list.push(it);
      else m.set(it.paragraph.text, [it]);
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
  const bounds = [{ i: -1, j: -1 }, ...anchors, { i: olds.length, j: news.length }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    if (k > 0) inOrder.push([olds[from.i]!, news[from.j]!]);
    const gapOld = olds.slice(from.i + 1, to.i).filter((x) => !taken.has(x));
    const gapNew = news.slice(from.j + 1, to.j).filter((x) => !taken.has(x));
    if (gapOld.length === 0 || gapNew.length === 0) continue;
    const candidates = candidatePairs(gapOld, gapNew, options.inOrderThreshold, options, false, state);
    // Weight below similarity, so one strong match beats two weak ones; a tiny penalty for
    // displacement inside the gap breaks ties toward the paragraph in the same place (as LEOS ranks).
    const pairs: Pair[] = candidates.map((c) => ({
      i: c.a.index,
      j: c.b.index,
      weight: c.similarity - options.inOrderThreshold / 2 - 1e-4 * Math.abs(c.a.index - from.i - (c.b.index - from.j)),
    }));
    for (const p of heaviestChain(pairs, news.length)) inOrder.push([olds[p.i]!, news[p.j]!]);
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

/**
 * Aligns the paragraphs of two versions, section by section:
 * 1. order-preserving matching on similarity, within each section;
 * 2. moves among the leftovers of each section;
 * 3. paragraphs that changed section (a preambular paragraph that became operative).
 * Pure and deterministic.
 */
export function alignParagraphs(
  oldSections: Record<Section, readonly Paragraph[]>,
  newSections: Record<Section, readonly Paragraph[]>,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Alignment {
  const interner = new FeatureInterner();
  const state = { approximate: false };
  const matches: ParagraphMatch[] = [];
  const leftOld: Record<Section, Item[]> = { preamble: [], operative: [] };
  const leftNew: Record<Section, Item[]> = { preamble: [], operative: [] };

  for (const section of ['preamble', 'operative'] as const) {
    const olds = prepare(oldSections[section], interner);
    const news = prepare(newSections[section], interner);
    const { inOrder, exactMoves } = alignInOrder(olds, news, options, state);
    for (const [a, b] of inOrder) matches.push({ old: a.paragraph, new: b.paragraph, moved: false });
    for (const [a, b] of exactMoves) matches.push({ old: a.paragraph, new: b.paragraph, moved: true });
    const used = new Set<Item>([...inOrder.flat(), ...exactMoves.flat()]);
    const restOld = olds.filter((x) => !used.has(x));
    const restNew = news.filter((x) => !used.has(x));
    const moves = pairLeftovers(restOld, restNew, options, false, state);
    for (const [a, b] of moves) matches.push({ old: a.paragraph, new: b.paragraph, moved: true });
    const movedSet = new Set<Item>(moves.flat());
    leftOld[section] = restOld.filter((x) => !movedSet.has(x));
    leftNew[section] = restNew.filter((x) => !movedSet.has(x));
  }

  for (const [from, to] of [
    ['preamble', 'operative'],
    ['operative', 'preamble'],
  ] as const) {
    const crossed = pairLeftovers(leftOld[from], leftNew[to], options, true, state);
    for (const [a, b] of crossed) matches.push({ old: a.paragraph, new: b.paragraph, moved: true });
    const crossedSet = new Set<Item>(crossed.flat());
    leftOld[from] = leftOld[from].filter((x) => !crossedSet.has(x));
    leftNew[to] = leftNew[to].filter((x) => !crossedSet.has(x));
  }

  return {
    matches,
    removed: [...leftOld.preamble, ...leftOld.operative].map((x) => x.paragraph),
    added: [...leftNew.preamble, ...leftNew.operative].map((x) => x.paragraph),
    approximate: state.approximate,
  };
}
