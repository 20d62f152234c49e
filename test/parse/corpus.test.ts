// The parser on every real corpus text: counts, footnotes, header facts, lead verbs, flags.
import { describe, expect, it } from 'vitest';
import { allParagraphs } from '../../src/model/resolution.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';

describe('A/RES/68/160 (zh, PDF extraction)', () => {
  const r = parseCorpus('A-RES-68-160.zh.txt');

  it('finds 9 preambular, 14 operative paragraphs and 5 footnotes', () => {
    expect(r.preamble).toHaveLength(9);
    expect(r.operative).toHaveLength(14);
    expect(r.footnotes).toHaveLength(5);
    expect(r.operative.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('links footnote marks to the paragraphs that cite them', () => {
    expect(r.preamble.map((p) => p.footnotes)).toEqual([[1], [2, 3], [4], [], [], [], [], [], [5]]);
    expect(r.operative.every((p) => p.footnotes.length === 0)).toBe(true);
    expect(r.footnotes.map((f) => [f.mark, f.citedBy])).toEqual([
      [1, ['pp1']],
      [2, ['pp2']],
      [3, ['pp2']],
      [4, ['pp3']],
      [5, ['pp9']],
    ]);
    expect(r.footnotes[1]!.text).toBe('第55/2号决议。');
    expect(r.footnotes[4]!.text).toBe('见E/CN.4/2001/2-E/CN.4/Sub.2/2000/46，第二章，A节。');
  });

  it('reads the header and closing', () => {
    expect(r.symbol).toBe('A/RES/68/160');
    expect(r.language).toBe('zh');
    expect(r.title).toBe('增进人权领域的国际合作');
    expect(r.adopted).toBe('2013-12-18');
    expect(r.meeting).toBe('70');
    expect(r.basis).toBe('A/68/456/Add.2');
    expect(r.body).toBe('General Assembly');
    expect(r.complete).toBe(true);
    expect(r.incomplete).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('reads lead verbs, including 表示注意到 in operative paragraph 12', () => {
    expect(r.operative[11]!.text.startsWith('表示注意到')).toBe(true);
    expect(r.operative[11]!.leadVerb).toBe('表示注意到');
    expect(r.preamble.map((p) => p.leadVerb)).toEqual(['重申', '回顾', '又回顾', '认识到', '又认识到', '重申', '强调', '着重指出', '回顾']);
    expect(r.operative.map((p) => p.leadVerb)).toEqual([
      '重申', '确认', '重申', '敦促', '重申', '认为', '重申', '强调', '促请', '敦促', '邀请', '表示注意到', '请', '决定',
    ]);
  });

  it('keeps layout out of paragraph text', () => {
    for (const p of allParagraphs(r)) {
      expect(p.text).not.toMatch(/https?:|undocs\.org/);
      expect(p.text).not.toContain('A/RES/68/160');
      expect(p.text).not.toMatch(/13-44904|3\/313/);
      expect(p.text).not.toMatch(/\s/); // Chinese text: no typeset or line-break spaces remain
      expect(p.text).not.toMatch(/^\d+\.?/);
    }
    // The paragraph that runs into the footnote mark and on: no lone digit left between the words.
    expect(r.preamble[0]!.text).toContain('《维也纳宣言和行动纲领》中关于');
    expect(r.preamble[1]!.text).toContain('《联合国千年宣言》，以及');
    expect(r.preamble[1]!.text).toContain('第19/33号决议和人权委员会');
    expect(r.preamble[8]!.text).toBe('回顾促进和保护人权小组委员会第五十二届会议于2000年8月18日通过了关于促进人权问题对话的第2000/22号决议，');
    // The operative paragraph split by the page break and footnote block is joined.
    expect(r.operative[8]!.text.endsWith('并鼓励非政府组织积极为此作出贡献；')).toBe(true);
    expect(r.operative[13]!.text).toBe('决定在大会第六十九届会议上继续审议这个问题。');
  });
});

describe('A/RES/51/100 (en, old indented HTML, 1/ marks)', () => {
  const r = parseCorpus('A-RES-51-100.en.txt');

  it('finds 3 preambular, 2 operative paragraphs and 1 footnote', () => {
    expect(r.preamble).toHaveLength(3);
    expect(r.operative).toHaveLength(2);
    expect(r.footnotes).toEqual([{ mark: 1, text: 'A/CONF.157/24 (Part I), chap. III.', citedBy: ['pp2'] }]);
  });

  it('removes the 1/ mark and joins lines with single spaces', () => {
    expect(r.preamble[1]!.text).toContain('on 25 June 1993, to enhance genuine cooperation');
    expect(r.preamble[1]!.footnotes).toEqual([1]);
    expect(r.operative[1]!.text).toBe(
      'Invites the Commission on Human Rights to pursue the matter with a view to reaching a successful conclusion of this initiative, preferably by the fifty-third session of the Commission.',
    );
    expect(r.preamble.map((p) => p.leadVerb)).toEqual(['Recognizing', 'Reaffirming', 'Encouraging']);
    expect(r.operative.map((p) => p.leadVerb)).toEqual(['Supports', 'Invites']);
  });

  it('reads the header and closing, and drops the site footer', () => {
    expect(r.symbol).toBe('A/RES/51/100');
    expect(r.adopted).toBe('1996-12-12');
    expect(r.meeting).toBe('82');
    expect(r.basis).toBe('A/51/619/Add.2');
    expect(r.complete).toBe(true);
    // The source page lost the title's last word; the parser reports what the text says.
    expect(r.title).toBe('Enhancement of international cooperation in the field of human');
    for (const p of allParagraphs(r)) expect(p.text).not.toMatch(/posted online|plenary meeting|\s{2}/);
  });
});

describe('A/RES/55/109 (zh, one-line HTML, glued marks, partial)', () => {
  const r = parseCorpus('A-RES-55-109.zh.txt');

  it('splits the single line into paragraphs', () => {
    expect(r.preamble).toHaveLength(8);
    expect(r.operative.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(r.complete).toBe(false);
    // It stops inside operative paragraph 3, before the closing.
    expect(r.incomplete).toEqual(['the last paragraph does not end with a full stop', 'no adoption date or meeting']);
    expect(r.title).toBe('加强人权领域的国际合作');
    expect(r.symbol).toBe('A/RES/55/109');
    expect(r.basis).toBe('A/55/602/Add.2');
  });

  it('takes glued footnote marks out of the words', () => {
    expect(r.preamble[0]!.footnotes).toEqual([1]);
    expect(r.preamble[0]!.text).toContain('第2000/70号决议，并回顾大会');
    expect(r.preamble[1]!.footnotes).toEqual([2]);
    expect(r.preamble[1]!.text).toContain('《维也纳宣言和行动纲领》的有关规定');
    expect(r.preamble[7]!.footnotes).toEqual([3]);
    // Digits that are text stay: dates and symbols.
    expect(r.preamble[0]!.text).toContain('1999年12月17日');
  });
});

describe('Human Rights Council texts (right-docs layout)', () => {
  it('reads A/HRC/RES/19/33 as a partial resolution with 4 preambular paragraphs', () => {
    const r = parseCorpus('A-HRC-RES-19-33.en.txt');
    expect(r.symbol).toBe('A/HRC/RES/19/33');
    expect(r.body).toBe('Human Rights Council');
    expect(r.title).toBe('Enhancement of international cooperation in the field of human rights');
    expect(r.preamble.map((p) => p.leadVerb)).toEqual(['Reaffirming', 'Recalling', 'Recalling also', 'Recalling further']);
    expect(r.operative).toHaveLength(0);
    expect(r.complete).toBe(false);
    expect(r.incomplete).toContain('no operative paragraphs');
    for (const p of r.preamble) expect(p.text).not.toMatch(/Document Type|Agenda Item|\s{2}/);
  });

  it('reads A/HRC/RES/28/2 likewise', () => {
    const r = parseCorpus('A-HRC-RES-28-2.en.txt');
    expect(r.symbol).toBe('A/HRC/RES/28/2');
    expect(r.preamble).toHaveLength(4);
    expect(r.complete).toBe(false);
  });

  it('reads the decision A/HRC/DEC/22/116: preamble and one unnumbered "Decides"', () => {
    const r = parseCorpus('A-HRC-DEC-22-116.en.txt', { symbol: 'A/HRC/DEC/22/116' });
    expect(r.kind).toBe('decision');
    expect(r.symbol).toBe('A/HRC/DEC/22/116');
    expect(r.adopted).toBe('2013-03-21');
    expect(r.meeting).toBe('47');
    expect(r.preamble.map((p) => p.leadVerb)).toEqual(['Guided by', 'Recalling', 'Recognizing', 'Recalling', 'Acknowledging', 'Taking note of']);
    expect(r.operative).toHaveLength(1);
    expect(r.operative[0]!.number).toBeNull();
    expect(r.operative[0]!.leadVerb).toBe('Decides');
    // "Secretary-General1": the glued mark is removed.
    expect(r.preamble[5]!.text).toContain('the Secretary-General indicating');
    expect(r.preamble[5]!.footnotes).toEqual([1]);
    expect(r.complete).toBe(false);
  });
});

describe('every corpus text', () => {
  it.each(CORPUS_FILES)('%s: paragraphs have ids in order, normalised text and spans', (file) => {
    const r = parseCorpus(file);
    r.preamble.forEach((p, k) => expect(p.id).toBe(`pp${k + 1}`));
    r.operative.forEach((p, k) => expect(p.id).toBe(`op${k + 1}`));
    expect(r.complete, r.incomplete.join('; ')).toBe(r.incomplete.length === 0);
    for (const p of allParagraphs(r)) {
      expect(p.text).toBe(p.text.trim());
      expect(p.text).not.toMatch(/\s{2}|\n/);
      expect(p.span.end).toBeGreaterThan(p.span.start);
    }
  });
});

describe('French headers: the title read from the un.org header', () => {
  it('A/RES/52/134: the old un.org table row "52/134 | Renforcement … |" gives the number and the title', () => {
    const r = parseCorpus('A-RES-52-134.fr.txt');
    expect(r.symbol).toBe('A/RES/52/134');
    expect(r.title).toBe("Renforcement de la coopération internationale dans le domaine des droits de l'homme");
    expect(r.preamble).toHaveLength(4);
  });

  it('A/RES/56/153: the masthead on one line, "56/153. Renforcement …" up to the opening', () => {
    const r = parseCorpus('A-RES-56-153.fr.txt');
    expect(r.symbol).toBe('A/RES/56/153');
    expect(r.title).toBe(
      'Renforcement de l’action de l’Organisation des Nations Unies dans le domaine des droits de l’homme par la promotion de la coopération internationale et importance de la non-sélectivité, de l’impartialité et de l’objectivité',
    );
  });
});
