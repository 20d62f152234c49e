// Spanish, Russian and Arabic on DERIVED fixtures (test/lang/fixtures/derived.{es,ru,ar}.txt):
// no real text in these languages is available offline, so each fixture is a skeleton built from
// the rules of its module (the opening line, the openers, a session ordinal) with clearly marked
// placeholder clauses. Never real resolutions, never in corpus/. A derived variant of each (a
// preambular paragraph deleted, the first operative verb changed, the session ordinal moved on)
// must give the right alignment, lead-verb strength, technical classification and amendment
// wording in the language's own UN style.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { foldArabic } from '../../src/lang/arWords.js';
import { rulesFor } from '../../src/lang/index.js';
import type { Language } from '../../src/model/resolution.js';
import { insightOf } from '../../src/insight/report.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { citations } from '../../src/series/predecessor.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { leadVerbLine } from '../../src/wording/labels.js';

const fixture = (language: string) => readFileSync(join(packageRoot(), 'test', 'lang', 'fixtures', `derived.${language}.txt`), 'utf8');

interface Case {
  language: Language;
  verbs: { pp: string[]; op: string[] };
  edits: [string, string][];
  verbLine: string;
  amendments: string[];
}

const CASES: Case[] = [
  {
    language: 'es',
    verbs: { pp: ['Reafirmando', 'Reconociendo también', 'Poniendo de relieve'], op: ['Insta', 'Pide', 'Decide'] },
    edits: [
      ['\nReconociendo también la cláusula de prueba dos,\n', ''],
      ['Insta a los', 'Exhorta a los'],
      ['septuagésimo período', 'septuagésimo primer período'],
    ],
    verbLine: 'lead verb: Insta -> Exhorta (weaker)',
    amendments: [
      'Suprímase el segundo párrafo del preámbulo',
      'En el párrafo 1 de la parte dispositiva, sustitúyase «Insta» por «Exhorta»',
      'En el párrafo 3 de la parte dispositiva, sustitúyase «período» por «primer período»',
    ],
  },
  {
    language: 'ru',
    verbs: { pp: ['подтверждая', 'ссылаясь на', 'признавая также'], op: ['призывает', 'просит', 'постановляет'] },
    edits: [
      ['\nссылаясь на тестовое положение два,\n', ''],
      ['1. призывает', '1. настоятельно призывает'],
      ['семидесятой сессии', 'семьдесят первой сессии'],
    ],
    verbLine: 'lead verb: призывает -> настоятельно призывает (stronger)',
    amendments: [
      'Исключить второй пункт преамбулы',
      'В пункте 1 постановляющей части заменить «призывает» на «настоятельно призывает»',
      'В пункте 3 постановляющей части заменить «семидесятой» на «семьдесят первой»',
    ],
  },
  {
    language: 'ar',
    verbs: { pp: ['إذ تؤكد من جديد', 'وإذ تشير إلى', 'وإذ تسلم أيضا'], op: ['تهيب', 'تطلب إلى', 'تقرر'] },
    edits: [
      ['\nوإذ تشير إلى بند الاختبار الثاني،\n', ''],
      ['1. تهيب', '1. تحث'],
      ['دورتها السبعين', 'دورتها الحادية والسبعين'],
    ],
    verbLine: 'lead verb: \u2068تهيب\u2069 -> \u2068تحث\u2069 (stronger)',
    amendments: [
      'تحذف الفقرة الثانية من الديباجة',
      'في الفقرة 1 من المنطوق، يستعاض عن عبارة «تهيب» بعبارة «تحث»',
      'في الفقرة 3 من المنطوق، يستعاض عن عبارة «السبعين» بعبارة «الحادية والسبعين»',
    ],
  },
];

describe.each(CASES)('$language (derived fixture)', (c) => {
  const raw = fixture(c.language);
  const old = parseResolution(raw);

  it('parses the skeleton: its language, body, openers and numbers', () => {
    expect(rulesFor(c.language).supported).toBe(true);
    expect(old.language).toBe(c.language);
    expect(old.body).toBe('General Assembly');
    expect(old.preamble.map((p) => p.leadVerb)).toEqual(c.verbs.pp);
    expect(old.operative.map((p) => p.leadVerb)).toEqual(c.verbs.op);
    expect(old.operative.map((p) => p.number)).toEqual([1, 2, 3]);
    // "its resolution 51/100": the Assembly's own, found for the predecessor.
    expect(citations(old).map((x) => [x.symbol, x.body, x.paragraph])).toEqual([['A/RES/51/100', 'GA', 'pp1']]);
  });

  it('a derived variant: alignment, lead-verb strength, technical change, amendments in its UN wording', () => {
    let text = raw;
    for (const [from, to] of c.edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    const cmp = compareResolutions(old, parseResolution(text));
    expect(cmp.changes.map((ch) => [ch.kind, ch.old?.id ?? null, ch.new?.id ?? null])).toEqual([
      ['unchanged', 'pp1', 'pp1'],
      ['removed', 'pp2', null],
      ['unchanged', 'pp3', 'pp2'],
      ['modified', 'op1', 'op1'],
      ['unchanged', 'op2', 'op2'],
      ['modified', 'op3', 'op3'],
    ]);
    const op1 = cmp.changes.find((ch) => ch.old?.id === 'op1')!;
    const op3 = cmp.changes.find((ch) => ch.old?.id === 'op3')!;
    expect(leadVerbLine(op1, '->', c.language)).toBe(c.verbLine);
    expect([op1.technical, op3.technical]).toEqual([false, true]);
    expect(amendmentLines(insightOf(cmp).amendments)).toEqual(c.amendments);
  });
});

describe('Arabic digits, tashkeel and tatweel', () => {
  const ar = rulesFor('ar');

  it('fold to the same text: Arabic-Indic digits as Latin ones, no vowel marks, no tatweel', () => {
    expect(foldArabic('١٩٩٦ و٥١/١٠٠')).toBe('1996 و51/100');
    expect(foldArabic('تُهِيبُ')).toBe('تهيب');
    expect(foldArabic('تهـــيب')).toBe('تهيب');
  });

  it('read an opener with tashkeel or tatweel as the same verb on the same rung', () => {
    expect(ar.detectLeadVerb('تُهِيبُ بالدول')?.form).toBe('operative');
    expect(ar.ladderForm(ar.detectLeadVerb('تُهِيبُ بالدول')!.text)).toBe('تهيب');
    expect(ar.ladderForm(ar.detectLeadVerb('تهـيب بالدول')!.text)).toBe('تهيب');
    expect(ar.ladderForm('وإذ تؤكد أيضا')).toBe('إذ تؤكد');
  });

  it('a year written in Arabic-Indic digits instead of Latin ones is the same year: no change', () => {
    const raw = fixture('ar');
    const cmp = compareResolutions(parseResolution(raw), parseResolution(raw.replace('ديسمبر 1996', 'ديسمبر ١٩٩٦')));
    const pp1 = cmp.changes.find((ch) => ch.old?.id === 'pp1')!;
    expect(pp1.kind).toBe('unchanged');
    expect(pp1.segments.every((s) => s.op === 'equal')).toBe(true);
    expect(ar.findDate('المؤرخ ١٨ كانون الأول/ديسمبر ٢٠١٣')).toBe('2013-12-18');
    expect(ar.closing('الجلسة العامة ٧٠')).toEqual({ meeting: '70' });
  });
});

describe('Spanish and Russian dates, ordinals and closings', () => {
  it('read them', () => {
    expect(rulesFor('es').closing('18 de diciembre de 2013')).toEqual({ date: '2013-12-18' });
    expect(rulesFor('es').closing('70ª sesión plenaria')).toEqual({ meeting: '70' });
    expect(rulesFor('ru').closing('18 декабря 2013 года')).toEqual({ date: '2013-12-18' });
    expect(rulesFor('ru').closing('70-е пленарное заседание')).toEqual({ meeting: '70' });
    const ru = new RegExp(rulesFor('ru').technical.ordinals[0]!, 'gi');
    expect('на своей семидесятой сессии; семьдесят первая сессия'.match(ru)).toEqual(['семидесятой', 'семьдесят первая']);
    const es = new RegExp(rulesFor('es').technical.ordinals[0]!, 'gi');
    expect('en su septuagésimo período; quincuagésimo tercer período'.match(es)).toEqual(['septuagésimo', 'quincuagésimo tercer']);
  });
});

describe('right to left in the terminal', () => {
  const variant = (language: string, from: string, to: string) => {
    const raw = fixture(language);
    return renderTerminal(compareResolutions(parseResolution(raw), parseResolution(raw.replace(from, to))), { width: 80, color: false, visibility: 'changed' });
  };

  it('puts each line of an Arabic paragraph in a right-to-left isolate, and no other language\'s', () => {
    const ar = variant('ar', '1. تهيب', '1. تحث').split('\n');
    // The paragraph's lines (indented four spaces); the lead-verb line is English wording.
    const text = ar.filter((l) => l.startsWith('    '));
    expect(text.length).toBeGreaterThan(0);
    for (const l of text) expect(l).toMatch(/^ {4}\u2067.*\u2069$/);
    expect(variant('es', 'Insta a los', 'Exhorta a los')).not.toMatch(/[\u2067\u2069]/);
  });
});
