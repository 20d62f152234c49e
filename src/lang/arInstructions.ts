// Arabic amendment instructions: the forms amendment documents use, read back into edits.
//
// Where each phrase comes from:
// - resdiff's own Arabic amendment list (amendmentLine in ar.ts), every form it writes: "في الفقرة 5
//   من المنطوق، يستعاض عن عبارة «X» بعبارة «Y»", "تحذف عبارة «X»", "تحذف الفاصلة بعد «X»", "تدرج
//   عبارة «Y» بعد «X»", "يستعاض عن الفقرة 3 من المنطوق بالنص التالي: «…»", "تحذف الفقرة الثالثة من
//   الديباجة", "تدرج بعد الفقرة الأولى من الديباجة فقرة جديدة نصها كما يلي: «…»", "تدرج في بداية
//   الديباجة …", "تنقل … لتصبح بعد …", "يعاد ترقيم فقرات المنطوق تبعا لذلك.";
// - UN Arabic usage in amendment documents as named in issue 12 and its brief ("يصبح نصها كما يلي",
//   "الفقرة 5 من المنطوق"), and the usual variants of the same verbs (يحذف/تحذف, يدرج/تدرج, تضاف,
//   "يستعاض عن … بما يلي"), NOT checked against a UN Arabic manual or a real Arabic amendment
//   document: none is available offline (see corpus/SOURCES.md). "الفقرة N" alone is operative
//   paragraph N. Arabic-Indic digits (٥) read as Latin ones (5); tashkeel and tatweel are ignored.
// Quotations are « » and “ ”.
import type { Section } from '../model/resolution.js';
import { arabicOrdinal, foldArabic } from './arWords.js';
import { clausesReader, paragraphRefs, grammarOf, lazyOrdinals, one, Q, rx, sectionOfTarget, slots, substitute, type ClauseForm, type Form, type Quotes } from './instructionKit.js';
import type { ReadInstruction } from './types.js';

const ordinal = lazyOrdinals(() => Array.from({ length: 19 }, (_, k) => [arabicOrdinal(k + 1), k + 1] as const));

const D = '[0-9٠-٩۰-۹]';
/** An ordinal after "الفقرة": "الأولى", "الحادية عشرة". */
const ORD = 'ال[\\p{L}]+(?:\\s+عشرة)?';
const NOUN = '(?:ال|ب?ال|لل)?فقرة';
const SUB = '(?:\\s*\\(?(?<Xsub>[a-z\\p{Script=Arabic}])\\))?';
const PRE = 'من\\s+الديباجة';
const OP = 'من\\s+المنطوق';

/** "الفقرة 5 من المنطوق", "الفقرة 5 (ب) من المنطوق", "الفقرة الثالثة من الديباجة", "الفقرة 5". */
function REF(g: string): string {
  return (
    `(?:${NOUN}\\s+(?<${g}pn>${D}{1,3})\\s+${PRE}` +
    `|${NOUN}\\s+(?<${g}on>${D}{1,3})${SUB.replace('Xsub', `${g}sub`)}(?:\\s+${OP})?` +
    `|${NOUN}\\s+(?<${g}pp>${ORD})\\s+${PRE}|${NOUN}\\s+(?<${g}oo>${ORD})\\s+${OP})`
  );
}

const { refOf, withRef } = paragraphRefs(ordinal, (digits) => Number(foldArabic(digits)));

const SECTION = '(?<sec>الديباجة|المنطوق)';
const sectionOf = (s: string): Section => (s.includes('الديباجة') ? 'preamble' : 'operative');

// ---- Edits inside a paragraph

/** What may stand before a quotation: "عبارة", "كلمة", "بعبارة", "بكلمة", "النص التالي". */
const W = '(?:(?:ب|ال)?(?:عبارة|كلمة|كلمتي|كلمات|العبارة|الكلمة)\\s*:?\\s*)?';
const INSERT = '(?:تدرج|يدرج|تضاف|يضاف|تُدرج|تُضاف)';
const DELETE = '(?:تحذف|يحذف|تشطب|يشطب)';
const SIDE = '(?<side>بعد|قبل)';
const side = (which: string | undefined, words: string) => (which === 'قبل' ? { before: words } : { after: words });
const MARKS: Readonly<Record<string, string>> = { 'الفاصلة المنقوطة': ';', الفاصلة: ',', النقطتان: ':', النقطة: '.' };

const CLAUSES: readonly ClauseForm[] = [
  [rx(`يستعاض\\s+عن\\s+${W}(?<a>${Q})\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`${DELETE}\\s+(?<mark>الفاصلة\\s+المنقوطة|الفاصلة|النقطتان|النقطة)\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: MARKS[g.mark!.replace(/\s+/g, ' ')]!, ...side(g.side, one(g.a, q)) })],
  [rx(`${DELETE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`${INSERT}\\s+${W}(?<b>${Q})\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`${SIDE}\\s+${W}(?<a>${Q})\\s*[،,]?\\s*${INSERT}\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`${INSERT}\\s+${W}(?<b>${Q})\\s+في\\s+(?<edge>نهاية|بداية)\\s+الفقرة`), (g, q) => ({ op: 'insert', text: one(g.b, q), at: g.edge === 'نهاية' ? 'end' : 'start' })],
];

const clauses = clausesReader(CLAUSES, /\s*[؛;]\s*/, (piece) => piece.replace(/^و(?=(?:تحذف|يحذف|يستعاض|تدرج|يدرج|تضاف|يضاف))/, '').replace(/[،,؛;.]$/, ''));

function edited(target: string, text: string, quotes: Quotes): ReadInstruction | null {
  const edits = clauses(text, quotes);
  return edits && { target, edits };
}

// ---- Whole instructions

/** Quotations listed: "«أ»، «ب» و«ج»". */
const QS = `${Q}(?:\\s*[،,]?\\s*و?\\s*${Q})*`;
/** "فقرة جديدة نصها كما يلي", "الفقرات الجديدة التالية", "فقرة جديدة". */
const NEW = '(?:فقرة\\s+جديدة(?:\\s+نصها\\s+كما\\s+يلي)?|الفقرة\\s+الجديدة\\s+التالية|الفقرات\\s+الجديدة\\s+التالية|فقرات\\s+جديدة(?:\\s+نصها\\s+كما\\s+يلي)?|النص\\s+التالي)';
const READING = '\\s*:?\\s*';

const forms = (): Form[] => [
  [rx(`${DELETE}\\s+${REF('t')}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'delete-paragraph' }] }))],
  [rx(`يستعاض\\s+عن\\s+${REF('t')}\\s+(?:بالنص\\s+التالي|بما\\s+يلي|بالفقرة\\s+التالية|بالفقرات\\s+التالية)\\s*:?\\s*(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute(target, slots(g.qs, q)))],
  // "يصبح نص الفقرة 5 من المنطوق كما يلي: «…»", "الفقرة 5 من المنطوق يصبح نصها كما يلي: «…»", "تعدل الفقرة … ليصبح نصها كما يلي".
  [rx(`يصبح\\s+نص\\s+${REF('t')}\\s+كما\\s+يلي\\s*:?\\s*(?<q>${Q})`), (g, q) => withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`(?:تعدل\\s+)?${REF('t')}\\s*[،,]?\\s*(?:ل)?(?:يصبح|ليصبح|تصبح)\\s+نصها\\s+كما\\s+يلي\\s*:?\\s*(?<q>${Q})`), (g, q) => withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`${INSERT}\\s+بعد\\s+${REF('t')}\\s+${NEW}${READING}(?<qs>${QS})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: sectionOfTarget(target), texts: slots(g.qs, q) }] }))],
  [rx(`بعد\\s+${REF('t')}\\s*[،,]?\\s*${INSERT}\\s+${NEW}${READING}(?<qs>${QS})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: sectionOfTarget(target), texts: slots(g.qs, q) }] }))],
  [rx(`${INSERT}\\s+في\\s+بداية\\s+${SECTION}\\s+${NEW}${READING}(?<qs>${QS})`), (g, q) => {
    const section = sectionOf(g.sec!);
    return { target: section, edits: [{ op: 'insert-paragraph', section, texts: slots(g.qs, q), at: 'start' }] };
  }],
  [rx(`(?:تنقل|ينقل)\\s+${REF('t')}\\s+(?:لتصبح\\s+|لتأتي\\s+)?بعد\\s+${REF('a')}`), (g) =>
    withRef(g, (target) => {
      const after = refOf(g, 'a');
      return after === null ? null : { target, edits: [{ op: 'move-paragraph', section: sectionOfTarget(after), after }] };
    })],
  [rx(`(?:تنقل|ينقل)\\s+${REF('t')}\\s+إلى\\s+بداية\\s+${SECTION}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'move-paragraph', section: sectionOf(g.sec!), at: 'start' }] }))],
  // "في الفقرة 5 من المنطوق، يستعاض عن …".
  [rx(`في\\s+${REF('t')}\\s*[،,]?\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
];

const arGrammar = grammarOf({
  // "1.", "١.", "1-", "(1)", then "(أ)", "(a)"; a space after each.
  numbering: /^(?:[(]?[0-9٠-٩]{1,4}[.)\-](?![0-9٠-٩])|\([a-z\p{Script=Arabic}]{1,2}\))\s+(?=\S)/u,
  opens: /^(?:في|بعد|قبل|تحذف|يحذف|تشطب|يستعاض|تدرج|يدرج|تضاف|يضاف|تنقل|ينقل|يصبح|تعدل|الفقرة)(?![\p{L}])/u,
  closings: [/^يعاد\s+ترقيم\b/u],
  forms,
  end: /\s*[.;؛]$/,
  quotes: [['«', '»']],
});

/** Tashkeel and tatweel out of the words (not of the quotations) before the grammar reads them. */
export const arInstructions = { ...arGrammar, read: (skeleton: string, quotes: readonly string[]) => arGrammar.read(foldArabic(skeleton), quotes) };
