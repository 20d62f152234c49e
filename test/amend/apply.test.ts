// Applying instructions to real drafts: corpus/A-RES-51-100.en.txt and corpus/A-RES-68-160.zh.txt
// stand for the drafts. Quoted words are taken from their paragraphs; new paragraphs are real
// paragraphs of other corpus texts (named where they are used).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyInstructions, type AmendedDraft } from '../../src/amend/applyInstructions.js';
import { amendedText } from '../../src/amend/amendedText.js';
import { readInstructions } from '../../src/amend/readInstructions.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { parseCorpus } from '../helpers/corpus.js';
import { INSERT_TEXT } from '../helpers/variants.js';

const en = parseCorpus('A-RES-51-100.en.txt');
const zh = parseCorpus('A-RES-68-160.zh.txt');
const PP = en.preamble.map((p) => p.text);
const OP = en.operative.map((p) => p.text);
const ZPP = zh.preamble.map((p) => p.text);
const ZOP = zh.operative.map((p) => p.text);
/** A/HRC/DEC/22/116, its operative paragraph; and A/HRC/RES/19/33, its first preambular paragraph. */
const DEC_OP1 = parseCorpus('A-HRC-DEC-22-116.en.txt').operative[0]!.text;
const HRC_PP1 = parseCorpus('A-HRC-RES-19-33.en.txt').preamble[0]!.text;
/** A/RES/55/109, its second operative paragraph. */
const ZH_55_OP2 = parseCorpus('A-RES-55-109.zh.txt').operative[1]!.text;

function amend(draft: Resolution, text: string): AmendedDraft {
  return applyInstructions(draft, readInstructions(text, draft.language));
}

function applied(draft: Resolution, text: string): AmendedDraft {
  const out = amend(draft, text);
  expect(out.results.filter((r) => r.status !== 'applied')).toEqual([]);
  return out;
}

describe('each form changes the draft as it says (English)', () => {
  it('replaces words', () => {
    const out = applied(en, 'In operative paragraph 1, replace “genuine and constructive dialogue” with “constructive dialogue”');
    expect(out.operative[0]).toBe(OP[0]!.replace('genuine and constructive dialogue', 'constructive dialogue'));
    expect(out.preamble).toEqual(PP);
  });

  it('substitutes a word for another', () => {
    expect(applied(en, 'Substitute the word “promote” for “enhance” in the second preambular paragraph').preamble[1]).toBe(PP[1]!.replace('to enhance', 'to promote'));
  });

  it('replaces the rest of a paragraph after some words, keeping its closing comma', () => {
    const out = applied(en, 'In the first preambular paragraph, after the words “international cooperation”, insert the following phrase: “is essential for the promotion of human rights” and delete the end of the paragraph');
    expect(out.preamble[0]).toBe('Recognizing that the enhancement of international cooperation is essential for the promotion of human rights,');
    const rest = applied(en, 'In the first preambular paragraph, after the word “cooperation” replace the existing text by the following: “is essential,”');
    expect(rest.preamble[0]).toBe('Recognizing that the enhancement of international cooperation is essential,');
  });

  it('deletes a word that stands before another, leaving one space', () => {
    expect(applied(en, 'In paragraph 1, before the word “cooperation” delete the word “international”').operative[0]).toBe(OP[0]!.replace('promote international cooperation', 'promote cooperation'));
  });

  it('deletes words', () => {
    expect(applied(en, 'Delete in paragraph 2 the following words: “, preferably by the fifty-third session of the Commission”').operative[1]).toBe(OP[1]!.replace(', preferably by the fifty-third session of the Commission', ''));
  });

  it('inserts at the end of a paragraph, before its closing punctuation', () => {
    expect(applied(en, 'At the end of paragraph 1 insert the following: “, as set forth in the Charter of the United Nations”').operative[0]).toBe(OP[0]!.replace(/;$/, ', as set forth in the Charter of the United Nations;'));
  });

  it('deletes the comma after some words', () => {
    expect(applied(en, 'In the second preambular paragraph, delete the comma after “25 June 1993”').preamble[1]).toBe(PP[1]!.replace('1993,', '1993'));
  });

  it('inserts, deletes, replaces and moves paragraphs', () => {
    const newPP = INSERT_TEXT.en.preamble[0]; // A/HRC/DEC/22/116 PP5
    expect(applied(en, `After the first preambular paragraph insert the following paragraph: “${newPP}”`).preamble).toEqual([PP[0], newPP, PP[1], PP[2]]);
    expect(applied(en, `After paragraph 1, insert the following paragraph: “${INSERT_TEXT.en.operative[0]}”`).operative).toEqual([OP[0], INSERT_TEXT.en.operative[0], OP[1]]);
    expect(applied(en, `Paragraph 2 should read: “${DEC_OP1}”`).operative).toEqual([OP[0], DEC_OP1]);
    expect(applied(en, `Delete the first, second and third paragraphs of the preamble and substitute therefor the following: “${HRC_PP1}”`).preamble).toEqual([HRC_PP1]);
    expect(applied(en, 'Delete the second preambular paragraph').preamble).toEqual([PP[0], PP[2]]);
    expect(applied(en, 'Move the first preambular paragraph to follow the third preambular paragraph').preamble).toEqual([PP[1], PP[2], PP[0]]);
    expect(applied(en, 'Move operative paragraph 2 to the beginning of the operative part').operative).toEqual([OP[1], OP[0]]);
    expect(applied(en, `At the beginning of the preamble, insert the following paragraphs: “${newPP}” and “${HRC_PP1}”`).preamble).toEqual([newPP, HRC_PP1, ...PP]);
  });
});

describe('each form changes the draft as it says (Chinese)', () => {
  it('replaces, deletes and inserts words, and deletes the comma after some words', () => {
    const out = applied(zh, '执行部分第5段：将“重申增进”改为“确认增进”\n执行部分第1段：删除“一项宗旨”之后的逗号；在“基本自由”之后插入“，”');
    expect(out.operative[4]).toBe(ZOP[4]!.replace('重申增进', '确认增进'));
    expect(out.operative[0]).toBe(ZOP[0]!.replace('宗旨，也是', '宗旨也是').replace('基本自由', '基本自由，'));
  });

  it('deletes, replaces, inserts and moves paragraphs', () => {
    const newPP = INSERT_TEXT.zh.preamble[0]; // A/RES/55/109 PP4
    expect(applied(zh, '删除执行部分第3段').operative).toEqual(ZOP.filter((_, k) => k !== 2));
    expect(applied(zh, `执行部分第6段应改为：“${ZH_55_OP2}”`).operative[5]).toBe(ZH_55_OP2);
    expect(applied(zh, `在序言部分第一段之后插入新的一段，内容如下：“${newPP}”`).preamble).toEqual([ZPP[0], newPP, ...ZPP.slice(1)]);
    const moved = applied(zh, '将执行部分第4段移至第6段之后').operative;
    expect(moved.slice(2, 7)).toEqual([ZOP[2], ZOP[4], ZOP[5], ZOP[3], ZOP[6]]);
    expect(applied(zh, '删除序言部分第一至第三段，代之以：“' + newPP + '”').preamble).toEqual([newPP, ...ZPP.slice(3)]);
  });
});

describe('numbers are the draft’s own, before any amendment', () => {
  it('still finds the second preambular paragraph after the first is deleted, and inserts in the deleted one’s place', () => {
    const newPP = INSERT_TEXT.en.preamble[0];
    const out = applied(en, ['Delete the first preambular paragraph', 'In the second preambular paragraph, replace “to enhance” with “to promote”', `After the first preambular paragraph, insert the following paragraph: “${newPP}”`].join('\n'));
    expect(out.preamble).toEqual([newPP, PP[1]!.replace('to enhance', 'to promote'), PP[2]]);
  });

  it('places paragraphs put after the same one in the order of the instructions', () => {
    const out = applied(zh, [`在执行部分第1段之后插入新的一段，内容如下：“${INSERT_TEXT.zh.operative[0]}”`, '将执行部分第3段移至执行部分第1段之后'].join('\n'));
    expect(out.operative.slice(0, 4)).toEqual([ZOP[0], INSERT_TEXT.zh.operative[0], ZOP[2], ZOP[1]]);
  });
});

describe('failures: reported with their reason, never stopping the others', () => {
  it('gives each reason, and applies the instructions that can be', () => {
    const text = [
      '1. In operative paragraph 9, replace “Supports” with “Welcomes”',
      '2. In operative paragraph 1, replace “Welcomes” with “Supports”',
      '3. In the second preambular paragraph, delete “cooperation”',
      '4. Make the text stronger',
      '5. In operative paragraph 1, replace “Supports” with “Welcomes”',
      '6. Delete paragraph 2 (c)',
      '7. Paragraph 2 should read: “Invites the Commission',
    ].join('\n');
    const out = amend(en, text);
    expect(out.results.map((r) => (r.status === 'applied' ? 'applied' : r.reason))).toEqual([
      'paragraph not found',
      'words not found',
      'words found more than once',
      'instruction not understood',
      'applied',
      'paragraph not found',
      'instruction not understood',
    ]);
    expect(out.operative[0]).toBe(OP[0]!.replace('Supports', 'Welcomes'));
    expect(out.operative[1]).toBe(OP[1]);
  });

  it('applies an instruction whole or not at all', () => {
    const out = amend(en, 'In operative paragraph 1, replace “Supports” with “Welcomes”; delete “not in the text”');
    expect(out.results[0]).toMatchObject({ status: 'failed', reason: 'words not found' });
    expect(out.operative[0]).toBe(OP[0]);
  });

  it('fails an edit of a paragraph an earlier instruction deleted', () => {
    const out = amend(zh, '删除执行部分第3段\n执行部分第3段：将“重申”改为“确认”');
    expect(out.results.map((r) => r.status)).toEqual(['applied', 'failed']);
  });
});

describe('sub-paragraphs', () => {
  // Derived from A/RES/51/100: operative paragraph 2 cut into two sub-paragraphs, (a) from its own
  // words and (b) from the words of its third preambular paragraph.
  const OP2 =
    'Invites the Commission on Human Rights: (a) To pursue the matter with a view to reaching a successful conclusion of this initiative; (b) To continue its efforts to implement section II, paragraph 17, of the Vienna Declaration and Programme of Action.';
  const draft: Resolution = { ...en, operative: [en.operative[0]!, { ...en.operative[1]!, text: OP2 }] };
  const [head, a, b] = [OP2.slice(0, OP2.indexOf('(a)')), OP2.slice(OP2.indexOf('(a)'), OP2.indexOf('(b)')), OP2.slice(OP2.indexOf('(b)'))];

  it('edits words inside the sub-paragraph named, even when they occur in another', () => {
    expect(applied(draft, 'In paragraph 2 (b), replace “To” with “to”').operative[1]).toBe(head + a + b.replace('To', 'to'));
    expect(applied(draft, 'In subparagraph (a) of paragraph 2, replace “To” with “to”').operative[1]).toBe(head + a.replace('To', 'to') + b);
    expect(amend(draft, 'In paragraph 2, replace “To” with “to”').results[0]).toMatchObject({ reason: 'words found more than once' });
  });

  it('deletes and rewrites a sub-paragraph', () => {
    expect(applied(draft, 'Delete paragraph 2 (b)').operative[1]).toBe((head + a).trimEnd());
    expect(applied(draft, 'Paragraph 2 (a) should read: “To pursue the matter;”').operative[1]).toBe(`${head}(a) To pursue the matter; ${b}`);
    expect(applied({ ...draft, language: 'zh' }, '删除执行部分第2段(a)').operative[1]).toBe(head + b);
  });
});

describe('quotations that cut through a nested quotation', () => {
  it('reads a ’ taken for an apostrophe as the ” it stands for when the words are not found otherwise', () => {
    // A/RES/55/109 PP8 holds “促进关于人权问题的对话”; the quote below cuts through its closing mark.
    const draft = parseCorpus('A-RES-55-109.zh.txt');
    const out = applyInstructions(draft, [{ n: 1, target: 'PP8', edits: [{ op: 'replace', words: '对话’的第', with: '对话’之第' }], text: '' }]);
    expect(out.results).toEqual([{ n: 1, status: 'applied' }]);
    expect(out.preamble[7]).toBe(draft.preamble[7]!.text.replace('对话”的第', '对话”之第'));
  });
});

describe('quotations typed by hand', () => {
  it('match the text whatever their quotation marks and apostrophes, straight or curly', () => {
    // A/RES/55/109 PP8 holds 题为“促进关于人权问题的对话”; the instruction quotes it with straight marks.
    const draft = parseCorpus('A-RES-55-109.zh.txt');
    const out = applied(draft, '序言部分第八段：将“题为"促进关于”改为“题为"关于”');
    expect(out.preamble[7]).toBe(draft.preamble[7]!.text.replace('题为“促进关于', '题为"关于'));
  });
});

describe('the amended text', () => {
  it('reads back as the amended paragraphs', () => {
    for (const draft of [en, zh]) {
      const out = applied(draft, draft === en ? 'Delete the second preambular paragraph\nMove operative paragraph 2 to the beginning of the operative part' : '删除序言部分第二段\n将执行部分第2段移至执行部分开头');
      const back = parseResolution(amendedText(draft, out));
      expect(back.preamble.map((p) => p.text)).toEqual(out.preamble);
      expect(back.operative.map((p) => p.text)).toEqual(out.operative);
      expect(back.operative.map((p) => p.number)).toEqual(out.operative.map((_, k) => k + 1));
      expect(back.title).toBe(draft.title);
    }
  });
});

describe('any instructions at all (property)', () => {
  it('never throws: each instruction applies or fails with one of the four reasons', () => {
    const words = fc.oneof(fc.constantFrom(...en.operative[0]!.text.split(' '), ',', '', ' '), fc.string({ maxLength: 6 }));
    const target = fc.oneof(fc.constantFrom('PP1', 'PP3', 'PP9', 'OP 1', 'OP 2', 'OP 2 (c)', 'OP 7', 'preamble', 'operative', ''), fc.string({ maxLength: 5 }));
    const section = fc.constantFrom('preamble' as const, 'operative' as const);
    const edit = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), text: words, after: words }),
      fc.record({ op: fc.constant('insert' as const), text: words, at: fc.constantFrom('end' as const, 'start' as const) }),
      fc.record({ op: fc.constant('delete' as const), words, before: words }),
      fc.record({ op: fc.constant('delete' as const), words }),
      fc.record({ op: fc.constant('replace' as const), words, with: words }),
      fc.record({ op: fc.constant('replace-rest' as const), after: words, text: words }),
      fc.record({ op: fc.constant('delete-rest' as const), after: words }),
      fc.record({ op: fc.constant('insert-paragraph' as const), section, texts: fc.array(words, { minLength: 1, maxLength: 2 }) }),
      fc.record({ op: fc.constant('delete-paragraph' as const) }),
      fc.record({ op: fc.constant('replace-paragraph' as const), text: words }),
      fc.record({ op: fc.constant('move-paragraph' as const), section, after: target }),
    );
    const instruction = fc.record({ target, edits: fc.array(edit, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(instruction, { maxLength: 6 }), fc.constantFrom(en, zh), (list, draft) => {
        const ins = list.map((x, k) => ({ n: k + 1, text: '', ...x }));
        const out = applyInstructions(draft, ins);
        expect(out.results.map((r) => r.n)).toEqual(ins.map((i) => i.n));
        for (const r of out.results) if (r.status === 'failed') expect(['paragraph not found', 'words not found', 'words found more than once', 'instruction not understood']).toContain(r.reason);
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});

describe('any list of instructions (property)', () => {
  it('never throws, gives one result per instruction, and leaves the draft as it was when none applies', () => {
    const words = en.operative[0]!.text.split(' ');
    const form = fc.oneof(
      fc.tuple(fc.nat(5), fc.constantFrom(...words), fc.constantFrom(...words)).map(([n, a, b]) => `In operative paragraph ${n}, replace “${a}” with “${b}”`),
      fc.tuple(fc.nat(5)).map(([n]) => `Delete the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][n]} preambular paragraph`),
      fc.tuple(fc.nat(4), fc.nat(4)).map(([a, b]) => `Move operative paragraph ${a} to follow operative paragraph ${b}`),
      fc.tuple(fc.nat(4), fc.constantFrom(...words)).map(([n, w]) => `In paragraph ${n}, delete the comma after “${w}”`),
      fc.tuple(fc.nat(4)).map(([n]) => `After paragraph ${n}, insert the following paragraph: “${INSERT_TEXT.en.operative[0]}”`),
      fc.constantFrom('Paragraph 1 should read: “', 'Renumber the operative paragraphs accordingly.', 'Sixty-sixth session'),
    );
    fc.assert(
      fc.property(fc.array(form, { maxLength: 8 }), (lines) => {
        const ins = readInstructions(lines.join('\n'), 'en');
        const out = applyInstructions(en, ins);
        expect(out.results.map((r) => r.n)).toEqual(ins.map((i) => i.n));
        if (out.results.every((r) => r.status === 'failed')) {
          expect(out.preamble).toEqual(PP);
          expect(out.operative).toEqual(OP);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
