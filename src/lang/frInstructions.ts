// French amendment instructions: the forms amendment documents use, read back into edits.
//
// Where each phrase comes from:
// - resdiff's own French amendment list (amendmentLine in fr.ts), every form it writes: "Au
//   paragraphe 5 du dispositif, remplacer « X » par « Y »", "supprimer « X »", "supprimer la virgule
//   après « X »", "après « X », insérer « Y »", "Remplacer le paragraphe 3 du dispositif par le texte
//   suivant : « … »", "Supprimer le troisième alinéa du préambule", "Après le premier alinéa du
//   préambule, insérer le nouvel alinéa suivant : « … »", "Au début du dispositif, insérer …",
//   "Déplacer … après …", "Placer … au début du préambule", "Renuméroter les paragraphes du
//   dispositif en conséquence.";
// - the paragraph names of UN French texts as fr.ts writes them (a preambular paragraph is an
//   "alinéa du préambule", an operative one a "paragraphe du dispositif"; the corpus's real French
//   texts, A/RES/52/131, 52/134 and 56/153, name the sessions with the same ordinals);
// - UN French usage in amendment documents as named in issue 12 and its brief ("se lira comme
//   suit", "ajouter", "insérer les mots", "le texte suivant"), NOT checked against the UN French
//   editorial manual offline: no French amendment document is in the corpus. "paragraphe N" alone
//   is operative paragraph N, as in English documents.
// Quotations are « » (with no-break or narrow no-break spaces inside, or none) and “ ”.
import { frenchOrdinal } from './frWords.js';
import { clausesReader, paragraphRefs, grammarOf, lazyOrdinals, one, Q, quoteList, rx, sectionOfTarget, slots, substitute, type ClauseForm, type Form, type Groups, type Quotes } from './instructionKit.js';
import type { Section } from '../model/resolution.js';
import type { ReadInstruction } from './types.js';

const ordinal = lazyOrdinals(() => [
  ...Array.from({ length: 99 }, (_, k) => [frenchOrdinal(k + 1), k + 1] as const),
  ['première', 1] as const,
  ['1er', 1] as const,
  ['1re', 1] as const,
]);

/** An ordinal word: "troisième", "vingt-deuxième", "cinquante et unième", "premier", "première". */
const ORD = "(?:[\\p{Ll}]+(?:-[\\p{Ll}]+)*\\s+et\\s+)?[\\p{Ll}]+(?:-[\\p{Ll}]+)*";
const ART = "(?:(?:le|la|au|du|à\\s+la)\\s+|l[’']|à\\s+l[’'])?";
const SUB = '(?:\\s*\\(?(?<Xsub>[a-z])\\))?';
const PRE = 'du\\s+préambule';
const OP = 'du\\s+dispositif';

/**
 * A paragraph reference, named groups prefixed by `g`: "paragraphe 5 du dispositif", "paragraphe 5
 * b) du dispositif", "troisième alinéa du préambule", "alinéa 3 du préambule", "cinquième
 * paragraphe du dispositif", "paragraphe 5".
 */
function REF(g: string): string {
  return (
    `${ART}(?:paragraphe\\s+(?<${g}on>\\d{1,3})${SUB.replace('Xsub', `${g}sub`)}(?:\\s+${OP})?` +
    `|(?<${g}pp>${ORD})\\s+alinéa\\s+${PRE}|alinéa\\s+(?<${g}pn>\\d{1,3})\\s+${PRE}` +
    `|(?<${g}oo>${ORD})\\s+paragraphe\\s+${OP})`
  );
}

const { refOf, withRef } = paragraphRefs(ordinal);

/** "du préambule" / "du dispositif". */
const SECTION = `(?<sec>${PRE}|${OP})`;
const sectionOf = (s: string): Section => (/préambule/i.test(s) ? 'preamble' : 'operative');

// ---- Edits inside a paragraph

/** What may stand before a quotation: "les mots", "le membre de phrase", "le texte suivant :". */
const W = "(?:(?:les?\\s+mots?|l[’']expression|le\\s+membre\\s+de\\s+phrase|le\\s+texte(?:\\s+suivant)?|la\\s+phrase|le\\s+chiffre|la\\s+date)\\s*:?\\s*)?";
const INSERT = '(?:insérer|ajouter|introduire)';
const SIDE = '(?<side>après|avant)';
const side = (which: string | undefined, words: string) => (/avant/i.test(which ?? '') ? { before: words } : { after: words });
const MARKS: Readonly<Record<string, string>> = { 'la virgule': ',', 'le point-virgule': ';', 'les deux-points': ':', 'le point': '.' };

const CLAUSES: readonly ClauseForm[] = [
  [rx(`(?:remplacer|substituer)\\s+${W}(?<a>${Q})\\s+par\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`${W}(?<a>${Q})\\s+(?:est|sont)\\s+remplacée?s?\\s+par\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`supprimer\\s+(?<mark>la\\s+virgule|le\\s+point-virgule|les\\s+deux-points|le\\s+point)\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: MARKS[g.mark!.toLowerCase().replace(/\s+/g, ' ')]!, ...side(g.side, one(g.a, q)) })],
  [rx(`(?:supprimer|biffer)\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`${SIDE}\\s+${W}(?<a>${Q})\\s*,?\\s*${INSERT}\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`${INSERT}\\s+${W}(?<b>${Q})\\s+${SIDE}\\s+${W}(?<a>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`(?<edge>à\\s+la\\s+fin|au\\s+début)(?:\\s+(?:du\\s+paragraphe|de\\s+l[’']alinéa))?\\s*,?\\s*${INSERT}\\s+${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), at: /début/i.test(g.edge!) ? 'start' : 'end' })],
];

const clauses = clausesReader(CLAUSES, /\s*;\s*/, (piece) => piece.replace(/^(?:et|puis)\s+/i, '').replace(/[,;.]$/, ''));

function edited(target: string, text: string, quotes: Quotes): ReadInstruction | null {
  const edits = clauses(text, quotes);
  return edits && { target, edits };
}

// ---- Whole instructions

const QS = quoteList('et');
/** "le nouvel alinéa suivant", "les nouveaux paragraphes suivants", "les alinéas ci-après", "le texte suivant". */
const NEW = '(?:(?:le|les|un)\\s+)?(?:nouveaux?|nouvel|nouvelles?)?\\s*(?<kind>alinéas?|paragraphes?|texte)(?:\\s+(?:suivants?|ci-après|libellés?\\s+comme\\s+suit))?';
const READING = '\\s*(?:,\\s*(?:ainsi\\s+)?libellés?\\s+comme\\s+suit)?\\s*:?\\s*';
const kindSection = (kind: string | undefined, target: string): Section => (kind && /alinéa/i.test(kind) ? 'preamble' : kind && /paragraphe/i.test(kind) ? 'operative' : sectionOfTarget(target));

const insertAfter = (g: Groups, q: Quotes) => withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: kindSection(g.kind, target), texts: slots(g.qs, q) }] }));
const insertAtStart = (g: Groups, q: Quotes): ReadInstruction => {
  const section = sectionOf(g.sec!);
  return { target: section, edits: [{ op: 'insert-paragraph', section, texts: slots(g.qs, q), at: 'start' }] };
};

const forms = (): Form[] => [
  [rx(`supprimer\\s+${REF('t')}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'delete-paragraph' }] }))],
  [rx(`remplacer\\s+${REF('t')}\\s+par\\s+(?:le\\s+texte\\s+suivant|ce\\s+qui\\s+suit|les?\\s+(?:nouveaux?|nouvel)\\s+(?:alinéas?|paragraphes?)\\s+suivants?)\\s*:?\\s*(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute(target, slots(g.qs, q)))],
  [rx(`supprimer\\s+${REF('t')}\\s+et\\s+le\\s+remplacer\\s+par\\s+(?:le\\s+texte\\s+suivant|ce\\s+qui\\s+suit)\\s*:?\\s*(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute(target, slots(g.qs, q)))],
  // "Le paragraphe 5 du dispositif se lira comme suit : « … »", "… est modifié comme suit", "Modifier le … comme suit".
  [rx(`(?:le\\s+texte\\s+(?:du|de\\s+l[’']))?${REF('t')}\\s+(?:se\\s+lira|se\\s+lit|sera\\s+libellé|est\\s+libellé|est\\s+modifié|sera\\s+modifié|est\\s+remplacé\\s+par\\s+le\\s+texte\\s+suivant)(?:\\s+comme\\s+suit)?\\s*:?\\s*(?<q>${Q})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`modifier\\s+${REF('t')}\\s+comme\\s+suit\\s*:?\\s*(?<q>${Q})`), (g, q) => withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`après\\s+${REF('t')}\\s*,?\\s*(?:insérer|ajouter)\\s+${NEW}${READING}(?<qs>${QS})`), insertAfter],
  [rx(`(?:insérer|ajouter)\\s+${NEW}\\s+après\\s+${REF('t')}${READING}(?<qs>${QS})`), insertAfter],
  [rx(`au\\s+début\\s+${SECTION}\\s*,?\\s*(?:insérer|ajouter)\\s+${NEW}${READING}(?<qs>${QS})`), insertAtStart],
  [rx(`(?:déplacer|placer|insérer)\\s+${REF('t')}\\s+(?:après|à\\s+la\\s+suite\\s+(?:du|de\\s+l[’']))\\s*${REF('a')}`), (g) =>
    withRef(g, (target) => {
      const after = refOf(g, 'a');
      return after === null ? null : { target, edits: [{ op: 'move-paragraph', section: sectionOfTarget(after), after }] };
    })],
  [rx(`(?:déplacer|placer)\\s+${REF('t')}\\s+au\\s+début\\s+${SECTION}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'move-paragraph', section: sectionOf(g.sec!), at: 'start' }] }))],
  [rx(`(?<edge>à\\s+la\\s+fin|au\\s+début)\\s+(?:du\\s+|de\\s+l[’'])?${REF('t')}\\s*,?\\s*${INSERT}\\s+${W}(?<q>${Q})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert', text: one(g.q, q), at: /début/i.test(g.edge!) ? 'start' : 'end' }] }))],
  // "Au paragraphe 5 du dispositif, remplacer …", "Dans le troisième alinéa du préambule, …".
  [rx(`(?:dans\\s+)?${REF('t')}\\s*,?\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
];

export const frInstructions = grammarOf({
  // "1.", "12)", "(3)", then "a)", "(b)", "(iv)"; a space after each.
  numbering: /^(?:[(]?\d{1,4}[.)](?!\d)|\(?[a-z]{1,2}\)|\((?:[ivx]{1,5})\))\s+(?=\S)/u,
  opens: /^(?:au|aux|à\s+la|dans|après|avant|supprimer|remplacer|insérer|ajouter|déplacer|placer|modifier|biffer|le\s+(?:texte\s+du\s+)?paragraphe|le\s+[\p{Ll}-]+\s+(?:alinéa|paragraphe)|l[’']alinéa|paragraphe\s+\d)(?![\p{L}])/iu,
  closings: [/^renuméroter\b.*\ben\s+conséquence\.?$/iu, /^(?:les\s+)?paragraphes\s+(?:suivants|du\s+dispositif)\s+seront\s+renumérotés/iu],
  forms,
  end: /\s*[.;]$/,
  quotes: [['«', '»']],
});
