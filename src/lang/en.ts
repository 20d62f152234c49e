// English: openers, ladders, dates, citations, furniture and amendment wording of English texts.
import { MARK_KINDS, type Amendment, type TextEdit } from '../model/amendment.js';
import type { ParagraphRef } from '../model/comparison.js';
import type { Section } from '../model/resolution.js';
import { diffTokens } from '../text/tokenize.js';
import { isoDate, positionOf, LATIN_DIGITS, foldApostrophe } from './common.js';
import { enInstructions } from './enInstructions.js';
import type { LanguageRules, Ladder, LeadVerb } from './types.js';

// ---- Lead verbs
//
// Sources: the UN Editorial Manual's lists of preambular and operative openers, and the
// openers found in the corpus texts (A/RES/51/100, HRC 19/33, 28/2, DEC 22/116).
// The English rules are also generic (any capitalised participle opens a preambular paragraph);
// the lists below decide multi-word openers.

/** English preambular openers that are not "-ing" participles. */
const PREAMBULAR_ADJECTIVES = new Set([
  'Alarmed', 'Appalled', 'Aware', 'Cognizant', 'Concerned', 'Confident', 'Conscious', 'Convinced',
  'Determined', 'Desirous', 'Dismayed', 'Disturbed', 'Encouraged', 'Gratified', 'Guided', 'Mindful',
  'Persuaded', 'Pleased', 'Reassured', 'Satisfied', 'Shocked', 'Troubled', 'Deploring',
]);

/** English operative openers (finite verbs, third person). Used where a paragraph has no number. */
const OPERATIVE_VERBS = new Set([
  'Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Appeals', 'Applauds', 'Approves', 'Authorizes',
  'Calls', 'Commends', 'Condemns', 'Confirms', 'Considers', 'Decides', 'Declares', 'Demands',
  'Deplores', 'Designates', 'Emphasizes', 'Encourages', 'Endorses', 'Expresses', 'Invites',
  'Notes', 'Proclaims', 'Reaffirms', 'Recalls', 'Recognizes', 'Recommends', 'Regrets',
  'Reiterates', 'Rejects', 'Reminds', 'Requests', 'Resolves', 'Stresses', 'Supports', 'Takes',
  'Underlines', 'Underscores', 'Urges', 'Welcomes', 'Agrees', 'Acknowledges',
]);

/** Adverbs that can precede a lead verb and belong to it: "Deeply concerned", "Also requests". */
const ADVERBS = new Set([
  'Also', 'Further', 'Furthermore', 'Deeply', 'Gravely', 'Seriously', 'Strongly', 'Firmly', 'Fully',
  'Again', 'Profoundly', 'Equally', 'Moreover', 'Emphatically', 'Solemnly', 'Once',
]);

/** Words that continue a lead verb: "Bearing in mind", "Takes note of", "Calls upon", "Recalling also". */
const CONTINUATIONS: readonly (readonly string[])[] = [
  ['in', 'mind'],
  ['note', 'with', 'appreciation', 'of'],
  ['note', 'with', 'satisfaction', 'of'],
  ['note', 'with', 'concern', 'of'],
  ['note', 'of'],
  ['into', 'account'],
  ['into', 'consideration'],
  ['with', 'deep', 'concern'],
  ['with', 'grave', 'concern'],
  ['with', 'appreciation'],
  ['with', 'satisfaction'],
  ['with', 'concern'],
  ['upon'],
  ['again'],
  ['also'],
  ['further'],
];

/** Participles that need their complement: "Guided by", "Appeals to", "Calls on". */
const PARTICLES: Record<string, string> = {
  Guided: 'by',
  Appeals: 'to',
  Appealing: 'to',
  Calls: 'on',
  Calling: 'on',
};

/**
 * English openers certain enough to start a paragraph even after a line that does not end
 * in punctuation (a text cut off mid-sentence, then a new paragraph). Capitalised mid-sentence
 * words are names and titles ("Conference on Financing for Development"); none of these is.
 */
const STRONG_OPENERS = new Set([
  'Acknowledging', 'Affirming', 'Alarmed', 'Appreciating', 'Aware', 'Bearing', 'Believing', 'Cognizant',
  'Commending', 'Concerned', 'Condemning', 'Conscious', 'Considering', 'Convinced', 'Deeply', 'Deploring',
  'Desirous', 'Determined', 'Emphasizing', 'Encouraging', 'Expressing', 'Gravely', 'Guided', 'Having',
  'Highlighting', 'Keeping', 'Mindful', 'Noting', 'Reaffirming', 'Realizing', 'Recalling', 'Recognizing',
  'Reiterating', 'Seriously', 'Stressing', 'Taking', 'Underlining', 'Underscoring', 'Welcoming', 'Decides',
]);

const WORD_SPLIT = /[\s,;:，；]+/;

function matchContinuation(words: string[], from: number): number {
  for (const cont of CONTINUATIONS) {
    if (cont.every((w, k) => words[from + k]?.toLowerCase() === w)) return cont.length;
  }
  return 0;
}

function isCapitalised(word: string | undefined): word is string {
  return word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word);
}

function detectLeadVerb(text: string): LeadVerb | null {
  const words = text.slice(0, 160).split(WORD_SPLIT).filter(Boolean);
  let i = 0;
  const taken: string[] = [];
  // "Once again", "Also", "Deeply": adverbs that belong to the verb.
  while (i < 2 && isCapitalised(words[i]) && ADVERBS.has(words[i]!)) {
    taken.push(words[i]!);
    if (words[i] === 'Once' && words[i + 1] === 'again') taken.push(words[++i]!);
    i++;
  }
  const head = words[i];
  if (head === undefined) return null;
  const main = taken.length > 0 ? head[0]!.toUpperCase() + head.slice(1) : head;
  if (!isCapitalised(main)) return null;

  let form: LeadVerb['form'] | null = null;
  if (main === 'Having' && words[i + 1] && /^\p{Ll}+(ed|en)$/u.test(words[i + 1]!)) {
    taken.push(head, words[i + 1]!);
    i += 2;
    form = 'preambular';
  } else {
    if (/ing$/.test(main) && main.length > 4) form = 'preambular';
    else if (PREAMBULAR_ADJECTIVES.has(main)) form = 'preambular';
    else if (OPERATIVE_VERBS.has(main)) form = 'operative';
    else if (taken.length > 0 && /(ed|ing)$/.test(main)) form = 'preambular';
    else if (taken.length > 0 && /s$/.test(main)) form = 'operative';
    if (form === null) return null;
    taken.push(head);
    i++;
    const particle = PARTICLES[main];
    if (particle && words[i] === particle) {
      taken.push(particle);
      i++;
    }
  }
  const cont = matchContinuation(words, i);
  taken.push(...words.slice(i, i + cont));
  return { text: taken.join(' '), form };
}

// ---- Strength ladders
//
// Where the rungs come from: the UN Editorial Manual's lists of operative openers ("Takes note
// of", "Welcomes", "Invites", "Encourages", "Calls upon", "Urges", "Demands", …) and of
// preambular openers ("Noting", "Concerned", "Deeply concerned", "Alarmed", …), ranked by how
// much each asks of its addressee, as delegates read them in negotiation:
// - noting asks nothing; welcoming approves; inviting asks politely and leaves the choice
//   (the opener for bodies the Assembly cannot direct); encouraging pushes an action along;
//   calling upon asks firmly; urging insists; demanding is the strongest (Security Council style).
// - Invites sits below Encourages here: an invitation leaves the addressee free to decline,
//   encouragement presses for the action. (The order of these two is debated; this list and
//   its Chinese counterpart in zh.ts are the places to change it.)
// Verbs on no ladder ("Requests", "Decides", "Reaffirms") are not ranked: a change to or from
// them is "sideways".
const LADDERS: readonly Ladder[] = [
  {
    name: 'operative requests',
    language: 'en',
    rungs: [
      ['takes note of', 'notes', 'takes note with appreciation of', 'notes with appreciation'],
      ['welcomes', 'appreciates', 'commends'],
      ['invites'],
      ['encourages'],
      ['calls upon', 'calls on', 'appeals to'],
      ['urges', 'strongly encourages'],
      ['demands', 'strongly urges'],
    ],
  },
  {
    name: 'preambular concern',
    language: 'en',
    rungs: [['noting with concern'], ['concerned', 'expressing concern'], ['deeply concerned', 'expressing deep concern', 'seriously concerned'], ['gravely concerned', 'alarmed', 'deeply alarmed']],
  },
  {
    name: 'preambular acknowledgement',
    language: 'en',
    rungs: [['taking note of', 'noting'], ['acknowledging', 'recognizing'], ['welcoming', 'appreciating'], ['commending']],
  },
];

/** Drops what does not change a verb's strength: "also", "further", "again". */
function ladderForm(verb: string): string {
  return verb
    .toLowerCase()
    .replace(/\b(also|further|again|once again|furthermore|moreover)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- Dates, closings and technical spans

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ORDINAL_WORDS = `(?:(?:${TENS})-(?:${UNITS})|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|${UNITS})`;

function monthNumber(name: string): number {
  return MONTHS.toLowerCase().split('|').indexOf(name.toLowerCase()) + 1;
}

const CLOSING_MEETING = /^(\d{1,4})(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\.?$/i;
const CLOSING_DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTHS})\\s+(\\d{4})\\.?$`, 'i');
const DATE_IN_TEXT = new RegExp(`(\\d{1,2})\\s+(${MONTHS})\\s+(\\d{4})`, 'i');
const AT_ITS_MEETING = /At its (\d{1,4})(?:st|nd|rd|th) meeting, on (\d{1,2} \w+ \d{4})/i;

function findDate(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  return m ? isoDate(m[3]!, monthNumber(m[2]!), m[1]!) : null;
}

// ---- Drafts: the masthead and the sponsors line
//
// Source: the printed layout of General Assembly and Council drafts (A/C.3/66/L.32,
// A/HRC/32/L.11): "Distr.: Limited", the date, "Original: English", the session, the
// committee, "Agenda item 69 (b)" and its title, then "Cuba:* draft resolution" or "Algeria,
// Cuba and Egypt: revised draft resolution", the title and "The General Assembly,".

/**
 * Member States whose names hold " and ", so that a list of sponsors is not cut inside them
 * (the Organization's list of Member States).
 */
const NAMES_WITH_AND = [
  'United Kingdom of Great Britain and Northern Ireland', 'Antigua and Barbuda', 'Bosnia and Herzegovina',
  'Saint Kitts and Nevis', 'Saint Vincent and the Grenadines', 'Sao Tome and Principe', 'Trinidad and Tobago',
];

/** Little words that may stand inside a Member State's name ("Bolivia (Plurinational State of)"). */
const NAME_LINKS = new Set(['and', 'of', 'the', 'da', 'del', 'des', 'd’Ivoire', "d'Ivoire"]);

/**
 * The sponsors at the end of a masthead: read back from the colon over capitalised words,
 * brackets, commas and the little words of names; the masthead's last lower-case word (of the
 * agenda item's title) stops it.
 */
function sponsorsBefore(text: string): string | null {
  const words = text.trimEnd().split(/\s+/);
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1]!.replace(/^[(]+|[),]+$/g, '');
    if (w === '' || /^\p{Lu}/u.test(w) || NAME_LINKS.has(w)) k--;
    else break;
  }
  // A list never starts with a little word: "and Egypt" is the end of an agenda title.
  while (k < words.length && NAME_LINKS.has(words[k]!)) k++;
  const sponsors = words.slice(k).join(' ').trim();
  return sponsors === '' ? null : sponsors;
}

function splitSponsors(text: string): string[] {
  let guarded = text;
  NAMES_WITH_AND.forEach((name, k) => {
    guarded = guarded.split(name).join(`\u0000${k}\u0000`);
  });
  const parts = guarded.split(/\s*,\s*/);
  const last = parts.pop() ?? '';
  parts.push(...last.split(/\s+and\s+/));
  return parts
    // A star after a name marks a footnote (in Council drafts: "a State not a member of the Council").
    .map((p) => p.replace(/\u0000(\d+)\u0000/g, (_all, k: string) => NAMES_WITH_AND[Number(k)]!).replace(/^and\s+/, '').replace(/\*+$/, '').trim())
    .filter((p) => p !== '');
}

// ---- Amendments in UN drafting style

const ONES = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_STEM = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** "first", "twenty-second", "fortieth": ordinal words, as the UN numbers preambular paragraphs. */
export function ordinalWord(n: number): string {
  if (n < 20) return ONES[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const unit = n % 10;
    return unit === 0 ? `${TENS_STEM[tens]}ieth` : `${TENS_STEM[tens]}y-${ONES[unit]}`;
  }
  return `${n}th`;
}

function nameOf(ref: ParagraphRef, capital = false): string {
  const s = ref.section === 'preamble' ? `the ${ordinalWord(positionOf(ref))} preambular paragraph` : ref.number === null ? `the ${ordinalWord(positionOf(ref))} operative paragraph` : `operative paragraph ${ref.number}`;
  return capital ? s.replace(/^./, (c) => c.toUpperCase()) : s;
}

const partOf = (s: Section) => (s === 'preamble' ? 'the preamble' : 'the operative part');

/**
 * A quotation in curly quotes. Quotation marks of the quoted text become single quotes (“ -> ‘,
 * ” -> ’), so that the quotation's own marks stay unambiguous; a reader turns balanced ‘…’ back.
 */
const q = (s: string) => `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”`;

/** "“a”", "“a” and “b”", "“a”, “b” and “c”". */
function quoteList(texts: readonly string[]): string {
  const quoted = texts.map(q);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

const MARK_NAME: Record<string, string> = { comma: 'comma', semicolon: 'semicolon', colon: 'colon', stop: 'full stop', enumerationComma: 'comma' };

function editLine(e: TextEdit): string {
  switch (e.op) {
    case 'replace':
      return `replace ${q(e.find)} with ${q(e.with)}`;
    case 'delete':
      return `delete ${q(e.find)}`;
    case 'deleteMark':
      return `delete the ${MARK_NAME[MARK_KINDS[e.mark] ?? 'comma']} after ${q(e.anchor)}`;
    case 'insertAfter':
      return `after ${q(e.anchor)}, insert ${q(e.text)}`;
    case 'insertBefore':
      return `before ${q(e.anchor)}, insert ${q(e.text)}`;
  }
}

/**
 * One amendment as tabled: "In operative paragraph 5, replace “X” with “Y”", "Operative paragraph 3
 * should read: “…”", "Delete operative paragraph 4", "After the first preambular paragraph, insert
 * the following paragraph: “…”", "Move operative paragraph 4 to follow operative paragraph 6".
 */
function amendmentLine(a: Amendment): string {
  switch (a.kind) {
    case 'edit':
      return `In ${nameOf(a.target)}, ${a.edits.map(editLine).join('; ')}`;
    case 'replaceParagraph':
      return `${nameOf(a.target, true)} should read: ${q(a.text)}`;
    case 'delete':
      return `Delete ${nameOf(a.target)}`;
    case 'insert': {
      const where = a.after ? `After ${nameOf(a.after)}` : `At the beginning of ${partOf(a.section)}`;
      return `${where}, insert the following paragraph${a.texts.length > 1 ? 's' : ''}: ${quoteList(a.texts)}`;
    }
    case 'move': {
      const across = a.target.section !== a.section ? ` to ${partOf(a.section)},` : '';
      if (!a.after) return `Move ${nameOf(a.target)} to the beginning of ${partOf(a.section)}`;
      return `Move ${nameOf(a.target)}${across} to follow ${nameOf(a.after)}`;
    }
  }
}

/** The words of one to three letters resolutions use, for the spacing repair (the word list's short words are mostly word-game words). */
const SHORT_WORDS = 'a i an as at be by do go if in is it no of on or so to up us we all and any are but can did due few for had has his how its may new nor not now off one our out own per put see set six ten the two use via was way who why yet end far key law low age aid act add men war sea oil gas tax arm ban non pre sub'.split(' ');

export const en: LanguageRules = {
  language: 'en',
  name: 'English',
  supported: true,

  direction: 'ltr',
  joinsLinesWithoutSpace: false,
  tokens: diffTokens,
  // For broken spacing (src/repair/): full word forms, lower-case (the `words` project's list, MIT); it has no month names.
  wordList: { package: 'an-array-of-english-words', extra: MONTHS.toLowerCase().split('|'), short: SHORT_WORDS, names: 'dictionary-en', apart: ['per cent', 'a broad', 'can not', 'in so far', 'every one', 'any one', 'some one', 'no one', 'for ever', 'over all'] },

  bodies: [
    { pattern: /The General Assembly/, body: 'General Assembly', line: 'The General Assembly,' },
    { pattern: /The Human Rights Council/, body: 'Human Rights Council', line: 'The Human Rights Council,' },
    { pattern: /The Commission on Human Rights/, body: 'Commission on Human Rights', line: null },
    { pattern: /The Economic and Social Council/, body: 'Economic and Social Council', line: null },
    { pattern: /The Security Council/, body: 'Security Council', line: null },
  ],
  decisionOpenings: [
    {
      pattern: /(?:^|\s)(?:At its .{0,80}?,\s*)?the (Human Rights Council|General Assembly)[^:]{0,80}decided to adopt the (?:text below|following)[^:]{0,40}:$/i,
      bodyOf: (named) => (/Human Rights Council/i.test(named) ? 'Human Rights Council' : 'General Assembly'),
    },
  ],
  decisionMarker: /^[^\S\n]*Decision adopted by/im,
  adoptedBy: /^[^\S\n]*(Resolution|Decision) adopted by the (.+?)[^\S\n]*$/im,
  basis: [/\[\s*on the report of the [^(\]]+?\(\s*(A\/[^)\s]+)\s*\)\s*\]/i, /\[\s*without reference to a Main Committee\s*\(\s*(A\/[^)\s]+)\s*\)\s*\]/i],
  meetingFacts(text) {
    const m = AT_ITS_MEETING.exec(text);
    return m ? { meeting: m[1]!, adopted: findDate(m[2]!) } : null;
  },
  closing(line) {
    const meeting = CLOSING_MEETING.exec(line);
    if (meeting) return { meeting: meeting[1]! };
    const date = CLOSING_DATE.exec(line);
    if (date) return { date: isoDate(date[3]!, monthNumber(date[2]!), date[1]!) };
    return null;
  },
  findDate,
  furniture: [/^Please recycle/i, /^This document has been posted online by the United Nations/i, /^Distr\.?:?\s*(?:GENERAL|General|LIMITED|Limited|RESTRICTED)\b/, /^United Nations$/],
  pageNumbers: [/^Page \d+(?: of \d+)?$/i],

  detectLeadVerb,
  isStrongOpener: (verb) => STRONG_OPENERS.has(verb.text.split(' ')[0]!),
  midLineOpeners: [...STRONG_OPENERS],
  opensParagraph: (line) => detectLeadVerb(line.trimStart()) !== null,
  numberedFirstWordIsVerb: true,
  footnoteMarks: {
    afterCitation: null,
    glued: /(?<=[A-Za-z)\]”"’,;:])(\d{1,2})(?=[\s,.;:)]|$)|(?<=[A-Za-z]{6,}\.)(\d{1,2})(?=\s|$)/g,
    bare: {
      // "Article 1", "paragraph 3", "resolution 55", "No. 53", "Goal 16", "between 1 and 2".
      notAfter: /(?:\b(?:paragraphs?|articles?|items?|resolutions?|decisions?|sections?|chapters?|chap\.|annex(?:es)?|rules?|principles?|parts?|volumes?|vol\.|pages?|p\.|pp\.|Nos?\.|goals?|targets?|protocols?|supplement|sessions?|meetings?|between|from|to|of|and|or)|[-–/(])\s*$/i,
      // "25 June", "3 per cent", "2 %", "1 and 2", "1/".
      notBefore: new RegExp(`^\\s*(?:(?:${MONTHS})\\b|per\\s+cent|%|and\\s+\\d|to\\s+\\d|[-–/.)])`, 'i'),
    },
  },

  draft: {
    sponsorsTail: /:(?<star>\*{0,3})\s*(?<revised>revised\s+)?draft\s+(?:resolution|decision)\b/i,
    sponsorsBefore,
    splitSponsors,
    distribution: /Distr\.?:?\s*(General|Limited|Restricted)\b/i,
    original: /Original:\s*(English|French|Spanish|Russian|Arabic|Chinese)\b/,
    session: /\b(?:[A-Z][a-z]+-[a-z]+|[A-Z][a-z]+)\s+(?:special\s+)?session\b/,
    committee: /\b(?:(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee|Human Rights Council|Economic and Social Council)\b/,
    agendaItem: /Agenda items?\s+(\d{1,3}(?:\s*\([a-z]{1,2}\))?)/,
  },

  ladders: LADDERS,
  ladderForm,
  technical: {
    dates: [`\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}`, `(?:${MONTHS})\\s+\\d{4}`],
    ordinals: [`\\b${ORDINAL_WORDS}\\b`, '\\b\\d{1,3}(?:st|nd|rd|th)\\b', 'Supplement\\s+No\\.\\s*\\d+'],
  },
  citations: {
    pattern: /\bresolutions?\s+((?:\d{1,4}\/\d{1,4}(?:\s+of\s+\d{1,2}\s+\w+\s+\d{4})?(?:,\s*|\s+and\s+)?)+)/g,
    numbers: (m) => [...m[1]!.matchAll(/\d{1,4}\/\d{1,4}/g)].map((x) => x[0]),
    bodies: [
      [/Human Rights Council|Council/, 'HRC'],
      [/Commission on Human Rights|Commission/, 'CHR'],
      [/Sub-Commission/, 'other'],
      [/General Assembly|Assembly/, 'GA'],
      [/\bits\b/, 'own'],
    ],
    squeeze: (s) => s.toLowerCase().replace(/\b(the|of|in|on|and)\b/g, '').replace(/\s+/g, ' '),
  },

  amendmentLine,
  instructions: enInstructions,
  renumberLine: 'Renumber the operative paragraphs accordingly.',
  word: { latin: 'Times New Roman', eastAsia: 'SimSun', lang: { value: 'en-US' } },
  // Comparing: States’ and States' are one word.
  foldForCompare: foldApostrophe,
  ...LATIN_DIGITS,
  closingMarks: '',
};
