// What a language does not count as a word change (LanguageRules.foldForCompare): Arabic tashkeel
// and tatweel, Arabic-Indic digits, the French typographic apostrophe. Such a difference shows no
// change, and the segments still rebuild both texts exactly (an equal run keeps its old form).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { inlineDiff, DEFAULT_INLINE_OPTIONS } from '../../src/align/inlineDiff.js';
import { rulesFor } from '../../src/lang/index.js';
import { hasDifferences, sideText, type Segment } from '../../src/model/comparison.js';
import { allParagraphs } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { compareCorpusPair } from '../helpers/corpus.js';

// A derived fixture (built from the rules of src/lang/ar.ts, see test/lang/fixtures/README.md).
const arabic = readFileSync(join(packageRoot(), 'test/lang/fixtures/derived.ar.txt'), 'utf8');
const ar = rulesFor('ar');
const fr = rulesFor('fr');
const arTokens = { old: ar.tokens, new: ar.tokens, fold: { old: ar.foldForCompare, new: ar.foldForCompare } };

const changed = (segments: readonly Segment[]) => segments.filter((s) => s.op !== 'equal');

/** Fatha, damma, kasra, shadda, sukun, tanwin, superscript alef, and tatweel. */
const MARKS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u064C', '\u0670', '\u0640'];

/** An Arabic text with marks put after some of its Arabic letters (positions and marks chosen by `picks`). */
function withMarks(text: string, picks: readonly [number, number][]): string {
  const chars = [...text];
  const at = new Map<number, string>();
  for (const [pos, mark] of picks) {
    const k = pos % chars.length;
    if (/[\u0621-\u064A]/.test(chars[k]!)) at.set(k, (at.get(k) ?? '') + MARKS[mark % MARKS.length]!);
  }
  return chars.map((c, k) => c + (at.get(k) ?? '')).join('');
}

describe('Arabic tashkeel and tatweel are no word change', () => {
  it('a paragraph differing only by them: no change in the inline diff, both texts rebuilt', () => {
    const oldText = 'تهيب بالدول أن تنفذ بند الاختبار الرابع؛';
    const newText = 'تُهِيبُ بالـــدول أن تُنَفِّذَ بند الاختبار الرابع؛';
    const d = inlineDiff(oldText, newText, DEFAULT_INLINE_OPTIONS, arTokens);
    expect(changed(d.segments)).toEqual([]);
    expect(sideText(d.segments, 'old')).toBe(oldText);
    expect(sideText(d.segments, 'new')).toBe(newText);
    expect(d.similarity).toBe(1);
  });

  it('in a comparison of the derived fixture, such a paragraph is unchanged and the comparison finds no difference', () => {
    const old = parseResolution(arabic);
    // A derived variant: tashkeel and tatweel added to the first operative paragraph.
    const neu = parseResolution(arabic.replace('تهيب بالدول أن تنفذ', 'تُهِيبُ بالـدول أن تُنَفِّذَ'));
    expect(neu.operative[0]!.text).not.toBe(old.operative[0]!.text);
    const c = compareResolutions(old, neu);
    const op1 = c.changes.find((ch) => ch.new?.id === 'op1')!;
    expect(op1.kind).toBe('unchanged');
    expect(changed(op1.segments)).toEqual([]);
    // Nor is its verb a lead-verb change.
    expect(op1.leadVerb).toBeNull();
    expect(c.summary.leadVerbChanged).toBe(0);
    expect(sideText(op1.segments, 'old')).toBe(old.operative[0]!.text);
    expect(sideText(op1.segments, 'new')).toBe(neu.operative[0]!.text);
    expect(hasDifferences(c)).toBe(false);
  });

  it('marks anywhere, with or without a real word change, never show as changes and the texts rebuild (property)', () => {
    const paragraphs = allParagraphs(parseResolution(arabic)).map((p) => p.text);
    fc.assert(
      fc.property(
        fc.constantFrom(...paragraphs),
        fc.array(fc.tuple(fc.nat(400), fc.nat(20)), { maxLength: 12 }),
        fc.boolean(),
        (text, picks, edit) => {
          const base = edit ? text.replace('الاختبار', 'التجربة') : text;
          const marked = withMarks(base, picks);
          const d = inlineDiff(text, marked, DEFAULT_INLINE_OPTIONS, arTokens);
          expect(sideText(d.segments, 'old')).toBe(text);
          expect(sideText(d.segments, 'new')).toBe(marked);
          const words = changed(d.segments).map((s) => ar.foldForCompare(s.text).trim());
          // What changed is the edited word alone, never a word that only gained marks.
          expect(words.every((w) => w === 'الاختبار' || w === 'التجربة')).toBe(true);
          expect(words.length > 0).toBe(edit && base !== text);
        },
      ),
      { numRuns: 200, seed: 6412 },
    );
  });
});

describe('French straight and curly apostrophes are one', () => {
  it("l'homme against l’homme is no change", () => {
    const d = inlineDiff("les droits de l'homme", 'les droits de l’homme', DEFAULT_INLINE_OPTIONS, {
      old: fr.tokens,
      new: fr.tokens,
      fold: { old: fr.foldForCompare, new: fr.foldForCompare },
    });
    // The equal run shows the new text's form and keeps the old one.
    expect(d.segments).toEqual([{ op: 'equal', text: 'les droits de l’homme', old: "les droits de l'homme" }]);
  });

  it("English too: States' against States’ is no change", () => {
    const en = rulesFor('en');
    const d = inlineDiff("the Member States' obligations", 'the Member States’ obligations', DEFAULT_INLINE_OPTIONS, { old: en.tokens, new: en.tokens, fold: { old: en.foldForCompare, new: en.foldForCompare } });
    expect(changed(d.segments)).toEqual([]);
    expect(sideText(d.segments, 'old')).toBe("the Member States' obligations");
  });

  it('A/RES/52/131 -> A/RES/56/153 shows no change that is only an apostrophe, and rebuilds both texts', () => {
    const c = compareCorpusPair('A-RES-52-131.fr.txt', 'A-RES-56-153.fr.txt');
    const pp1 = c.changes.find((ch) => ch.old?.id === 'pp1')!;
    // The old text writes l'égalité and l'homme, the new one l’égalité and l’homme: kept, not changed.
    expect(pp1.segments.some((s) => s.op === 'equal' && s.old?.includes("l'égalité") && s.text.includes('l’égalité'))).toBe(true);
    for (const ch of c.changes) {
      for (const s of changed(ch.segments)) expect(s.text).not.toMatch(/^\s*[dl][’']\s*$/);
      const deleted = ch.segments.filter((s) => s.op === 'delete').map((s) => fr.foldForCompare(s.text));
      const inserted = ch.segments.filter((s) => s.op === 'insert').map((s) => fr.foldForCompare(s.text));
      // No replacement is the same words once the apostrophes are alike.
      for (const t of deleted) expect(inserted).not.toContain(t);
    }
  });
});

describe('Arabic-Indic digits are the digits they stand for', () => {
  it('a number written in the other digits is no word change', () => {
    const d = inlineDiff('قرارها 51/100 المؤرخ 12 كانون الأول/ديسمبر 1996', 'قرارها ٥١/١٠٠ المؤرخ ١٢ كانون الأول/ديسمبر ۱۹۹۶', DEFAULT_INLINE_OPTIONS, arTokens);
    expect(changed(d.segments)).toEqual([]);
    expect(sideText(d.segments, 'old')).toBe('قرارها 51/100 المؤرخ 12 كانون الأول/ديسمبر 1996');
  });
});
