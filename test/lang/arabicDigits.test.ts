// Arabic-Indic (٠-٩) and Persian (۰-۹) digits are the Latin digits they stand for: in operative
// numbers, in renumbering and in the technical-change rules (LanguageRules.digits and numberOf).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { rulesFor } from '../../src/lang/index.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { packageRoot } from '../../src/util/packageRoot.js';

// A derived fixture (built from the rules of src/lang/ar.ts, see test/lang/fixtures/README.md).
const arabic = readFileSync(join(packageRoot(), 'test/lang/fixtures/derived.ar.txt'), 'utf8');
/** The derived fixture with its operative numbers written in Arabic-Indic digits ("١." for "1."). */
const indicNumbers = arabic.replace(/^([1-9])\. /gm, (_m, d: string) => `${String.fromCharCode(0x660 + Number(d))}. `);

describe('operative numbers in Arabic-Indic digits', () => {
  it('"١." opens operative paragraph 1', () => {
    expect(indicNumbers).toContain('\n١. تهيب');
    const r = parseResolution(indicNumbers);
    expect(r.language).toBe('ar');
    expect(r.operative.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(r.operative[0]!.text.startsWith('تهيب')).toBe(true);
    // The same paragraphs as with Latin numbers.
    expect(r.operative.map((p) => p.text)).toEqual(parseResolution(arabic).operative.map((p) => p.text));
  });

  it('a text pasted on one line (derived: the fixture with its line breaks taken out) gives the same paragraphs, with either digit set', () => {
    const printed = parseResolution(arabic);
    for (const text of [arabic, indicNumbers]) {
      const oneLine = text.replace(/\s*\n\s*/g, ' ');
      expect(oneLine).not.toContain('\n');
      const r = parseResolution(oneLine);
      expect(r.preamble.map((p) => p.text)).toEqual(printed.preamble.map((p) => p.text));
      expect(r.operative.map((p) => p.text)).toEqual(printed.operative.map((p) => p.text));
      expect(r.operative.map((p) => p.number)).toEqual([1, 2, 3]);
    }
  });

  it('Persian digits too, and each digit set reads as its number', () => {
    const ar = rulesFor('ar');
    expect(ar.numberOf('١٢')).toBe(12);
    expect(ar.numberOf('۱۲')).toBe(12);
    expect(ar.numberOf('12')).toBe(12);
    const persian = arabic.replace(/^([1-9])\. /gm, (_m, d: string) => `${String.fromCharCode(0x6f0 + Number(d))}. `);
    expect(parseResolution(persian).operative.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('Latin numbers against Arabic-Indic ones are no renumbering; a real renumbering is one', () => {
    const same = compareResolutions(parseResolution(arabic), parseResolution(indicNumbers));
    expect(same.summary.renumbered).toBe(0);
    expect(same.summary.unchanged).toBe(same.changes.length);
    // A derived variant: the first operative paragraph taken out, the others renumbered in Arabic-Indic digits.
    const shorter = indicNumbers.replace(/\n١\. [^\n]*\n/, '\n').replace('\n٢. ', '\n١. ').replace('\n٣. ', '\n٢. ');
    const c = compareResolutions(parseResolution(arabic), parseResolution(shorter));
    const renumbered = c.changes.filter((ch) => ch.renumbered).map((ch) => [ch.old!.number, ch.new!.number]);
    expect(renumbered).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(c.changes.filter((ch) => ch.renumbered).every((ch) => ch.technical)).toBe(true);
  });
});

describe('technical changes in either digits', () => {
  const pp1Of = (neu: string) => compareResolutions(parseResolution(arabic), parseResolution(neu)).changes.find((ch) => ch.old?.id === 'pp1')!;

  it('a resolution number changed and written in Arabic-Indic digits is technical', () => {
    const pp1 = pp1Of(arabic.replace('قرارها 51/100', 'قرارها ٥٢/١٠٠'));
    expect(pp1.kind).toBe('modified');
    expect(pp1.technical).toBe(true);
  });

  it('a year in Arabic-Indic digits changed outside a date is technical', () => {
    const withYear = arabic.replace('وبند الاختبار الأول،', 'وبند الاختبار الأول لعام 2012،');
    const pp1 = compareResolutions(parseResolution(withYear), parseResolution(withYear.replace('لعام 2012', 'لعام ٢٠١٣'))).changes.find((ch) => ch.old?.id === 'pp1')!;
    expect(pp1.kind).toBe('modified');
    expect(pp1.technical).toBe(true);
  });

  it('a word change beside it is still substantive', () => {
    const pp1 = pp1Of(arabic.replace('قرارها 51/100', 'قرارها ٥٢/١٠٠').replace('وبند الاختبار الأول', 'وبند التجربة الأول'));
    expect(pp1.technical).toBe(false);
  });
});
