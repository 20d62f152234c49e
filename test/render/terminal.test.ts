// Terminal wrapping: CJK counts two columns, closing punctuation never starts a line.
import { describe, expect, it } from 'vitest';
import { renderTerminal, wrapText } from '../../src/render/terminal.js';
import { displayWidth } from '../../src/text/width.js';
import { compareCorpusPair } from '../helpers/corpus.js';

describe('terminal renderer', () => {
  it('wraps Chinese at the width, counting two columns a character', () => {
    const lines = wrapText('重申决心按照《联合国宪章》，特别是第一条第三项，以及世界人权会议1993年6月25日通过的《维也纳宣言和行动纲领》', 20);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    for (const l of lines) expect(l).not.toMatch(/^[，。；：、》]/);
    for (const l of lines) expect(l).not.toMatch(/《$/);
    expect(lines.join('')).toBe('重申决心按照《联合国宪章》，特别是第一条第三项，以及世界人权会议1993年6月25日通过的《维也纳宣言和行动纲领》');
  });

  it('wraps English at spaces and keeps every word', () => {
    const text = 'Recalling the adoption by the General Assembly of the United Nations Millennium Declaration on 8 September 2000';
    const lines = wrapText(text, 30);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
  });

  it('puts the summary line first and shows every paragraph label', () => {
    const out = renderTerminal(compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt'), { width: 72, color: false, visibility: 'all' });
    expect(out.split('\n')[0]).toMatch(/^Summary: \d+ unchanged, \d+ modified, \d+ added, \d+ removed, \d+ moved/);
    expect(out).toContain('OP 6 (was OP 2)');
    expect(out).toContain('lead verb: 强调 -> 着重指出');
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(72);
  });

  it('colours when asked, whatever NO_COLOR and the output stream say (the caller decides)', () => {
    const c = compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt');
    const saved = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    let out: string;
    try {
      // vitest's stdout is not a terminal either.
      out = renderTerminal(c, { width: 72, color: true, visibility: 'changed' });
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
    expect(out).toContain('\x1b[31m\x1b[9m'); // deleted: red, struck through
    expect(out).toContain('\x1b[32m\x1b[4m'); // inserted: green, underlined
    expect(out).toContain('\x1b[1m\x1b[36mPP1 (old) removed\x1b[39m\x1b[22m'); // label: bold cyan
    expect(out.split('\n')[0]).toMatch(/^\x1b\[1mSummary: /);
    const visible = out.replace(/\x1b\[[0-9;]*m/g, '');
    expect(visible).not.toContain('[-');
    for (const line of visible.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(72);
  });

  it('writes no escape codes at all without colour', () => {
    const out = renderTerminal(compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt'), { width: 72, color: false, visibility: 'all' });
    expect(out).not.toContain('\x1b');
    expect(out).toContain('[-');
  });
});
