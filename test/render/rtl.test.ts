// Right to left: an Arabic text's paragraphs carry dir="rtl" in the report and the page; texts in
// other languages carry no dir attribute (they inherit the page's left to right).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { renderHtml } from '../../src/render/html.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { compareCorpusPair } from '../helpers/corpus.js';

// A derived fixture (built from the rules of src/lang/ar.ts, see test/lang/fixtures/README.md).
const arabic = readFileSync(join(packageRoot(), 'test/lang/fixtures/derived.ar.txt'), 'utf8');

describe('right-to-left text in HTML', () => {
  it('gives every Arabic paragraph dir="rtl"', () => {
    const old = parseResolution(arabic);
    expect(old.language).toBe('ar');
    // The same text with its first operative paragraph's words changed (a derived variant).
    const neu = parseResolution(arabic.replace('تهيب بالدول', 'تحث الدول'));
    const html = renderHtml(compareResolutions(old, neu), { visibility: 'all', generator: 'resdiff test' });
    const texts = [...html.matchAll(/<p class="text"[^>]*>/g)].map((m) => m[0]);
    expect(texts.length).toBeGreaterThan(0);
    for (const tag of texts) expect(tag).toContain('dir="rtl"');
  });

  it('gives no dir attribute to left-to-right texts', () => {
    const html = renderHtml(compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt'), { visibility: 'all', generator: 'resdiff test' });
    expect(html).toContain('lang="zh"');
    expect(html).not.toContain('dir="rtl"');
  });
});

describe('right-to-left words in a left-to-right line', () => {
  it('isolates each Arabic verb of the tone line, so the arrow points from the old verb to the new', async () => {
    const { insightOf } = await import('../../src/insight/report.js');
    const { toneLine } = await import('../../src/wording/labels.js');
    const { displayWidth } = await import('../../src/text/width.js');
    const old = parseResolution(arabic);
    const neu = parseResolution(arabic.replace('تهيب بالدول', 'تحث الدول'));
    const line = toneLine(insightOf(compareResolutions(old, neu)).shifts);
    expect(line).toContain('\u2068تهيب\u2069 → \u2068تحث\u2069');
    // The isolates take no room in a terminal.
    expect(displayWidth('\u2068تهيب\u2069')).toBe(displayWidth('تهيب'));
  });

  it('leaves Chinese and English verbs as they are', async () => {
    const { insightOf } = await import('../../src/insight/report.js');
    const { toneLine } = await import('../../src/wording/labels.js');
    const line = toneLine(insightOf(compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt')).shifts);
    expect(line).toContain('强调 → 着重指出');
    expect(line).not.toMatch(/[\u2068\u2069]/);
  });
});

describe('right-to-left words in the flow diagram', () => {
  const titles = (svg: string, cls: string) =>
    [...svg.matchAll(new RegExp(`<(?:g|path) class="${cls}[^"]*"[^>]*>(?:<title>([^<]*)</title>)`, 'g'))].map((m) =>
      m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    );

  it("quotes each Arabic paragraph's opening words in its box title, isolated, and isolates the verbs of a line's title", async () => {
    const { renderFlowSvg } = await import('../../src/render/flow.js');
    const old = parseResolution(arabic);
    const neu = parseResolution(arabic.replace('تهيب بالدول', 'تحث الدول'));
    const svg = renderFlowSvg(compareResolutions(old, neu));
    const boxes = titles(svg, 'flow-box');
    expect(boxes).toHaveLength(2 * (old.preamble.length + old.operative.length));
    for (const t of boxes) {
      const quote = t.split('\n')[1]!;
      expect(quote).toMatch(/^\u2068[^\u2068\u2069]*[\u0621-\u064A][^\u2068\u2069]*\u2069$/);
    }
    // Each side quotes its own words: the old box of OP 1 opens with تهيب, the new one with تحث.
    expect(boxes.some((t) => t.startsWith('OP 1: ') && t.includes('\n\u2068تهيب بالدول'))).toBe(true);
    expect(boxes.some((t) => t.startsWith('OP 1: ') && t.includes('\n\u2068تحث الدول'))).toBe(true);
    expect(titles(svg, 'flow-line').some((t) => t.includes('\u2068تهيب\u2069 → \u2068تحث\u2069'))).toBe(true);
  });

  it('leaves the titles of a Chinese diagram without isolates', async () => {
    const { renderFlowSvg } = await import('../../src/render/flow.js');
    const svg = renderFlowSvg(compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt'));
    expect(titles(svg, 'flow-box').length).toBeGreaterThan(10);
    expect(svg).not.toMatch(/[\u2068\u2069]/);
  });
});

describe('the side-by-side view of words the language folds', () => {
  it("shows the old column as the old text writes it and the new column as the new one (l'homme / l’homme)", async () => {
    const { DiffFragment } = await import('../../views/compare.js');
    const c = compareCorpusPair('A-RES-52-131.fr.txt', 'A-RES-56-153.fr.txt');
    const links = { page: () => '/p', detail: () => '/d', download: () => '/f', run: () => '/r', flow: () => '/flow' };
    const html = String(DiffFragment({ props: { comparison: c, oldLabel: 'A/RES/52/131', newLabel: 'A/RES/56/153', view: 'side', show: 'all', links } }));
    const column = (side: 'old' | 'new') => [...html.matchAll(new RegExp(`<div class="side side--${side}"[^>]*>([^]*?)</div>`, 'g'))].map((m) => m[1]!).join('\n');
    // 52/131 PP1 writes "principe de l'égalité", 56/153 "principe de l’égalité": kept words, each in its own form.
    expect(column('old')).toMatch(/principe de l(?:'|&#39;)égalité/);
    expect(column('old')).not.toContain('principe de l’égalité');
    expect(column('new')).toContain('principe de l’égalité');
  });
});
