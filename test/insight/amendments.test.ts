// Amendments in UN drafting style: applying them to the old text gives the new text exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { amendments, applyAmendments } from '../../src/insight/amendments.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { amendmentLines, chineseNumber, ordinalWord } from '../../src/wording/amendmentText.js';
import { arbVersionPair } from '../helpers/arbitraries.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';
import { VariantBuilder } from '../helpers/variants.js';

function roundTrip(old: Resolution, neu: Resolution): void {
  const list = amendments(compareResolutions(old, neu));
  const applied = applyAmendments(old, list);
  expect(applied.preamble).toEqual(neu.preamble.map((p) => p.text));
  expect(applied.operative).toEqual(neu.operative.map((p) => p.text));
}

describe('apply(amendments(old), old) == new', () => {
  it('for every pair of corpus texts in one language (and each with itself)', () => {
    const docs = CORPUS_FILES.map((f) => parseCorpus(f));
    for (const a of docs) for (const b of docs) if (a.language === b.language) roundTrip(a, b);
  });

  it('for derived variants of every layout (property)', () => {
    const builders = ['A-RES-68-160.zh.txt', 'A-RES-55-109.zh.txt', 'A-RES-51-100.en.txt', 'A-HRC-RES-19-33.en.txt'].map((f) => new VariantBuilder(f));
    fc.assert(
      fc.property(fc.nat(3), fc.nat(999), fc.nat(999), fc.constantFrom('delete', 'insert', 'swap', 'move', 'verb'), (bi, x, y, op) => {
        const b = builders[bi]!;
        const list = x % 2 === 0 || b.resolution.operative.length < 2 ? b.resolution.preamble : b.resolution.operative;
        const p = list[x % list.length]!;
        const other = list[y % list.length]!;
        if ((op === 'swap' || op === 'move') && p === other) return;
        const raw =
          op === 'delete' ? b.delete(p.id).raw : op === 'insert' ? b.insertAfter(p.id).raw : op === 'swap' ? b.swap(p.id, other.id).raw : op === 'move' ? b.moveAfter(p.id, other.id).raw : b.changeLeadVerb(p.id, b.resolution.language === 'zh' ? '鼓励' : 'Welcoming').raw;
        roundTrip(b.resolution, parseResolution(raw));
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('for generated version pairs with edits, additions, deletions and moves (property)', () => {
    fc.assert(
      fc.property(arbVersionPair, ({ old, new: neu }) => roundTrip(old, neu)),
      { numRuns: 300, seed: 55 },
    );
  });
});

describe('UN drafting style', () => {
  it('writes the real pair 19/33 -> 28/2 in English, quoting the smallest unambiguous phrase', () => {
    const a = parseCorpus('A-HRC-RES-19-33.en.txt');
    const b = parseCorpus('A-HRC-RES-28-2.en.txt');
    const lines = amendmentLines(amendments(compareResolutions(a, b)));
    expect(lines[0]).toBe(
      'In the second preambular paragraph, delete the comma after “2000”; replace “High-level Plenary Meeting” with “high-level plenary meeting”; replace “General Assembly on” with “Assembly on”',
    );
    expect(lines[1]).toContain('replace “16/22 of 25” with “25/3 of 27”');
  });

  it('writes deletions, insertions, moves and renumbering in Chinese (68/160 with OP 3 deleted, PP5 moved)', () => {
    const b = new VariantBuilder('A-RES-68-160.zh.txt');
    const deleted = b.delete('op3').raw;
    const moved = new VariantBuilder('A-RES-68-160.zh.txt', deleted).moveAfter('pp5', 'pp7').raw;
    const old = b.resolution;
    const neu = parseResolution(moved);
    const lines = amendmentLines(amendments(compareResolutions(old, neu)));
    expect(lines).toContain('删除执行部分第3段');
    expect(lines).toContain('将序言部分第五段移至第七段之后');
    expect(lines.at(-1)).toBe('执行部分各段相应重新编号。');
    const inserted = new VariantBuilder('A-RES-68-160.zh.txt').insertAfter('op9').raw;
    const ins = amendmentLines(amendments(compareResolutions(old, parseResolution(inserted))));
    expect(ins[0]).toMatch(/^在执行部分第9段之后插入新的一段，内容如下：“.+”$/);
    const verb = parseResolution(new VariantBuilder('A-RES-68-160.zh.txt').changeLeadVerb('op5', '确认').raw);
    expect(amendmentLines(amendments(compareResolutions(old, verb)))).toEqual(['执行部分第5段：将“重申”改为“确认”']);
  });

  it('writes the English forms: delete, insert, move', () => {
    const b = new VariantBuilder('A-RES-51-100.en.txt');
    const old = b.resolution;
    const cases: [string, RegExp][] = [
      [b.delete('pp2').raw, /^Delete the second preambular paragraph$/],
      [b.insertAfter('op1').raw, /^After operative paragraph 1, insert the following paragraph: “Acknowledges .+;”$/],
      [b.moveAfter('pp1', 'pp3').raw, /^Move the first preambular paragraph to follow the third preambular paragraph$/],
    ];
    for (const [raw, line] of cases) {
      const neu = parseResolution(raw);
      expect(amendmentLines(amendments(compareResolutions(old, neu)))[0]).toMatch(line);
    }
  });

  it('numbers preambular paragraphs in ordinal words and Chinese numerals', () => {
    expect([1, 4, 9, 12, 20, 21, 33, 40].map(ordinalWord)).toEqual(['first', 'fourth', 'ninth', 'twelfth', 'twentieth', 'twenty-first', 'thirty-third', 'fortieth']);
    expect([1, 4, 10, 12, 20, 23].map(chineseNumber)).toEqual(['一', '四', '十', '十二', '二十', '二十三']);
  });
});
