// French: openers, ladders, dates, citations, furniture and amendment wording of French texts.
//
// Where each list comes from:
// - OFFICIAL TEXTS in the corpus: A/RES/52/134 (un.org table header, 4 PP, OP 1-2),
//   A/RES/52/131 (5 PP) and A/RES/56/153 (masthead, 4 PP). Openers seen there: "L'Assemblée
//   générale,", Réaffirmant, Réaffirmant également, Sachant, Prenant note de, Considérant,
//   Désireuse de, Profondément convaincue, Affirmant, Accueille avec satisfaction, Engage;
//   dates "12 décembre 1997", "18 avril 1997"; "70e séance", "Séance plénière: 70ème";
//   "à sa quarante-neuvième session"; "Distr. générale"; "Résolution adoptée par l’Assemblée
//   générale [sur le rapport de la Troisième Commission (A/56/583/Add.2)]"; 52/134 OP 2
//   "Engage les États Membres ..." is what E/CN.4/RES/1998/81 OP 1 says as "Calls upon".
// - UN FRENCH EDITORIAL CONVENTIONS as known from UN documents (not checked against the
//   manual offline): the other openers and their forms (Rappelant, Rappelant également / en
//   outre, Prie le Secrétaire général, Décide de poursuivre l'examen de la question à sa …e
//   session, Demande, Invite, Encourage, Exhorte, Prie instamment, Exige, Se félicite, …);
//   paragraphs named "alinéa du préambule" and "paragraphe du dispositif" in amendments; «
//   » with no-break spaces (U+00A0) inside and before the colon, “ ” for quotations inside
//   quotations. UNSURE (marked below where used): the page-footer "Merci de recycler", a
//   decision's opening sentence, and the order of some rungs of the ladders.
import { MARK_KINDS, type Amendment, type TextEdit } from '../model/amendment.js';
import type { ParagraphRef } from '../model/comparison.js';
import type { Section } from '../model/resolution.js';
import { diffTokens } from '../text/tokenize.js';
import { isoDate, positionOf, matchPhrase, LATIN_DIGITS, foldApostrophe } from './common.js';
import { frInstructions } from './frInstructions.js';
import { frenchOrdinal } from './frWords.js';
import type { DraftRules, LanguageRules, Ladder, LeadVerb } from './types.js';

// ---- Lead verbs

/**
 * Preambular openers that are not "-ant" participles: adjectives agreeing with the body
 * (l'Assemblée: feminine; le Conseil: masculine), both forms listed, lower-case.
 */
const PREAMBULAR_ADJECTIVES = new Set([
  'désireuse', 'désireux', 'convaincue', 'convaincu', 'consciente', 'conscient', 'préoccupée', 'préoccupé',
  'alarmée', 'alarmé', 'guidée', 'guidé', 'résolue', 'résolu', 'déterminée', 'déterminé', 'inquiète', 'inquiet',
  'satisfaite', 'satisfait', 'persuadée', 'persuadé', 'soucieuse', 'soucieux', 'certaine', 'certain',
  'profondément', 'vivement', 'gravement', 'sérieusement', 'fermement', 'consternée', 'consterné',
]);

/** Adverbs that stand before a preambular adjective: "Profondément convaincue", "Vivement préoccupée". */
const ADVERBS_BEFORE = new Set(['Profondément', 'Vivement', 'Gravement', 'Sérieusement', 'Fermement', 'Très']);

/** Operative openers (present tense, third person), lower-case. */
const OPERATIVE_VERBS = new Set([
  'accepte', 'accueille', 'adopte', 'affirme', 'appelle', 'apprécie', 'approuve', 'autorise', 'charge',
  'condamne', 'confirme', 'considère', 'constate', 'décide', 'déclare', 'demande', 'déplore', 'désigne',
  'encourage', 'engage', 'exhorte', 'exige', 'exprime', 'félicite', 'insiste', 'invite', 'lance', 'note',
  'prend', 'prie', 'proclame', 'rappelle', 'réaffirme', 'recommande', 'reconnaît', 'regrette', 'réitère',
  'rejette', 'remercie', 'salue', 'souligne', 'souscrit', 'soutient', 'appuie',
]);

/** Words that continue an opener: "Prenant note de", "Accueille avec satisfaction", "Rappelant également". */
const CONTINUATIONS: readonly (readonly string[])[] = [
  ['note', 'avec', 'satisfaction'],
  ['note', 'avec', 'préoccupation'],
  ['note', 'avec', 'inquiétude'],
  ['note', 'avec', 'intérêt'],
  ['note', 'avec', 'appréciation'],
  ['note'],
  ['acte'],
  ['compte'],
  ['un', 'appel'],
  ['avec', 'une', 'vive', 'préoccupation'],
  ['avec', 'satisfaction'],
  ['avec', 'préoccupation'],
  ['avec', 'inquiétude'],
  ['avec', 'appréciation'],
  ['instamment'],
  ['vivement'],
  ['par'],
];

/** What adds nothing to an opener's strength: "également", "en outre", "de nouveau". */
const ALSO: readonly (readonly string[])[] = [['également'], ['en', 'outre'], ['de', 'nouveau'], ['à', 'nouveau'], ['aussi'], ['encore']];

/** Reflexive openers: "Se félicite", "Se déclare préoccupée", "S’inquiète". */
const REFLEXIVE = /^(?:Se|S[’'])$/;

/**
 * Openers certain enough to start a paragraph after a line cut off mid-sentence, or in the
 * middle of a one-line text after punctuation (A/RES/56/153: "… religion, Désireuse de …").
 */
const STRONG_OPENERS = new Set([
  'Affirmant', 'Alarmée', 'Ayant', 'Conscient', 'Consciente', 'Considérant', 'Constatant', 'Convaincue', 'Convaincu',
  'Désireuse', 'Désireux', 'Déterminée', 'Gardant', 'Guidée', 'Guidé', 'Notant', 'Prenant', 'Préoccupée', 'Préoccupé',
  'Profondément', 'Rappelant', 'Réaffirmant', 'Reconnaissant', 'Sachant', 'Saluant', 'Soulignant', 'Tenant',
  'Vivement', 'Gravement', 'Accueillant', 'Insistant', 'Réitérant', 'Sérieusement', 'Soucieuse', 'Décide',
]);

const WORD_SPLIT = /[\s,;:]+/;

function isCapitalised(word: string | undefined): word is string {
  return word !== undefined && /^\p{Lu}[\p{Ll}’'-]*$/u.test(word);
}

function detectLeadVerb(text: string): LeadVerb | null {
  const words = text.slice(0, 160).split(WORD_SPLIT).filter(Boolean);
  const taken: string[] = [];
  let i = 0;
  const head = words[0];
  if (!isCapitalised(head)) return null;
  let form: LeadVerb['form'] | null = null;
  if (ADVERBS_BEFORE.has(head) && words[1] && PREAMBULAR_ADJECTIVES.has(words[1].toLowerCase())) {
    // "Profondément convaincue", "Vivement préoccupée".
    taken.push(head, words[1]);
    i = 2;
    form = 'preambular';
  } else if (REFLEXIVE.test(head) && words[1] && /^\p{Ll}/u.test(words[1])) {
    // "Se félicite", "Se déclare préoccupée", "Se félicitant".
    taken.push(head, words[1]);
    form = /ant$/.test(words[1]) ? 'preambular' : 'operative';
    i = 2;
  } else if (head === 'Ayant' && words[1] && /^\p{Ll}+(?:é|i|is|u)e?s?$/u.test(words[1])) {
    // "Ayant examiné", "Ayant pris connaissance".
    taken.push(head, words[1]);
    i = 2;
    form = 'preambular';
  } else {
    const lower = head.toLowerCase();
    if (/ant$/.test(lower) && lower.length > 4) form = 'preambular';
    else if (PREAMBULAR_ADJECTIVES.has(lower)) form = 'preambular';
    else if (OPERATIVE_VERBS.has(lower)) form = 'operative';
    if (form === null) return null;
    taken.push(head);
    i = 1;
  }
  const cont = matchPhrase(words, i, CONTINUATIONS);
  taken.push(...words.slice(i, i + cont));
  i += cont;
  const also = matchPhrase(words, i, ALSO);
  taken.push(...words.slice(i, i + also));
  return { text: taken.join(' '), form };
}

// ---- Strength ladders
//
// The French rungs are the openers the official French texts use for the English rungs of
// en.ts (same order, same reasons: see there): "Takes note of" = Prend note de; "Welcomes" =
// Accueille avec satisfaction / Se félicite de (corpus: 52/134 OP 1); "Invites" = Invite;
// "Encourages" = Encourage; "Calls upon" = Demande / Engage (corpus: 52/134 OP 2 "Engage" is
// 1998/81 OP 1 "Calls upon"); "Urges" = Exhorte / Prie instamment / Demande instamment;
// "Demands" = Exige. UNSURE: Salue (commends) on the "welcomes" rung, as en.ts puts "commends".
const LADDERS: readonly Ladder[] = [
  {
    name: 'operative requests',
    language: 'fr',
    rungs: [
      ['prend note', 'note', 'prend acte', 'prend note avec satisfaction', 'note avec satisfaction'],
      ['accueille avec satisfaction', 'se félicite', 'salue', 'apprécie', 'félicite'],
      ['invite'],
      ['encourage'],
      ['demande', 'engage', 'lance un appel', 'appelle'],
      ['exhorte', 'prie instamment', 'demande instamment', 'encourage vivement'],
      ['exige'],
    ],
  },
  {
    name: 'preambular concern',
    language: 'fr',
    rungs: [
      ['notant avec préoccupation', 'constatant avec préoccupation'],
      ['préoccupée', 'préoccupé', 'se déclarant préoccupée'],
      ['vivement préoccupée', 'profondément préoccupée', 'sérieusement préoccupée', 'vivement préoccupé', 'profondément préoccupé', 'sérieusement préoccupé'],
      ['gravement préoccupée', 'gravement préoccupé', 'alarmée', 'alarmé'],
    ],
  },
  {
    name: 'preambular acknowledgement',
    language: 'fr',
    rungs: [['prenant note', 'notant', 'prenant acte'], ['reconnaissant', 'constatant'], ['se félicitant', 'accueillant avec satisfaction', 'saluant'], ['félicitant']],
  },
];

/** Drops what does not change a verb's strength: "également", "en outre", "de nouveau". */
function ladderForm(verb: string): string {
  return verb
    .toLowerCase()
    .replace(/(?:^|\s)(?:également|en outre|de nouveau|à nouveau|aussi|encore)(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- Dates, ordinals, closings and technical spans

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

function monthNumber(name: string): number {
  return MONTHS.split('|').indexOf(name.toLowerCase()) + 1;
}

/** Every ordinal word 1-99, longest first, as a regex alternation. */
const ORDINAL_WORDS = Array.from({ length: 99 }, (_, k) => frenchOrdinal(k + 1))
  .concat(['première'])
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');

const CLOSING_MEETING = /^(\d{1,4})(?:e|ème|re)\s+séance(?:\s+plénière)?\.?$/i;
const CLOSING_DATE = new RegExp(`^(\\d{1,2})(?:er)?\\s+(${MONTHS})\\s+(\\d{4})\\.?$`, 'i');
const DATE_IN_TEXT = new RegExp(`(\\d{1,2})(?:er)?\\s+(${MONTHS})\\s+(\\d{4})`, 'i');
// UNSURE: a decision's opening in French ("À sa 47e séance, le 21 mars 2013, …").
const AT_ITS_MEETING = /À sa (\d{1,4})(?:e|ème) séance, le (\d{1,2}(?:er)? \S+ \d{4})/i;
// The old un.org table header (A/RES/52/134): "Date: 12 décembre 1997 …", "Séance plénière: 70ème".
const TABLE_MEETING = /Séance plénière\s*:\s*(\d{1,4})(?:e|ème)?/i;
const TABLE_DATE = new RegExp(`Date\\s*:\\s*(\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\s+\\d{4})`, 'i');

function findDate(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  return m ? isoDate(m[3]!, monthNumber(m[2]!), m[1]!) : null;
}

// ---- Amendments in UN French

/** A preambular paragraph is an "alinéa" of the preamble, an operative one a "paragraphe" of the dispositif. */
function nameOf(ref: ParagraphRef): string {
  if (ref.section === 'preamble') return `le ${frenchOrdinal(positionOf(ref))} alinéa du préambule`;
  return ref.number === null ? `le ${frenchOrdinal(positionOf(ref))} paragraphe du dispositif` : `le paragraphe ${ref.number} du dispositif`;
}

/** "Au paragraphe 5 du dispositif", "Au troisième alinéa du préambule". */
const atName = (ref: ParagraphRef) => nameOf(ref).replace(/^le /, 'au ');
const capital = (s: string) => s.replace(/^./, (c) => c.toUpperCase());
const partOf = (s: Section) => (s === 'preamble' ? 'du préambule' : 'du dispositif');

const NBSP = '\u00a0';

/** A quotation in « » with no-break spaces; « » inside it become “ ” (a quotation in a quotation). */
const q = (s: string) => `«${NBSP}${s.replace(/«\s*/g, '“').replace(/\s*»/g, '”')}${NBSP}»`;

function quoteList(texts: readonly string[]): string {
  const quoted = texts.map(q);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} et ${quoted.at(-1)}`;
}

const MARK_NAME: Record<string, string> = { comma: 'la virgule', semicolon: 'le point-virgule', colon: 'les deux-points', stop: 'le point', enumerationComma: 'la virgule' };

function editLine(e: TextEdit): string {
  switch (e.op) {
    case 'replace':
      return `remplacer ${q(e.find)} par ${q(e.with)}`;
    case 'delete':
      return `supprimer ${q(e.find)}`;
    case 'deleteMark':
      return `supprimer ${MARK_NAME[MARK_KINDS[e.mark] ?? 'comma']} après ${q(e.anchor)}`;
    case 'insertAfter':
      return `après ${q(e.anchor)}, insérer ${q(e.text)}`;
    case 'insertBefore':
      return `avant ${q(e.anchor)}, insérer ${q(e.text)}`;
  }
}

/**
 * One amendment as tabled in French: "Au paragraphe 5 du dispositif, remplacer « X » par « Y »",
 * "Remplacer le paragraphe 3 du dispositif par le texte suivant : « … »", "Supprimer le paragraphe 4
 * du dispositif", "Après le premier alinéa du préambule, insérer le nouvel alinéa suivant : « … »",
 * "Déplacer le paragraphe 4 du dispositif après le paragraphe 6 du dispositif".
 */
function amendmentLine(a: Amendment): string {
  switch (a.kind) {
    case 'edit':
      return `${capital(atName(a.target))}, ${a.edits.map(editLine).join('; ')}`;
    case 'replaceParagraph':
      return `Remplacer ${nameOf(a.target)} par le texte suivant${NBSP}: ${q(a.text)}`;
    case 'delete':
      return `Supprimer ${nameOf(a.target)}`;
    case 'insert': {
      const many = a.texts.length > 1;
      const what = a.section === 'preamble' ? (many ? 'les nouveaux alinéas suivants' : 'le nouvel alinéa suivant') : many ? 'les nouveaux paragraphes suivants' : 'le nouveau paragraphe suivant';
      const where = a.after ? `Après ${nameOf(a.after)}` : `Au début ${partOf(a.section)}`;
      return `${where}, insérer ${what}${NBSP}: ${quoteList(a.texts)}`;
    }
    case 'move': {
      if (!a.after) return `Placer ${nameOf(a.target)} au début ${partOf(a.section)}`;
      return `Déplacer ${nameOf(a.target)} après ${nameOf(a.after)}`;
    }
  }
}

// ---- Drafts
//
// The masthead as the real A/RES/56/153 (corpus) prints it: "Nations Unies", "Assemblée générale",
// "Distr. générale", "13 février 2002", "Cinquante-sixième session", "Point 119, b, de l’ordre du
// jour", "[sur le rapport de la Troisième Commission …]". The draft's own words ("Projet de
// résolution", "Point 69 b) de l'ordre du jour", the committee "Troisième Commission") are those
// issue 12's brief quotes from real French UN drafts; "Cuba* : projet de résolution" and "… :
// projet de résolution révisé" (the sponsors line, French spacing before the colon) and "Original :
// anglais" are UN French usage NOT checked offline (no French draft is in the corpus).

/** Words that link the parts of a Member State's name ("Saint-Vincent-et-les Grenadines", "… de Grande-Bretagne et d'Irlande du Nord"). */
const NAME_LINKS = new Set(['et', 'de', 'du', 'des', 'la', 'le', 'les', "d'", 'd’']);

const FRENCH_DRAFT: DraftRules = {
  sponsorsTail: /(?<star>\*{0,3})\s*:\s*projet\s+de\s+(?:résolution|décision)(?<revised>\s+révisée?)?/iu,
  sponsorsBefore(text) {
    const words = text.trimEnd().split(/\s+/);
    let k = words.length;
    let inParens = false;
    while (k > 0) {
      const raw = words[k - 1]!;
      if (/\)[,]?$/.test(raw)) inParens = true;
      const w = raw.replace(/^[(]+|[),]+$/g, '');
      if (inParens || w === '' || /^\p{Lu}/u.test(w) || NAME_LINKS.has(w)) k--;
      else break;
      if (raw.startsWith('(')) inParens = false;
    }
    // A list never starts with a little word ("et", "de"): that is the end of the masthead.
    while (k < words.length && NAME_LINKS.has(words[k]!)) k++;
    const sponsors = words.slice(k).join(' ').trim();
    return sponsors === '' ? null : sponsors;
  },
  // "Algérie, Cuba et Égypte": a name holding "et" goes on with a lower-case word ("et d’Irlande du Nord").
  splitSponsors: (text) =>
    text
      .split(/\s*,\s*|\s+et\s+(?=\p{Lu})/u)
      .map((p) => p.replace(/\*+$/, '').trim())
      .filter((p) => p !== ''),
  distribution: /Distr\.?\s*:?\s*(générale|limitée|restreinte)\b/iu,
  original: /Original\s*:\s*(anglais|français|espagnol|russe|arabe|chinois)\b/iu,
  session: /\p{Lu}[\p{Ll}-]*ième\s+session(?:\s+extraordinaire)?/u,
  committee: /(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième)\s+Commission|Commission\s+des\s+questions\s+politiques\s+spéciales\s+et\s+de\s+la\s+décolonisation|Conseil\s+des\s+droits\s+de\s+l[’']homme|Conseil\s+économique\s+et\s+social/u,
  agendaItem: /Points?\s+(\d{1,3}(?:\s*,?\s*[a-z]{1,2}(?:\)|\s*,)?)?)\s*de\s+l[’']ordre\s+du\s+jour/u,
};

/** The words of one to three letters resolutions use, for the spacing repair (the word list's short words are mostly word-game words). */
const SHORT_WORDS = 'a à y au ce de du en et il la le ne ni on ou où sa se si un les des aux une par sur qui que ses son ces est ont pas été lui eux ans nos vos mer loi but fin vie dix six tel non sud cas mai âge ci'.split(' ');

export const fr: LanguageRules = {
  language: 'fr',
  name: 'French',
  supported: true,

  direction: 'ltr',
  joinsLinesWithoutSpace: false,
  // Words split on spaces and punctuation (text/tokenize.ts diffTokens), elisions, hyphenated words and
  // symbols kept whole. Intl.Segmenter('fr') agrees except where it splits those, and is slower:
  // 5.1x; they part on hyphenated words ("non-sélectivité") and symbols ("51/100") (npx tsx test/lang/measureTokenizers.ts). So the split is kept.
  tokens: diffTokens,
  // For broken spacing (src/repair/): full word forms, lower-case (the `words` project's list, MIT); it has no month names.
  wordList: { package: 'an-array-of-french-words', extra: MONTHS.toLowerCase().split('|'), short: SHORT_WORDS, names: 'dictionary-fr', apart: [] },

  bodies: [
    { pattern: /L[’']Assemblée générale/, body: 'General Assembly', line: 'L’Assemblée générale,' },
    { pattern: /Le Conseil des droits de l[’']homme/, body: 'Human Rights Council', line: 'Le Conseil des droits de l’homme,' },
    { pattern: /La Commission des droits de l[’']homme/, body: 'Commission on Human Rights', line: null },
    { pattern: /Le Conseil économique et social/, body: 'Economic and Social Council', line: null },
    { pattern: /Le Conseil de sécurité/, body: 'Security Council', line: null },
  ],
  // UNSURE: how a French decision introduces its text; none is in the corpus.
  decisionOpenings: [],
  decisionMarker: /^[^\S\n]*Décision adoptée par/im,
  // The body is read from the opening line; "Résolution adoptée par l’Assemblée générale" is
  // not needed for it (56/153 has both on one line, where the capture would run on).
  adoptedBy: null,
  // The old un.org table header of A/RES/52/134: "52/134 | Renforcement de la coopération … | |".
  titleLines: [/^[^\S\n]*(\d{1,3}\/\d{1,4})[^\S\n]*\|[^\S\n]*([^|\n]*\p{L}[^|\n]*?)[^\S\n]*\|/mu],
  basis: [/\[\s*sur (?:le|les) rapports? de la [^(\]]+?\(\s*(A\/[^)\s]+)\s*\)\s*\]/i, /\[\s*sans renvoi à une grande commission\s*\(\s*(A\/[^)\s]+)\s*\)\s*\]/i],
  meetingFacts(text) {
    const m = AT_ITS_MEETING.exec(text);
    if (m) return { meeting: m[1]!, adopted: findDate(m[2]!) };
    const table = TABLE_MEETING.exec(text);
    if (table) {
      const date = TABLE_DATE.exec(text);
      return { meeting: table[1]!, adopted: date ? findDate(date[1]!) : null };
    }
    return null;
  },
  closing(line) {
    const meeting = CLOSING_MEETING.exec(line);
    if (meeting) return { meeting: meeting[1]! };
    const date = CLOSING_DATE.exec(line);
    if (date) return { date: isoDate(date[3]!, monthNumber(date[2]!), date[1]!) };
    return null;
  },
  findDate,
  // UNSURE: "Merci de recycler" as the French PDF footer (the English one is "Please recycle").
  furniture: [/^Merci de recycler/i, /^Distr\.?\s*:?\s*(?:GÉNÉRALE|générale|LIMITÉE|limitée|RESTREINTE|restreinte)\b/, /^Nations Unies$/],
  pageNumbers: [/^Page \d+(?: sur \d+)?$/i],

  detectLeadVerb,
  isStrongOpener: (verb) => STRONG_OPENERS.has(verb.text.split(' ')[0]!),
  midLineOpeners: [...STRONG_OPENERS],
  opensParagraph: (line) => detectLeadVerb(line.trimStart()) !== null,
  numberedFirstWordIsVerb: true,
  footnoteMarks: {
    afterCitation: null,
    glued: /(?<=[\p{L})\]”"’»,;:])(\d{1,2})(?=[\s,.;:)]|$)|(?<=\p{L}{6,}\.)(\d{1,2})(?=\s|$)/gu,
    bare: {
      // "article 1", "paragraphe 3", "résolution 55", "no 53", "entre 1 et 2".
      notAfter: /(?:\b(?:paragraphes?|articles?|points?|résolutions?|décisions?|sections?|chapitres?|annexes?|règles?|principes?|parties?|volumes?|vol\.|pages?|p\.|nos?|n°|objectifs?|cibles?|protocoles?|supplément|sessions?|séances?|entre|de|du|des|à|au|et|ou)|[-–/(])\s*$/iu,
      // "25 juin", "3 pour cent", "2 %", "1 et 2", "1/".
      notBefore: new RegExp(`^\\s*(?:(?:${MONTHS})\\b|pour\\s+cent|%|et\\s+\\d|à\\s+\\d|[-–/.)])`, 'iu'),
    },
  },

  draft: FRENCH_DRAFT,

  ladders: LADDERS,
  ladderForm,
  technical: {
    dates: [`\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\s+\\d{4}`, `(?:${MONTHS})\\s+\\d{4}`],
    ordinals: [`(?<![A-Za-zÀ-ÿ-])(?:${ORDINAL_WORDS})(?![A-Za-zÀ-ÿ-])`, '\\b\\d{1,3}(?:e|ème|er|re)\\b', 'Supplément\\s+n[o°]\\.?\\s*\\d+'],
  },
  citations: {
    pattern: /\brésolutions?\s+((?:\d{1,4}\/\d{1,4}(?:\s+du\s+\d{1,2}(?:er)?\s+\S+\s+\d{4})?(?:,\s*|\s+et\s+)?)+)/g,
    numbers: (m) => [...m[1]!.matchAll(/\d{1,4}\/\d{1,4}/g)].map((x) => x[0]),
    bodies: [
      [/Conseil des droits de l[’']homme|Conseil/, 'HRC'],
      [/Commission des droits de l[’']homme|Commission/, 'CHR'],
      [/Sous-Commission/, 'other'],
      [/Assemblée générale|Assemblée/, 'GA'],
      [/\b(?:sa|ses)\b/, 'own'],
    ],
    squeeze: (s) => s.toLowerCase().replace(/[’']/g, "'").replace(/(?<![\p{L}])(?:le|la|les|de|des|du|d'|l'|et|dans|en|à|au)(?![\p{L}])/gu, '').replace(/\s+/g, ' '),
  },

  amendmentLine,
  instructions: frInstructions,
  renumberLine: 'Renuméroter les paragraphes du dispositif en conséquence.',
  word: { latin: 'Times New Roman', eastAsia: 'SimSun', lang: { value: 'fr-FR' } },
  // Comparing: the texts write the apostrophe both ways (A/RES/52/131 l'homme, A/RES/56/153 l’homme).
  foldForCompare: foldApostrophe,
  ...LATIN_DIGITS,
  closingMarks: '',
};
