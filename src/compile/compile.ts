// The compilation text (issue 13): one base, the proposals of several delegations, each change
// attributed, paragraph by paragraph. Pure and deterministic: no I/O, no clock.
// Layer: compile, below render/ and views/ (which draw it), above wording/ and align/ (whose
// engine compares each proposal with the base). The front ends read each proposal (a revised
// text, a tracked Word file, an amendment document) into a Resolution before it gets here.
//
// Per proposal:
// 1. paragraphs whose text is the same in the base and the proposal are paired, order kept;
// 2. one paragraph left on each side between two such pairs is that paragraph edited, when the
//    two share enough (the engine's in-order threshold); the paragraphs left after that are
//    compared with the engine (compareResolutions). A proposal costs the comparison of the
//    paragraphs it changes, not of the whole text, and the base's words are tokenized once;
// 3. of all pairs, the heaviest order-keeping chain stays paired (same text weighs more); a
//    pair off the chain is a move: the base paragraph is deleted where it stood and the
//    proposal's paragraph is new where it stands now (`moved`, `movedFrom`);
// 4. every paragraph of the proposal that is not paired is new, placed after the base paragraph
//    paired with the nearest proposal paragraph before it (before the base's first when none).
// Then the proposals of all delegations are grouped per base paragraph: identical outcomes once,
// with every tag; two different outcomes that change overlapping characters collide.
import { compareResolutions, stopsIn } from '../align/compareResolutions.js';
import { DEFAULT_ALIGN_OPTIONS } from '../align/alignParagraphs.js';
import { DEFAULT_INLINE_OPTIONS, inlineDiff } from '../align/inlineDiff.js';
import { heaviestChain, type Pair } from '../align/sequence.js';
import { rulesFor } from '../lang/index.js';
import type { Collision, Compilation, CompilationCounts, CompiledParagraph, NewParagraph, ParagraphProposal, ProposalInfo, ProposalOrigin } from '../model/compilation.js';
import type { Segment } from '../model/comparison.js';
import { UsageError } from '../model/errors.js';
import { allParagraphs, type Paragraph, type Resolution } from '../model/resolution.js';

/** One delegation's proposal: its tag and its text as a Resolution. */
export interface ProposalInput {
  label: string;
  text: Resolution;
  /** How the front end read it; carried through for the renderers. */
  origin?: ProposalOrigin;
  /** Remarks of the front end (failed amendment instructions), carried through. */
  notes?: string[];
}

/** What one proposal does to the base, before grouping. */
interface ProposalEffect {
  /** Per base paragraph index: nothing (same text), a change, or a deletion. */
  changes: Map<number, { kind: 'modify' | 'delete'; segments: Segment[]; moved: boolean }>;
  /** Per anchor (base index, -1 = before the first): new paragraphs in order. */
  inserted: Map<number, { section: Paragraph['section']; text: string; movedFrom: string | null }[]>;
}

const SAME_TEXT_WEIGHT = 4;

function side(segments: readonly Segment[], drop: 'insert' | 'delete'): string {
  return segments.filter((s) => s.op !== drop).map((s) => s.text).join('');
}

/** Segments from base to proposal, checked: the engine's when they rebuild both texts, else whole-text. */
function checkedSegments(segments: readonly Segment[], oldText: string, newText: string): Segment[] {
  if (side(segments, 'insert') === oldText && side(segments, 'delete') === newText) return segments.map((s) => ({ op: s.op, text: s.text }));
  return [
    ...(oldText ? [{ op: 'delete' as const, text: oldText }] : []),
    ...(newText ? [{ op: 'insert' as const, text: newText }] : []),
  ];
}

/** A copy of a text with only some of its paragraphs (the others are already paired). */
function withOnly(doc: Resolution, keep: ReadonlySet<Paragraph>): Resolution {
  const cut = stopsIn(doc);
  return {
    ...doc,
    complete: cut !== null && keep.has(cut) ? doc.complete : true,
    preamble: doc.preamble.filter((p) => keep.has(p)),
    operative: doc.operative.filter((p) => keep.has(p)),
  };
}

/** What one proposal changes in the base. */
/** What every proposal compares against: the base, its paragraphs by text, its words once tokenized. */
interface BaseView {
  doc: Resolution;
  paragraphs: readonly Paragraph[];
  /** Per section, the indexes of the base paragraphs with a text. */
  byText: Record<Paragraph['section'], Map<string, number[]>>;
  /** The base's tokenizer, remembering each paragraph's tokens across proposals. */
  tokens: (text: string) => string[];
  cut: Paragraph | null;
}

function baseView(base: Resolution): BaseView {
  const paragraphs = allParagraphs(base);
  const byText: BaseView['byText'] = { preamble: new Map(), operative: new Map() };
  paragraphs.forEach((p, i) => {
    const list = byText[p.section].get(p.text);
    if (list) list.push(i);
    else byText[p.section].set(p.text, [i]);
  });
  const tokenize = rulesFor(base.language).tokens;
  const seen = new Map<string, string[]>();
  const tokens = (text: string) => {
    let t = seen.get(text);
    if (t === undefined) seen.set(text, (t = tokenize(text)));
    return [...t];
  };
  return { doc: base, paragraphs, byText, tokens, cut: stopsIn(base) };
}

function effectOf(view: BaseView, proposal: Resolution): ProposalEffect {
  const { doc: base, paragraphs: baseParas, byText } = view;
  const propParas = allParagraphs(proposal);
  // 1. Same text, same section: an order-keeping chain.
  const exact: Pair[] = [];
  propParas.forEach((q, j) => {
    for (const i of byText[q.section].get(q.text) ?? []) exact.push({ i, j, weight: SAME_TEXT_WEIGHT });
  });
  const same = heaviestChain(exact, propParas.length);
  const pairedBase = new Set(same.map((p) => p.i));
  const pairedProp = new Set(same.map((p) => p.j));
  const segmentsOf = new Map<string, Segment[]>();
  const fuzzy: Pair[] = [];
  // 2a. One paragraph left on each side between two of those pairs: the same paragraph edited,
  // when they share enough (the engine's in-order threshold); diffed with the base's tokens kept.
  const propCut = stopsIn(proposal);
  const proposalTokens = rulesFor(proposal.language).tokens;
  const anchors = [{ i: -1, j: -1 }, ...[...same].sort((a, b) => a.i - b.i), { i: baseParas.length, j: propParas.length }];
  for (let k = 1; k < anchors.length; k++) {
    const [from, to] = [anchors[k - 1]!, anchors[k]!];
    if (to.i - from.i !== 2 || to.j - from.j !== 2) continue;
    const [i, j] = [from.i + 1, from.j + 1];
    const [b, q] = [baseParas[i]!, propParas[j]!];
    if (b.section !== q.section || b === view.cut || q === propCut) continue;
    const d = inlineDiff(b.text, q.text, DEFAULT_INLINE_OPTIONS, { old: view.tokens, new: proposalTokens });
    if (d.similarity < DEFAULT_ALIGN_OPTIONS.inOrderThreshold) continue;
    pairedBase.add(i);
    pairedProp.add(j);
    fuzzy.push({ i, j, weight: 1 });
    segmentsOf.set(`${i}:${j}`, d.segments);
  }
  // 2b. Left on both sides with the same text: a paragraph moved as it is (a pair off the chain).
  propParas.forEach((q, j) => {
    if (pairedProp.has(j)) return;
    const i = (byText[q.section].get(q.text) ?? []).find((k) => !pairedBase.has(k));
    if (i === undefined) return;
    pairedBase.add(i);
    pairedProp.add(j);
    fuzzy.push({ i, j, weight: 1 });
  });
  // 2c. The rest compared by the engine.
  const restBase = baseParas.filter((_, i) => !pairedBase.has(i));
  const restProp = propParas.filter((_, j) => !pairedProp.has(j));
  if (restBase.length > 0 && restProp.length > 0) {
    const baseIndex = new Map(baseParas.map((p, i) => [p.id, i]));
    const propIndex = new Map(propParas.map((p, j) => [p.id, j]));
    const c = compareResolutions(withOnly(base, new Set(restBase)), withOnly(proposal, new Set(restProp)));
    for (const ch of c.changes) {
      if (ch.old === null || ch.new === null || ch.old.section !== ch.new.section) continue;
      const i = baseIndex.get(ch.old.id)!;
      const j = propIndex.get(ch.new.id)!;
      fuzzy.push({ i, j, weight: 1 });
      segmentsOf.set(`${i}:${j}`, ch.segments);
    }
  }
  // 3. One chain over both kinds of pair.
  const chain = heaviestChain([...same, ...fuzzy], propParas.length);
  const baseOf = new Map(chain.map((p) => [p.j, p.i]));
  const kept = new Set(chain.map((p) => p.i));
  const movedAway = new Map([...same, ...fuzzy].filter((p) => !kept.has(p.i) && !baseOf.has(p.j)).map((p) => [p.j, p.i]));
  const movedBase = new Set(movedAway.values());
  const effect: ProposalEffect = { changes: new Map(), inserted: new Map() };
  baseParas.forEach((p, i) => {
    if (!kept.has(i)) effect.changes.set(i, { kind: 'delete', segments: [{ op: 'delete', text: p.text }], moved: movedBase.has(i) });
  });
  for (const { i, j } of chain) {
    const [b, q] = [baseParas[i]!, propParas[j]!];
    if (b.text === q.text) continue;
    effect.changes.set(i, { kind: 'modify', segments: checkedSegments(segmentsOf.get(`${i}:${j}`) ?? [], b.text, q.text), moved: false });
  }
  // 4. New paragraphs after the base paragraph paired with the nearest one before them.
  let anchor = -1;
  propParas.forEach((q, j) => {
    const i = baseOf.get(j);
    if (i !== undefined) {
      anchor = i;
      return;
    }
    const from = movedAway.get(j);
    const list = effect.inserted.get(anchor) ?? [];
    list.push({ section: q.section, text: q.text, movedFrom: from === undefined ? null : baseParas[from]!.id });
    effect.inserted.set(anchor, list);
  });
  return effect;
}

/** The character ranges of the base text a change touches (insertions as empty ranges). */
export function changedRanges(segments: readonly Segment[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let pos = 0;
  let open: { start: number; end: number } | null = null;
  for (const s of segments) {
    if (s.op === 'equal') {
      if (open) ranges.push(open);
      open = null;
      pos += s.text.length;
      continue;
    }
    open ??= { start: pos, end: pos };
    if (s.op === 'delete') {
      pos += s.text.length;
      open.end = pos;
    }
  }
  if (open) ranges.push(open);
  return ranges;
}

/**
 * Whether two changes to one paragraph touch overlapping words: two ranges that share a
 * character, or an insertion at a point that the other changes (inside or at an edge of a
 * deletion, or an insertion at the same point: the order of the two would be a choice).
 */
export function rangesCollide(a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean {
  return a.some((x) =>
    b.some((y) => {
      if (x.start === x.end || y.start === y.end) return Math.max(x.start, y.start) <= Math.min(x.end, y.end);
      return Math.max(x.start, y.start) < Math.min(x.end, y.end);
    }),
  );
}

/** Adds one delegation's new paragraphs to a list shared by all, keeping each delegation's order. */
function mergeNew(into: NewParagraph[], label: string, items: readonly { section: Paragraph['section']; text: string; movedFrom: string | null }[]): void {
  let last = -1;
  for (const item of items) {
    const at = into.findIndex((n, k) => k > last && n.section === item.section && n.text === item.text && n.movedFrom === item.movedFrom && !n.labels.includes(label));
    if (at >= 0) {
      into[at]!.labels.push(label);
      last = at;
    } else {
      into.push({ labels: [label], section: item.section, text: item.text, movedFrom: item.movedFrom });
      last = into.length - 1;
    }
  }
}

/**
 * Compiles the proposals of several delegations against one base text.
 *
 * @example compile(base, [{ label: 'EU', text: eu }, { label: 'G77', text: g77 }]).counts.collisions
 * @throws UsageError when a label is empty or given twice.
 */
export function compile(base: Resolution, proposals: readonly ProposalInput[]): Compilation {
  const seen = new Set<string>();
  for (const p of proposals) {
    if (p.label.trim() === '') throw new UsageError('every proposal needs a label (the delegation: "EU=eu.docx")');
    if (seen.has(p.label)) throw new UsageError(`the label "${p.label}" is given to two proposals: each delegation's label must be unique`);
    seen.add(p.label);
  }
  const view = baseView(base);
  const baseParas = view.paragraphs;
  const effects = proposals.map((p) => effectOf(view, p.text));
  const before: NewParagraph[] = [];
  effects.forEach((e, k) => mergeNew(before, proposals[k]!.label, e.inserted.get(-1) ?? []));

  const paragraphs: CompiledParagraph[] = baseParas.map((p, i) => {
    const groups: ParagraphProposal[] = [];
    effects.forEach((e, k) => {
      const change = e.changes.get(i);
      if (!change) return;
      const label = proposals[k]!.label;
      const outcome = change.kind === 'delete' ? null : side(change.segments, 'delete');
      const same = groups.find((g) => (g.kind === 'delete' ? outcome === null && g.moved === change.moved : outcome !== null && side(g.segments, 'delete') === outcome));
      if (same) same.labels.push(label);
      else {
        const ranges = change.kind === 'delete' ? [{ start: 0, end: p.text.length }] : changedRanges(change.segments);
        groups.push({ labels: [label], kind: change.kind, segments: change.segments, ranges, moved: change.moved });
      }
    });
    const collisions: Collision[] = [];
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        if (rangesCollide(groups[a]!.ranges, groups[b]!.ranges)) collisions.push({ between: [a, b], labels: [...groups[a]!.labels, ...groups[b]!.labels] });
      }
    }
    const after: NewParagraph[] = [];
    effects.forEach((e, k) => mergeNew(after, proposals[k]!.label, e.inserted.get(i) ?? []));
    return { id: p.id, section: p.section, number: p.number, text: p.text, proposals: groups, collisions, after };
  });

  const allNew = [...before, ...paragraphs.flatMap((p) => p.after)];
  const counts: CompilationCounts = {
    perProposal: proposals.map((pr) => {
      const modified = paragraphs.filter((p) => p.proposals.some((g) => g.kind === 'modify' && g.labels.includes(pr.label))).length;
      const deleted = paragraphs.filter((p) => p.proposals.some((g) => g.kind === 'delete' && g.labels.includes(pr.label))).length;
      const added = allNew.filter((n) => n.labels.includes(pr.label)).length;
      return { label: pr.label, modified, deleted, added, total: modified + deleted + added };
    }),
    paragraphsTouched: paragraphs.filter((p) => p.proposals.length > 0).length,
    newParagraphs: allNew.length,
    collisions: paragraphs.reduce((n, p) => n + p.collisions.length, 0),
  };
  const info: ProposalInfo[] = proposals.map((p, index) => ({ label: p.label, index, origin: p.origin ?? null, notes: [...(p.notes ?? [])] }));
  return { kind: 'compilation', base: { symbol: base.symbol, title: base.title, language: base.language }, proposals: info, before, paragraphs, counts };
}
