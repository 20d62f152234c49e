// The accuracy benchmark's labelled set: comparisons of each real corpus text with DERIVED
// VARIANTS of it. These variants are test fixtures made by a seeded random generator from the
// real texts; they are never stand-ins for real resolutions. Every inserted paragraph is a real
// paragraph of another corpus text in the same language, every inserted word or lead verb is
// taken from a real corpus paragraph; nothing is invented.
//
// Each variant is made by edits on the old paragraphs (the log, see log.ts), written in the
// text's own raw layout (VariantBuilder.write) and parsed back: a variant is kept only when the
// parser reads back exactly the paragraphs the log says, and when its ground truth is
// unambiguous (see `goldOf`). The generator tracks, for every character of every new paragraph,
// which old paragraph and offset it came from; the ground truth follows from that:
// - pairs: a new paragraph continues the old one it came from (an edited, moved or renumbered
//   paragraph; the head of a split; a merged paragraph continues its first part); the tail of a
//   split and an inserted paragraph are added; an old paragraph nothing continues is removed;
// - moved: pairs across sections, and pairs outside the longest order-preserving chain of a
//   section (a variant whose longest chain is not unique is dropped: either reading is right);
// - changed words: in each pair, the old characters the new paragraph does not keep and the new
//   characters that do not come from the old paragraph (mapped to tokens by the scorer).
import { distance } from 'fastest-levenshtein';
import type { Paragraph, Resolution } from '../../src/model/resolution.js';
import { detectLeadVerb } from '../../src/parse/leadVerb.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { diffTokens } from '../../src/text/tokenize.js';
import { CORPUS_FILES, parseCorpus } from '../../test/helpers/corpus.js';
import { reflowIndented, wrapWords } from '../../test/helpers/reflow.js';
import { VariantBuilder, type PlannedParagraph } from '../../test/helpers/variants.js';
import { KINDS, operativeNumbers, replay, type Edit, type Kind, type Section, type SectionTexts } from './log.js';
import { Rng } from './rng.js';
import { longestChain } from './chain.js';

export type Lang = 'zh' | 'en';

/** The ground truth of one comparison. Ids are the parser's (`pp3`, `op12`). */
export interface Gold {
  /** [old id, new id] */
  pairs: [string, string][];
  /** Old ids of moved paragraphs. */
  moved: string[];
  /** New ids. */
  added: string[];
  /** Old ids. */
  removed: string[];
  /** Per paired old id: 1 for each UTF-16 unit of its text the new paragraph does not keep. */
  oldChanged: Map<string, Uint8Array>;
  /** Per paired new id: 1 for each UTF-16 unit that does not come from its old paragraph. */
  newChanged: Map<string, Uint8Array>;
}

/** One labelled comparison. */
export interface Case {
  index: number;
  file: string;
  lang: Lang;
  kind: Kind;
  oldRaw: string;
  newRaw: string;
  old: Resolution;
  new: Resolution;
  log: Edit[];
  gold: Gold;
}

// ---------------------------------------------------------------------------------------------
// Drafts: paragraphs whose characters remember where they came from.

interface Unit {
  ch: string;
  /** Old paragraph id the character comes from, or null for a character the edits brought in. */
  from: string | null;
  /** Its offset in that old paragraph's text. */
  at: number;
}

interface Draft {
  section: Section;
  units: Unit[];
  /** The old paragraph this one continues, or null (added). */
  continues: string | null;
  /** A cut-off last paragraph of a partial text: it must stay last. */
  pinned: boolean;
  /** Words touched by word edits so far (the larger of the words taken out and put in, per edit). */
  touched: number;
}

type Drafts = Record<Section, Draft[]>;

const textOf = (d: Draft) => d.units.map((u) => u.ch).join('');
const freshUnits = (text: string): Unit[] => Array.from({ length: text.length }, (_, i) => ({ ch: text[i]!, from: null, at: -1 }));
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

function trimUnits(units: Unit[]): Unit[] {
  let a = 0;
  let b = units.length;
  while (a < b && isSpace(units[a]!.ch)) a++;
  while (b > a && isSpace(units[b - 1]!.ch)) b--;
  return units.slice(a, b);
}

function cloneDrafts(d: Drafts): Drafts {
  const copy = (x: Draft): Draft => ({ ...x, units: [...x.units] });
  return { preamble: d.preamble.map(copy), operative: d.operative.map(copy) };
}

function draftAt(d: Drafts, section: Section, index: number): Draft {
  const x = d[section][index];
  if (!x) throw new Error(`no ${section} draft at ${index}`);
  return x;
}

/** Applies one edit to the drafts, keeping track of where each character came from. */
function applyEdit(d: Drafts, e: Edit): void {
  switch (e.op) {
    case 'insert':
      d[e.section].splice(e.index, 0, { section: e.section, units: freshUnits(e.text), continues: null, pinned: false, touched: 0 });
      return;
    case 'delete':
      draftAt(d, e.section, e.index);
      d[e.section].splice(e.index, 1);
      return;
    case 'move': {
      const x = draftAt(d, e.from, e.fromIndex);
      d[e.from].splice(e.fromIndex, 1);
      d[e.to].splice(e.toIndex, 0, { ...x, section: e.to });
      return;
    }
    case 'swap': {
      const a = draftAt(d, e.section, e.a);
      const b = draftAt(d, e.section, e.b);
      d[e.section][e.a] = b;
      d[e.section][e.b] = a;
      return;
    }
    case 'split': {
      const x = draftAt(d, e.section, e.index);
      const head: Draft = { ...x, units: trimUnits(x.units.slice(0, e.at)), pinned: false };
      const tail: Draft = { section: e.section, units: trimUnits(x.units.slice(e.at)), continues: null, pinned: x.pinned, touched: 0 };
      d[e.section].splice(e.index, 1, head, tail);
      return;
    }
    case 'merge': {
      const a = draftAt(d, e.section, e.index);
      const b = draftAt(d, e.section, e.index + 1);
      const second = [...b.units];
      if (e.lowerFirst && second.length > 0) second[0] = { ch: second[0]!.ch.toLowerCase(), from: null, at: -1 };
      // The merged paragraph continues the first part's old paragraph; when the first part is
      // itself new (inserted earlier), text was put before the second part, which continues.
      const merged: Draft = { ...a, units: [...a.units, ...freshUnits(e.joiner), ...second], continues: a.continues ?? b.continues, pinned: b.pinned };
      d[e.section].splice(e.index, 2, merged);
      return;
    }
    case 'replace': {
      // The smallest replacement: characters the old and new strings share at either end stay
      // where they were, so the ground truth marks only what really changed.
      const x = draftAt(d, e.section, e.index);
      const before = textOf(x).slice(e.start, e.end);
      let p = 0;
      while (p < before.length && p < e.text.length && before[p] === e.text[p]) p++;
      let s = 0;
      while (s < before.length - p && s < e.text.length - p && before[before.length - 1 - s] === e.text[e.text.length - 1 - s]) s++;
      x.units = [...x.units.slice(0, e.start + p), ...freshUnits(e.text.slice(p, e.text.length - s)), ...x.units.slice(e.end - s)];
      if (e.why === 'words') x.touched += Math.max(wordCount(before), wordCount(e.text));
      return;
    }
    case 'renumber':
    case 'reflow':
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus: texts, donors of inserted paragraphs, words and lead verbs.

interface Source {
  file: string;
  lang: Lang;
  builder: VariantBuilder;
  resolution: Resolution;
  paragraphs: Paragraph[];
  /** Operative paragraphs carry printed numbers. */
  numbered: boolean;
  /** Real paragraphs of other texts in the same language, clearly unlike every paragraph of this one. */
  donors: Record<Section, { text: string; source: string }[]>;
}

interface Pools {
  sources: Source[];
  /** Runs of 1-3 consecutive words of real corpus paragraphs, per language. */
  wordRuns: Record<Lang, string[]>;
  /** Lead verbs the corpus paragraphs open with, per language and section. */
  verbs: Record<Lang, Record<Section, string[]>>;
}

/** Normalised Levenshtein similarity (1 - distance / longer length). */
function levenshteinSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - distance(a, b) / n;
}

/**
 * Dice coefficient over shingles, a measure of shared wording: pairs of adjacent Han characters
 * in Chinese, pairs of adjacent words in Latin text (single letters pairs would make any two
 * English paragraphs look alike).
 */
function bigramDice(a: string, b: string): number {
  const grams = (t: string) => {
    const m = new Map<string, number>();
    const add = (g: string) => m.set(g, (m.get(g) ?? 0) + 1);
    for (const run of t.match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) add(run.slice(i, i + 2));
    const words = t.replace(/\p{Script=Han}+/gu, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i + 1 < words.length; i++) add(`${words[i]} ${words[i + 1]}`);
    return m;
  };
  const x = grams(a);
  const y = grams(b);
  let shared = 0;
  let total = 0;
  for (const [g, c] of x) {
    shared += Math.min(c, y.get(g) ?? 0);
    total += c;
  }
  for (const c of y.values()) total += c;
  return total === 0 ? 1 : (2 * shared) / total;
}

/**
 * Two paragraphs are clearly different paragraphs (not versions of one) when they share little
 * wording on both measures. An inserted paragraph must be clearly different from every old
 * paragraph, else "removed + added" and "modified" would both be right and the truth ambiguous.
 */
export function clearlyDifferent(a: string, b: string): boolean {
  return levenshteinSimilarity(a, b) < 0.4 && bigramDice(a, b) < 0.4;
}

const WORDY = /[\p{L}\p{N}]/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Word tokens in a text (the engine's tokenisation). */
function wordCount(text: string): number {
  return diffTokens(text).filter((t) => WORDY.test(t)).length;
}

/** Tokens of a text (the engine's tokenisation) with their offsets. */
function tokensWithOffsets(text: string): { t: string; start: number; end: number }[] {
  const out: { t: string; start: number; end: number }[] = [];
  let at = 0;
  for (const t of diffTokens(text)) {
    out.push({ t, start: at, end: at + t.length });
    at += t.length;
  }
  return out;
}

function wordRunsOf(text: string, lang: Lang): string[] {
  const toks = tokensWithOffsets(text);
  const runs: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!LETTERS_ONLY.test(toks[i]!.t)) continue;
    let end = i;
    for (let len = 1; len <= 3; len++) {
      runs.push(text.slice(toks[i]!.start, toks[end]!.end));
      // The next word: right after (Chinese) or after one space (Latin).
      const next = lang === 'zh' ? end + 1 : end + 2;
      if (lang === 'en' && toks[end + 1]?.t !== ' ') break;
      if (!toks[next] || !LETTERS_ONLY.test(toks[next]!.t)) break;
      end = next;
    }
  }
  return runs;
}

let pools: Pools | undefined;

/** Reads the corpus once: every text of CORPUS_FILES, its donors, the word and verb pools. */
export function corpusPools(): Pools {
  if (pools) return pools;
  // The bench's pools are Chinese and English (Lang); the French corpus texts wait for rows of
  // their own (issue 12) rather than lending French words to English variants.
  const parsed = CORPUS_FILES.filter((file) => /\.(?:zh|en)\.txt$/.test(file)).map((file) => ({ file, resolution: parseCorpus(file) }));
  const langOf = (r: Resolution): Lang => (r.language === 'zh' ? 'zh' : 'en');
  const sources: Source[] = parsed.map(({ file, resolution }) => {
    const lang = langOf(resolution);
    const paragraphs = [...resolution.preamble, ...resolution.operative];
    const donors: Source['donors'] = { preamble: [], operative: [] };
    for (const other of parsed) {
      if (other.file === file || langOf(other.resolution) !== lang) continue;
      for (const p of [...other.resolution.preamble, ...other.resolution.operative]) {
        // A cut-off paragraph (the end of a partial text) is not a whole paragraph: never a donor.
        if (!/[,，;；.。]$/.test(p.text)) continue;
        if (!paragraphs.every((q) => clearlyDifferent(p.text, q.text))) continue;
        donors[p.section].push({ text: p.text, source: `${other.resolution.symbol ?? other.file} ${p.id}` });
      }
    }
    return {
      file,
      lang,
      builder: new VariantBuilder(file),
      resolution,
      paragraphs,
      numbered: resolution.operative.length > 0 && resolution.operative.every((p) => p.number !== null),
      donors,
    };
  });
  const wordRuns: Pools['wordRuns'] = { zh: [], en: [] };
  const verbs: Pools['verbs'] = { zh: { preamble: [], operative: [] }, en: { preamble: [], operative: [] } };
  for (const s of sources) {
    for (const p of s.paragraphs) {
      wordRuns[s.lang].push(...wordRunsOf(p.text, s.lang));
      const v = detectLeadVerb(p.text, s.resolution.language);
      if (v && p.text.startsWith(v.text) && !verbs[s.lang][p.section].includes(v.text)) verbs[s.lang][p.section].push(v.text);
    }
  }
  pools = { sources, wordRuns, verbs };
  return pools;
}

// ---------------------------------------------------------------------------------------------
// Proposals: one random edit of a kind that fits the drafts as they stand, or null.

interface State {
  src: Source;
  pools: Pools;
  rng: Rng;
  drafts: Drafts;
  /** Donor texts inserted so far in this variant. */
  inserted: string[];
}

const sectionsOf = (d: Drafts): Section[] => (['preamble', 'operative'] as const).filter((s) => d[s].length > 0);

function readingOrder(d: Drafts): Draft[] {
  return [...d.preamble, ...d.operative];
}

/** A pinned (cut-off) paragraph must stay the last one. */
function pinnedStaysLast(d: Drafts): boolean {
  const all = readingOrder(d);
  return all.every((x, k) => !x.pinned || k === all.length - 1);
}

function proposeInsert(st: State): Edit | null {
  const { rng, drafts, src } = st;
  const options = (['preamble', 'operative'] as const).flatMap((section) =>
    src.donors[section].filter((x) => !st.inserted.some((t) => !clearlyDifferent(t, x.text))).map((donor) => ({ section, donor })),
  );
  if (options.length === 0) return null;
  const { section, donor } = rng.pick(options);
  // The operative section of a text without operative paragraphs has no place for one.
  if (section === 'operative' && drafts.operative.length === 0 && src.resolution.operative.length === 0) return null;
  return { op: 'insert', section, index: rng.int(0, drafts[section].length), text: donor.text, source: donor.source };
}

function proposeDelete(st: State): Edit | null {
  const all = readingOrder(st.drafts);
  if (all.length <= 2) return null;
  const section = st.rng.pick(sectionsOf(st.drafts));
  return { op: 'delete', section, index: st.rng.int(0, st.drafts[section].length - 1) };
}

function proposeSwap(st: State): Edit | null {
  const { rng, drafts } = st;
  const sections = sectionsOf(drafts).filter((s) => drafts[s].filter((x) => !x.pinned).length >= 4);
  if (sections.length === 0) return null;
  const section = rng.pick(sections);
  const free = drafts[section].map((x, k) => (x.pinned ? -1 : k)).filter((k) => k >= 0);
  // At least two paragraphs between: with one or none, "a moved" and "b moved" are equally right.
  const a = rng.pick(free.slice(0, -3));
  const b = rng.pick(free.filter((k) => k - a >= 3));
  return { op: 'swap', section, a, b };
}

function proposeMove(st: State): Edit | null {
  const { rng, drafts } = st;
  if (rng.chance(0.25) && drafts.preamble.length > 0 && (drafts.operative.length > 0 || st.src.resolution.operative.length > 0)) {
    // A paragraph that changed section (a preambular paragraph that became operative, or back).
    const from = rng.chance(0.5) || drafts.operative.length === 0 ? 'preamble' : 'operative';
    const to: Section = from === 'preamble' ? 'operative' : 'preamble';
    if (drafts[from].length < 2) return null;
    return { op: 'move', from, fromIndex: rng.int(0, drafts[from].length - 1), to, toIndex: rng.int(0, drafts[to].length) };
  }
  const sections = sectionsOf(drafts).filter((s) => drafts[s].length >= 3);
  if (sections.length === 0) return null;
  const section = rng.pick(sections);
  const n = drafts[section].length;
  // A far move: at least two places, else it reads as well as a swap of neighbours.
  const fromIndex = rng.int(0, n - 1);
  const targets = Array.from({ length: n }, (_, k) => k).filter((k) => Math.abs(k - fromIndex) >= 2);
  if (targets.length === 0) return null;
  return { op: 'move', from: section, fromIndex, to: section, toIndex: rng.pick(targets) };
}

/** Offsets where a paragraph can be cut into two: after a clause's comma or semicolon, near the middle. */
function splitPoints(text: string, lang: Lang): number[] {
  const out: number[] = [];
  const re = lang === 'zh' ? /[，；](?=\p{Script=Han})/gu : /[,;] (?=\p{L})/gu;
  for (const m of text.matchAll(re)) {
    const at = m.index + m[0].length;
    if (at >= text.length * 0.3 && at <= text.length * 0.7) out.push(at);
  }
  return out;
}

function proposeSplit(st: State): Edit | null {
  const { rng, drafts } = st;
  const options = sectionsOf(drafts).flatMap((section) =>
    drafts[section].flatMap((x, index) => (x.pinned ? [] : splitPoints(textOf(x), st.src.lang).map((at) => ({ section, index, at })))),
  );
  if (options.length === 0) return null;
  const o = rng.pick(options);
  return { op: 'split', section: o.section, index: o.index, at: o.at };
}

function proposeMerge(st: State): Edit | null {
  const { rng, drafts } = st;
  const options = sectionsOf(drafts).flatMap((section) =>
    drafts[section].slice(0, -1).flatMap((x, index) => (x.pinned ? [] : [{ section, index }])),
  );
  if (options.length === 0) return null;
  const o = rng.pick(options);
  const second = textOf(drafts[o.section][o.index + 1]!);
  const latin = st.src.lang === 'en';
  return { op: 'merge', section: o.section, index: o.index, joiner: latin ? ' ' : '', lowerFirst: latin && /^\p{Lu}\p{Ll}/u.test(second) };
}

/**
 * One word edit (replace, delete or insert a run of one to three words; inserted words come
 * from real corpus paragraphs) in paragraph `index` of `section`, keeping the words it has
 * touched within `share` of its words. The lead verb is left alone (that is the leadverb kind).
 */
function proposeWords(st: State, section: Section, index: number, share: number): Edit | null {
  const { rng, drafts, src } = st;
  const latin = src.lang === 'en';
  const draft = drafts[section][index]!;
  const o = { section, index, text: textOf(draft) };
  const verb = detectLeadVerb(o.text, src.resolution.language);
  const guarded = verb && o.text.startsWith(verb.text) ? verb.text.length : 0;
  const toks = tokensWithOffsets(o.text);
  const words = toks.map((t, k) => ({ ...t, k })).filter((t) => WORDY.test(t.t) && t.start >= guarded);
  if (words.length < 6) return null;
  const maxRun = Math.min(3, Math.floor(share * words.length) - draft.touched);
  if (maxRun < 1) return null;
  const donor = () => rng.pick(st.pools.wordRuns[src.lang].filter((r) => (latin ? r.split(' ').length : diffTokens(r).length) <= maxRun));
  /** A run of consecutive words starting at word w: Latin words one space apart, Chinese words adjacent. */
  const run = (w: number, len: number) => {
    const picked = [words[w]!];
    for (let k = 1; k < len; k++) {
      const prev = picked[picked.length - 1]!;
      const next = words[w + k];
      if (!next || !LETTERS_ONLY.test(next.t) || next.k !== prev.k + (latin ? 2 : 1)) return null;
      if (latin && toks[prev.k + 1]!.t !== ' ') return null;
      picked.push(next);
    }
    return picked;
  };
  const choice = rng.int(0, 2);
  const w = rng.int(0, words.length - 1);
  const len = rng.int(1, maxRun);
  if (choice === 0 || choice === 1) {
    const r = run(w, len);
    if (!r || !r.every((t) => LETTERS_ONLY.test(t.t))) return null;
    const start = r[0]!.start;
    const end = r[r.length - 1]!.end;
    if (choice === 0) {
      const text = donor();
      if (text === o.text.slice(start, end)) return null;
      return { op: 'replace', section: o.section, index: o.index, start, end, text, why: 'words' };
    }
    // Deleting Latin words takes one space with them.
    if (latin) {
      const before = toks[r[0]!.k - 1];
      const after = toks[r[r.length - 1]!.k + 1];
      if (before?.t === ' ' && before.start > guarded) return { op: 'replace', section: o.section, index: o.index, start: before.start, end, text: '', why: 'words' };
      if (after?.t === ' ') return { op: 'replace', section: o.section, index: o.index, start, end: after.end, text: '', why: 'words' };
      return null;
    }
    return { op: 'replace', section: o.section, index: o.index, start, end, text: '', why: 'words' };
  }
  // Insert words before word w (after the space before it, in Latin text).
  const at = words[w]!;
  if (!LETTERS_ONLY.test(at.t)) return null;
  if (latin) {
    if (toks[at.k - 1]?.t !== ' ') return null;
    return { op: 'replace', section: o.section, index: o.index, start: at.start, end: at.start, text: `${donor()} `, why: 'words' };
  }
  if (!LETTERS_ONLY.test(toks[at.k - 1]?.t ?? '')) return null;
  return { op: 'replace', section: o.section, index: o.index, start: at.start, end: at.start, text: donor(), why: 'words' };
}

function proposeLeadVerb(st: State): Edit | null {
  const { rng, drafts, src } = st;
  const options = sectionsOf(drafts).flatMap((section) =>
    drafts[section].flatMap((x, index) => {
      const text = textOf(x);
      const verb = detectLeadVerb(text, src.resolution.language);
      return verb && text.startsWith(verb.text) ? [{ section, index, verb: verb.text }] : [];
    }),
  );
  if (options.length === 0) return null;
  const o = rng.pick(options);
  const choices = st.pools.verbs[src.lang][o.section].filter((v) => v.toLowerCase() !== o.verb.toLowerCase());
  if (choices.length === 0) return null;
  return { op: 'replace', section: o.section, index: o.index, start: 0, end: o.verb.length, text: rng.pick(choices), why: 'leadverb' };
}

/** Word edits come in runs on one paragraph (`editWords`); the other kinds one edit at a time. */
const PROPOSERS: Record<Exclude<Kind, 'words' | 'renumber' | 'reflow' | 'mixed'>, (st: State) => Edit | null> = {
  insert: proposeInsert,
  delete: proposeDelete,
  swap: proposeSwap,
  move: proposeMove,
  split: proposeSplit,
  merge: proposeMerge,
  leadverb: proposeLeadVerb,
};

/** The most of a paragraph's words that word edits may touch: a heavy edit still leaves the paragraph itself. */
const WORD_SHARE = 0.35;

/**
 * Word edits on one paragraph (a random one unless given) until about `share` of its words are
 * touched, `share` drawn between 5% and `most` (35%: heavy rewording, though the corpus pair
 * A/RES/55/109 -> 68/160 rewords some paragraphs more). Returns whether any edit was made.
 */
function editWords(st: State, log: Edit[], where?: { section: Section; index: number }, most = WORD_SHARE): boolean {
  const options = sectionsOf(st.drafts).flatMap((section) => st.drafts[section].map((_, index) => ({ section, index })));
  const { section, index } = where ?? st.rng.pick(options);
  const share = 0.05 + st.rng.next() * (most - 0.05);
  let made = 0;
  for (let attempt = 0; attempt < 30; attempt++) {
    const words = wordCount(textOf(st.drafts[section][index]!));
    if (st.drafts[section][index]!.touched >= share * words * 0.8 && made > 0) break;
    const edit = proposeWords(st, section, index, share);
    if (!edit) continue;
    applyEdit(st.drafts, edit);
    log.push(edit);
    made++;
  }
  return made > 0;
}

/** How many edits a comparison of each kind gets (at least, at most). */
const EDITS: Record<Kind, [number, number]> = {
  insert: [1, 2],
  delete: [1, 2],
  swap: [1, 1],
  move: [1, 2],
  split: [1, 2],
  merge: [1, 1],
  words: [1, 3],
  leadverb: [1, 2],
  renumber: [1, 1],
  reflow: [1, 1],
  mixed: [3, 5],
};

/** Tries to apply one edit (word edits: one run of them) of `kind`; false when none fits. */
function tryEdit(st: State, kind: Exclude<Kind, 'renumber' | 'reflow' | 'mixed'>, log: Edit[]): boolean {
  if (kind === 'words') return editWords(st, log);
  for (let attempt = 0; attempt < 12; attempt++) {
    const edit = PROPOSERS[kind](st);
    if (!edit) continue;
    const next = cloneDrafts(st.drafts);
    applyEdit(next, edit);
    if (!pinnedStaysLast(next) || readingOrder(next).some((x) => textOf(x).trim() === '')) continue;
    st.drafts = next;
    if (edit.op === 'insert') st.inserted.push(edit.text);
    log.push(edit);
    // Moved paragraphs are often edited too: half of the moves carry word edits (up to a quarter of the words).
    if (edit.op === 'move' && st.rng.chance(0.5)) editWords(st, log, { section: edit.to, index: edit.toIndex }, 0.25);
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Writing, re-flowing and checking a variant.

/** Re-flows the lines of a raw text in its layout (a layout change only). Returns null when the layout has no other flow. */
function reflow(raw: string, src: Source, rng: Rng): { raw: string; style: string } | null {
  switch (src.builder.layout) {
    case 'pdf-zh': {
      const width = rng.int(15, 60);
      return { raw: reflowIndented(raw, width, false), style: `pdf lines of ${width}` };
    }
    case 'old-html-en': {
      const width = rng.int(40, 100);
      return { raw: reflowIndented(raw, width, true), style: `indented lines of ${width}` };
    }
    case 'lines-fr':
    case 'one-line-fr':
      return null;
    case 'one-line-zh':
    case 'right-docs-en': {
      // Each paragraph's lines joined, then broken again at another width (0: one line each),
      // with a blank line or a plain line break between lines.
      let r: Resolution;
      try {
        r = parseResolution(raw);
      } catch {
        return null;
      }
      const paragraphs = [...r.preamble, ...r.operative];
      const latin = src.lang === 'en';
      const width = rng.chance(0.3) ? 0 : rng.int(30, 110);
      const between = src.builder.layout === 'one-line-zh' ? '\n' : rng.pick(['\n', '\n\n']);
      let out = '';
      let from = 0;
      for (const p of paragraphs) {
        const joined = raw
          .slice(p.span.start, p.span.end)
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .join(latin ? ' ' : '');
        const lines = width === 0 ? [joined] : breakAt(joined, width, latin);
        // One-line texts: every paragraph starts a line of its own.
        const lead = src.builder.layout === 'one-line-zh' ? raw.slice(from, p.span.start).replace(/\s+$/, '\n') : raw.slice(from, p.span.start);
        out += lead + lines.join(between);
        from = p.span.end;
      }
      return { raw: out + raw.slice(from), style: `${width === 0 ? 'one line' : `lines of ${width}`} per paragraph` };
    }
  }
}

function breakAt(text: string, width: number, latin: boolean): string[] {
  if (latin) return wrapWords(text, width);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/** Gold from the final drafts; null when the moves are ambiguous. */
function goldOf(src: Source, drafts: Drafts): Gold | null {
  const oldById = new Map(src.paragraphs.map((p) => [p.id, p]));
  const oldIndex = new Map<string, number>();
  for (const list of [src.resolution.preamble, src.resolution.operative]) list.forEach((p, k) => oldIndex.set(p.id, k));
  const pairs: [string, string][] = [];
  const added: string[] = [];
  const moved: string[] = [];
  const oldChanged = new Map<string, Uint8Array>();
  const newChanged = new Map<string, Uint8Array>();
  const continued = new Set<string>();
  for (const section of ['preamble', 'operative'] as const) {
    const chainInput: { i: number; j: number; old: string }[] = [];
    drafts[section].forEach((x, k) => {
      const newId = `${section === 'preamble' ? 'pp' : 'op'}${k + 1}`;
      if (x.continues === null) {
        added.push(newId);
        return;
      }
      const old = oldById.get(x.continues)!;
      if (continued.has(old.id)) throw new Error(`two paragraphs continue ${old.id}`);
      continued.add(old.id);
      pairs.push([old.id, newId]);
      if (old.section !== section) moved.push(old.id);
      else chainInput.push({ i: oldIndex.get(old.id)!, j: k, old: old.id });
      const o = new Uint8Array(old.text.length).fill(1);
      const n = new Uint8Array(x.units.length);
      x.units.forEach((u, i) => {
        if (u.from === old.id) o[u.at] = 0;
        else n[i] = 1;
      });
      oldChanged.set(old.id, o);
      newChanged.set(newId, n);
    });
    const chain = longestChain(chainInput);
    if (!chain.unique) return null;
    chainInput.forEach((c, k) => {
      if (!chain.members.has(k)) moved.push(c.old);
    });
  }
  const removed = src.paragraphs.filter((p) => !continued.has(p.id)).map((p) => p.id);
  return { pairs, moved, added, removed, oldChanged, newChanged };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, k) => x === b[k]);

/** Why an attempt was discarded (the generator then tries again with other random choices). */
export type Discard = 'no edit of the kind fits' | 'parser reads other paragraphs' | 'truth ambiguous' | 'moves undo each other';

/** One attempt at a comparison of `kind`, or the reason it did not come out. */
function attempt(src: Source, kind: Kind, rng: Rng): { newRaw: string; parsed: Resolution; log: Edit[]; gold: Gold } | Discard {
  const p = corpusPools();
  const original = (x: Paragraph): Draft => ({
    section: x.section,
    units: Array.from({ length: x.text.length }, (_, i) => ({ ch: x.text[i]!, from: x.id, at: i })),
    continues: x.id,
    pinned: false,
    touched: 0,
  });
  const drafts: Drafts = { preamble: src.resolution.preamble.map(original), operative: src.resolution.operative.map(original) };
  const all = readingOrder(drafts);
  const last = all[all.length - 1]!;
  if (!src.resolution.complete && !/[,，;；.。]$/.test(textOf(last))) last.pinned = true;
  const st: State = { src, pools: p, rng, drafts, inserted: [] };
  const log: Edit[] = [];
  const [lo, hi] = EDITS[kind];
  const n = rng.int(lo, hi);
  let withReflow = kind === 'reflow';
  if (kind === 'renumber') {
    if (!src.numbered || drafts.operative.length < 2) return 'no edit of the kind fits';
    log.push({ op: 'renumber', from: rng.int(0, drafts.operative.length - 1), delta: rng.int(1, 2) });
  } else if (kind === 'mixed') {
    const basic = ['insert', 'delete', 'swap', 'move', 'split', 'merge', 'words', 'leadverb'] as const;
    let done = 0;
    for (let k = 0; k < 30 && done < n; k++) if (tryEdit(st, rng.pick(basic), log)) done++;
    if (done < n) return 'no edit of the kind fits';
    withReflow = rng.chance(0.3);
  } else if (kind !== 'reflow') {
    for (let k = 0; k < n; k++) if (!tryEdit(st, kind, log)) return 'no edit of the kind fits';
  }

  // The plan: sections in order, operative numbers as the text prints them.
  const numbers = operativeNumbers(st.drafts.operative.length, log);
  const byId = new Map(src.paragraphs.map((x) => [x.id, x]));
  const plan: PlannedParagraph[] = readingOrder(st.drafts).map((x) => {
    const k = st.drafts.operative.indexOf(x);
    const number = x.section === 'operative' && src.numbered ? numbers[k]! : null;
    const copyOf = x.continues === null ? undefined : byId.get(x.continues);
    return { section: x.section, text: textOf(x), number, copyOf };
  });
  let newRaw = src.builder.write(plan);
  if (withReflow) {
    const r = reflow(newRaw, src, rng);
    if (!r) return 'parser reads other paragraphs';
    newRaw = r.raw;
    log.push({ op: 'reflow', style: r.style });
  }

  // The log replayed on plain texts must give the drafts (a check of the generator itself).
  const oldTexts: SectionTexts = { preamble: src.resolution.preamble.map((x) => x.text), operative: src.resolution.operative.map((x) => x.text) };
  const replayed = replay(oldTexts, log);
  for (const section of ['preamble', 'operative'] as const) {
    if (!sameList(replayed[section], st.drafts[section].map(textOf))) throw new Error(`generator bug: the log does not replay to the drafts (${src.file}, ${kind})`);
  }

  // The parser must read back exactly the planned paragraphs; the texts must be unambiguous.
  let parsed: Resolution;
  try {
    parsed = parseResolution(newRaw);
  } catch {
    return 'parser reads other paragraphs';
  }
  for (const section of ['preamble', 'operative'] as const) {
    if (!sameList(parsed[section].map((x) => x.text), replayed[section])) return 'parser reads other paragraphs';
    // Two paragraphs with one text: which is which is anyone's guess.
    if (new Set(replayed[section]).size !== replayed[section].length) return 'truth ambiguous';
  }
  if (src.numbered && !sameList(parsed.operative.map((x) => x.number), numbers)) return 'parser reads other paragraphs';
  const gold = goldOf(src, st.drafts);
  if (!gold) return 'truth ambiguous';
  // Two moves can undo each other: a move or swap comparison must hold a move.
  if ((kind === 'move' || kind === 'swap') && gold.moved.length === 0) return 'moves undo each other';
  return { newRaw, parsed, log, gold };
}

/** A seed for comparison k of a run with `seed`: each comparison has its own stream. */
function caseSeed(seed: number, k: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (k + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export interface Generated {
  cases: Case[];
  /** Schedule slots where a text could not take a kind (e.g. no numbered paragraphs to renumber). */
  skipped: { file: string; kind: Kind; reason: Discard }[];
  /** Attempts discarded, by reason, in the comparisons made (not counting skipped slots). */
  discarded: Map<Discard, number>;
}

/**
 * `count` labelled comparisons from a seed. Slot k takes kind k mod 11; rounds of 11 slots go to
 * Chinese and English in turn, and within a language to each of its texts in turn, so both
 * languages get about as many comparisons and every text meets every kind. A slot whose text
 * cannot take its kind (nothing to renumber, too few paragraphs to swap) is skipped.
 */
export function generateCases(seed: number, count: number): Generated {
  const p = corpusPools();
  const cases: Case[] = [];
  const skipped: Generated['skipped'] = [];
  const discarded: Generated['discarded'] = new Map();
  const byLang: Record<Lang, Source[]> = { zh: p.sources.filter((s) => s.lang === 'zh'), en: p.sources.filter((s) => s.lang === 'en') };
  for (let k = 0; cases.length < count && k < count * 20 + 100; k++) {
    const kind = KINDS[k % KINDS.length]!;
    const round = Math.floor(k / KINDS.length);
    const texts = byLang[round % 2 === 0 ? 'zh' : 'en'];
    const src = texts[Math.floor(round / 2) % texts.length]!;
    const rng = new Rng(caseSeed(seed, k));
    let made: Exclude<ReturnType<typeof attempt>, Discard> | null = null;
    const reasons: Discard[] = [];
    for (let tries = 0; tries < 40 && !made; tries++) {
      const a = attempt(src, kind, rng);
      if (typeof a === 'string') reasons.push(a);
      else made = a;
    }
    if (!made) {
      // The reason most attempts gave.
      const often = new Map<Discard, number>();
      for (const r of reasons) often.set(r, (often.get(r) ?? 0) + 1);
      const reason = [...often].sort((a, b) => b[1] - a[1])[0]![0];
      skipped.push({ file: src.file, kind, reason });
      continue;
    }
    for (const r of reasons) discarded.set(r, (discarded.get(r) ?? 0) + 1);
    cases.push({
      index: cases.length,
      file: src.file,
      lang: src.lang,
      kind,
      oldRaw: src.builder.raw,
      newRaw: made.newRaw,
      old: src.resolution,
      new: made.parsed,
      log: made.log,
      gold: made.gold,
    });
  }
  return { cases, skipped, discarded };
}
