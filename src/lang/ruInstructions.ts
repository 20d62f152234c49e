// Russian amendment instructions: the forms amendment documents use, read back into edits.
//
// Where each phrase comes from:
// - resdiff's own Russian amendment list (amendmentLine in ru.ts), every form it writes: "В пункте 5
//   постановляющей части заменить «X» на «Y»", "исключить «X»", "исключить запятую после «X»",
//   "после «X» включить «Y»", "Пункт 3 постановляющей части изложить в следующей редакции: «…»",
//   "Исключить третий пункт преамбулы", "После первого пункта преамбулы включить следующий новый
//   пункт: «…»", "В начало преамбулы включить …", "Перенести … и поместить его после …",
//   "Соответствующим образом изменить нумерацию пунктов постановляющей части.";
// - UN Russian usage in amendment documents as named in issue 12 and its brief ("читать следующим
//   образом", "пункт 5 постановляющей части"), and the usual Russian drafting forms of the same
//   edits ("слова «X» заменить словами «Y»", "вставить", "добавить", "исключить слова"), NOT checked
//   against a UN Russian manual or a real Russian amendment document: none is available offline (see
//   corpus/SOURCES.md). Paragraph names are read in any case the writer uses (nominative
//   "пункт", genitive "пункта", prepositional "пункте") with the ordinal in the same case.
//   "пункт N" alone is operative paragraph N.
// Quotations are « » (with „ “ inside), „ “ where used, and “ ”.
import type { Section } from '../model/resolution.js';
import { clausesReader, paragraphRefs, grammarOf, lazyOrdinals, one, Q, quoteList, rx, sectionOfTarget, slots, substitute, type ClauseForm, type Form, type Quotes } from './instructionKit.js';
import { russianOrdinal } from './ruWords.js';
import type { ReadInstruction } from './types.js';

const ordinal = lazyOrdinals(() =>
  Array.from({ length: 99 }, (_, k) => k + 1).flatMap((n) => (['nom', 'gen', 'prep'] as const).map((c) => [russianOrdinal(n, c), n] as const)),
);

/** An ordinal before "пункт": "третий", "третьего", "третьем", "21-й". */
const ORD = '(?:[\\p{Ll}]+|\\d{1,3}-(?:й|го|м))';
const NOUN = 'пункт(?:а|е|у|ом)?';
const SUB = '(?:\\s*\\(?(?<Xsub>[a-zа-я])\\))?';
const PRE = 'преамбулы';
const OP = 'постановляющей\\s+части';

/** "пункт 5 постановляющей части", "пункте 5 b) постановляющей части", "третий пункт преамбулы", "пункт 5". */
function REF(g: string): string {
  return (
    `(?:${NOUN}\\s+(?<${g}pn>\\d{1,3})\\s+${PRE}` +
    `|${NOUN}\\s+(?<${g}on>\\d{1,3})${SUB.replace('Xsub', `${g}sub`)}(?:\\s+${OP})?` +
    `|(?<${g}pp>${ORD})\\s+${NOUN}\\s+${PRE}|(?<${g}oo>${ORD})\\s+${NOUN}\\s+${OP})`
  );
}

const { refOf, withRef } = paragraphRefs(ordinal);

const SECTION = `(?<sec>${PRE}|${OP})`;
const sectionOf = (s: string): Section => (/преамбул/i.test(s) ? 'preamble' : 'operative');

// ---- Edits inside a paragraph

/** What may stand before a quotation: "слова", "слово", "фразу", "выражение". */
const W = '(?:(?:слова|слово|фразу|выражение|текст)\\s*:?\\s*)?';
const WITH = '(?:(?:словами|словом|фразой|выражением|текстом)\\s*:?\\s*)?';
const INSERT = '(?:включить|вставить|добавить)';
const SIDE = '(?<side>после|перед)';
const side = (which: string | undefined, words: string) => (/перед/i.test(which ?? '') ? { before: words } : { after: words });
const MARKS: Readonly<Record<string, string>> = { запятую: ',', 'точку с запятой': ';', двоеточие: ':', точку: '.' };

const CLAUSES: readonly ClauseForm[] = [
  [rx(`заменить\\s+${W}(?<a>${Q})\\s+(?:на\\s+${W}|${WITH})(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`${W}(?<a>${Q})\\s+заменить\\s+(?:на\\s+${W}|${WITH})(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`исключить\\s+(?<mark>запятую|точку\\s+с\\s+запятой|двоеточие|точку)\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: MARKS[g.mark!.toLowerCase().replace(/\s+/g, ' ')]!, ...side(g.side, one(g.a, q)) })],
  [rx(`(?:исключить|опустить|снять)\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`${W}(?<a>${Q})\\s+(?:исключить|опустить)`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`${SIDE}\\s+${W}(?<a>${Q})\\s*,?\\s*${INSERT}\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`${INSERT}\\s+${W}(?<b>${Q})\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`в\\s+(?<edge>конце|начале)(?:\\s+пункта)?\\s*,?\\s*${INSERT}\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), at: /конце/i.test(g.edge!) ? 'end' : 'start' })],
];

const clauses = clausesReader(CLAUSES, /\s*;\s*/, (piece) => piece.replace(/^(?:и|а\s+также)\s+/i, '').replace(/[,;.]$/, ''));

function edited(target: string, text: string, quotes: Quotes): ReadInstruction | null {
  const edits = clauses(text, quotes);
  return edits && { target, edits };
}

// ---- Whole instructions

const QS = quoteList('и');
/** "следующий новый пункт", "следующие новые пункты", "новый пункт следующего содержания". */
const NEW = '(?:следующий\\s+новый\\s+пункт|следующие\\s+новые\\s+пункты|новый\\s+пункт(?:\\s+следующего\\s+содержания)?|новые\\s+пункты(?:\\s+следующего\\s+содержания)?|следующий\\s+пункт|следующие\\s+пункты|следующий\\s+текст)';
const READING = '\\s*:?\\s*';
const REWORD = '(?:изложить\\s+в\\s+следующей\\s+редакции|читать\\s+следующим\\s+образом|(?:следует\\s+)?читать|должен\\s+гласить|гласит\\s+следующее)';

const forms = (): Form[] => [
  [rx(`исключить\\s+${REF('t')}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'delete-paragraph' }] }))],
  [rx(`${REF('t')}\\s+исключить`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'delete-paragraph' }] }))],
  // "Пункт 3 постановляющей части изложить в следующей редакции: «…»", "… читать следующим образом: «…»".
  [rx(`${REF('t')}\\s+${REWORD}\\s*:?\\s*(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute(target, slots(g.qs, q)))],
  [rx(`${REWORD}\\s+${REF('t')}\\s*:?\\s*(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute(target, slots(g.qs, q)))],
  [rx(`заменить\\s+${REF('t')}\\s+(?:следующим\\s+текстом|текстом\\s+следующего\\s+содержания)\\s*:?\\s*(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute(target, slots(g.qs, q)))],
  [rx(`после\\s+${REF('t')}\\s*,?\\s*${INSERT}\\s+${NEW}${READING}(?<qs>${QS})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: sectionOfTarget(target), texts: slots(g.qs, q) }] }))],
  [rx(`в\\s+начал[оe]\\s+${SECTION}\\s*,?\\s*${INSERT}\\s+${NEW}${READING}(?<qs>${QS})`), (g, q) => {
    const section = sectionOf(g.sec!);
    return { target: section, edits: [{ op: 'insert-paragraph', section, texts: slots(g.qs, q), at: 'start' }] };
  }],
  [rx(`перенести\\s+${REF('t')}\\s+(?:и\\s+поместить\\s+(?:его\\s+)?)?после\\s+${REF('a')}`), (g) =>
    withRef(g, (target) => {
      const after = refOf(g, 'a');
      return after === null ? null : { target, edits: [{ op: 'move-paragraph', section: sectionOfTarget(after), after }] };
    })],
  [rx(`перенести\\s+${REF('t')}\\s+в\\s+начало\\s+${SECTION}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'move-paragraph', section: sectionOf(g.sec!), at: 'start' }] }))],
  // "В пункте 5 постановляющей части заменить …" (with or without a comma after the name).
  [rx(`в\\s+${REF('t')}\\s*,?\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
];

export const ruInstructions = grammarOf({
  numbering: /^(?:[(]?\d{1,4}[.)](?!\d)|\(?[a-zа-я]\)|\((?:[ivx]{1,5})\))\s+(?=\S)/u,
  opens: /^(?:в|после|перед|исключить|заменить|включить|вставить|добавить|перенести|изложить|читать|пункт(?:а|е)?\s+\d|[\p{Ll}]+\s+пункт(?:а|е)?\s+(?:преамбулы|постановляющей))(?![\p{L}])/iu,
  closings: [/^соответствующим\s+образом\s+изменить\s+нумерацию\b/iu, /^(?:последующие\s+)?пункты\s+.*перенумеровать/iu],
  forms,
  end: /\s*[.;]$/,
  quotes: [
    ['«', '»'],
    ['„', '“'],
  ],
});
