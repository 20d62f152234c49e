// The compilation text (issue 13): each delegation's text comes back whole from the compilation,
// collisions are marked, identical proposals are shown once with every tag.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedRanges, compile, proposalText, rangesCollide } from '../../src/compile/index.js';
import { ParseError, UsageError } from '../../src/model/errors.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';
import { deriveProposal, sections, threeProposals, type DerivedEdit } from './derived.js';

const FILE_68_160 = 'A-RES-68-160.zh.txt';

describe('compile: three proposals to A/RES/68/160', () => {
  const base = parseCorpus(FILE_68_160);
  const p = threeProposals();
  const c = compile(base, [
    { label: 'EU', text: p.EU },
    { label: 'G77', text: p.G77 },
    { label: 'CARICOM', text: p.CARICOM },
  ]);
  const para = (id: string) => c.paragraphs.find((x) => x.id === id)!;

  it('marks the collision of the EU and the G77 on OP 4, both shown', () => {
    const op4 = para('op4');
    expect(op4.proposals.map((g) => g.labels)).toEqual([['EU'], ['G77']]);
    expect(op4.collisions).toEqual([{ between: [0, 1], labels: ['EU', 'G77'] }]);
    const deleted = op4.proposals.map((g) => g.segments.filter((s) => s.op === 'delete').map((s) => s.text).join(''));
    expect(deleted.join('|')).toContain('正义');
  });

  it('shows the identical cut in OP 9 once, tagged EU and CARICOM, no collision', () => {
    const op9 = para('op9');
    expect(op9.proposals).toHaveLength(1);
    expect(op9.proposals[0]!.labels).toEqual(['EU', 'CARICOM']);
    expect(op9.proposals[0]!.segments.filter((s) => s.op === 'delete').map((s) => s.text).join('')).toBe('，并鼓励非政府组织积极为此作出贡献');
    expect(op9.collisions).toEqual([]);
  });

  it('lists the deletion and the new paragraph, tagged, and counts', () => {
    expect(para('op12').proposals).toMatchObject([{ labels: ['G77'], kind: 'delete' }]);
    expect(para('pp8').after).toMatchObject([{ labels: ['CARICOM'], section: 'preamble' }]);
    expect(c.counts).toEqual({
      perProposal: [
        { label: 'EU', modified: 2, deleted: 0, added: 0, total: 2 },
        { label: 'G77', modified: 1, deleted: 1, added: 0, total: 2 },
        { label: 'CARICOM', modified: 1, deleted: 0, added: 1, total: 2 },
      ],
      paragraphsTouched: 3,
      newParagraphs: 1,
      collisions: 1,
    });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('gives each delegation its text back', () => {
    for (const [label, text] of Object.entries(p)) expect(proposalText(c, label)).toEqual(sections(text));
  });

  it('refuses a label given twice or empty', () => {
    expect(() => compile(base, [{ label: 'EU', text: p.EU }, { label: 'EU', text: p.G77 }])).toThrow(UsageError);
    expect(() => compile(base, [{ label: ' ', text: p.EU }])).toThrow(UsageError);
  });
});

describe('changed ranges and collisions', () => {
  it('reads ranges of the base text, insertions as points', () => {
    expect(changedRanges([{ op: 'equal', text: 'ab' }, { op: 'delete', text: 'cd' }, { op: 'insert', text: 'X' }, { op: 'equal', text: 'e' }, { op: 'insert', text: 'Y' }])).toEqual([
      { start: 2, end: 4 },
      { start: 5, end: 5 },
    ]);
  });
  it('collides on shared characters and on an insertion inside or at the edge of a change, not on neighbours', () => {
    expect(rangesCollide([{ start: 0, end: 4 }], [{ start: 3, end: 6 }])).toBe(true);
    expect(rangesCollide([{ start: 0, end: 4 }], [{ start: 4, end: 6 }])).toBe(false);
    expect(rangesCollide([{ start: 2, end: 2 }], [{ start: 0, end: 4 }])).toBe(true);
    expect(rangesCollide([{ start: 2, end: 2 }], [{ start: 2, end: 2 }])).toBe(true);
    expect(rangesCollide([{ start: 2, end: 2 }], [{ start: 3, end: 3 }])).toBe(false);
  });
});

describe('compile: every delegation gets its own text back (property over the corpus)', () => {
  const bases = new Map<string, Resolution>(CORPUS_FILES.map((f) => [f, parseCorpus(f)]));
  const editArb = (file: string) => {
    const ids = allParagraphs(bases.get(file)!).map((p) => p.id);
    const id = fc.constantFrom(...ids);
    return fc.oneof(
      fc.record({ op: fc.constant('cutAt' as const), id, from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ op: fc.constant('delete' as const), id }),
      fc.record({ op: fc.constant('insertAfter' as const), id }),
      fc.record({ op: fc.constant('moveAfter' as const), id, after: id }),
    ) as fc.Arbitrary<DerivedEdit>;
  };
  const caseArb = fc.constantFrom(...CORPUS_FILES).chain((file) =>
    fc.record({ file: fc.constant(file), proposals: fc.array(fc.array(editArb(file), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }) }),
  );

  it('proposalText(compile(BASE, proposals), label) is that proposal, whatever the others do', () => {
    fc.assert(
      fc.property(caseArb, ({ file, proposals }) => {
        // A variant cut so that it no longer reads as a resolution (the one-line 55/109 without its
        // first two preambular paragraphs) is no proposal: skipped.
        const derived = proposals.map((edits) => {
          try {
            return deriveProposal(file, edits).resolution;
          } catch (e) {
            if (e instanceof ParseError) return null;
            throw e;
          }
        });
        fc.pre(derived.every((r) => r !== null));
        const texts = derived as Resolution[];
        const c = compile(bases.get(file)!, texts.map((text, k) => ({ label: `D${k + 1}`, text })));
        texts.forEach((text, k) => expect(proposalText(c, `D${k + 1}`)).toEqual(sections(text)));
        // Alone against the base, it is the same text.
        expect(proposalText(compile(bases.get(file)!, [{ label: 'alone', text: texts[0]! }]), 'alone')).toEqual(sections(texts[0]!));
      }),
      { numRuns: 100, seed: 13 },
    );
  });
});
