// parse, list and history fit the line: --width N, else the terminal's columns, else 80 (CJK
// counts two columns); and their counts say "1 footnote", not "1 footnotes".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { run } from '../helpers/io.js';
import { VariantBuilder } from '../helpers/variants.js';

const SYMBOLS = ['A/RES/68/160', 'A/RES/55/109', 'A/RES/51/100', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', 'A/HRC/DEC/22/116'];
/** A third Chinese version, derived from the real 68/160 (OP 11's lead verb changed), for a history over three versions. */
const zhThird = join(mkdtempSync(join(tmpdir(), 'resdiff-widths-')), 'op11-encourages.zh.txt');
writeFileSync(zhThird, new VariantBuilder('A-RES-68-160.zh.txt').changeLeadVerb('op11', '鼓励').raw);

const COMMANDS: [string, string[]][] = [
  ...SYMBOLS.map((s): [string, string[]] => [`parse ${s}`, ['parse', s]]),
  ['list', ['list']],
  ['history (en, four versions)', ['history', 'A/RES/51/100', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', 'A/HRC/DEC/22/116']],
  ['history (zh, three versions)', ['history', 'A/RES/55/109', 'A/RES/68/160', zhThird]],
];

/** The lines wider than `width` (colour codes take no room), with their widths, for a readable failure. */
function tooWide(stdout: string, width: number): string[] {
  return stripVTControlCharacters(stdout).split('\n').filter((l) => displayWidth(l) > width).map((l) => `${displayWidth(l)}: ${l}`);
}

describe('parse, list and history fit the width', () => {
  it.each(COMMANDS)('%s --width 80: every line at most 80 columns', async (_name, argv) => {
    const r = await run([...argv, '--width', '80']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(3);
    expect(tooWide(r.stdout, 80)).toEqual([]);
  });

  it.each(COMMANDS)('%s: 80 columns when not a terminal and no --width, else the terminal\'s columns', async (_name, argv) => {
    expect(tooWide((await run(argv)).stdout, 80)).toEqual([]);
    expect(tooWide((await run(argv, { isTTY: true, columns: 60 })).stdout, 60)).toEqual([]);
  });

  it.each([40, 20])('list and history fit even --width %i', async (width) => {
    for (const [, argv] of COMMANDS.filter(([name]) => !name.startsWith('parse'))) {
      expect(tooWide((await run([...argv, '--width', String(width)])).stdout, width)).toEqual([]);
    }
  });

  it('list at 80 columns keeps every symbol, state and title, each title under its text', async () => {
    const out = (await run(['list', '--width', '80'])).stdout;
    for (const s of SYMBOLS) expect(out).toMatch(new RegExp(`^${s.replace(/\//g, '\\/')} +(zh|en) `, 'm'));
    // The state wraps within its column when the symbols are long (E/CN.4/RES/1998/81).
    expect(out).toMatch(/^A\/RES\/55\/109 +zh +2000 +partial: stops inside operative paragraph(?: 3|\n {38}3)\n {4}加强人权领域的国际合作$/m);
    expect(out).toContain('\n    Enhancement of international cooperation in the field of human rights\n');
    // On a wide line, one row a text with the title in its own column.
    const wide = (await run(['list', '--width', '160'])).stdout;
    expect(wide).toMatch(/^A\/RES\/68\/160 +zh +2013-12-18 +complete +增进人权领域的国际合作$/m);
  });

  it('history at 80 columns keeps the table', async () => {
    const out = (await run(['history', 'A/RES/51/100', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--width', '80'])).stdout;
    expect(out).toMatch(/^History of 3 versions: 8 paragraphs, 0 unchanged throughout, 3 appeared later, 4\nremoved$/m);
    expect(out).toMatch(/^¶2 +PP2 \+ +PP1 ~ +PP1 =$/m);
  });
});

describe('counts say one thing in the singular', () => {
  it('A/RES/51/100 has 1 footnote; A/HRC/DEC/22/116 has 1 operative paragraph', async () => {
    const one = (await run(['parse', 'A/RES/51/100', '--width', '80'])).stdout;
    expect(one).toContain('3 preambular and 2 operative paragraphs, 1 footnote\n');
    expect(one).not.toMatch(/\b1 footnotes\b/);
    expect((await run(['parse', 'A/HRC/DEC/22/116'])).stdout).toContain('6 preambular and 1 operative paragraph, 0 footnotes\n');
    expect((await run(['parse', 'A/RES/68/160'])).stdout).toContain('9 preambular and 14 operative paragraphs, 5 footnotes\n');
  });
});
