// Russian: openers, ladders, dates, citations, furniture and amendment wording of Russian texts.
//
// Where each list comes from: NO Russian text of these series is available offline (see
// corpus/SOURCES.md). The opening line and the openers issue 12 names ("Генеральная Ассамблея,",
// подтверждая, ссылаясь на, призывает, постановляет, "на своей семидесятой сессии") are from UN
// Russian usage: openers are written in lower case, preambular ones as adverbial participles.
// The other openers, the ladders, the case endings of ordinals and the amendment phrasing are UN
// Russian conventions AS KNOWN FROM UN DOCUMENTS, not checked against a manual offline; UNSURE
// items are marked. Tests run on derived fixtures built from these rules (test/lang/fixtures/).
import { MARK_KINDS, type Amendment, type TextEdit } from '../model/amendment.js';
import type { ParagraphRef } from '../model/comparison.js';
import type { Section } from '../model/resolution.js';
import { diffTokens } from '../text/tokenize.js';
import { isoDate, positionOf, matchPhrase, LATIN_DIGITS } from './common.js';
import { en } from './en.js';
import { ruInstructions } from './ruInstructions.js';
import { russianOrdinal } from './ruWords.js';
import type { LanguageRules, Ladder, LeadVerb } from './types.js';

// ---- Lead verbs

/** Adverbs and phrases that stand before an opener and belong to it: "вновь подтверждая", "с удовлетворением отмечает". */
const BEFORE: readonly (readonly string[])[] = [
  ['с', 'удовлетворением'], ['с', 'озабоченностью'], ['с', 'глубокой', 'озабоченностью'], ['с', 'признательностью'],
  ['вновь'], ['глубоко'], ['серьезно'], ['твердо'], ['настоятельно'], ['решительно'], ['также'], ['еще', 'раз'],
];

/** Preambular openers that are not adverbial participles in -я/-в: "будучи убеждена", "глубоко обеспокоенная". */
const PREAMBULAR_WORDS = new Set(['будучи', 'обеспокоенная', 'обеспокоенный', 'убежденная', 'убежденный', 'встревоженная', 'встревоженный', 'сознавая']);

/** Operative openers (present tense, third person), lower-case. */
const OPERATIVE_VERBS = new Set([
  'призывает', 'постановляет', 'просит', 'предлагает', 'рекомендует', 'приветствует', 'принимает', 'отмечает', 'подтверждает',
  'требует', 'осуждает', 'поощряет', 'одобряет', 'подчеркивает', 'выражает', 'признает', 'напоминает', 'заявляет', 'утверждает',
  'поддерживает', 'вновь', 'настоятельно', 'высоко', 'уполномочивает', 'ссылается', 'благодарит', 'сожалеет', 'отвергает',
]);

/** Words that continue an opener: "ссылаясь на", "принимая к сведению", "принимая во внимание", "высоко оценивает". */
const CONTINUATIONS: readonly (readonly string[])[] = [['к', 'сведению'], ['во', 'внимание'], ['на'], ['оценивает'], ['оценивая'], ['убеждена'], ['убежден'], ['обеспокоена'], ['обеспокоен']];
const ALSO: readonly (readonly string[])[] = [['также'], ['далее'], ['вновь'], ['еще', 'раз']];

const WORD_SPLIT = /[\s,;:]+/;

function detectLeadVerb(text: string): LeadVerb | null {
  const words = text.slice(0, 160).split(WORD_SPLIT).filter(Boolean);
  // UN Russian writes openers in lower case ("подтверждая", "1. призывает"): a capitalised first
  // word is a name or the body ("Генеральная Ассамблея").
  if (!words[0] || !/^(?=\p{Script=Cyrillic})\p{Ll}/u.test(words[0])) return null;
  let i = 0;
  for (let k = 0; k < 2; k++) i += matchPhrase(words, i, BEFORE);
  const head = words[i]?.toLowerCase();
  if (head === undefined) return null;
  let form: LeadVerb['form'] | null = null;
  // Adverbial participles: подтверждая, ссылаясь, руководствуясь, рассмотрев.
  if (/(?:[ая]я|ая|уя|ясь|аясь|уясь|ев|ав|ив)$/.test(head) && head.length > 4 && !OPERATIVE_VERBS.has(head)) form = 'preambular';
  else if (PREAMBULAR_WORDS.has(head)) form = 'preambular';
  else if (OPERATIVE_VERBS.has(head)) form = 'operative';
  if (form === null) return null;
  i++;
  i += matchPhrase(words, i, ALSO);
  i += matchPhrase(words, i, CONTINUATIONS);
  i += matchPhrase(words, i, ALSO);
  i += matchPhrase(words, i, CONTINUATIONS);
  return { text: words.slice(0, i).join(' '), form };
}

// ---- Strength ladders
//
// The English rungs of en.ts in UN Russian: Takes note of = принимает к сведению; Welcomes =
// приветствует; Invites = предлагает; Encourages = рекомендует / поощряет (UNSURE: both are used);
// Calls upon = призывает; Urges = настоятельно призывает; Demands = требует. Requests (просит)
// stays off the ladders.
const LADDERS: readonly Ladder[] = [
  {
    name: 'operative requests',
    language: 'ru',
    rungs: [
      ['принимает к сведению', 'отмечает'],
      ['приветствует', 'высоко оценивает', 'с удовлетворением отмечает'],
      ['предлагает'],
      ['рекомендует', 'поощряет'],
      ['призывает'],
      ['настоятельно призывает'],
      ['требует'],
    ],
  },
  {
    name: 'preambular concern',
    language: 'ru',
    rungs: [['с озабоченностью отмечая'], ['выражая обеспокоенность', 'будучи обеспокоена'], ['будучи глубоко обеспокоена', 'глубоко обеспокоенная', 'будучи серьезно обеспокоена'], ['будучи встревожена', 'встревоженная']],
  },
  {
    name: 'preambular acknowledgement',
    language: 'ru',
    rungs: [['принимая к сведению', 'отмечая'], ['признавая'], ['приветствуя', 'высоко оценивая'], ['воздавая должное']],
  },
];

function ladderForm(verb: string): string {
  return verb
    .toLowerCase()
    .replace(/(?:^|\s)(?:также|далее|вновь|еще раз)(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- Dates, ordinals (with their case endings), closings

const MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const monthNumber = (name: string) => MONTHS.split('|').indexOf(name.toLowerCase()) + 1;
const DATE = `(\\d{1,2})\\s+(${MONTHS})\\s+(\\d{4})(?:\\s+года)?`;
const CLOSING_MEETING = /^(\d{1,4})-(?:е|м|го)\s+пленарное\s+заседание\.?$/i;
const CLOSING_DATE = new RegExp(`^${DATE}\\.?$`, 'i');
const DATE_IN_TEXT = new RegExp(DATE, 'i');

function findDate(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  return m ? isoDate(m[3]!, monthNumber(m[2]!), m[1]!) : null;
}

const TENS_CARDINAL = 'двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто';
const ORDINAL_STEMS =
  'одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност|перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят';
/** Case endings of ordinal adjectives (masculine, feminine, neuter, plural): "семидесятой", "третьей". */
const ENDINGS = 'ьего|ьему|ого|ому|ими|ыми|ьей|ьим|ьем|ьих|ьи|ья|ье|ью|ый|ой|ий|ая|ое|ую|ом|ым|ей|ых|ые';
const ORDINAL_WORD = `(?:(?:${TENS_CARDINAL})\\s+)?(?:${ORDINAL_STEMS})(?:${ENDINGS})`;

// ---- Amendments (UN Russian as known from UN documents; UNSURE in detail)

function nameOf(ref: ParagraphRef, c: 'nom' | 'gen' | 'prep'): string {
  const noun = { nom: 'пункт', gen: 'пункта', prep: 'пункте' }[c];
  if (ref.section === 'preamble') return `${russianOrdinal(positionOf(ref), c)} ${noun} преамбулы`;
  return ref.number === null ? `${russianOrdinal(positionOf(ref), c)} ${noun} постановляющей части` : `${noun} ${ref.number} постановляющей части`;
}
const capital = (s: string) => s.replace(/^./, (x) => x.toUpperCase());
const partOf = (s: Section) => (s === 'preamble' ? 'преамбулы' : 'постановляющей части');

/** «X»; quotation marks inside become „ “. */
const q = (s: string) => `«${s.replace(/«/g, '„').replace(/»/g, '“')}»`;
const quoteList = (texts: readonly string[]) => (texts.length < 2 ? texts.map(q).join('') : `${texts.slice(0, -1).map(q).join(', ')} и ${q(texts.at(-1)!)}`);
const MARK_NAME: Record<string, string> = { comma: 'запятую', semicolon: 'точку с запятой', colon: 'двоеточие', stop: 'точку', enumerationComma: 'запятую' };

function editLine(e: TextEdit): string {
  switch (e.op) {
    case 'replace':
      return `заменить ${q(e.find)} на ${q(e.with)}`;
    case 'delete':
      return `исключить ${q(e.find)}`;
    case 'deleteMark':
      return `исключить ${MARK_NAME[MARK_KINDS[e.mark] ?? 'comma']} после ${q(e.anchor)}`;
    case 'insertAfter':
      return `после ${q(e.anchor)} включить ${q(e.text)}`;
    case 'insertBefore':
      return `перед ${q(e.anchor)} включить ${q(e.text)}`;
  }
}

/** "В пункте 5 постановляющей части заменить «X» на «Y»", "Исключить третий пункт преамбулы". */
function amendmentLine(a: Amendment): string {
  switch (a.kind) {
    case 'edit':
      return `В ${nameOf(a.target, 'prep')} ${a.edits.map(editLine).join('; ')}`;
    case 'replaceParagraph':
      return `${capital(nameOf(a.target, 'nom'))} изложить в следующей редакции: ${q(a.text)}`;
    case 'delete':
      return `Исключить ${nameOf(a.target, 'nom')}`;
    case 'insert': {
      const what = a.texts.length > 1 ? 'следующие новые пункты' : 'следующий новый пункт';
      const where = a.after ? `После ${nameOf(a.after, 'gen')}` : `В начало ${partOf(a.section)}`;
      return `${where} включить ${what}: ${quoteList(a.texts)}`;
    }
    case 'move':
      if (!a.after) return `Перенести ${nameOf(a.target, 'nom')} в начало ${partOf(a.section)}`;
      return `Перенести ${nameOf(a.target, 'nom')} и поместить его после ${nameOf(a.after, 'gen')}`;
  }
}

export const ru: LanguageRules = {
  language: 'ru',
  name: 'Russian',
  supported: true,

  direction: 'ltr',
  joinsLinesWithoutSpace: false,
  // Words split on spaces and punctuation (text/tokenize.ts diffTokens), elisions, hyphenated words and
  // symbols kept whole. Intl.Segmenter('ru') agrees except where it splits those, and is slower:
  // 2.5x; they part on symbols ("51/100") (npx tsx test/lang/measureTokenizers.ts). So the split is kept.
  tokens: diffTokens,
  // No word list: broken spacing is left as it is (npm has a Hunspell dictionary, dictionary-ru, but no full-form list; expanding its affixes at load is too slow).
  wordList: null,

  bodies: [
    { pattern: /Генеральная Ассамблея/, body: 'General Assembly', line: 'Генеральная Ассамблея,' },
    { pattern: /Совет по правам человека/, body: 'Human Rights Council', line: 'Совет по правам человека,' },
    { pattern: /Комиссия по правам человека/, body: 'Commission on Human Rights', line: null },
    { pattern: /Экономический и Социальный Совет/, body: 'Economic and Social Council', line: null },
    { pattern: /Совет Безопасности/, body: 'Security Council', line: null },
  ],
  decisionOpenings: [],
  decisionMarker: /^[^\S\n]*Решение, принятое/im,
  adoptedBy: null,
  basis: [/\[\s*по докладу [^(\]]+?\(\s*(A\/[^)\s]+)\s*\)\s*\]/i, /\[\s*без передачи в главный комитет\s*\(\s*(A\/[^)\s]+)\s*\)\s*\]/i],
  meetingFacts: () => null,
  closing(line) {
    const meeting = CLOSING_MEETING.exec(line);
    if (meeting) return { meeting: meeting[1]! };
    const date = CLOSING_DATE.exec(line);
    if (date) return { date: isoDate(date[3]!, monthNumber(date[2]!), date[1]!) };
    return null;
  },
  findDate,
  furniture: [/^Просьба отправить на вторичную переработку/i, /^Distr\.?\s*:?\s*(?:GENERAL|General|LIMITED|Limited)\b/, /^Организация Объединенных Наций$/],
  pageNumbers: [/^Стр\. \d+$/i],

  detectLeadVerb,
  isStrongOpener: (verb) => verb.form === 'preambular' || verb.text === 'постановляет',
  // Looked for with \b, which JavaScript knows for Latin letters only: none for Cyrillic openers.
  midLineOpeners: [],
  opensParagraph: (line) => detectLeadVerb(line.trimStart()) !== null,
  numberedFirstWordIsVerb: true,
  footnoteMarks: {
    afterCitation: null,
    glued: /(?<=[\p{L})\]»,;:])(\d{1,2})(?=[\s,.;:)]|$)/gu,
    bare: {
      notAfter: /(?:(?<!\p{L})(?:пункт\p{L}*|стать\p{L}*|резолюци\p{L}*|решени\p{L}*|раздел\p{L}*|глав\p{L}*|приложени\p{L}*|№|цел\p{L}*|сесси\p{L}*|заседани\p{L}*|между|и|или|от|до|с)|[-–/(])\s*$/iu,
      notBefore: new RegExp(`^\\s*(?:(?:${MONTHS})(?!\\p{L})|процент|%|и\\s+\\d|[-–/.)])`, 'iu'),
    },
  },

  // Draft mastheads as real Russian UN documents print them: A/69/972 (public copy at ru.scribd.com):
  // "Шестьдесят девятая сессия", "Пункт 118 повестки дня", with "Distr.: General" and "Original:
  // English" in English (read by en's rules). NOT read, for want of a real Russian text to cite:
  // the sponsors line and the committee's name (sponsorsTail, committee: null).
  draft: {
    ...en.draft,
    sponsorsTail: null,
    session: /\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:специальная\s+)?сессия/u,
    committee: null,
    agendaItem: /Пункты?\s+(\d{1,3}(?:\s*\(?[a-zа-я]\))?)\s+повестки\s+дня/u,
  },

  ladders: LADDERS,
  ladderForm,
  technical: {
    dates: [`\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}(?:\\s+года)?`],
    ordinals: [`(?<![А-Яа-яЁё])${ORDINAL_WORD}(?![А-Яа-яЁё])`, '(?<![А-Яа-яЁё\\d])\\d{1,3}-(?:е|й|м|го|я|ю)(?![А-Яа-яЁё])', 'Дополнение\\s+№\\s*\\d+'],
  },
  citations: {
    pattern: /(?<!\p{L})резолюци\p{L}*\s+((?:\d{1,4}\/\d{1,4}(?:\s+от\s+\d{1,2}\s+\S+\s+\d{4}(?:\s+года)?)?(?:,\s*|\s+и\s+)?)+)/gu,
    numbers: (m) => [...m[1]!.matchAll(/\d{1,4}\/\d{1,4}/g)].map((x) => x[0]),
    // Read again without the u flag (series/predecessor.ts): plain letters only, no \p{…}.
    bodies: [
      [/Совет[а-я]* по правам человека|Совет/, 'HRC'],
      [/Комисси[а-я]* по правам человека|Комисси/, 'CHR'],
      [/Подкомисси/, 'other'],
      [/Генеральн[а-я]* Ассамбле[а-я]*|Ассамбле/, 'GA'],
      [/сво[а-яё]*/, 'own'],
    ],
    squeeze: (s) => s.toLowerCase().replace(/(?<!\p{L})(?:в|и|по|на|о|об)(?!\p{L})/gu, '').replace(/\s+/g, ' '),
  },

  amendmentLine,
  instructions: ruInstructions,
  renumberLine: 'Соответствующим образом изменить нумерацию пунктов постановляющей части.',
  word: { latin: 'Times New Roman', eastAsia: 'SimSun', lang: { value: 'ru-RU' } },
  // Comparing: nothing folded.
  foldForCompare: (text) => text,
  ...LATIN_DIGITS,
  closingMarks: '',
};
