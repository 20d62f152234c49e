// The accuracy benchmark's parts (bench/accuracy/*): the scorer on small cases checked by hand,
// the generator's log against the texts it wrote, the baselines' mappings, and the engine
// behaviours the benchmark found missing (splits, merges, the fewest moves).
// Fixtures are real corpus paragraphs, or variants derived from them; nothing here is invented text.
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { longestChain } from '../../bench/accuracy/chain.js';
import { corpusPools, generateCases, type Gold } from '../../bench/accuracy/generator.js';
import { KINDS, replay, type SectionTexts } from '../../bench/accuracy/log.js';
import { goldAsOutput, prf, scoreCase, wordSpans } from '../../bench/accuracy/score.js';
import { diffMatchPatch, levenshteinAligner, lineDiff, ours, type SystemOutput } from '../../bench/accuracy/systems.js';
import { makeResolution } from '../helpers/arbitraries.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';

const en = parseCorpus('A-RES-51-100.en.txt');
const zh = parseCorpus('A-RES-68-160.zh.txt');
const [P1, P2, P3] = en.preamble.map((p) => p.text) as [string, string, string];
const [O1, O2] = en.operative.map((p) => p.text) as [string, string];
const texts = (r: Resolution): SectionTexts => ({ preamble: r.preamble.map((p) => p.text), operative: r.operative.map((p) => p.text) });

/** A51/100 with PP1 and PP2 swapped and "of the Third Committee" taken out of PP3 (a derived fixture). */
function handCase(): { old: Resolution; new: Resolution; gold: Gold; cut: { start: number; end: number } } {
  const cutText = ' of the Third Committee';
  const at = P3.indexOf(cutText);
  const P3b = P3.slice(0, at) + P3.slice(at + cutText.length);
  const old = makeResolution('en', [P1, P2, P3], [O1]);
  const neu = makeResolution('en', [P2, P1, P3b], [O1]);
  const zeros = (t: string) => new Uint8Array(t.length);
  const cutMarks = zeros(P3);
  cutMarks.fill(1, at, at + cutText.length);
  const gold: Gold = {
    pairs: [
      ['pp1', 'pp2'],
      ['pp2', 'pp1'],
      ['pp3', 'pp3'],
      ['op1', 'op1'],
    ],
    moved: ['pp1'],
    added: [],
    removed: [],
    oldChanged: new Map([
      ['pp1', zeros(P1)],
      ['pp2', zeros(P2)],
      ['pp3', cutMarks],
      ['op1', zeros(O1)],
    ]),
    newChanged: new Map([
      ['pp2', zeros(P1)],
      ['pp1', zeros(P2)],
      ['pp3', zeros(P3b)],
      ['op1', zeros(O1)],
    ]),
  };
  return { old, new: neu, gold, cut: { start: at, end: at + cutText.length } };
}

describe('scorer', () => {
  it('a perfect system scores 1 on every measure, with the counts of the truth', () => {
    const c = handCase();
    const s = scoreCase(c.old, c.new, c.gold, goldAsOutput(c.gold));
    expect(s.pairs).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(s.classes).toEqual({ tp: 1, fp: 0, fn: 0 });
    // "of the Third Committee": four words deleted from PP3.
    expect(s.words).toEqual({ tp: 4, fp: 0, fn: 0 });
    for (const m of ['pairs', 'classes', 'words'] as const) expect(prf(s[m])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('a system that drops a pair loses pair recall, and shows the paragraph removed and added', () => {
    const c = handCase();
    const out = goldAsOutput(c.gold);
    const dropped: SystemOutput = { ...out, pairs: out.pairs.filter((p) => p.old !== 'pp3'), removed: ['pp3'], added: ['pp3'] };
    const s = scoreCase(c.old, c.new, c.gold, dropped);
    expect(s.pairs).toEqual({ tp: 3, fp: 0, fn: 1 });
    expect(prf(s.pairs)).toEqual({ precision: 1, recall: 0.75, f1: 6 / 7 });
    expect(s.classes).toEqual({ tp: 1, fp: 2, fn: 0 });
    // Unpaired, every word of PP3 on both sides is shown changed: the four deleted words are found, the rest are false.
    const oldWords = wordSpans(P3).length;
    const newWords = wordSpans(c.new.preamble[2]!.text).length;
    expect(s.words).toEqual({ tp: 4, fp: oldWords - 4 + newWords, fn: 0 });
  });

  it('a word marked that did not change is a false positive; a missed one a false negative', () => {
    const c = handCase();
    const out = goldAsOutput(c.gold);
    const pp3 = out.pairs.find((p) => p.old === 'pp3')!;
    const marks = new Uint8Array(pp3.oldMarks);
    marks.fill(0, c.cut.end - 'Committee'.length, c.cut.end); // "Committee" not marked
    const working = P3.indexOf('Working');
    marks[working + 2] = 1; // one letter of "Working" marked: the word counts as marked
    const s = scoreCase(c.old, c.new, c.gold, { ...out, pairs: out.pairs.map((p) => (p === pp3 ? { ...p, oldMarks: marks } : p)) });
    expect(s.words).toEqual({ tp: 3, fp: 1, fn: 1 });
  });

  it('a wrong pair costs precision and recall; a wrong move call costs classes', () => {
    const c = handCase();
    const out = goldAsOutput(c.gold);
    const swapped: SystemOutput = {
      ...out,
      pairs: out.pairs.map((p) => (p.old === 'pp1' ? { ...p, new: 'pp1' } : p.old === 'pp2' ? { ...p, new: 'pp2' } : p)),
      moved: [],
    };
    const s = scoreCase(c.old, c.new, c.gold, swapped);
    expect(s.pairs).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(s.classes).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(prf(s.classes)).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('nothing to find and nothing claimed is no score at all', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
  });
});

describe('longest order-preserving chain', () => {
  it('finds a far move, and says when a swap of neighbours could be read two ways', () => {
    // [a b c d] -> [b c a d]: only a moved.
    const far = longestChain([
      { i: 0, j: 2 },
      { i: 1, j: 0 },
      { i: 2, j: 1 },
      { i: 3, j: 3 },
    ]);
    expect(far.unique).toBe(true);
    expect([...far.members].sort()).toEqual([1, 2, 3]);
    // [a b c] -> [b a c]: a moved, or b moved.
    const near = longestChain([
      { i: 0, j: 1 },
      { i: 1, j: 0 },
      { i: 2, j: 2 },
    ]);
    expect(near.unique).toBe(false);
    expect(near.members.size).toBe(2);
  });
});

describe('generator', () => {
  const { cases } = generateCases(7, 44);

  it('makes comparisons of every kind, from texts in both languages', () => {
    expect(cases).toHaveLength(44);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(KINDS));
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['zh', 'en']));
    for (const c of cases) expect(CORPUS_FILES).toContain(c.file);
  });

  it('its log, applied to the old paragraphs, gives the paragraphs the parser reads in the text it wrote', () => {
    for (const c of cases) {
      const expected = texts(parseResolution(c.newRaw));
      expect(replay(texts(c.old), c.log), `${c.file} ${c.kind}`).toEqual(expected);
    }
  });

  it('a log missing one of its edits no longer gives the text (the check can fail)', () => {
    const c = cases.find((x) => x.kind === 'insert')!;
    expect(replay(texts(c.old), c.log.slice(1))).not.toEqual(texts(parseResolution(c.newRaw)));
  });

  it('its truth accounts for every paragraph once, and a perfect system scores 1 on it', () => {
    for (const c of cases) {
      const olds = [...c.old.preamble, ...c.old.operative].map((p) => p.id);
      const news = [...c.new.preamble, ...c.new.operative].map((p) => p.id);
      expect([...c.gold.pairs.map(([o]) => o), ...c.gold.removed].sort()).toEqual([...olds].sort());
      expect([...c.gold.pairs.map(([, n]) => n), ...c.gold.added].sort()).toEqual([...news].sort());
      const s = scoreCase(c.old, c.new, c.gold, goldAsOutput(c.gold));
      for (const m of ['pairs', 'classes', 'words'] as const) expect(s[m].fp + s[m].fn).toBe(0);
    }
  });

  it('inserts only real paragraphs of another corpus text in the same language', () => {
    const p = corpusPools();
    for (const c of cases) {
      for (const e of c.log) {
        if (e.op !== 'insert') continue;
        const donors = p.sources.filter((s) => s.lang === c.lang && s.file !== c.file).flatMap((s) => s.paragraphs.map((x) => x.text));
        expect(donors).toContain(e.text);
      }
    }
  });

  it('is seeded: the same seed gives the same set, another seed another', () => {
    const again = generateCases(7, 12).cases;
    expect(again.map((c) => c.newRaw)).toEqual(cases.slice(0, 12).map((c) => c.newRaw));
    const other = generateCases(8, 12).cases;
    expect(other.map((c) => c.newRaw)).not.toEqual(again.map((c) => c.newRaw));
  });
});

describe('baselines, as the benchmark reads them', () => {
  it('line diff: equal lines pair, a deleted line is removed, nothing moves', () => {
    const out = lineDiff.run(makeResolution('en', [P1, P2, P3], []), makeResolution('en', [P1, P3], []));
    expect(out.pairs.map((p) => [p.old, p.new])).toEqual([
      ['pp1', 'pp1'],
      ['pp3', 'pp2'],
    ]);
    expect(out.removed).toEqual(['pp2']);
    expect(out.moved).toEqual([]);
  });

  it('line diff: renumbered operative lines are changed lines, paired in order within their block', () => {
    const out = lineDiff.run(makeResolution('en', [], [O1, O2]), makeResolution('en', [], [O2]));
    // "1. Supports …" / "2. Invites …" against "1. Invites …": one changed block, paired in order.
    expect(out.pairs.map((p) => [p.old, p.new])).toEqual([['op1', 'op1']]);
    expect(out.removed).toEqual(['op2']);
  });

  it('Levenshtein aligner: pairs lines at 0.8 or more wherever they are, and calls the one out of order moved', () => {
    const out = levenshteinAligner.run(makeResolution('en', [P1, P2, P3], []), makeResolution('en', [P3, P1, P2], []));
    expect(out.pairs.map((p) => [p.old, p.new]).sort()).toEqual([
      ['pp1', 'pp2'],
      ['pp2', 'pp3'],
      ['pp3', 'pp1'],
    ]);
    expect(out.moved).toEqual(['pp3']);
    const apart = levenshteinAligner.run(makeResolution('en', [P1], []), makeResolution('en', [P2], []));
    expect(apart.pairs).toEqual([]);
  });

  it('diff-match-patch: paragraphs linked by most kept characters pair, and the deleted words are marked', () => {
    const c = handCase();
    const old = makeResolution('en', [P1, P3], []);
    const neu = makeResolution('en', [P1, c.new.preamble[2]!.text], []);
    const out = diffMatchPatch.run(old, neu);
    expect(out.pairs.map((p) => [p.old, p.new])).toEqual([
      ['pp1', 'pp1'],
      ['pp2', 'pp2'],
    ]);
    const s = scoreCase(old, neu, { ...c.gold, pairs: [['pp1', 'pp1'], ['pp2', 'pp2']], moved: [], oldChanged: new Map([['pp1', new Uint8Array(P1.length)], ['pp2', c.gold.oldChanged.get('pp3')!]]), newChanged: new Map([['pp1', new Uint8Array(P1.length)], ['pp2', c.gold.newChanged.get('pp3')!]]) }, out);
    expect(s.pairs).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.words.tp).toBe(4);
  });
});

describe('engine behaviours the benchmark found missing', () => {
  const pair = (c: ReturnType<typeof compareResolutions>, oldId: string) => c.changes.find((ch) => ch.old?.id === oldId);

  it('a paragraph split in two continues in its first part, even when the second part is longer', () => {
    // A/RES/68/160 OP13 cut after its first clause (a derived variant).
    const ops = zh.operative.map((p) => p.text);
    const op13 = ops[12]!;
    const cut = op13.indexOf('，') + 1;
    const neu = [...ops.slice(0, 12), op13.slice(0, cut), op13.slice(cut), ops[13]!];
    const c = compareResolutions(makeResolution('zh', [], ops), makeResolution('zh', [], neu));
    expect(pair(c, 'op13')!.new!.id).toBe('op13');
    expect(c.changes.filter((ch) => ch.kind === 'added').map((ch) => ch.new!.id)).toEqual(['op14']);
    expect(pair(c, 'op14')!.new!.id).toBe('op15');
  });

  it('two paragraphs merged into one continue the first; the second is removed', () => {
    // A/RES/51/100 PP1 and PP2 read as one paragraph (a derived variant); PP2 is the longer.
    const merged = `${P1} ${P2[0]!.toLowerCase()}${P2.slice(1)}`;
    const c = compareResolutions(makeResolution('en', [P1, P2, P3], []), makeResolution('en', [merged, P3], []));
    expect(pair(c, 'pp1')!.new!.id).toBe('pp1');
    expect(pair(c, 'pp2')!.kind).toBe('removed');
  });

  it('a far move next to an edited paragraph is one move, not two', () => {
    // A/RES/68/160 PP1 moved after PP3, PP2 edited: [1 2 3 4 …] -> [2' 3 1 4 …].
    const pps = zh.preamble.map((p) => p.text);
    const edited = pps[1]!.replace('通过的', '');
    const c = compareResolutions(makeResolution('zh', pps, []), makeResolution('zh', [edited, pps[2]!, pps[0]!, ...pps.slice(3)], []));
    expect(c.changes.filter((ch) => ch.kind === 'moved').map((ch) => ch.old!.id)).toEqual(['pp1']);
    expect(pair(c, 'pp2')!.kind).toBe('modified');
  });

  it('the ours system reads the engine faithfully: a perfect score on a swap of far paragraphs', () => {
    const pps = zh.preamble.map((p) => p.text);
    const neu = [...pps];
    [neu[1], neu[6]] = [neu[6]!, neu[1]!];
    const old = makeResolution('zh', pps, []);
    const n = makeResolution('zh', neu, []);
    const out = ours.run(old, n);
    expect(out.moved.sort()).toEqual(['pp2', 'pp7']);
    expect(out.pairs.find((p) => p.old === 'pp2')!.new).toBe('pp7');
    expect(out.pairs.every((p) => p.oldMarks.every((x) => x === 0) && p.newMarks.every((x) => x === 0))).toBe(true);
  });
});
