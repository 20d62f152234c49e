// The CLI in-process: commands, formats, exit statuses as diff(1), one-line errors.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffOutputSchema, ParseOutputSchema } from '../../src/model/contracts.js';
import { displayWidth } from '../../src/text/width.js';
import { CORPUS_DIR, corpusText } from '../helpers/corpus.js';
import { run } from '../helpers/io.js';
import { VariantBuilder } from '../helpers/variants.js';

const tmp = mkdtempSync(join(tmpdir(), 'resdiff-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('resdiff parse', () => {
  it('--json prints the parse contract for 68/160', async () => {
    const r = await run(['parse', join(CORPUS_DIR, 'A-RES-68-160.zh.txt'), '--json']);
    expect(r.status).toBe(0);
    const out = ParseOutputSchema.parse(JSON.parse(r.stdout));
    expect([out.preamble.length, out.operative.length, out.footnotes.length]).toEqual([9, 14, 5]);
    expect(out.adopted).toBe('2013-12-18');
    expect(out.meeting).toBe('70');
    expect(out.basis).toBe('A/68/456/Add.2');
    expect(out.operative[11]!.text.startsWith('表示注意到')).toBe(true);
    expect(out.preamble.map((p) => p.footnotes)).toEqual([[1], [2, 3], [4], [], [], [], [], [], [5]]);
    expect(Object.keys(out.preamble[0]!)).toEqual(['id', 'text', 'leadVerb', 'footnotes']);
  });

  it('reads a corpus symbol, a file, and standard input alike', async () => {
    const bySymbol = await run(['parse', 'A/RES/51/100', '--json']);
    const byFile = await run(['parse', join(CORPUS_DIR, 'A-RES-51-100.en.txt'), '--json']);
    const byStdin = await run(['parse', '-', '--json'], { stdin: corpusText('A-RES-51-100.en.txt') });
    expect(bySymbol.stdout).toBe(byFile.stdout);
    expect(byStdin.stdout).toBe(byFile.stdout);
    expect(JSON.parse(byFile.stdout).complete).toBe(true);
  });

  it('marks partial texts complete: false and names a decision from the corpus index', async () => {
    for (const symbol of ['A/RES/55/109', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', 'A/HRC/DEC/22/116']) {
      const out = JSON.parse((await run(['parse', symbol, '--json'])).stdout);
      expect(out.complete, symbol).toBe(false);
      expect(out.symbol).toBe(symbol);
    }
    // The listing says why: 19/33 stops in its preamble.
    const listing = (await run(['parse', 'A/HRC/RES/19/33', '--width', '200'])).stdout;
    expect(listing.split('\n')[0]).toMatch(/, partial \(.*no operative paragraphs.*\): Enhancement/);
  });

  it('prints a readable listing without --json', async () => {
    const r = await run(['parse', 'A/RES/68/160', '--width', '60']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('9 preambular and 14 operative paragraphs, 5 footnotes');
    expect(r.stdout).toContain('OP 12 [表示注意到]');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });
});

describe('resdiff diff', () => {
  it('A/RES/68/160 against itself: exit 0, 23 unchanged', async () => {
    const r = await run(['diff', 'A/RES/68/160', 'A/RES/68/160', '--format', 'json']);
    expect(r.status).toBe(0);
    const out = DiffOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.summary).toMatchObject({ unchanged: 23, modified: 0, added: 0, removed: 0, moved: 0 });
    const text = await run(['diff', 'A/RES/68/160', 'A/RES/68/160']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Summary: 23 unchanged, 0 modified, 0 added, 0 removed, 0 moved');
  });

  it('the real pair: exit 1, JSON matches the contract and only-changed folds PP1', async () => {
    const r = await run(['diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--format', 'json']);
    expect(r.status).toBe(1);
    const out = DiffOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.old).toEqual({ symbol: 'A/HRC/RES/19/33', language: 'en' });
    expect(out.changes[0]).toMatchObject({ kind: 'unchanged', section: 'preamble', old: { id: 'pp1', number: null }, similarity: 1 });
    const folded = await run(['diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--only-changed']);
    expect(folded.stdout).toContain('1 unchanged paragraph: PP1');
    expect(folded.stdout).not.toContain('PP1  unchanged');
  });

  it('a derived variant from a file and from standard input', async () => {
    const b = new VariantBuilder('A-RES-68-160.zh.txt');
    const variant = file('variant.zh.txt', b.delete('op3').raw);
    const r = await run(['diff', 'A/RES/68/160', variant, '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ removed: 1, renumbered: 11, unchanged: 22 });
    const s = await run(['diff', 'A/RES/68/160', '-', '--format', 'json'], { stdin: b.delete('op3').raw });
    expect(s.stdout).toBe(r.stdout);
    const t = await run(['diff', 'A/RES/68/160', variant]);
    expect(t.stdout).toContain('OP 9 (was OP 10)');
  });

  it('terminal output: colour only on a TTY and never with NO_COLOR; wraps to the width', async () => {
    const args = ['diff', 'A/RES/55/109', 'A/RES/68/160'];
    const plain = await run(args, { columns: 50 });
    expect(plain.stdout).not.toContain('\x1b[');
    expect(plain.stdout).toContain('[-');
    const tty = await run(args, { isTTY: true, columns: 50 });
    expect(tty.stdout).toContain('\x1b[31m\x1b[9m'); // red and struck through, by util.styleText
    const noColor = await run(args, { isTTY: true, columns: 50, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\x1b[');
    const forced = await run([...args, '--color', 'always', '--width', '50'], { env: { NO_COLOR: '1' } });
    expect(forced.stdout).not.toContain('\x1b[');
    for (const out of [plain.stdout, tty.stdout.replace(/\x1b\[[0-9;]*m/g, '')]) {
      for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    }
  });

  it('writes markdown and html with -o', async () => {
    const md = await run(['diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--format', 'markdown', '-o', 'out.md']);
    expect(md.status).toBe(1);
    expect(md.stdout).toBe('');
    expect(md.stderr).toMatch(/wrote out\.md/);
    expect(md.files.get('out.md')).toContain('<del>16/22 of 25</del><ins>25/3 of 27</ins>');
    const html = await run(['diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--format', 'html', '-o', 'out.html']);
    expect(html.files.get('out.html')).toMatch(/^<!doctype html>/);
  });
});

describe('trouble: exit 2 and one line on stderr', () => {
  const cases: [string, string[], RegExp, { stdin?: string }?][] = [
    ['missing file', ['diff', 'nope.txt', 'A/RES/68/160'], /cannot read nope\.txt: no such file/],
    ['a symbol outside the corpus takes the other side\'s language; offline', ['diff', 'A/RES/67/169', 'A/RES/68/160'], /A\/RES\/67\/169 \(zh\) is not in the corpus or the cache .*offline: run 'resdiff fetch A\/RES\/67\/169 --lang zh'/],
    ['a symbol outside the corpus with no language to borrow', ['parse', 'A/RES/67/169'], /A\/RES\/67\/169 is not in the corpus: say which language to use with --lang/],
    ['wrong language, offline', ['diff', 'A/RES/68/160', 'A/RES/68/160', '--lang', 'en'], /A\/RES\/68\/160 \(en\) is not in the corpus or the cache .*resdiff is offline/],
    ['unknown language', ['parse', 'A/RES/68/160', '--lang', 'xx'], /unknown language "xx"/],
    ['unknown format', ['diff', 'A/RES/68/160', 'A/RES/68/160', '--format', 'pdf'], /unknown format "pdf"/],
    ['unknown option', ['diff', '--frobnicate', 'a', 'b'], /unknown option '--frobnicate'/],
    ['one document', ['diff', 'A/RES/68/160'], /diff takes two documents/],
    ['unknown command', ['frob'], /unknown command "frob"/],
    ['empty input', ['parse', '-'], /empty/, { stdin: '' }],
    ['not a resolution', ['parse', '-'], /does not look like a resolution/, { stdin: 'Dear colleagues, lunch is at noon.' }],
    ['both on stdin', ['diff', '-', '-'], /only one of OLD and NEW/],
  ];
  it.each(cases)('%s', async (_name, argv, message, opts) => {
    const r = await run(argv, opts);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^resdiff: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a binary file and a folder', async () => {
    const png = file('logo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await run(['parse', png])).stderr).toMatch(/is a PNG image, not a text file/);
    expect((await run(['parse', tmp])).stderr).toMatch(/is a folder/);
  });
});

describe('help and version', () => {
  it('prints help for each command', async () => {
    for (const topic of ['diff', 'parse', 'list']) {
      const r = await run(['help', topic]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`resdiff ${topic}`);
    }
    expect((await run(['diff', '--help'])).stdout).toContain('--only-changed');
    expect((await run(['--version'])).stdout).toMatch(/^resdiff \d+\.\d+\.\d+/);
  });

  it('list prints the corpus index', async () => {
    const r = await run(['list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('A/RES/68/160');
    expect(r.stdout).toMatch(/A\/RES\/55\/109\s+zh\s+2000\s+partial: stops inside operative paragraph\s+3/);
    const json = JSON.parse((await run(['list', '--json'])).stdout);
    // Every text the corpus index lists, each once.
    const index = JSON.parse(readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8')) as { texts: unknown[] };
    expect(json).toHaveLength(index.texts.length);
  });
});

describe('the installed bin', () => {
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'resdiff.js');
  it('runs the built CLI with real exit statuses', () => {
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toMatch(/^resdiff /);
    const same = spawnSync(process.execPath, [bin, 'diff', 'A/RES/68/160', 'A/RES/68/160'], { encoding: 'utf8' });
    expect(same.status).toBe(0);
    const diff = spawnSync(process.execPath, [bin, 'diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '-o', join(tmp, 'r.html'), '--format', 'html'], {
      encoding: 'utf8',
    });
    expect(diff.status).toBe(1);
    expect(readFileSync(join(tmp, 'r.html'), 'utf8')).toContain('<ins>25/3 of 27</ins>');
    const bad = spawnSync(process.execPath, [bin, 'parse', join(tmp, 'nothing-here.txt')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`resdiff: cannot read ${join(tmp, 'nothing-here.txt')}: no such file\n`);
  });
});
