// Amendments out, then in: reading the amendment list resdiff writes for old -> new and applying it
// to old gives new's paragraph texts, over every corpus pair and derived variants, in zh and en.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { applyInstructions } from '../../src/amend/applyInstructions.js';
import { readInstructions } from '../../src/amend/readInstructions.js';
import { amendments } from '../../src/insight/amendments.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { arbVersionPair } from '../helpers/arbitraries.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';
import { VariantBuilder } from '../helpers/variants.js';

/** amend(old, amendmentLines(amendments(compare(old, new)))) has new's paragraph texts, every instruction applied. */
function roundTrip(old: Resolution, neu: Resolution): void {
  const lines = amendmentLines(amendments(compareResolutions(old, neu)));
  const instructions = readInstructions(lines.join('\n'), old.language);
  const amended = applyInstructions(old, instructions);
  const failed = amended.results.filter((r) => r.status === 'failed').map((r) => ({ ...r, text: instructions[r.n - 1]!.text.slice(0, 200) }));
  expect(failed).toEqual([]);
  expect(amended.preamble).toEqual(neu.preamble.map((p) => p.text));
  expect(amended.operative).toEqual(neu.operative.map((p) => p.text));
}

describe('amend(old, amendment list of old -> new) == new', () => {
  it('for every pair of corpus texts in one language (and each with itself)', () => {
    const docs = CORPUS_FILES.map((f) => parseCorpus(f));
    let pairs = 0;
    for (const a of docs) {
      for (const b of docs) {
        if (a.language !== b.language) continue;
        roundTrip(a, b);
        pairs++;
      }
    }
    expect(pairs).toBe(4 + 16);
  });

  it('for derived variants of every layout, in zh and en (property)', () => {
    const builders = CORPUS_FILES.filter((f) => !f.includes('DEC')).map((f) => new VariantBuilder(f));
    fc.assert(
      fc.property(fc.nat(builders.length - 1), fc.nat(999), fc.nat(999), fc.constantFrom('delete', 'insert', 'swap', 'move', 'verb'), (bi, x, y, op) => {
        const b = builders[bi]!;
        const list = x % 2 === 0 || b.resolution.operative.length < 2 ? b.resolution.preamble : b.resolution.operative;
        const p = list[x % list.length]!;
        const other = list[y % list.length]!;
        if ((op === 'swap' || op === 'move') && p === other) return;
        const raw =
          op === 'delete' ? b.delete(p.id).raw : op === 'insert' ? b.insertAfter(p.id).raw : op === 'swap' ? b.swap(p.id, other.id).raw : op === 'move' ? b.moveAfter(p.id, other.id).raw : b.changeLeadVerb(p.id, b.resolution.language === 'zh' ? '鼓励' : 'Welcoming').raw;
        roundTrip(b.resolution, parseResolution(raw));
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('for generated version pairs with edits, additions, deletions and moves (property)', () => {
    fc.assert(
      fc.property(arbVersionPair, ({ old, new: neu }) => roundTrip(old, neu)),
      { numRuns: 300, seed: 111 },
    );
  });
});
