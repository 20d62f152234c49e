// Amendment documents in French, Spanish, Russian and Arabic, read form by form.
//
// Every example below is DERIVED from real or fixture paragraph text, never a real amendment
// document: French from the real A/RES/52/134 (corpus/), Spanish, Russian and Arabic from the
// DERIVED fixtures test/lang/fixtures/derived.{es,ru,ar}.txt (no real text in those languages is
// available offline). Two kinds of tests:
// - every form resdiff's writer produces (amendmentLine in the language's module), written for
//   amendments built from the text's own paragraphs, read back and applied: the result is what
//   the writer's own inverse (applyAmendments) gives;
// - the UN forms the writer does not produce ("se lira comme suit", "quedará redactado como sigue",
//   "читать следующим образом", "يصبح نصها كما يلي", « » with narrow no-break spaces, „ “), read
//   into the instruction they state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstructions } from '../../src/amend/applyInstructions.js';
import { readAmendmentDocument, readInstructions } from '../../src/amend/readInstructions.js';
import { applyAmendments } from '../../src/insight/amendments.js';
import { rulesFor } from '../../src/lang/index.js';
import type { Amendment, TextEdit } from '../../src/model/amendment.js';
import type { Edit } from '../../src/model/instruction.js';
import type { Language, Paragraph, Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { packageRoot } from '../../src/util/packageRoot.js';

const read = (file: string) => readFileSync(join(packageRoot(), file), 'utf8');
const BASES: Record<'fr' | 'es' | 'ru' | 'ar', Resolution> = {
  fr: parseResolution(read('corpus/A-RES-52-134.fr.txt')),
  es: parseResolution(read('test/lang/fixtures/derived.es.txt')),
  ru: parseResolution(read('test/lang/fixtures/derived.ru.txt')),
  ar: parseResolution(read('test/lang/fixtures/derived.ar.txt')),
};
const LANGUAGES = Object.keys(BASES) as (keyof typeof BASES)[];

const ref = (p: Paragraph) => ({ id: p.id, number: p.number, section: p.section });
const words = (p: Paragraph, language: Language) => rulesFor(language).tokens(p.text).filter((t) => /[\p{L}\p{N}]/u.test(t));
/** A word that occurs once in the paragraph, from its end, between two spaces (the writer quotes no deletion that leaves " ,"). */
const uniqueWord = (p: Paragraph, language: Language) => words(p, language).reverse().find((w) => p.text.split(w).length === 2 && w.length > 3 && p.text.includes(` ${w} `))!;

/** One amendment of each kind and each edit the writer words, built from the text's own paragraphs. */
function writerForms(r: Resolution): { name: string; amendment: Amendment }[] {
  const l = r.language;
  const [pp1, pp2, pp3] = r.preamble as [Paragraph, Paragraph, Paragraph, ...Paragraph[]];
  const [op1, op2] = r.operative as [Paragraph, Paragraph, ...Paragraph[]];
  const edit = (name: string, p: Paragraph, e: TextEdit) => ({ name, amendment: { kind: 'edit', target: ref(p), edits: [e] } as Amendment });
  const first = (p: Paragraph) => words(p, l)[0]!;
  const forms = [
    edit('replace', op1, { op: 'replace', find: first(op1), with: first(op2) }),
    edit('delete', pp2, { op: 'delete', find: uniqueWord(pp2, l) }),
    edit('insertAfter', pp3, { op: 'insertAfter', anchor: first(pp3), text: uniqueWord(pp2, l) }),
    edit('insertBefore', op2, { op: 'insertBefore', anchor: uniqueWord(op2, l), text: uniqueWord(op1, l) }),
    { name: 'two edits', amendment: { kind: 'edit', target: ref(pp1), edits: [{ op: 'replace', find: first(pp1), with: first(pp3) }, { op: 'delete', find: uniqueWord(pp1, l) }] } as Amendment },
    { name: 'replaceParagraph (should read)', amendment: { kind: 'replaceParagraph', target: ref(op1), text: op2.text } as Amendment },
    { name: 'delete a preambular paragraph', amendment: { kind: 'delete', target: ref(pp3) } as Amendment },
    { name: 'delete an operative paragraph', amendment: { kind: 'delete', target: ref(op2) } as Amendment },
    { name: 'insert one after a preambular paragraph', amendment: { kind: 'insert', section: 'preamble', after: ref(pp1), texts: [pp2.text] } as Amendment },
    { name: 'insert two at the start of the operative part', amendment: { kind: 'insert', section: 'operative', after: null, texts: [op1.text, op2.text] } as Amendment },
    { name: 'insert three after an operative paragraph', amendment: { kind: 'insert', section: 'operative', after: ref(op1), texts: [op2.text, op1.text, op2.text] } as Amendment },
    { name: 'move after', amendment: { kind: 'move', target: ref(pp3), section: 'preamble', after: ref(pp1) } as Amendment },
    { name: 'move to the start', amendment: { kind: 'move', target: ref(op2), section: 'operative', after: null } as Amendment },
  ];
  // A deleted comma, where the paragraph has a Latin one after a word that occurs once.
  const comma = pp1.text.search(/[\p{L}\p{N}],/u);
  const anchor = comma < 0 ? null : pp1.text.slice(0, comma + 1).split(/\s+/).at(-1)!;
  if (anchor && pp1.text.split(anchor).length === 2) forms.push(edit('deleteMark', pp1, { op: 'deleteMark', anchor, mark: ',' }));
  return forms;
}

/**
 * The writer's own inverse, with the space an insertion between two words takes and the space a
 * deleted word leaves behind taken away (applyInstructions does both).
 */
function expected(r: Resolution, a: Amendment) {
  const spaceBefore = (e: TextEdit & { op: 'delete' }) => (a.kind === 'edit' && (r.preamble.concat(r.operative).find((p) => p.id === a.target.id)?.text.includes(` ${e.find}`) ?? false));
  const spaced: Amendment =
    a.kind === 'edit'
      ? {
          ...a,
          edits: a.edits.map((e) =>
            e.op === 'insertAfter' ? { ...e, text: ` ${e.text}` } : e.op === 'insertBefore' ? { ...e, text: `${e.text} ` } : e.op === 'delete' && spaceBefore(e) ? { ...e, find: ` ${e.find}` } : e,
          ),
        }
      : a;
  return applyAmendments(r, { language: r.language, amendments: [spaced], renumber: false });
}

describe('every form the writer produces is read back and applied as the writer means it', () => {
  for (const language of LANGUAGES) {
    const r = BASES[language];
    for (const { name, amendment } of writerForms(r)) {
      it(`${language}: ${name}`, () => {
        const line = rulesFor(language).amendmentLine(amendment);
        const instructions = readInstructions(`1. ${line}`, language);
        expect(instructions.map((i) => i.unread)).toEqual([undefined]);
        const amended = applyInstructions(r, instructions);
        expect(amended.results).toEqual([{ n: 1, status: 'applied' }]);
        const want = expected(r, amendment);
        expect({ preamble: amended.preamble, operative: amended.operative }).toEqual(want);
      });
    }
  }

  it('the deleted comma is among them where the text has one (fr, es, ru)', () => {
    for (const language of ['fr', 'es', 'ru'] as const) expect(writerForms(BASES[language]).map((f) => f.name), language).toContain('deleteMark');
  });

  it('the renumbering line of each language is set aside, not read as an instruction', () => {
    for (const language of LANGUAGES) {
      const doc = readAmendmentDocument(`1. ${rulesFor(language).amendmentLine({ kind: 'delete', target: ref(BASES[language].operative[0]!) })}\n${rulesFor(language).renumberLine}`, language);
      expect(doc.instructions, language).toHaveLength(1);
      expect(doc.setAside, language).toEqual([rulesFor(language).renumberLine]);
    }
  });
});

/** UN forms the writer does not produce, each with the instruction it states (examples derived from the texts' paragraphs). */
const UN_FORMS: Record<keyof typeof BASES, [string, string, Edit[]][]> = {
  fr: [
    ['Le paragraphe 1 du dispositif se lira comme suit : « Accueille avec satisfaction la déclaration faite par le Président de la Commission des droits de l’homme; »', 'OP 1', [{ op: 'replace-paragraph', text: 'Accueille avec satisfaction la déclaration faite par le Président de la Commission des droits de l’homme;' }]],
    ['Au paragraphe 1 du dispositif, remplacer les mots «\u202fAccueille avec satisfaction\u202f» par les mots «\u202fPrend note de\u202f»', 'OP 1', [{ op: 'replace', words: 'Accueille avec satisfaction', with: 'Prend note de' }]],
    ['Au troisième alinéa du préambule, ajouter «constructif» après «le dialogue»', 'PP3', [{ op: 'insert', text: 'constructif', after: 'le dialogue' }]],
    ['Dans le troisième alinéa du préambule, supprimer le membre de phrase « et soulignant la nécessité de promouvoir le dialogue »', 'PP3', [{ op: 'delete', words: 'et soulignant la nécessité de promouvoir le dialogue' }]],
    ['Ajouter le nouvel alinéa suivant après le deuxième alinéa du préambule : « Sachant que le renforcement de la coopération internationale est essentiel, »', 'PP2', [{ op: 'insert-paragraph', section: 'preamble', texts: ['Sachant que le renforcement de la coopération internationale est essentiel,'] }]],
    ['Supprimer le paragraphe 2', 'OP 2', [{ op: 'delete-paragraph' }]],
  ],
  es: [
    ['El párrafo 1 de la parte dispositiva quedará redactado como sigue: «Insta a los Estados a la cláusula de prueba cinco;»', 'OP 1', [{ op: 'replace-paragraph', text: 'Insta a los Estados a la cláusula de prueba cinco;' }]],
    ['En el párrafo 2 de la parte dispositiva, sustitúyanse las palabras « Pide al » por las palabras « Exhorta al »', 'OP 2', [{ op: 'replace', words: 'Pide al', with: 'Exhorta al' }]],
    ['En el segundo párrafo del preámbulo, añádase «también» antes de «la cláusula»', 'PP2', [{ op: 'insert', text: 'también', before: 'la cláusula' }]],
    ['Elimínese el tercer párrafo del preámbulo', 'PP3', [{ op: 'delete-paragraph' }]],
  ],
  ru: [
    ['Пункт 1 постановляющей части читать следующим образом: «призывает государства выполнить тестовое положение пять;»', 'OP 1', [{ op: 'replace-paragraph', text: 'призывает государства выполнить тестовое положение пять;' }]],
    ['В пункте 2 постановляющей части слова «просит Генерального секретаря» заменить словами «призывает Генерального секретаря»', 'OP 2', [{ op: 'replace', words: 'просит Генерального секретаря', with: 'призывает Генерального секретаря' }]],
    ['В третьем пункте преамбулы исключить слово „также“', 'PP3', [{ op: 'delete', words: 'также' }]],
    ['После второго пункта преамбулы добавить новый пункт следующего содержания: «ссылаясь на тестовое положение три,»', 'PP2', [{ op: 'insert-paragraph', section: 'preamble', texts: ['ссылаясь на тестовое положение три,'] }]],
  ],
  ar: [
    ['يصبح نص الفقرة 1 من المنطوق كما يلي: «تهيب بالدول أن تنفذ بند الاختبار الخامس؛»', 'OP 1', [{ op: 'replace-paragraph', text: 'تهيب بالدول أن تنفذ بند الاختبار الخامس؛' }]],
    ['الفقرة ٢ من المنطوق يصبح نصها كما يلي: “تطلب إلى الأمين العام بند الاختبار الرابع؛”', 'OP 2', [{ op: 'replace-paragraph', text: 'تطلب إلى الأمين العام بند الاختبار الرابع؛' }]],
    ['في الفقرة الثانية من الديباجة، يحذف «الثاني»', 'PP2', [{ op: 'delete', words: 'الثاني' }]],
    ['يحذف الفقرة الثالثة من الديباجة', 'PP3', [{ op: 'delete-paragraph' }]],
    // With tashkeel (a damma on the verb) and tatweel: neither changes the words read.
    ['تُحذف الفقـرة الثالثة من الديباجة', 'PP3', [{ op: 'delete-paragraph' }]],
  ],
};

describe('UN forms the writer does not produce', () => {
  for (const language of LANGUAGES) {
    for (const [line, target, edits] of UN_FORMS[language]) {
      it(`${language}: ${line.slice(0, 60)}`, () => {
        const [instruction, ...more] = readInstructions(`1. ${line}`, language);
        expect(more).toEqual([]);
        expect({ target: instruction!.target, edits: instruction!.edits, unread: instruction!.unread }).toEqual({ target, edits, unread: undefined });
        expect(applyInstructions(BASES[language], [instruction!]).results).toEqual([{ n: 1, status: 'applied' }]);
      });
    }
  }
});
