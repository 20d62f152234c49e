// The compilation text in its formats: Markdown and HTML say who proposed what and escape every
// text; Word carries each delegation's changes as tracked changes authored by it, and opens in
// LibreOffice; the HTML page is looked at in headless Chromium at desktop and phone widths.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import { renderCompilation, renderCompilationDocx, renderCompilationHtml, renderCompilationMarkdown } from '../../src/render/compilation.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { radicalsToIdeographs } from '../../src/text/radicals.js';
import { parseCorpus } from '../helpers/corpus.js';
import { requireProgram, skipWithout } from '../helpers/programs.js';
import { threeProposals } from './derived.js';

const run = promisify(execFile);
const RESULTS = process.env.RESDIFF_SHOTS ?? join(packageRoot(), 'test-results');
const DATE = new Date('2026-12-02T12:00:00Z');

/** EU, G77 and CARICOM's derived proposals to A/RES/68/160 (see derived.ts). */
function compilation() {
  const p = threeProposals();
  return compile(parseCorpus('A-RES-68-160.zh.txt'), [
    { label: 'EU', text: p.EU, origin: 'tracked', notes: ['A Word file with 2 tracked changes.'] },
    { label: 'G77', text: p.G77, origin: 'text' },
    { label: 'CARICOM', text: p.CARICOM, origin: 'amendments' },
  ]);
}

describe('compilation as Markdown and HTML', () => {
  const c = compilation();

  it('Markdown: tags, the collision, the shared proposal once, the counts', () => {
    const md = renderCompilationMarkdown(c);
    expect(md).toContain('# Compilation text: A/RES/68/160');
    expect(md).toContain('- EU: 2 proposals (2 changed)');
    expect(md).toContain('3 paragraphs of the base touched, 1 new paragraph, 1 collision.');
    expect(md).toContain('**Collision: \\[EU\\] and \\[G77\\] change the same words.**');
    expect(md.match(/\\\[EU\\\] \\\[CARICOM\\\] changes the words: /g)).toHaveLength(1);
    expect(md).toContain('~~，并鼓励非政府组织积极为此作出贡献~~');
    expect(md).toContain('\\[G77\\] deletes the paragraph');
  });

  it('HTML: a legend with a colour per delegation, every proposal under its paragraph, text escaped', () => {
    const html = renderCompilationHtml(c, 'resdiff test');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('--d: #0072b2');
    expect(html).toContain('--d: #d55e00');
    expect(html).toContain('--d: #009e73');
    const op4 = html.slice(html.indexOf('id="op4"'), html.indexOf('id="op5"'));
    expect(op4.match(/class="proposal proposal--collides"/g)).toHaveLength(2);
    expect(op4).toContain('Collision:');
    const op9 = html.slice(html.indexOf('id="op9"'), html.indexOf('id="op10"'));
    expect(op9.match(/class="proposal"/g)).toHaveLength(1);
    expect(op9).toMatch(/>EU<\/span> <span[^>]*>CARICOM<\/span>/);
    expect(html).not.toContain('<script');
    const hostile = compile(parseCorpus('A-RES-68-160.zh.txt'), [{ label: '<b>X</b>&', text: threeProposals().EU, notes: ['<img src=x>'] }]);
    const escaped = renderCompilationHtml(hostile, 'resdiff test');
    expect(escaped).not.toContain('<b>X</b>');
    expect(escaped).not.toContain('<img');
    expect(escaped).toContain('&lt;b&gt;X&lt;/b&gt;&amp;');
  });

  it('JSON: the model as it is, with the generator', async () => {
    const json = JSON.parse((await renderCompilation('json', c, { generator: 'resdiff test', date: DATE })) as string);
    expect(json.kind).toBe('compilation');
    expect(json.counts.collisions).toBe(1);
    expect(json.paragraphs).toHaveLength(23);
  });
});

/** Every tracked change in word/document.xml: its kind, author and text. */
async function trackedChanges(docx: Uint8Array): Promise<{ kind: string; author: string; text: string }[]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:\1>/g)].map((m) => ({
    kind: m[1]!,
    author: m[2]!,
    text: [...m[3]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join(''),
  }));
}

describe('compilation as Word', () => {
  it('tracks each delegation’s changes under its own name', async () => {
    const changes = await trackedChanges(await renderCompilationDocx(compilation(), DATE));
    expect([...new Set(changes.map((c) => c.author))].sort()).toEqual(['CARICOM', 'EU', 'EU, CARICOM', 'G77']);
    expect(changes).toContainEqual({ kind: 'del', author: 'EU', text: '包容、正义、' });
    expect(changes.some((c) => c.kind === 'del' && c.author === 'G77' && c.text.includes('正义、平等和公平、'))).toBe(true);
    expect(changes).toContainEqual({ kind: 'del', author: 'EU, CARICOM', text: '，并鼓励非政府组织积极为此作出贡献' });
    expect(changes.some((c) => c.kind === 'del' && c.author === 'G77' && c.text.startsWith('表示注意到2013年2月15日'))).toBe(true); // OP 12 deleted
    expect(changes.some((c) => c.kind === 'ins' && c.author === 'CARICOM')).toBe(true); // a new preambular paragraph
  });
});

const squash = (s: string) => radicalsToIdeographs(s).replace(/\s+/g, '');

describe.skipIf(skipWithout('the Word compilation in LibreOffice', ['soffice', 'pdftoppm']))('the Word compilation in LibreOffice', () => {
  it('prints the three delegations’ changes (first page: test-results/compilation-68-160.png)', { timeout: 120_000 }, async () => {
    const soffice = requireProgram('soffice');
    const pdftoppm = requireProgram('pdftoppm');
    const docx = await renderCompilationDocx(compilation(), DATE);
    const dir = mkdtempSync(join(tmpdir(), 'resdiff-compile-lo-'));
    try {
      const input = join(dir, 'compilation-68-160.docx');
      writeFileSync(input, docx);
      const profile = pathToFileURL(join(dir, 'profile')).href;
      await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 110_000, killSignal: 'SIGKILL' });
      const pdf = join(dir, 'compilation-68-160.pdf');
      expect(existsSync(pdf)).toBe(true);
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
      let text = '';
      for (let n = 1; n <= doc.numPages; n++) for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item) text += item.str;
      await doc.destroy();
      text = squash(text);
      expect(text).toContain(squash('Compilation text: A/RES/68/160'));
      expect(text).toContain(squash('[EU] [CARICOM] changes the words'));
      expect(text).toContain(squash('Collision: [EU] and [G77] change the same words'));
      expect(text).toContain(squash('包容、正义、')); // deleted by the EU, still printed (struck through)
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, 'compilation-68-160.docx'), docx);
      writeFileSync(join(RESULTS, 'compilation-68-160.pdf'), readFileSync(pdf));
      await run(pdftoppm, ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(RESULTS, 'compilation-68-160')], { timeout: 60_000 });
      expect(statSync(join(RESULTS, 'compilation-68-160.png')).size).toBeGreaterThan(5_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const CHROMIUM = process.env.RESDIFF_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe.skipIf(skipWithout('the HTML compilation in Chromium', ['chromium']))('the HTML compilation in Chromium', () => {
  it('fits desktop and phone widths without sideways scrolling (test-results/compilation-desktop.png, -phone.png)', { timeout: 60_000 }, async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      mkdirSync(RESULTS, { recursive: true });
      const html = renderCompilationHtml(compilation(), 'resdiff test');
      for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
        const page = await browser.newPage({ viewport });
        await page.setContent(html, { waitUntil: 'load' });
        const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
        expect(overflow, `${name}: wider than the window`).toBeLessThanOrEqual(0);
        expect(await page.locator('.legend li').count()).toBe(3);
        expect(await page.locator('#op4 .collision').innerText()).toContain('Collision');
        const border = await page.locator('#op4 .proposal').first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderLeftColor: string } }).getComputedStyle(el).borderLeftColor);
        expect(border).toBe('rgb(0, 114, 178)');
        // Desktop: the whole page (legend, counts, every paragraph); phone: the collision on OP 4.
        if (name === 'phone') await page.locator('#op4').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(RESULTS, `compilation-${name}.png`), fullPage: name === 'desktop' });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
