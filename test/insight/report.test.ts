// The full report: lead-verb strength, technical changes, the HTML report in Chromium (no other
// hosts, A4 print without clipped text), Word output, and the batch over worker threads.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/fixtures.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { radicalsToIdeographs } from '../../src/text/radicals.js';
import { corpusText } from '../helpers/corpus.js';
import { requireProgram, skipWithout } from '../helpers/programs.js';
import { run } from '../helpers/io.js';
import { VariantBuilder } from '../helpers/variants.js';
import { runBatch } from '../../src/batch/runBatch.js';
import { fileURLToPath } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'resdiff-report-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
// Test fixtures derived from the real 68/160: OP 11's 邀请 becomes 鼓励; OP 14's 第六十九届 becomes 第七十届.
const invites = file('op11-encourages.zh.txt', new VariantBuilder('A-RES-68-160.zh.txt').changeLeadVerb('op11', '鼓励').raw);
const session = file('op14-seventieth.zh.txt', corpusText('A-RES-68-160.zh.txt').replace('第六十九届', '第七十届'));

describe('lead-verb strength and tone', () => {
  it('邀请 -> 鼓励 in OP 11 is stronger, and the tone says so', async () => {
    const md = await run(['report', 'A/RES/68/160', invites, '--format', 'markdown']);
    expect(md.status).toBe(1);
    expect(md.stdout).toContain('**Tone: stronger (1 stronger, 0 weaker, 0 sideways): 邀请 → 鼓励 (OP 11, stronger)**');
    expect(md.stdout).toContain('lead verb: 邀请 → 鼓励 (stronger)');
    expect(md.stdout).toContain('1. 执行部分第11段：将“邀请”改为“鼓励”');
    const terminal = await run(['diff', 'A/RES/68/160', invites]);
    expect(terminal.stdout).toContain('lead verb: 邀请 -> 鼓励 (stronger)');
  });
});

describe('technical versus substantive', () => {
  it('第六十九届 -> 第七十届 in OP 14 is technical; --substantive-only hides it; summaries count both kinds', async () => {
    const json = JSON.parse((await run(['diff', 'A/RES/68/160', session, '--format', 'json'])).stdout);
    const op14 = json.changes.find((c: { new: { id: string } | null }) => c.new?.id === 'op14');
    expect(op14).toMatchObject({ kind: 'modified', technical: true });
    expect(json.summary).toMatchObject({ technical: 1, substantive: 0, modified: 1 });
    const html = (await run(['report', 'A/RES/68/160', session])).stdout;
    expect(html).toContain('OP 14</h3><span class="kind">modified (technical), ');
    const hidden = await run(['diff', 'A/RES/68/160', session, '--substantive-only']);
    expect(hidden.stdout).not.toMatch(/OP 14 +modified/);
    expect(hidden.stdout).toContain('paragraphs unchanged or with technical changes only: OP 1 to OP 14');
    const both = await run(['diff', 'A/RES/68/160', invites, '--substantive-only']);
    expect(both.stdout).toMatch(/OP 11 +modified/);
  });
});

describe('the HTML report', () => {
  it('holds the header, summary, tone, flow diagram, amendments and the full diff', async () => {
    const r = await run(['report', 'A/RES/55/109', 'A/RES/68/160', '-o', 'report.html']);
    const html = String(r.files.get('report.html'));
    for (const part of ['<h1>A/RES/55/109 → A/RES/68/160</h1>', 'class="summary"', 'class="tone"', '<svg', '<h2>Amendments</h2>', '<h2>Full comparison</h2>', 'change--added']) {
      expect(html, part).toContain(part);
    }
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it.skipIf(skipWithout('the HTML report in Chromium', ['chromium']))('opens in Chromium with no request to another host and prints on A4 without clipped text', async () => {
    const path = join(dir, 'report.html');
    writeFileSync(path, String((await run(['report', 'A/RES/55/109', 'A/RES/68/160', '-o', 'x.html'])).files.get('x.html')));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: requireProgram('chromium'), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`file://${path}`);
      expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      mkdirSync('test-results', { recursive: true });
      writeFileSync(join('test-results', 'report-55-109-to-68-160.pdf'), pdf);
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
      let text = '';
      for (let n = 1; n <= doc.numPages; n++) {
        const p = await doc.getPage(n);
        const [, , width, height] = p.view as [number, number, number, number];
        expect(Math.round(width)).toBe(595); // A4 in points
        expect(Math.round(height)).toBe(842);
        for (const item of (await p.getTextContent()).items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          const x = item.transform[4] as number;
          // Nothing runs off the page's printable width.
          expect(x, item.str).toBeGreaterThanOrEqual(0);
          expect(x + item.width, item.str).toBeLessThanOrEqual(width + 0.5);
          text += item.str;
        }
      }
      // PDF fonts may name CJK radicals for ideographs: read them back as the ideographs shown.
      const squeeze = (s: string) => radicalsToIdeographs(s).replace(/\s+/g, '');
      // Every added paragraph is printed whole: long CJK runs and symbols wrap, nothing is cut off.
      const added = parseResolution(corpusText('A-RES-68-160.zh.txt')).operative.filter((p) => ![1, 6, 7].includes(p.number!));
      expect(added).toHaveLength(11);
      for (const p of added) expect(squeeze(text)).toContain(squeeze(p.text));
      await doc.destroy();
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('Word with tracked changes', () => {
  it('report --format docx writes a Word file; without -o it is refused', async () => {
    const r = await run(['report', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--format', 'docx', '-o', 'out.docx', '--author', 'Delegation of X']);
    const bytes = r.files.get('out.docx') as Uint8Array;
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(r.stderr).toContain('tracked changes by Delegation of X');
    expect((await run(['report', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--format', 'docx'])).stderr).toMatch(/needs -o FILE\.docx/);
  });
});

describe('batch', () => {
  it('writes one report per pair and an index, reports a bad pair without stopping, skips done reports', async () => {
    const out = join(dir, 'reports');
    const pairs = file('pairs.csv', ['old,new,lang,name', 'A/RES/55/109,A/RES/68/160,,ga', 'A/HRC/RES/19/33,A/HRC/RES/28/2', 'missing.txt,A/RES/68/160', `A/RES/68/160,${invites}`].join('\n'));
    const first = await run(['batch', pairs, '-o', out, '--jobs', '2']);
    expect(first.status).toBe(2);
    expect(first.stderr).toContain('line 4 (missing-to-A-RES-68-160): cannot read');
    expect(first.stderr).toMatch(/3 reports written, 0 already done, 1 failed/);
    expect(readdirSync(out).sort()).toEqual(['A-HRC-RES-19-33-to-A-HRC-RES-28-2.html', 'A-RES-68-160-to-op11-encourages.zh.html', 'batch.json', 'ga.html', 'index.html'].sort());
    expect(readdirSync(out).some((f) => f.endsWith('.part'))).toBe(false);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="ga.html">ga.html</a>');
    expect(index).toContain('cannot read missing.txt');
    expect(readFileSync(join(out, 'ga.html'), 'utf8')).toContain('<h2>Amendments</h2>');
    const again = await run(['batch', pairs, '-o', out]);
    expect(again.stderr).toMatch(/0 reports written, 3 already done, 1 failed/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('9 modified, 14 added, 2 removed, 0 moved');
  });

  it('a worker that dies fails only the job it was running; its replacement runs the jobs it held', async () => {
    const job = (line: number, name: string) => ({ line, old: 'A/RES/55/109', new: 'A/RES/68/160', name });
    const jobs = [job(1, 'first'), job(2, 'crash'), job(3, 'third'), job(4, 'fourth'), job(5, 'crash'), job(6, 'sixth')];
    const seen: number[] = [];
    const results = await runBatch(jobs, {
      baseDir: dir,
      outDir: join(dir, 'crash'),
      format: 'markdown',
      offline: true,
      jobs: 1,
      workerScript: fileURLToPath(new URL('../helpers/crashingWorker.mjs', import.meta.url)),
      onProgress: (done) => seen.push(done),
    });
    expect(results.map((r) => `${r.name}:${r.status}`)).toEqual(['first:done', 'crash:failed', 'third:done', 'fourth:done', 'crash:failed', 'sixth:done']);
    expect(results[1]).toMatchObject({ message: expect.stringContaining('the worker stopped: worker crashed on purpose') });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(readdirSync(join(dir, 'crash')).sort()).toEqual(['first.md', 'fourth.md', 'sixth.md', 'third.md']);
  }, 30_000);

  it('shows a progress bar only on a terminal', async () => {
    const out = join(dir, 'tty');
    const pairs = file('two.csv', 'A/RES/55/109,A/RES/68/160\nA/HRC/RES/19/33,A/HRC/RES/28/2\n');
    const tty = await run(['batch', pairs, '-o', out, '--jobs', '1'], { isTTY: true });
    expect(tty.stderr).toContain('[##############################] 2/2 pairs');
    const pipe = await run(['batch', pairs, '-o', join(dir, 'pipe')]);
    expect(pipe.stderr).not.toContain('[#');
  });
});
