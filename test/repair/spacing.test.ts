// Broken spacing (issue 12 part 3): every corpus text in a repaired language, broken at random
// the way some PDF viewers break it (src/repair/breakSpacing.ts, seeded), repaired and parsed,
// compares with the original with at least 98% of its paragraphs unchanged; the same texts
// unbroken are never repaired. The broken texts are derived from the real corpus texts named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { rulesFor } from '../../src/lang/index.js';
import type { Language } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { breakSpacing } from '../../src/repair/breakSpacing.js';
import { mayBeBroken, repairSpacing, repairText } from '../../src/repair/index.js';
import { corpusDir, loadCorpusIndex } from '../../src/source/corpus.js';
import { parseText } from '../../src/source/loadDocument.js';
import { loadWordList } from '../../src/source/loadDocument.js';

/** The languages the repair covers: a word list (en, fr) or Han characters (zh). */
const REPAIRED: readonly Language[] = ['en', 'fr', 'zh'];
const SEEDS = [1, 2, 3, 4, 5];

const texts = loadCorpusIndex()
  .texts.filter((t) => REPAIRED.includes(t.language))
  .map((t) => ({ symbol: t.symbol, language: t.language, text: readFileSync(join(corpusDir(), t.file), 'utf8') }));

/** Paragraphs of the original unchanged in the comparison with the broken-then-repaired text. */
function unchangedShare(symbol: string, language: Language, text: string, seed: number): { same: number; total: number; joins: number } {
  const rules = rulesFor(language);
  const repaired = repairText(breakSpacing(text, rules, { seed }), rules, loadWordList);
  const original = parseResolution(text, { symbol });
  const comparison = compareResolutions(original, parseResolution(repaired.text, { symbol }));
  const total = original.preamble.length + original.operative.length;
  const same = comparison.changes.filter((c) => c.kind === 'unchanged' && !c.renumbered).length;
  return { same: Math.min(same, total), total, joins: repaired.joins };
}

describe('broken spacing repaired (issue 12 part 3)', () => {
  it('covers every corpus text in en, fr and zh', () => {
    expect(new Set(texts.map((t) => t.language))).toEqual(new Set(REPAIRED));
    expect(texts.length).toBeGreaterThanOrEqual(10);
  });

  it('at least 98% of paragraphs show no change after breaking at random and repairing, over all those texts', () => {
    let same = 0;
    let total = 0;
    for (const t of texts) {
      for (const seed of SEEDS) {
        const r = unchangedShare(t.symbol, t.language, t.text, seed);
        expect(r.joins, `${t.symbol} (${t.language}) seed ${seed} was not repaired`).toBeGreaterThan(0);
        same += r.same;
        total += r.total;
      }
    }
    expect(total).toBeGreaterThan(400);
    expect(same / total).toBeGreaterThanOrEqual(0.98);
  });

  it('never repairs a text whose spacing is whole: every corpus text in every language, zero joins, no word list needed', () => {
    for (const t of loadCorpusIndex().texts) {
      const text = readFileSync(join(corpusDir(), t.file), 'utf8');
      const rules = rulesFor(t.language);
      expect(mayBeBroken(text, rules), `${t.symbol} (${t.language}) looked broken`).toBe(false);
      expect(repairText(text, rules, () => {
        throw new Error('a whole text loaded the word list');
      })).toEqual({ text, joins: 0 });
      expect(parseText(text, { symbol: t.symbol }).spacingRepair).toBeUndefined();
    }
  });

  it('only takes spaces out: the repaired text is the broken one less some spaces, for any seed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.integer({ min: 1, max: 1e9 }), (t, seed) => {
        const rules = rulesFor(t.language);
        const broken = breakSpacing(t.text, rules, { seed });
        const repaired = repairText(broken, rules, loadWordList);
        expect(repaired.text.replace(/ /g, '')).toBe(broken.replace(/ /g, ''));
        expect(broken.length - repaired.text.length).toBe(repaired.joins);
        // The breaker only adds spaces too: the original less its spaces is the broken text less its spaces.
        expect(broken.replace(/ /g, '')).toBe(t.text.replace(/ /g, ''));
      }),
      { numRuns: 25 },
    );
  });

  it('joins the examples of the issue, and leaves numbers in a row and short word pairs apart', () => {
    const en = rulesFor('en');
    const words = loadWordList(en.wordList!);
    expect(repairSpacing('Reaf firming its comm itment to promo ting int ernation al coop eration', en, words).text).toBe('Reaffirming its commitment to promoting international cooperation');
    expect(repairSpacing('Reca llin g resolution 67/169 of 20 Septem ber 201 5', en, words).text).toBe('Recalling resolution 67/169 of 20 September 2015');
    expect(repairSpacing('paragraphs 1 2, 1 9 98 and 3 4, a new per cent of the 20 15 plan', en, words).text).toBe('paragraphs 1 2, 1 9 98 and 3 4, a new per cent of the 2015 plan');
    const zh = rulesFor('zh');
    expect(repairSpacing('增进人权领域的国际合作 大会， 重 申 其决 议', zh, null).text).toBe('增进人权领域的国际合作 大会， 重申其决议');
  });

  it('says so in the parse result, with the number of joins', () => {
    const t = texts.find((x) => x.language === 'fr')!;
    const broken = breakSpacing(t.text, rulesFor('fr'), { seed: 7 });
    const r = parseText(broken, { symbol: t.symbol });
    expect(r.spacingRepair?.joins).toBeGreaterThan(50);
    expect(r.preamble.length).toBe(parseResolution(t.text, { symbol: t.symbol }).preamble.length);
  });
});

describe('the JSON contracts carry the repair', () => {
  it('parse and diff objects validate, with spacingRepair only on the repaired side', async () => {
    const { ParseOutputSchema, DiffOutputSchema } = await import('../../src/model/contracts.js');
    const { parseOutput, diffOutput } = await import('../../src/render/json.js');
    const t = texts.find((x) => x.symbol === 'E/CN.4/RES/2000/70')!;
    const whole = parseText(t.text, { symbol: t.symbol });
    const repaired = parseText(breakSpacing(t.text, rulesFor('en'), { seed: 2 }), { symbol: t.symbol });
    const parsed = ParseOutputSchema.parse(parseOutput(repaired));
    expect(parsed.spacingRepair?.joins).toBe(repaired.spacingRepair!.joins);
    expect('spacingRepair' in parseOutput(whole)).toBe(false);
    const diff = DiffOutputSchema.parse(diffOutput(compareResolutions(whole, repaired)));
    expect(diff.new.spacingRepair?.joins).toBe(repaired.spacingRepair!.joins);
    expect(diff.old.spacingRepair).toBeUndefined();
  });
});
