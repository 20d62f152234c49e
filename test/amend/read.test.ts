// Reading amendment documents: every form issue 11 lists, and every form resdiff's own amendment
// list writes, in English and in Chinese. English forms use the example strings the issue quotes;
// Chinese counterparts quote words of corpus/A-RES-68-160.zh.txt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmendmentDocument, readInstructions, takeQuotations } from '../../src/amend/readInstructions.js';
import type { Edit } from '../../src/model/instruction.js';
import type { Language } from '../../src/model/resolution.js';

function readsAs(language: Language, text: string, target: string, edits: Edit[]): void {
  const [ins, ...more] = readInstructions(text, language);
  expect(more).toEqual([]);
  expect(ins).toEqual({ n: 1, target, edits, text: text.replace(/\s*\n\s*/g, language === 'zh' ? '' : ' ') });
}

describe('the English forms of issue 11', () => {
  const cases: [string, string, Edit[]][] = [
    ['In operative paragraph 5, replace “X” with “Y”', 'OP 5', [{ op: 'replace', words: 'X', with: 'Y' }]],
    ['Substitute the word “with” for “through” in paragraph 5', 'OP 5', [{ op: 'replace', words: 'through', with: 'with' }]],
    [
      'In the first preambular paragraph, after the words “X”, insert the following phrase: “...” and delete the end of the paragraph',
      'PP1',
      [{ op: 'replace-rest', after: 'X', text: '...' }],
    ],
    ['In the first preambular paragraph, after the word “X” replace the existing text by the following: “...”', 'PP1', [{ op: 'replace-rest', after: 'X', text: '...' }]],
    ['In paragraph 1, before the word “concern” delete the word “grave”', 'OP 1', [{ op: 'delete', words: 'grave', before: 'concern' }]],
    ['Delete in paragraph 10 the following words: “...”', 'OP 10', [{ op: 'delete', words: '...' }]],
    ['At the end of the second paragraph insert the following: “...”', 'OP 2', [{ op: 'insert', text: '...', at: 'end' }]],
    ['After the first preambular paragraph insert the following paragraph: “...”', 'PP1', [{ op: 'insert-paragraph', section: 'preamble', texts: ['...'] }]],
    ['After paragraph 2, insert the following paragraph: “...”', 'OP 2', [{ op: 'insert-paragraph', section: 'operative', texts: ['...'] }]],
    ['Paragraph 6 should read: “...”', 'OP 6', [{ op: 'replace-paragraph', text: '...' }]],
    [
      'Delete the first, second, third and fourth paragraphs of the preamble and substitute therefor the following: “...”',
      'PP1',
      [
        { op: 'replace-paragraph', text: '...' },
        { op: 'delete-paragraph', paragraph: 'PP2' },
        { op: 'delete-paragraph', paragraph: 'PP3' },
        { op: 'delete-paragraph', paragraph: 'PP4' },
      ],
    ],
    ['Delete paragraph 2 (c)', 'OP 2 (c)', [{ op: 'delete-paragraph' }]],
  ];
  for (const [text, target, edits] of cases) it(text, () => readsAs('en', text, target, edits));
});

describe('the English forms the amendment list writes', () => {
  const cases: [string, string, Edit[]][] = [
    [
      'In the first preambular paragraph, delete “Z”; after “A”, insert “B”; before “C”, insert “D”',
      'PP1',
      [
        { op: 'delete', words: 'Z' },
        { op: 'insert', text: 'B', after: 'A' },
        { op: 'insert', text: 'D', before: 'C' },
      ],
    ],
    ['In operative paragraph 3, delete the comma after “2000”', 'OP 3', [{ op: 'delete', words: ',', after: '2000' }]],
    ['Operative paragraph 3 should read: “…”', 'OP 3', [{ op: 'replace-paragraph', text: '…' }]],
    ['The first preambular paragraph should read: “…”', 'PP1', [{ op: 'replace-paragraph', text: '…' }]],
    ['Delete operative paragraph 4', 'OP 4', [{ op: 'delete-paragraph' }]],
    ['Delete the second preambular paragraph', 'PP2', [{ op: 'delete-paragraph' }]],
    ['After the first preambular paragraph, insert the following paragraph: “…”', 'PP1', [{ op: 'insert-paragraph', section: 'preamble', texts: ['…'] }]],
    ['After the first preambular paragraph, insert the following paragraphs: “A” and “B”', 'PP1', [{ op: 'insert-paragraph', section: 'preamble', texts: ['A', 'B'] }]],
    ['After operative paragraph 2, insert the following paragraphs: “A”, “B” and “C”', 'OP 2', [{ op: 'insert-paragraph', section: 'operative', texts: ['A', 'B', 'C'] }]],
    ['At the beginning of the preamble, insert the following paragraph: “…”', 'preamble', [{ op: 'insert-paragraph', section: 'preamble', texts: ['…'], at: 'start' }]],
    ['Move operative paragraph 4 to follow operative paragraph 6', 'OP 4', [{ op: 'move-paragraph', section: 'operative', after: 'OP 6' }]],
    ['Move the first preambular paragraph to follow the third preambular paragraph', 'PP1', [{ op: 'move-paragraph', section: 'preamble', after: 'PP3' }]],
    ['Move the first preambular paragraph to follow the third', 'PP1', [{ op: 'move-paragraph', section: 'preamble', after: 'PP3' }]],
    ['Move the third preambular paragraph to the operative part, to follow operative paragraph 1', 'PP3', [{ op: 'move-paragraph', section: 'operative', after: 'OP 1' }]],
    ['Move operative paragraph 2 to the beginning of the operative part', 'OP 2', [{ op: 'move-paragraph', section: 'operative', at: 'start' }]],
    ['In the twenty-first preambular paragraph, replace “X” with “Y”', 'PP21', [{ op: 'replace', words: 'X', with: 'Y' }]],
    ['In the first operative paragraph, replace “X” with “Y”', 'OP 1', [{ op: 'replace', words: 'X', with: 'Y' }]],
  ];
  for (const [text, target, edits] of cases) it(text, () => readsAs('en', text, target, edits));
});

describe('other English forms of amendment documents', () => {
  const cases: [string, string, Edit[]][] = [
    ['In operative paragraph 5, the words “X” should be replaced by “Y”', 'OP 5', [{ op: 'replace', words: 'X', with: 'Y' }]],
    ['In operative paragraph 5, the word “X” should be deleted', 'OP 5', [{ op: 'delete', words: 'X' }]],
    ['In operative paragraph 5, insert “B” between “A” and “C”', 'OP 5', [{ op: 'insert', text: 'B', after: 'A' }]],
    ['Replace operative paragraph 3 with the following: “…”', 'OP 3', [{ op: 'replace-paragraph', text: '…' }]],
    ['Add a new operative paragraph after paragraph 5, reading: “…”', 'OP 5', [{ op: 'insert-paragraph', section: 'operative', texts: ['…'] }]],
    ['Delete the words “X” in operative paragraph 5', 'OP 5', [{ op: 'delete', words: 'X' }]],
    ['In subparagraph (a) of paragraph 2, delete “X”', 'OP 2 (a)', [{ op: 'delete', words: 'X' }]],
    ['Delete the first to third preambular paragraphs', 'PP1', [{ op: 'delete-paragraph' }, { op: 'delete-paragraph', paragraph: 'PP2' }, { op: 'delete-paragraph', paragraph: 'PP3' }]],
    ['Delete paragraphs 4 to 5 and substitute therefor the following: “…”', 'OP 4', [{ op: 'replace-paragraph', text: '…' }, { op: 'delete-paragraph', paragraph: 'OP 5' }]],
  ];
  for (const [text, target, edits] of cases) it(text, () => readsAs('en', text, target, edits));
});

describe('the Chinese forms of issue 11 and their counterparts of the English ones', () => {
  const cases: [string, string, Edit[]][] = [
    ['执行部分第5段：将“X”改为“Y”', 'OP 5', [{ op: 'replace', words: 'X', with: 'Y' }]],
    ['在执行部分第11段中，以“鼓励”取代“邀请”', 'OP 11', [{ op: 'replace', words: '邀请', with: '鼓励' }]],
    ['序言部分第一段：在“重申决心”之后插入以下措辞：“……”，并删除该段其余部分', 'PP1', [{ op: 'replace-rest', after: '重申决心', text: '……' }]],
    ['序言部分第一段：将“重申决心”之后的内容改为：“……”', 'PP1', [{ op: 'replace-rest', after: '重申决心', text: '……' }]],
    ['执行部分第1段：删除“尊重”之前的“鼓励”', 'OP 1', [{ op: 'delete', words: '鼓励', before: '尊重' }]],
    ['删除执行部分第10段中的以下文字：“……”', 'OP 10', [{ op: 'delete', words: '……' }]],
    ['在执行部分第2段末尾插入：“……”', 'OP 2', [{ op: 'insert', text: '……', at: 'end' }]],
    ['在序言部分第一段之后插入新的一段，内容如下：“……”', 'PP1', [{ op: 'insert-paragraph', section: 'preamble', texts: ['……'] }]],
    ['在执行部分第2段之后插入以下新段落：“……”', 'OP 2', [{ op: 'insert-paragraph', section: 'operative', texts: ['……'] }]],
    ['执行部分第6段应改为：“……”', 'OP 6', [{ op: 'replace-paragraph', text: '……' }]],
    [
      '删除序言部分第一、第二、第三和第四段，代之以：“……”',
      'PP1',
      [
        { op: 'replace-paragraph', text: '……' },
        { op: 'delete-paragraph', paragraph: 'PP2' },
        { op: 'delete-paragraph', paragraph: 'PP3' },
        { op: 'delete-paragraph', paragraph: 'PP4' },
      ],
    ],
    ['删除执行部分第2段(c)', 'OP 2 (c)', [{ op: 'delete-paragraph' }]],
    ['删除执行部分第3段', 'OP 3', [{ op: 'delete-paragraph' }]],
    ['执行部分第5段“X”改为“Y”', 'OP 5', [{ op: 'replace', words: 'X', with: 'Y' }]],
    ['在执行部分第5段中，将“X”改为“Y”', 'OP 5', [{ op: 'replace', words: 'X', with: 'Y' }]],
  ];
  for (const [text, target, edits] of cases) it(text, () => readsAs('zh', text, target, edits));
});

describe('the Chinese forms the amendment list writes', () => {
  const cases: [string, string, Edit[]][] = [
    [
      '执行部分第5段：将“X”改为“Y”；删除“Z”；在“A”之后插入“B”；在“C”之前插入“D”；删除“2000”之后的逗号',
      'OP 5',
      [
        { op: 'replace', words: 'X', with: 'Y' },
        { op: 'delete', words: 'Z' },
        { op: 'insert', text: 'B', after: 'A' },
        { op: 'insert', text: 'D', before: 'C' },
        { op: 'delete', words: '，', after: '2000' },
      ],
    ],
    ['执行部分第3段应改为：“……”', 'OP 3', [{ op: 'replace-paragraph', text: '……' }]],
    ['序言部分第一段应改为：“……”', 'PP1', [{ op: 'replace-paragraph', text: '……' }]],
    ['删除序言部分第二段', 'PP2', [{ op: 'delete-paragraph' }]],
    ['在序言部分第一段之后插入新的两段，内容如下：“甲”“乙”', 'PP1', [{ op: 'insert-paragraph', section: 'preamble', texts: ['甲', '乙'] }]],
    ['在序言部分开头插入新的一段，内容如下：“……”', 'preamble', [{ op: 'insert-paragraph', section: 'preamble', texts: ['……'], at: 'start' }]],
    ['将执行部分第4段移至第6段之后', 'OP 4', [{ op: 'move-paragraph', section: 'operative', after: 'OP 6' }]],
    ['将序言部分第五段移至第七段之后', 'PP5', [{ op: 'move-paragraph', section: 'preamble', after: 'PP7' }]],
    ['将序言部分第五段移至执行部分第3段之后', 'PP5', [{ op: 'move-paragraph', section: 'operative', after: 'OP 3' }]],
    ['将执行部分第2段移至执行部分开头', 'OP 2', [{ op: 'move-paragraph', section: 'operative', at: 'start' }]],
    ['序言部分第二十三段：删除“Z”', 'PP23', [{ op: 'delete', words: 'Z' }]],
  ];
  for (const [text, target, edits] of cases) it(text, () => readsAs('zh', text, target, edits));
});

describe('a document', () => {
  it('sets aside the masthead, the sponsors line and the closing line, and numbers what is left', () => {
    const doc = readAmendmentDocument(
      ['A/C.3/66/L.55', 'Distr.: Limited', '18 October 2011', 'Original: English', 'Sixty-sixth session', 'Third Committee', 'Agenda item 69 (b)', 'Cuba:* amendments to draft resolution A/C.3/66/L.32', '1. Delete operative paragraph 4', '2. Paragraph 6 should read:', '“...”', 'Renumber the operative paragraphs accordingly.'].join('\n'),
      'en',
    );
    expect(doc.instructions.map((i) => [i.n, i.target, i.edits[0]!.op])).toEqual([
      [1, 'OP 4', 'delete-paragraph'],
      [2, 'OP 6', 'replace-paragraph'],
    ]);
    expect(doc.setAside).toEqual(['A/C.3/66/L.55', 'Distr.: Limited', '18 October 2011', 'Original: English', 'Sixty-sixth session', 'Third Committee', 'Agenda item 69 (b)', 'Cuba:* amendments to draft resolution A/C.3/66/L.32', 'Renumber the operative paragraphs accordingly.']);
  });

  it('does not take a line for an instruction because it starts like one ("including", "Addresses", "Atlantic")', () => {
    const doc = readAmendmentDocument('including the right to development\nAddresses of delegations\nAtlantic\nInsertion\n1. Delete operative paragraph 4', 'en');
    expect(doc.instructions.map((i) => i.target)).toEqual(['OP 4']);
    expect(doc.setAside).toHaveLength(4);
  });

  it('does not take a Chinese line for an instruction because it starts with 在 or 以 (lines of 68/160)', () => {
    // Lines of corpus/A-RES-68-160.zh.txt as printed (OP3, PP2, OP11 cut by the layout).
    const doc = readAmendmentDocument('在这方面欢迎举行关于不同文明之间对话的国家、区域和国际会议\n以及它们在增进人权领域国际合作方面的作用\n在确保促进和保护所有人权方面的重要性；\n删除执行部分第3段', 'zh');
    expect(doc.instructions.map((i) => i.target)).toEqual(['OP 3']);
  });

  it('sets aside the Chinese masthead and closing line', () => {
    const doc = readAmendmentDocument(['A/C.3/66/L.55', '第六十六届会议', '古巴*：对决议草案A/C.3/66/L.32的修正', '删除执行部分第3段', '执行部分各段相应重新编号。'].join('\n'), 'zh');
    expect(doc.instructions.map((i) => i.target)).toEqual(['OP 3']);
    expect(doc.setAside).toHaveLength(4);
  });

  it('reads the Chinese numbering 一、, （二） and 3., with no space after it', () => {
    expect(readInstructions('一、删除执行部分第3段\n（二）执行部分第5段：将“重申”改为“确认”\n3.删除执行部分第4段', 'zh').map((i) => i.target)).toEqual(['OP 3', 'OP 5', 'OP 4']);
  });

  it('joins an instruction whose quotation runs over several lines, the Chinese way and the English way', () => {
    const [zh] = readInstructions('在序言部分第一段之后插入新的一段，内容如下：\n“重申决心按照\n《联合国宪章》，”', 'zh');
    expect(zh!.edits).toEqual([{ op: 'insert-paragraph', section: 'preamble', texts: ['重申决心按照《联合国宪章》，'] }]);
    const [en] = readInstructions('1. After paragraph 2, insert the following paragraph:\n“Invites the Commission\non Human Rights”', 'en');
    expect(en!.edits).toEqual([{ op: 'insert-paragraph', section: 'operative', texts: ['Invites the Commission on Human Rights'] }]);
  });

  it('cuts a document copied as one line before each instruction number, in sequence and outside quotations', () => {
    const ins = readInstructions('Distr.: Limited 1. Delete operative paragraph 4 2. In paragraph 1, replace “on 25 June 1993. In the” with “in 1993 3. In” 3. Delete the second preambular paragraph', 'en');
    expect(ins.map((i) => i.target)).toEqual(['OP 4', 'OP 1', 'PP2']);
    expect(ins[1]!.edits).toEqual([{ op: 'replace', words: 'on 25 June 1993. In the', with: 'in 1993 3. In' }]);
  });

  it('joins an instruction wrapped before words that start like another one ("in paragraph 5", "after the words")', () => {
    const ins = readInstructions('1. Substitute the word “with” for “through”\nin paragraph 5\n2. In the first preambular paragraph,\nafter the words “X”, insert “Y”\nDelete operative paragraph 4', 'en');
    expect(ins.map((i) => [i.target, i.edits[0]!.op])).toEqual([
      ['OP 5', 'replace'],
      ['PP1', 'insert'],
      ['OP 4', 'delete-paragraph'],
    ]);
  });

  it('reports an instruction cut off at the end of the text (an unclosed quotation) as not understood', () => {
    const ins = readInstructions('1. Delete operative paragraph 4\n2. Paragraph 6 should read: “Requests the Secretary-General', 'en');
    expect(ins[0]!.unread).toBeUndefined();
    expect(ins[1]).toMatchObject({ n: 2, target: '', edits: [], unread: expect.stringMatching(/cut off/) });
    const zh = readInstructions('执行部分第6段应改为：“请秘书长', 'zh');
    expect(zh[0]!.unread).toMatch(/cut off/);
  });

  it('keeps a numbered line it cannot read, as not understood', () => {
    const ins = readInstructions('1. Delete operative paragraph 4\n2. Make the text stronger', 'en');
    expect(ins.map((i) => i.unread === undefined)).toEqual([true, false]);
  });

  it('reads nested ‘ ’ back as “ ”, keeps apostrophes, and reads straight quotes', () => {
    expect(takeQuotations('replace “the ‘Vienna Declaration’ and States’ rights” with “x”').quotes).toEqual(['the “Vienna Declaration” and States’ rights', 'x']);
    expect(takeQuotations('将“题为‘促进关于”改为“题为‘关于”').quotes).toEqual(['题为“促进关于', '题为“关于']);
    expect(takeQuotations('将“’的第”改为“的第”').quotes).toEqual(['”的第', '的第']);
    expect(takeQuotations('replace "A" with "B"').quotes).toEqual(['A', 'B']);
  });

  it('reads a long document in linear time: 20,000 lines that never make an instruction, 5,000 numbered instructions', () => {
    // Each line once tried the whole instruction so far (a 420 KB text took over 40 s).
    const started = Date.now();
    const stuck = readInstructions(`In operative paragraph 5, replace X${'\nwith more words here'.repeat(20_000)}`, 'en');
    expect(stuck).toHaveLength(1);
    expect(stuck[0]!.unread).toBeDefined();
    const many = readInstructions(Array.from({ length: 5000 }, (_, k) => `${k + 1}. Delete operative paragraph ${(k % 300) + 1}`).join('\n'), 'en');
    expect(many.map((i) => i.target)).toEqual(Array.from({ length: 5000 }, (_, k) => `OP ${(k % 300) + 1}`));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('never throws and gives every instruction a number in order (property)', () => {
    const piece = fc.constantFrom('1. ', 'Delete ', 'operative paragraph 4', '“', '”', '‘', '’', '\n', 'In ', ', replace ', ' with ', '删除', '执行部分第3段', '：', '将', '改为', '"', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom<Language>('en', 'zh', 'fr'), (parts, language) => {
        const ins = readInstructions(parts.join(''), language);
        expect(ins.map((i) => i.n)).toEqual(ins.map((_, k) => k + 1));
        for (const i of ins) expect(i.unread === undefined ? i.edits.length > 0 && i.target !== '' : i.edits.length === 0).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom<Language>('en', 'zh'), (text, language) => {
        const doc = readAmendmentDocument(text, language);
        expect(doc.instructions.map((i) => i.n)).toEqual(doc.instructions.map((_, k) => k + 1));
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});
