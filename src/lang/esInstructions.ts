// Spanish amendment instructions: the forms amendment documents use, read back into edits.
//
// Where each phrase comes from:
// - resdiff's own Spanish amendment list (amendmentLine in es.ts), every form it writes: "En el
//   párrafo 5 de la parte dispositiva, sustitúyase «X» por «Y»", "suprímase «X»", "suprímase la coma
//   después de «X»", "después de «X», insértese «Y»", "Sustitúyase el párrafo 3 de la parte
//   dispositiva por el texto siguiente: «…»", "Suprímase el segundo párrafo del preámbulo", "Después
//   del primer párrafo del preámbulo, insértese el nuevo párrafo siguiente: «…»", "Al comienzo del
//   preámbulo, insértese …", "Trasládese … después del …", "Renumérense los párrafos de la parte
//   dispositiva según corresponda.";
// - UN Spanish usage in amendment documents as named in issue 12 and its brief ("quedará redactado
//   como sigue", "párrafo 5 de la parte dispositiva"), and the common variants of the same verbs
//   (añádase, agréguese, elimínese, reemplácese, "dirá lo siguiente"), NOT checked against a UN
//   Spanish editorial manual or a real Spanish amendment document: none is available offline (see
//   corpus/SOURCES.md). "párrafo N" alone is operative paragraph N, as in English documents.
// Quotations are « » (with or without spaces inside) and “ ”.
import type { Section } from '../model/resolution.js';
import { spanishOrdinal } from './esWords.js';
import { clausesReader, paragraphRefs, grammarOf, lazyOrdinals, one, Q, quoteList, rx, sectionOfTarget, slots, substitute, type ClauseForm, type Form, type Groups, type Quotes } from './instructionKit.js';
import type { ReadInstruction } from './types.js';

const ordinal = lazyOrdinals(() =>
  Array.from({ length: 99 }, (_, k) => k + 1).flatMap((n) => {
    const w = spanishOrdinal(n);
    // "primer"/"primero", "tercer"/"tercero", "vigésimo primer"/"vigésimo primero".
    return [[w, n] as const, ...(/(?:primer|tercer)$/.test(w) ? [[`${w}o`, n] as const] : [])];
  }),
);

/** An ordinal of one or two words before "párrafo": "tercer", "vigésimo primer". */
const ORD = '[\\p{Ll}]+(?:\\s+(?!párrafo)[\\p{Ll}]+)?';
const ART = '(?:(?:el|del|al)\\s+)?';
const SUB = '(?:\\s*\\(?(?<Xsub>[a-z])\\))?';
const PRE = 'del\\s+preámbulo';
const OP = 'de\\s+la\\s+parte\\s+dispositiva';

/** "párrafo 5 de la parte dispositiva", "párrafo 5 b) de la parte dispositiva", "tercer párrafo del preámbulo", "párrafo 5". */
function REF(g: string): string {
  return (
    `${ART}(?:párrafo\\s+(?<${g}pn>\\d{1,3})\\s+${PRE}` +
    `|párrafo\\s+(?<${g}on>\\d{1,3})${SUB.replace('Xsub', `${g}sub`)}(?:\\s+${OP})?` +
    `|(?<${g}pp>${ORD})\\s+párrafo\\s+${PRE}|(?<${g}oo>${ORD})\\s+párrafo\\s+${OP})`
  );
}

const { refOf, withRef } = paragraphRefs(ordinal);

const SECTION = `(?<sec>${PRE}|${OP})`;
const sectionOf = (s: string): Section => (/preámbulo/i.test(s) ? 'preamble' : 'operative');

// ---- Edits inside a paragraph

/** What may stand before a quotation: "las palabras", "la expresión", "el texto siguiente:". */
const W = '(?:(?:las?\\s+palabras?|la\\s+expresión|la\\s+frase|el\\s+texto(?:\\s+siguiente)?|la\\s+cifra)\\s*:?\\s*)?';
const INSERT = '(?:insértese|insértense|añádase|añádanse|agréguese|agréguense|intercálese|insertar|añadir|agregar)';
const DELETE = '(?:suprímase|suprímanse|elimínese|elimínense|suprimir|eliminar)';
const REPLACE = '(?:sustitúyase|sustitúyanse|reemplácese|reemplácense|sustituir|reemplazar)';
const SIDE = '(?<side>después\\s+de|antes\\s+de)';
const side = (which: string | undefined, words: string) => (/antes/i.test(which ?? '') ? { before: words } : { after: words });
const MARKS: Readonly<Record<string, string>> = { 'la coma': ',', 'el punto y coma': ';', 'los dos puntos': ':', 'el punto': '.' };

const CLAUSES: readonly ClauseForm[] = [
  [rx(`${REPLACE}\\s+${W}(?<a>${Q})\\s+por\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`${DELETE}\\s+(?<mark>la\\s+coma|el\\s+punto\\s+y\\s+coma|los\\s+dos\\s+puntos|el\\s+punto)\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: MARKS[g.mark!.toLowerCase().replace(/\s+/g, ' ')]!, ...side(g.side, one(g.a, q)) })],
  [rx(`${DELETE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`${SIDE}\\s+${W}(?<a>${Q})\\s*,?\\s*${INSERT}\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`${INSERT}\\s+${W}(?<b>${Q})\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`(?<edge>al\\s+final|al\\s+comienzo|al\\s+principio)(?:\\s+del\\s+párrafo)?\\s*,?\\s*${INSERT}\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), at: /final/i.test(g.edge!) ? 'end' : 'start' })],
];

const clauses = clausesReader(CLAUSES, /\s*;\s*/, (piece) => piece.replace(/^(?:y|e)\s+/i, '').replace(/[,;.]$/, ''));

function edited(target: string, text: string, quotes: Quotes): ReadInstruction | null {
  const edits = clauses(text, quotes);
  return edits && { target, edits };
}

// ---- Whole instructions

const QS = quoteList('y|e');
/** "el nuevo párrafo siguiente", "los nuevos párrafos siguientes", "un nuevo párrafo que diga". */
const NEW = '(?:(?:el|los|un)\\s+)?(?:nuevos?\\s+)?(?:párrafos?|texto)(?:\\s+(?:del\\s+preámbulo|de\\s+la\\s+parte\\s+dispositiva))?(?:\\s+(?:siguientes?|que\\s+diga|cuyo\\s+texto\\s+será\\s+el\\s+siguiente))?';
const READING = '\\s*:?\\s*';
const BY_TEXT = '(?:el\\s+texto\\s+siguiente|lo\\s+siguiente|el\\s+nuevo\\s+párrafo\\s+siguiente|los\\s+nuevos\\s+párrafos\\s+siguientes)';

const insertAfter = (g: Groups, q: Quotes) => withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: sectionOfTarget(target), texts: slots(g.qs, q) }] }));

const forms = (): Form[] => [
  [rx(`${DELETE}\\s+${REF('t')}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'delete-paragraph' }] }))],
  [rx(`${REPLACE}\\s+${REF('t')}\\s+por\\s+${BY_TEXT}\\s*:?\\s*(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute(target, slots(g.qs, q)))],
  // "El párrafo 5 de la parte dispositiva quedará redactado como sigue: «…»", "… dirá lo siguiente:", "Modifíquese … para que diga:".
  [rx(`${REF('t')}\\s+(?:quedará\\s+redactado|queda\\s+redactado|se\\s+leerá|dirá|deberá\\s+decir)(?:\\s+(?:como\\s+sigue|lo\\s+siguiente|del\\s+siguiente\\s+modo))?\\s*:?\\s*(?<q>${Q})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`modifíquese\\s+${REF('t')}\\s+(?:para\\s+que\\s+diga|de\\s+modo\\s+que\\s+diga|como\\s+sigue)\\s*:?\\s*(?<q>${Q})`), (g, q) => withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`después\\s+(?:de\\s+)?${REF('t')}\\s*,?\\s*${INSERT}\\s+${NEW}${READING}(?<qs>${QS})`), insertAfter],
  [rx(`${INSERT}\\s+${NEW}\\s+después\\s+(?:de\\s+)?${REF('t')}${READING}(?<qs>${QS})`), insertAfter],
  [rx(`al\\s+(?:comienzo|principio)\\s+${SECTION}\\s*,?\\s*${INSERT}\\s+${NEW}${READING}(?<qs>${QS})`), (g, q) => {
    const section = sectionOf(g.sec!);
    return { target: section, edits: [{ op: 'insert-paragraph', section, texts: slots(g.qs, q), at: 'start' }] };
  }],
  [rx(`(?:trasládese|colóquese|trasladar)\\s+${REF('t')}\\s+(?:después\\s+(?:de\\s+)?|a\\s+continuación\\s+(?:de\\s+)?)${REF('a')}`), (g) =>
    withRef(g, (target) => {
      const after = refOf(g, 'a');
      return after === null ? null : { target, edits: [{ op: 'move-paragraph', section: sectionOfTarget(after), after }] };
    })],
  [rx(`(?:trasládese|colóquese|trasladar)\\s+${REF('t')}\\s+al\\s+(?:comienzo|principio)\\s+${SECTION}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'move-paragraph', section: sectionOf(g.sec!), at: 'start' }] }))],
  // "En el párrafo 5 de la parte dispositiva, sustitúyase …".
  [rx(`en\\s+${REF('t')}\\s*,?\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
];

export const esInstructions = grammarOf({
  numbering: /^(?:[(]?\d{1,4}[.)](?!\d)|\(?[a-z]{1,2}\)|\((?:[ivx]{1,5})\))\s+(?=\S)/u,
  opens: /^(?:en|después|antes|al|suprímase|suprímanse|elimínese|sustitúyase|sustitúyanse|reemplácese|insértese|insértense|añádase|añádanse|agréguese|trasládese|colóquese|modifíquese|el\s+(?:[\p{Ll}]+\s+)?párrafo|párrafo\s+\d)(?![\p{L}])/iu,
  closings: [/^renumérense\b.*\.?$/iu, /^(?:los\s+)?párrafos\s+(?:siguientes|restantes)\s+se\s+renumerarán/iu],
  forms,
  end: /\s*[.;]$/,
  quotes: [['«', '»']],
});
