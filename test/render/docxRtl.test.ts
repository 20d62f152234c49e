// Word output right to left: the paragraphs of an Arabic text are bidi paragraphs (w:bidi) and
// their runs, plain, inserted and deleted, right-to-left runs (w:rtl). Checked in the .docx itself
// (word/document.xml read back with jszip); texts written left to right get neither.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import type { Comparison } from '../../src/model/comparison.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { renderDocx } from '../../src/render/docx.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { compareCorpusPair } from '../helpers/corpus.js';

// A derived fixture (built from the rules of src/lang/ar.ts, see test/lang/fixtures/README.md).
const arabic = readFileSync(join(packageRoot(), 'test/lang/fixtures/derived.ar.txt'), 'utf8');

/** A derived variant: a lead verb changed (تهيب -> تحث), a preambular paragraph taken out, one added. */
function arabicComparison(): Comparison {
  const neu = arabic
    .replace('تهيب بالدول', 'تحث الدول')
    .replace('\nوإذ تشير إلى بند الاختبار الثاني،\n', '\n')
    .replace('\nوإذ تسلم أيضا ببند الاختبار الثالث،\n', '\nوإذ تسلم أيضا ببند الاختبار الثالث،\n\nوإذ ترحب ببند الاختبار السادس،\n');
  return compareResolutions(parseResolution(arabic), parseResolution(neu));
}

interface XmlParagraph {
  bidi: boolean;
  /** Each run's kind, text and whether it is right to left. */
  runs: { kind: 'plain' | 'ins' | 'del'; text: string; rtl: boolean }[];
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The body paragraphs of word/document.xml: whether each is bidi, and its runs. */
async function paragraphsOf(bytes: Uint8Array): Promise<XmlParagraph[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p>([^]*?)<\/w:p>|<w:p [^>]*>([^]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2]!;
    const pPr = /<w:pPr>([^]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs: XmlParagraph['runs'] = [];
    // A run inside w:ins or w:del belongs to it; w:pPr holds none.
    const body = inner.replace(/<w:pPr>[^]*?<\/w:pPr>/, '');
    for (const r of body.matchAll(/(<w:ins [^>]*>|<w:del [^>]*>)?<w:r>([^]*?)<\/w:r>/g)) {
      const kind = r[1]?.startsWith('<w:ins') ? 'ins' : r[1]?.startsWith('<w:del') ? 'del' : 'plain';
      const text = [...r[2]!.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => unescapeXml(t[1]!)).join('');
      const rPr = /<w:rPr>([^]*?)<\/w:rPr>/.exec(r[2]!)?.[1] ?? '';
      runs.push({ kind, text, rtl: /<w:rtl\/>|<w:rtl w:val="(?:true|1|on)"\/>/.test(rPr) });
    }
    return { bidi: /<w:bidi\/>|<w:bidi w:val="(?:true|1|on)"\/>/.test(pPr), runs };
  });
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

describe('renderDocx right to left', () => {
  it('writes every paragraph of an Arabic text as a bidi paragraph with right-to-left runs, tracked runs included', async () => {
    const c = arabicComparison();
    expect(c.summary.added).toBe(1);
    expect(c.summary.removed).toBe(1);
    const paragraphs = await paragraphsOf(await renderDocx(c, { author: 'resdiff test', date: new Date('2025-03-14T09:26:53Z') }));
    // The body: the paragraphs whose text is Arabic (the heading names the symbols in Latin letters).
    const arabicParagraphs = paragraphs.filter((p) => p.runs.some((r) => ARABIC_LETTER.test(r.text)) && !p.runs.some((r) => /—|→|: $/.test(r.text)));
    // The opening line, the three remaining preambular ones, the added one, the removed one, three operative ones.
    expect(arabicParagraphs.length).toBeGreaterThanOrEqual(8);
    for (const p of arabicParagraphs) {
      expect(p.bidi, p.runs.map((r) => r.text).join('')).toBe(true);
      for (const r of p.runs) expect(r.rtl, r.text).toBe(true);
    }
    const kinds = new Set(arabicParagraphs.flatMap((p) => p.runs.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual(['del', 'ins', 'plain']);
    // The verb change is tracked inside a right-to-left paragraph.
    const op1 = arabicParagraphs.find((p) => p.runs.some((r) => r.kind === 'del' && r.text.includes('تهيب')))!;
    expect(op1.runs.some((r) => r.kind === 'ins' && r.text.includes('تحث'))).toBe(true);
  });

  it('writes no bidi paragraph and no right-to-left run for texts written left to right', async () => {
    const paragraphs = await paragraphsOf(await renderDocx(compareCorpusPair('A-RES-52-131.fr.txt', 'A-RES-56-153.fr.txt'), { author: 'resdiff test', date: new Date('2025-03-14T09:26:53Z') }));
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(paragraphs.some((p) => p.bidi || p.runs.some((r) => r.rtl))).toBe(false);
  });

  it('tracks the characters of a folded equal run one by one, so that each text comes back exactly (tashkeel, apostrophes)', async () => {
    const old = parseResolution(arabic);
    // A derived variant: tashkeel and tatweel on the first operative paragraph, nothing else.
    const neu = parseResolution(arabic.replace('تهيب بالدول أن تنفذ', 'تُهِيبُ بالـدول أن تُنَفِّذَ'));
    const paragraphs = await paragraphsOf(await renderDocx(compareResolutions(old, neu), { author: 'resdiff test', date: new Date('2025-03-14T09:26:53Z') }));
    const text = (p: XmlParagraph, skip: 'ins' | 'del') => p.runs.filter((r) => r.kind !== skip).map((r) => r.text).join('');
    const op1 = paragraphs.find((p) => text(p, 'ins').startsWith('1. تهيب'))!;
    expect(text(op1, 'ins')).toBe(`1. ${old.operative[0]!.text}`);
    expect(text(op1, 'del')).toBe(`1. ${neu.operative[0]!.text}`);
    // Only the marks are tracked: no word is deleted.
    expect(op1.runs.filter((r) => r.kind === 'del')).toEqual([]);
    for (const r of op1.runs.filter((x) => x.kind === 'ins')) expect(r.text).toMatch(/^[\u064B-\u065F\u0640]+$/);
  });
});
