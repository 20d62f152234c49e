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
});
