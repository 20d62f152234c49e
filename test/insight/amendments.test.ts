// Amendments in UN drafting style: applying them to the old text gives the new text exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { amendedTexts, amendments, applyAmendments, type AmendmentList, type TextEdit } from '../../src/insight/amendments.js';
import { rulesFor } from '../../src/lang/index.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { amendmentLines, chineseNumber, ordinalWord } from '../../src/wording/amendmentText.js';
import { arbVersionPair } from '../helpers/arbitraries.js';
import { CORPUS_FILES, compareCorpusPair, parseCorpus } from '../helpers/corpus.js';
import { run } from '../helpers/io.js';
import { VariantBuilder } from '../helpers/variants.js';

function roundTrip(old: Resolution, neu: Resolution): AmendmentList {
  const c = compareResolutions(old, neu);
  const list = amendments(c);
  const applied = applyAmendments(old, list);
  const expected = amendedTexts(c);
  expect(applied.preamble).toEqual(expected.preamble);
  expect(applied.operative).toEqual(expected.operative);
  // Only a paragraph a partial text stops in may differ from the new text, but for what the
  // language does not count as a change (’ for ', tashkeel: LanguageRules.foldForCompare).
  const cut = new Set(c.changes.filter((ch) => ch.cutAt !== undefined).map((ch) => ch.new!.id));
  const fold = rulesFor(neu.language).foldForCompare;
  for (const section of ['preamble', 'operative'] as const) neu[section].forEach((p, k) => cut.has(p.id) || expect(fold(expected[section][k]!)).toBe(fold(p.text)));
  return list;
}

/** The quotations of a paragraph's edits: the words looked up in the paragraph. */
const quotations = (e: TextEdit) => (e.op === 'replace' || e.op === 'delete' ? e.find : e.anchor);

/**
 * What is wrong with the list's quotations, checked against each paragraph as it stands before
 * any amendment: a quotation that does not occur exactly once there, or that starts or ends inside
 * a word (between two letters or digits in Latin script; off the segmenter's word boundaries in
 * Chinese, or splitting the one-character suffix off a longer word: 联合|国, 选择|性).
 */
function quotationProblems(old: Resolution, list: AmendmentList): string[] {
  const texts = new Map(allParagraphs(old).map((p) => [p.id, p.text]));
  const problems: string[] = [];
  for (const a of list.amendments) {
    if (a.kind !== 'edit') continue;
    const text = texts.get(a.target.id)!;
    const tokens = rulesFor(old.language).tokens(text);
    const starts = new Map<number, number>(); // boundary -> index of the token starting there
    tokens.reduce((at, t, i) => (starts.set(at, i), at + t.length), 0);
    starts.set(text.length, tokens.length);
    const insideWord = (x: number) => {
      const left = text[x - 1] ?? ' ';
      const right = text[x] ?? ' ';
      if (/[\p{Script=Latin}\p{N}]/u.test(left) && /[\p{Script=Latin}\p{N}]/u.test(right)) return true;
      if (!/\p{Script=Han}/u.test(left) || !/\p{Script=Han}/u.test(right)) return false;
      const i = starts.get(x);
      return i === undefined || (tokens[i - 1]!.length >= 2 && tokens[i]!.length === 1);
    };
    for (const e of a.edits) {
      const quote = quotations(e);
      const at = text.indexOf(quote);
      const n = text.split(quote).length - 1;
      if (n !== 1) problems.push(`${a.target.id}: “${quote}” occurs ${n} times`);
      else if (insideWord(at) || insideWord(at + quote.length)) problems.push(`${a.target.id}: “${quote}” cuts a word`);
    }
  }
  return problems;
}

/** Texts from corpus paragraphs with word changes of the kinds amendments are made of (derived, never new words). */
const WORD_EDITS = ['comma', 'dropWord', 'repeatWord', 'scatter'] as const;
function editWords(text: string, language: Resolution['language'], op: (typeof WORD_EDITS)[number], k: number): string {
  const tokens = rulesFor(language).tokens(text);
  const words = tokens.map((t, i) => [t, i] as const).filter(([t]) => /[\p{L}\p{N}]/u.test(t));
  if (words.length < 3) return text;
  const pick = (j: number) => words[j % words.length]![1];
  switch (op) {
    case 'comma': {
      const marks = tokens.map((t, i) => [t, i] as const).filter(([t]) => /^[,，、;；]$/.test(t));
      if (marks.length === 0) return text;
      tokens.splice(marks[k % marks.length]![1], 1);
      break;
    }
    case 'dropWord':
      tokens.splice(pick(k), 1);
      break;
    case 'repeatWord': {
      // A word of the paragraph written again elsewhere in it: quotations must stay unique.
      const i = pick(k);
      tokens.splice(pick(k * 7 + 3), 0, tokens[i]!, language === 'zh' ? '' : ' ');
      break;
    }
    case 'scatter':
      // Every third word swapped with the word after it: many scattered edits ("should read").
      for (let j = k % 3; j + 1 < words.length; j += 3) {
        const [a, b] = [words[j]![1], words[j + 1]![1]];
        [tokens[a], tokens[b]] = [tokens[b]!, tokens[a]!];
      }
      break;
  }
  return tokens.join('');
}

describe('apply(amendments(old), old) == new', () => {
  it('for every pair of corpus texts in one language (and each with itself)', () => {
    const docs = CORPUS_FILES.map((f) => parseCorpus(f));
    for (const a of docs) for (const b of docs) if (a.language === b.language) roundTrip(a, b);
  });

  it('where a partial text stops mid-paragraph, the words past the cut are neither amended nor quoted (19/33 -> 28/2 PP4, both ways)', () => {
    const [a, b] = [parseCorpus('A-HRC-RES-19-33.en.txt'), parseCorpus('A-HRC-RES-28-2.en.txt')];
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const lines = amendmentLines(roundTrip(x, y));
      const pp4 = lines.find((l) => l.startsWith('In the fourth preambular paragraph'));
      expect(pp4).toMatch(/^In the fourth preambular paragraph, (delete the comma after “Africa”|replace “Africa” with “Africa,”)$/);
      expect(lines.join('\n')).not.toMatch(/Conference|Review Co/);
    }
  });

  it('for word edits of corpus paragraphs: deleted commas, dropped and repeated words, scattered edits (property)', () => {
    const builders = ['A-RES-68-160.zh.txt', 'A-RES-55-109.zh.txt', 'A-RES-51-100.en.txt', 'A-HRC-RES-19-33.en.txt'].map((f) => new VariantBuilder(f));
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.nat(3), fc.nat(999), fc.nat(999), fc.constantFrom(...WORD_EDITS), fc.boolean(), (bi, x, k, op, twice) => {
        const b = builders[bi]!;
        const paragraphs = allParagraphs(b.resolution);
        const targets = new Set([x % paragraphs.length, twice ? (x * 5 + 1) % paragraphs.length : -1]);
        const plan = paragraphs.map((p, i) => ({ section: p.section, number: p.number, copyOf: p, text: targets.has(i) ? editWords(p.text, b.resolution.language, op, k) : p.text }));
        const list = roundTrip(b.resolution, parseResolution(b.write(plan)));
        expect(quotationProblems(b.resolution, list)).toEqual([]);
        for (const a of list.amendments) kinds.add(a.kind === 'edit' ? a.edits.map((e) => e.op).join() : a.kind);
      }),
      { numRuns: 150, seed: 11 },
    );
    // The forms the property is meant to reach were reached.
    expect([...kinds].join()).toMatch(/deleteMark/);
    expect(kinds).toContain('replaceParagraph');
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
      fc.property(arbVersionPair, ({ old, new: neu }) => {
        expect(quotationProblems(old, roundTrip(old, neu))).toEqual([]);
      }),
      { numRuns: 300, seed: 55 },
    );
  });
});

describe('quotations: unique in the original paragraph, whole words', () => {
  it('for every pair of corpus texts in one language', () => {
    const docs = CORPUS_FILES.map((f) => [f, parseCorpus(f)] as const);
    for (const [fa, a] of docs)
      for (const [fb, b] of docs) if (a.language === b.language) expect({ pair: `${fa} -> ${fb}`, problems: quotationProblems(a, amendments(compareResolutions(a, b))) }).toEqual({ pair: `${fa} -> ${fb}`, problems: [] });
  });

  it('55/109 -> 68/160: no 国的 out of 联合国的, no 删除“性” (性 occurs twice), 2011 quoted with what makes it unique', () => {
    const old = parseCorpus('A-RES-55-109.zh.txt');
    const lines = amendmentLines(amendments(compareResolutions(old, parseCorpus('A-RES-68-160.zh.txt'))));
    const text = lines.join('\n');
    expect(text).not.toMatch(/“国/);
    expect(text).not.toContain('删除“性”');
    // PP3 of 55/109 reads 充分实现联合国的宗旨; 68/160 drops the 的.
    expect(lines).toContainEqual(expect.stringMatching(/^序言部分第三段：.*将“的宗旨”改为“宗旨”/));
    const en = amendmentLines(amendments(compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt')));
    // "2011" occurs twice in the original PP3: the second change quotes "2011," (once).
    expect(en[1]).toContain('replace “2011,” with “2014,”');
  });

  it('a quotation unique only after the earlier edits of its paragraph is not used (derived from 55/109 OP 3)', () => {
    // 性 occurs twice in OP 3 of 55/109 (普遍性, 非选择性). With both deleted, after the first
    // deletion 性 is unique in the text as it then stands, but not in the original paragraph.
    const b = new VariantBuilder('A-RES-55-109.zh.txt');
    const op3 = b.resolution.operative[2]!;
    expect(op3.text.split('性').length - 1).toBe(2);
    const plan = allParagraphs(b.resolution).map((p) => ({ section: p.section, number: p.number, copyOf: p, text: p === op3 ? p.text.replaceAll('性', '') : p.text }));
    const list = roundTrip(b.resolution, parseResolution(b.write(plan)));
    expect(quotationProblems(b.resolution, list)).toEqual([]);
    expect(amendmentLines(list).join()).not.toContain('删除“性”');
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

  it('writes nested quotation marks as ‘ ’ inside “ ”, and the comma and "should read" forms', () => {
    // PP8 of 55/109 quotes a title: 题为“促进关于人权问题的对话”的.
    const pp8 = parseCorpus('A-RES-55-109.zh.txt').preamble[7]!;
    expect(pp8.text).toContain('题为“促进关于人权问题的对话”的');
    const target = { id: pp8.id, number: null, section: 'preamble' as const };
    const zh = rulesFor('zh');
    expect(zh.amendmentLine({ kind: 'edit', target, edits: [{ op: 'delete', find: '题为“促进关于人权问题的对话”的' }] })).toBe('序言部分第八段：删除“题为‘促进关于人权问题的对话’的”');
    expect(zh.amendmentLine({ kind: 'edit', target, edits: [{ op: 'deleteMark', anchor: '8月26日', mark: '，' }] })).toBe('序言部分第八段：删除“8月26日”之后的逗号');
    expect(zh.amendmentLine({ kind: 'replaceParagraph', target: { id: 'op3', number: 3, section: 'operative' }, text: pp8.text })).toBe(`执行部分第3段应改为：“${pp8.text.replaceAll('“', '‘').replaceAll('”', '’')}”`);
    const en = rulesFor('en');
    const [pp1, pp2] = parseCorpus('A-HRC-RES-19-33.en.txt').preamble.map((p) => p.text);
    expect(en.amendmentLine({ kind: 'replaceParagraph', target: { id: 'pp1', number: null, section: 'preamble' }, text: pp1! })).toBe(`The first preambular paragraph should read: “${pp1}”`);
    expect(en.amendmentLine({ kind: 'edit', target: { id: 'op3', number: 3, section: 'operative' }, edits: [{ op: 'deleteMark', anchor: '2000', mark: ',' }] })).toBe('In operative paragraph 3, delete the comma after “2000”');
    expect(en.amendmentLine({ kind: 'insert', section: 'preamble', after: null, texts: [pp1!, pp2!] })).toBe(`At the beginning of the preamble, insert the following paragraphs: “${pp1}” and “${pp2}”`);
    expect(en.amendmentLine({ kind: 'move', target: { id: 'op4', number: 4, section: 'operative' }, section: 'operative', after: { id: 'op6', number: 6, section: 'operative' } })).toBe('Move operative paragraph 4 to follow operative paragraph 6');
    const [zh1, zh2] = parseCorpus('A-RES-68-160.zh.txt').preamble.map((p) => p.text);
    expect(zh.amendmentLine({ kind: 'insert', section: 'preamble', after: { id: 'pp1', number: null, section: 'preamble' }, texts: [zh1!, zh2!] })).toBe(`在序言部分第一段之后插入新的两段，内容如下：“${zh1}”“${zh2}”`);
  });

  it('numbers preambular paragraphs in ordinal words and Chinese numerals', () => {
    expect([1, 4, 9, 12, 20, 21, 33, 40].map(ordinalWord)).toEqual(['first', 'fourth', 'ninth', 'twelfth', 'twentieth', 'twenty-first', 'thirty-third', 'fortieth']);
    expect([1, 4, 10, 12, 20, 23].map(chineseNumber)).toEqual(['一', '四', '十', '十二', '二十', '二十三']);
  });
});

describe('resdiff diff OLD NEW --format amendments', () => {
  it('prints the numbered list alone, in the texts’ language; exit 1 when there are changes, 0 and nothing when none', async () => {
    const r = await run(['diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--format', 'amendments']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('1. In the second preambular paragraph, delete the comma after “2000”; replace “High-level Plenary Meeting” with “high-level plenary meeting”; replace “General Assembly on” with “Assembly on”');
    expect(lines.every((l, k) => l.startsWith(`${k + 1}. `))).toBe(true);
    const zh = await run(['diff', 'A/RES/55/109', 'A/RES/68/160', '--format', 'amendments']);
    expect(zh.stdout).toContain('2. 序言部分第二段：');
    expect(zh.stdout).toContain('序言部分第八段应改为：“回顾促进和保护人权小组委员会第五十二届会议');
    expect(zh.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+\. 执行部分各段相应重新编号。$/);
    const same = await run(['diff', 'A/RES/68/160', 'A/RES/68/160', '--format', 'amendments']);
    expect(same).toMatchObject({ status: 0, stdout: '' });
  });
});
