// English amendment instructions: the forms amendment documents use, read back into edits.
//
// Sources: the forms quoted in issue 11 from real amendment documents of the Third Committee
// ("In operative paragraph 5, replace “X” with “Y”", "Substitute the word “with” for “through” in
// paragraph 5", "Delete the first, second, third and fourth paragraphs of the preamble and
// substitute therefor the following: …"), and the forms resdiff's own amendment list writes
// (amendmentLine in en.ts, both before and after issue 11 part 3). "paragraph N" without
// "preambular" is operative paragraph N, as amendment documents use it.
import type { Edit } from '../model/instruction.js';
import type { Section } from '../model/resolution.js';
import type { InstructionGrammar, ReadInstruction } from './types.js';

// ---- Paragraph references

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** "first" -> 1, "twenty-second" -> 22, "fortieth" -> 40 (up to 99). */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, k) => [w, k + 1] as const),
  ...TEENS.map((w, k) => [w, k + 10] as const),
  ...TENS.flatMap((stem, k) => [[`${stem}ieth`, (k + 2) * 10] as const, ...UNITS.map((u, j) => [`${stem}y-${u}`, (k + 2) * 10 + j + 1] as const)]),
]);

const ORD = '[a-z]+(?:-[a-z]+)?';
const ordinal = (word: string | undefined): number | null => (word === undefined ? null : (ORDINALS.get(word.toLowerCase()) ?? null));

/** A paragraph reference with its named groups prefixed by `g` (a form may hold two). */
function REF(g: string): string {
  return (
    `(?:(?:the\\s+)?(?<${g}pp>${ORD})\\s+preambular\\s+paragraph` +
    `|(?:the\\s+)?(?<${g}pq>${ORD})\\s+paragraph\\s+of\\s+the\\s+preamble` +
    `|preambular\\s+paragraph\\s+(?<${g}pn>\\d{1,3})` +
    `|(?:the\\s+)?(?<${g}oo>${ORD})\\s+operative\\s+paragraph` +
    `|(?:operative\\s+)?paragraph\\s+(?<${g}on>\\d{1,3})(?:\\s*\\((?<${g}sub>[a-z]{1,4})\\))?` +
    `|sub-?paragraph\\s+\\((?<${g}sb>[a-z]{1,4})\\)\\s+of\\s+(?:operative\\s+)?paragraph\\s+(?<${g}sn>\\d{1,3})` +
    `|(?:the\\s+)?(?<${g}o>${ORD})\\s+paragraph)`
  );
}

type Groups = Record<string, string | undefined>;

/** The target named by REF(g): "PP3", "OP 5", "OP 2 (c)"; null when an ordinal is not one. */
function refOf(groups: Groups, g: string): string | null {
  const pp = groups[`${g}pp`] ?? groups[`${g}pq`];
  if (pp !== undefined) return numbered('PP', ordinal(pp));
  if (groups[`${g}pn`] !== undefined) return `PP${Number(groups[`${g}pn`])}`;
  const oo = groups[`${g}oo`] ?? groups[`${g}o`];
  if (oo !== undefined) return numbered('OP ', ordinal(oo));
  if (groups[`${g}sn`] !== undefined) return `OP ${Number(groups[`${g}sn`])} (${groups[`${g}sb`]!.toLowerCase()})`;
  if (groups[`${g}on`] !== undefined) return `OP ${Number(groups[`${g}on`])}${groups[`${g}sub`] ? ` (${groups[`${g}sub`]!.toLowerCase()})` : ''}`;
  return null;
}

const numbered = (prefix: string, n: number | null) => (n === null ? null : `${prefix}${n}`);

const sectionOfTarget = (target: string): Section => (target.startsWith('PP') ? 'preamble' : 'operative');

/** "the preamble" / "the operative part". */
const SECTION = '(?:the\\s+)?(?:preamble|preambular\\s+part|operative\\s+part)';
const sectionOf = (phrase: string): Section => (/preamb/i.test(phrase) ? 'preamble' : 'operative');

// ---- Quotations and filler words

const Q = '⟦\\d+⟧';
/** One or more quotations: "“A”", "“A” and “B”", "“A”, “B” and “C”". */
const QS = `${Q}(?:\\s*,?\\s*(?:and\\s+)?${Q})*`;
/** What may stand before a quotation: "the words", "the following phrase:", "the following:". */
const W = '(?:the\\s+(?:following\\s+)?(?:new\\s+)?(?:words?|phrases?|text|figures?|numbers?|terms?|expression)\\s*:?\\s*|the\\s+following\\s*:?\\s*)?';
const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
const NEW_PARAGRAPHS = `(?:the\\s+following\\s+)?(?:${COUNT}\\s+)?(?:new\\s+)?(?<kind>preambular\\s+|operative\\s+)?(?:paragraphs?|text)`;
const READING = '(?:\\s*,?\\s*(?:reading|to\\s+read|which\\s+reads?|as\\s+follows))?\\s*:?\\s*';
const REST = 'the\\s+(?:end|rest|remainder)\\s+of\\s+the\\s+(?:paragraph|sentence|text|subparagraph)';

const PUNCTUATION: Readonly<Record<string, string>> = { comma: ',', semicolon: ';', colon: ':', 'full stop': '.', period: '.' };

const rx = (source: string) => new RegExp(`^${source}$`, 'iu');

type Quotes = readonly string[];
/** The quotations a matched part holds, in order. */
const slots = (part: string | undefined, quotes: Quotes): string[] => [...(part ?? '').matchAll(/⟦(\d+)⟧/g)].map((m) => quotes[Number(m[1])]!);
const one = (part: string | undefined, quotes: Quotes): string => slots(part, quotes)[0]!;
/** `{ after: words }` or `{ before: words }`, as the instruction says. */
const side = (which: string | undefined, words: string): { after: string } | { before: string } => (/before/i.test(which ?? '') ? { before: words } : { after: words });

// ---- Edits inside a paragraph

type ClauseForm = [RegExp, (g: Groups, quotes: Quotes) => Edit | null];

const CLAUSES: readonly ClauseForm[] = [
  [rx(`after\\s+${W}(?<a>${Q})\\s*,?\\s*(?:insert|add)\\s+${W}(?<b>${Q})\\s*,?\\s*and\\s+delete\\s+${REST}`), (g, q) => ({ op: 'replace-rest', after: one(g.a, q), text: one(g.b, q) })],
  [rx(`after\\s+${W}(?<a>${Q})\\s*,?\\s*(?:replace|substitute)\\s+(?:the\\s+(?:existing|remaining)\\s+text|${REST})\\s+(?:by|with)\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'replace-rest', after: one(g.a, q), text: one(g.b, q) })],
  [rx(`after\\s+${W}(?<a>${Q})\\s*,?\\s*delete\\s+(?:${REST}|the\\s+(?:existing|remaining)\\s+text)`), (g, q) => ({ op: 'delete-rest', after: one(g.a, q) })],
  [rx(`delete\\s+(?:everything|all\\s+the\\s+words|all\\s+the\\s+text|the\\s+(?:rest\\s+of\\s+the\\s+)?text)\\s+after\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete-rest', after: one(g.a, q) })],
  [rx(`(?:replace|change)\\s+${W}(?<a>${Q})\\s+(?:with|by|to)\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`substitute\\s+${W}(?<b>${Q})\\s+for\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`${W}(?<a>${Q})\\s+(?:should|shall|is\\s+to|are\\s+to)\\s+be\\s+replaced\\s+(?:by|with)\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`${W}(?<a>${Q})\\s+(?:should|shall|is\\s+to|are\\s+to)\\s+be\\s+(?:deleted|omitted)`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`(?:insert|add)\\s+${W}(?<b>${Q})\\s+between\\s+${W}(?<a>${Q})\\s+and\\s+${W}${Q}`), (g, q) => ({ op: 'insert', text: one(g.b, q), after: one(g.a, q) })],
  [
    rx(`delete\\s+the\\s+(?<mark>comma|semicolon|colon|full\\s+stop|period)\\s+(?<side>after|before)\\s+${W}(?<a>${Q})`),
    (g, q) => ({ op: 'delete', words: PUNCTUATION[g.mark!.toLowerCase().replace(/\s+/g, ' ')]!, ...side(g.side, one(g.a, q)) }),
  ],
  [rx(`(?<side>after|before)\\s+${W}(?<a>${Q})\\s*,?\\s*delete\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'delete', words: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`delete\\s+${W}(?<b>${Q})\\s+(?<side>after|before)\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`(?:delete|omit|remove)\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`(?<side>after|before)\\s+${W}(?<a>${Q})\\s*,?\\s*(?:insert|add)\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`(?:insert|add)\\s+${W}(?<b>${Q})\\s+(?<side>after|before)\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [
    rx(`at\\s+the\\s+(?<edge>end|beginning)(?:\\s+of\\s+the\\s+(?:paragraph|sentence|subparagraph))?\\s*,?\\s*(?:insert|add)\\s+${W}(?<b>${Q})`),
    (g, q) => ({ op: 'insert', text: one(g.b, q), at: /end/i.test(g.edge!) ? 'end' : 'start' }),
  ],
  [
    rx(`(?:insert|add)\\s+${W}(?<b>${Q})\\s+at\\s+the\\s+(?<edge>end|beginning)(?:\\s+of\\s+the\\s+(?:paragraph|sentence|subparagraph))?`),
    (g, q) => ({ op: 'insert', text: one(g.b, q), at: /end/i.test(g.edge!) ? 'end' : 'start' }),
  ],
];

function clause(text: string, quotes: Quotes): Edit | null {
  const t = text.trim().replace(/^(?:and|then)\s+/i, '').replace(/[,;.]$/, '').trim();
  for (const [form, build] of CLAUSES) {
    const m = form.exec(t);
    if (m) return build(m.groups ?? {}, quotes);
  }
  return null;
}

/** The edits of "delete “Z”; after “A”, insert “B” and replace “C” with “D”": split on ";" then, if need be, on "and". */
function clauses(text: string, quotes: Quotes): Edit[] | null {
  const edits: Edit[] = [];
  for (const piece of text.split(/\s*;\s*/).filter((p) => p.trim() !== '')) {
    const whole = clause(piece, quotes);
    if (whole) {
      edits.push(whole);
      continue;
    }
    const parts = piece.split(/\s*,?\s+and\s+(?=(?:delete|insert|add|replace|substitute|change|omit|remove|after|before|at)\b)/i);
    if (parts.length < 2) return null;
    for (const part of parts) {
      const e = clause(part, quotes);
      if (!e) return null;
      edits.push(e);
    }
  }
  return edits.length ? edits : null;
}

// ---- Whole instructions

type Form = [RegExp, (g: Groups, quotes: Quotes) => ReadInstruction | null];

/** "first, second, third and fourth" -> [1, 2, 3, 4]; null when a word is not an ordinal. */
function ordinalList(list: string): number[] | null {
  const ns = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((w) => ordinal(w.trim()));
  return ns.every((n): n is number => n !== null) ? ns : null;
}

/** Paragraphs listed together ("the first, second and third paragraphs of the preamble", "paragraphs 3 and 4"). */
const LIST = `(?:the\\s+(?<from>${ORD})\\s+(?:to|through)\\s+(?<to>${ORD})\\s+(?<rsec>preambular\\s+paragraphs|paragraphs\\s+of\\s+the\\s+preamble|operative\\s+paragraphs)|(?:operative\\s+)?paragraphs\\s+(?<nfrom>\\d{1,3})\\s+(?:to|through)\\s+(?<nto>\\d{1,3})|the\\s+(?<ords>${ORD}(?:\\s*,\\s*${ORD})*(?:\\s*,?\\s*and\\s+${ORD})?)\\s+(?<lsec>preambular\\s+paragraphs|paragraphs\\s+of\\s+the\\s+preamble|operative\\s+paragraphs)|(?:operative\\s+)?paragraphs\\s+(?<nums>\\d{1,3}(?:\\s*,\\s*\\d{1,3})*(?:\\s*,?\\s*and\\s+\\d{1,3}))|(?:the\\s+)?(?<pnums>preambular\\s+paragraphs\\s+\\d{1,3}(?:\\s*,\\s*\\d{1,3})*(?:\\s*,?\\s*and\\s+\\d{1,3})))`;

/** first..last, when it is a short ascending range. */
function range(first: number | null, last: number | null): number[] | null {
  if (first === null || last === null || last < first || last - first > 50) return null;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function listOf(g: Groups): string[] | null {
  if (g.from !== undefined) {
    const pre = /preamb/i.test(g.rsec!);
    return range(ordinal(g.from), ordinal(g.to))?.map((n) => (pre ? `PP${n}` : `OP ${n}`)) ?? null;
  }
  if (g.nfrom !== undefined) return range(Number(g.nfrom), Number(g.nto))?.map((n) => `OP ${n}`) ?? null;
  if (g.ords !== undefined) {
    const ns = ordinalList(g.ords);
    const pre = /preamb/i.test(g.lsec!);
    return ns && ns.map((n) => (pre ? `PP${n}` : `OP ${n}`));
  }
  if (g.nums !== undefined) return [...g.nums.matchAll(/\d+/g)].map((m) => `OP ${Number(m[0])}`);
  if (g.pnums !== undefined) return [...g.pnums.matchAll(/\d+/g)].map((m) => `PP${Number(m[0])}`);
  return null;
}

/** The first listed paragraph takes the new text (and any more new paragraphs follow it); the others go. */
function substitute(targets: string[], texts: string[]): ReadInstruction {
  const [first, ...rest] = targets as [string, ...string[]];
  const edits: Edit[] = [{ op: 'replace-paragraph', text: texts[0]! }];
  for (const other of rest) edits.push({ op: 'delete-paragraph', paragraph: other });
  if (texts.length > 1) edits.push({ op: 'insert-paragraph', section: sectionOfTarget(first), texts: texts.slice(1) });
  return { target: first, edits };
}

const withRef = (g: Groups, build: (target: string) => ReadInstruction | null) => {
  const target = refOf(g, 't');
  return target === null ? null : build(target);
};

const FORMS: readonly Form[] = [
  // Whole paragraphs.
  [rx(`delete\\s+${REF('t')}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'delete-paragraph' }] }))],
  [rx(`delete\\s+${LIST}`), (g) => {
    const targets = listOf(g);
    return targets && { target: targets[0]!, edits: targets.map((t, k) => (k === 0 ? { op: 'delete-paragraph' } : { op: 'delete-paragraph', paragraph: t })) };
  }],
  [rx(`(?:delete|replace)\\s+${LIST}\\s*,?\\s*(?:and\\s+)?(?:substitute\\s+(?:therefor|for\\s+them|therefore)|replace\\s+them\\s+(?:with|by)|with|by)\\s*,?\\s*${W}(?<qs>${QS})`), (g, q) => {
    const targets = listOf(g);
    return targets && substitute(targets, slots(g.qs, q));
  }],
  [rx(`(?:delete|replace)\\s+${REF('t')}\\s*,?\\s*(?:and\\s+)?(?:substitute\\s+(?:therefor|for\\s+it|therefore)|replace\\s+it\\s+(?:with|by)|with|by)\\s*,?\\s*${W}(?<qs>${QS})`), (g, q) =>
    withRef(g, (target) => substitute([target], slots(g.qs, q)))],
  [rx(`${REF('t')}\\s+(?:should|shall|would|will|is\\s+to|to)?\\s*(?:read|be\\s+replaced\\s+by|be\\s+amended\\s+to\\s+read|be\\s+reworded\\s+as)(?:\\s+as\\s+follows)?\\s*:?\\s*${W}(?<q>${Q})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`(?:amend|revise)\\s+${REF('t')}\\s+to\\s+read\\s*:?\\s*(?<q>${Q})`), (g, q) => withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  // New paragraphs.
  [rx(`after\\s+${REF('t')}\\s*,?\\s*(?:insert|add)\\s+${NEW_PARAGRAPHS}${READING}(?<qs>${QS})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: g.kind ? sectionOf(g.kind) : sectionOfTarget(target), texts: slots(g.qs, q) }] }))],
  [rx(`(?:insert|add)\\s+${NEW_PARAGRAPHS}\\s+after\\s+${REF('t')}${READING}(?<qs>${QS})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: g.kind ? sectionOf(g.kind) : sectionOfTarget(target), texts: slots(g.qs, q) }] }))],
  [rx(`at\\s+the\\s+beginning\\s+of\\s+(?<sec>${SECTION})\\s*,?\\s*(?:insert|add)\\s+${NEW_PARAGRAPHS}${READING}(?<qs>${QS})`), (g, q) => {
    const section = sectionOf(g.sec!);
    return { target: section, edits: [{ op: 'insert-paragraph', section, texts: slots(g.qs, q), at: 'start' }] };
  }],
  [rx(`(?:insert|add)\\s+${NEW_PARAGRAPHS}\\s+at\\s+the\\s+beginning\\s+of\\s+(?<sec>${SECTION})${READING}(?<qs>${QS})`), (g, q) => {
    const section = sectionOf(g.sec!);
    return { target: section, edits: [{ op: 'insert-paragraph', section, texts: slots(g.qs, q), at: 'start' }] };
  }],
  // Moves: "to follow operative paragraph 6", "to follow the third", "to the beginning of the preamble".
  [rx(`(?:move|place)\\s+${REF('t')}\\s*(?:,?\\s*to\\s+(?<sec>${SECTION})\\s*,)?\\s*(?:to\\s+follow|to\\s+come\\s+after|after)\\s+(?:${REF('a')}|the\\s+(?<short>${ORD}))`), (g) =>
    withRef(g, (target) => {
      const after = g.short !== undefined ? numbered(target.startsWith('PP') ? 'PP' : 'OP ', ordinal(g.short)) : refOf(g, 'a');
      return after === null ? null : { target, edits: [{ op: 'move-paragraph', section: sectionOfTarget(after), after }] };
    })],
  [rx(`(?:move|place)\\s+${REF('t')}\\s*(?:,?\\s*to\\s+${SECTION}\\s*,)?\\s*to\\s+the\\s+beginning\\s+of\\s+(?<sec>${SECTION})`), (g) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'move-paragraph', section: sectionOf(g.sec!), at: 'start' }] }))],
  // Words inside a paragraph.
  [rx(`at\\s+the\\s+(?<edge>end|beginning)\\s+of\\s+${REF('t')}\\s*,?\\s*(?:insert|add)\\s+${W}(?<q>${Q})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert', text: one(g.q, q), at: /end/i.test(g.edge!) ? 'end' : 'start' }] }))],
  [rx(`in\\s+${REF('t')}\\s*,?\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
  [rx(`${REF('t')}\\s*:\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
  [rx(`(?<verb>delete|insert|add|replace|substitute|amend)\\s+in\\s+${REF('t')}\\s*,?\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, `${g.verb} ${g.c}`, q))],
  [rx(`(?<c>.+?)\\s*,?\\s+in\\s+${REF('t')}`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
];

function edited(target: string, text: string, quotes: Quotes): ReadInstruction | null {
  const edits = clauses(text, quotes);
  return edits && { target, edits };
}

export const enInstructions: InstructionGrammar = {
  // "1.", "12)", "(3)", then "(a)", "b.", "(iv)"; a space after each.
  numbering: /^(?:[(]?\d{1,4}[.)](?!\d)|\([a-z]{1,2}\)|[a-z][.)]|\((?:[ivx]{1,5})\))\s+(?=\S)/u,
  opens: /^(?:(?:in|after|before|at|delete|insert|add|replace|substitute|move|place|amend|revise|omit)\b|(?:the\s+)?[a-z]+(?:-[a-z]+)?\s+(?:preambular|operative)\s+paragraph\b|(?:operative\s+|preambular\s+)?paragraphs?\s+\d|sub-?paragraph\s+\()/i,
  closings: [/^renumber\b.*\baccordingly\.?$/i, /^(?:the\s+)?(?:subsequent|remaining)\s+paragraphs\s+(?:should|will)\s+be\s+renumbered/i],
  read(skeleton, quotes) {
    const s = skeleton.trim().replace(/\s*[.;]$/, '');
    for (const [form, build] of FORMS) {
      const m = form.exec(s);
      if (!m) continue;
      const read = build(m.groups ?? {}, quotes);
      if (read) return read;
    }
    return null;
  },
  spacedWords: true,
};
