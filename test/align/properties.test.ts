// Invariants of the engine, over generated pairs built from real paragraphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { hasDifferences, knownSegments, sideText, type Comparison } from '../../src/model/comparison.js';
import { DiffOutputSchema } from '../../src/model/contracts.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { diffOutput } from '../../src/render/json.js';
import { arbVersionPair } from '../helpers/arbitraries.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';

// An equal run reads its `old` form on the old side (a word the language folds: l'homme / l’homme).
const rebuild = (c: Comparison['changes'][number], side: 'old' | 'new') => sideText(c.segments, side);

function checkInvariants(a: Resolution, b: Resolution, c: Comparison): void {
  const oldIds = c.changes.filter((x) => x.old).map((x) => x.old!.id);
  const newIds = c.changes.filter((x) => x.new).map((x) => x.new!.id);
  // Every old and every new paragraph appears in exactly one change.
  expect([...oldIds].sort()).toEqual(allParagraphs(a).map((p) => p.id).sort());
  expect([...newIds].sort()).toEqual(allParagraphs(b).map((p) => p.id).sort());
  const oldText = new Map(allParagraphs(a).map((p) => [p.id, p.text]));
  const newText = new Map(allParagraphs(b).map((p) => [p.id, p.text]));
  for (const change of c.changes) {
    // The diff loses nothing: both texts are rebuilt exactly from the segments.
    expect(rebuild(change, 'old')).toBe(change.old ? oldText.get(change.old.id) : '');
    expect(rebuild(change, 'new')).toBe(change.new ? newText.get(change.new.id) : '');
    expect(change.segments.every((s) => s.text.length > 0)).toBe(true);
    // Unchanged: no word changed (the texts may still differ in what their language folds).
    if (change.kind === 'unchanged') expect(knownSegments(change).every((s) => s.op === 'equal')).toBe(true);
    if (change.kind === 'modified') expect(oldText.get(change.old.id)).not.toBe(newText.get(change.new.id));
    // Only an equal run carries an old form, and only one that differs from its text.
    for (const s of change.segments) if (s.old !== undefined) expect(s.op === 'equal' && s.old !== s.text).toBe(true);
  }
  const counted = { unchanged: 0, modified: 0, added: 0, removed: 0, moved: 0 };
  for (const change of c.changes) counted[change.kind]++;
  expect(c.summary).toMatchObject(counted);
  expect(DiffOutputSchema.safeParse(diffOutput(c)).success).toBe(true);
}

describe('compareResolutions invariants', () => {
  it('holds on generated version pairs (property)', () => {
    fc.assert(
      fc.property(arbVersionPair, ({ old, new: neu }) => {
        checkInvariants(old, neu, compareResolutions(old, neu));
      }),
      { numRuns: 300, seed: 68160 },
    );
  });

  it('diff(a, a) has no changes (property)', () => {
    fc.assert(
      fc.property(arbVersionPair, ({ new: doc }) => {
        const c = compareResolutions(doc, doc);
        expect(hasDifferences(c)).toBe(false);
        expect(c.changes.every((ch) => ch.kind === 'unchanged' && !ch.renumbered)).toBe(true);
      }),
      { numRuns: 200, seed: 67169 },
    );
  });

  it.each(CORPUS_FILES)('diff(a, a) on %s: all unchanged', (file) => {
    const r = parseCorpus(file);
    const c = compareResolutions(r, r);
    expect(c.summary.unchanged).toBe(allParagraphs(r).length);
    expect(hasDifferences(c)).toBe(false);
  });

  it('is deterministic', () => {
    const a = parseCorpus('A-RES-55-109.zh.txt');
    const b = parseCorpus('A-RES-68-160.zh.txt');
    expect(JSON.stringify(compareResolutions(a, b))).toBe(JSON.stringify(compareResolutions(a, b)));
  });

  it('holds on every pair of corpus texts in the same language', () => {
    for (const x of CORPUS_FILES) {
      for (const y of CORPUS_FILES) {
        const a = parseCorpus(x);
        const b = parseCorpus(y);
        if (a.language === b.language) checkInvariants(a, b, compareResolutions(a, b));
      }
    }
  });
});
