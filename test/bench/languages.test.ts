// The accuracy benchmark's rows for French, Spanish, Russian and Arabic (bench/accuracy/languages.ts):
// the labelled set covers every language, its truth accounts for every paragraph once, and a
// perfect system scores 1 on it. The set is the real French pair and DERIVED variants (French
// corpus texts; derived fixtures for es, ru, ar): nothing here is invented text.
import { describe, expect, it } from 'vitest';
import { OTHER_LANGS, otherLanguageCases } from '../../bench/accuracy/languages.js';
import { goldAsOutput, prf, scoreCase } from '../../bench/accuracy/score.js';
import { allParagraphs } from '../../src/model/resolution.js';

describe('the other-language rows of the accuracy benchmark', () => {
  const cases = otherLanguageCases(1, 3);

  it('hold the real French pair and derived comparisons in fr, es, ru and ar', () => {
    expect(cases.filter((c) => c.kind === 'real').map((c) => c.file)).toEqual(['A-RES-52-131.fr.txt -> A-RES-56-153.fr.txt']);
    for (const lang of OTHER_LANGS) expect(cases.filter((c) => c.lang === lang && c.kind !== 'real').length, lang).toBeGreaterThanOrEqual(9);
    for (const c of cases) expect(c.old.language).toBe(c.lang);
  });

  it('a truth that accounts for every old and new paragraph once, on which a perfect system scores 1', () => {
    for (const c of cases) {
      const olds = [...c.gold.pairs.map(([o]) => o), ...c.gold.removed].sort();
      const news = [...c.gold.pairs.map(([, n]) => n), ...c.gold.added].sort();
      expect(olds).toEqual(allParagraphs(c.old).map((p) => p.id).sort());
      expect(news).toEqual(allParagraphs(c.new).map((p) => p.id).sort());
      const s = scoreCase(c.old, c.new, c.gold, goldAsOutput(c.gold));
      expect(prf(s.pairs).f1).toBe(1);
    }
  });

  it('is seeded: the same seed gives the same set', () => {
    const again = otherLanguageCases(1, 3);
    expect(again.map((c) => [c.file, c.kind, c.gold.pairs])).toEqual(cases.map((c) => [c.file, c.kind, c.gold.pairs]));
  });
});
