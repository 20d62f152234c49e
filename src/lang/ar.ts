// Arabic: openers, ladders, dates, citations, furniture and amendment wording of Arabic texts.
//
// Where each list comes from: NO Arabic text of these series is available offline (see
// corpus/SOURCES.md). The opening line and the openers issue 12 names ("إن الجمعية العامة،",
// إذ تؤكد من جديد, تهيب, تقرر) are from UN Arabic usage: preambular paragraphs open with
// "إذ" / "وإذ" and a verb in the present, operative ones with the verb alone. The other openers,
// the ladders, the month names (UN Arabic writes "كانون الأول/ديسمبر") and the amendment phrasing
// are UN Arabic conventions AS KNOWN FROM UN DOCUMENTS, not checked against a manual offline;
// UNSURE items are marked. Tests run on derived fixtures built from these rules.
//
// Openers are matched with tashkeel (vowel marks) and tatweel taken out and Arabic-Indic digits
// (٠١٢…) read as Latin ones (`foldArabic`); the technical-change patterns accept both digit sets.
import { MARK_KINDS, type Amendment, type TextEdit } from '../model/amendment.js';
import type { ParagraphRef } from '../model/comparison.js';
import type { Section } from '../model/resolution.js';
import { diffTokens } from '../text/tokenize.js';
import { isoDate, positionOf, matchPhrase } from './common.js';
import { en } from './en.js';
import { arInstructions } from './arInstructions.js';
import { arabicOrdinal, foldArabic } from './arWords.js';
import type { LanguageRules, Ladder, LeadVerb } from './types.js';

/** The digits Arabic texts write: Latin, Arabic-Indic (٠-٩) and Persian (۰-۹), as regex class text. */
const DIGITS = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
/** A digit in any of the three sets, for the technical patterns. */
const D = `[${DIGITS}]`;

// ---- Lead verbs

/** Verbs after إذ / وإذ in preambular paragraphs, and the operative verbs (third person feminine: الجمعية). */
const VERBS = new Set([
  'تؤكد', 'تشير', 'تسلم', 'تعترف', 'تضع', 'تحيط', 'تلاحظ', 'تشدد', 'ترحب', 'تعرب', 'تدرك', 'تأخذ', 'تكرر', 'تعيد',
  'تهيب', 'تقرر', 'تطلب', 'تدعو', 'تحث', 'تشجع', 'تطالب', 'تدين', 'توصي', 'تؤيد', 'تعلن', 'تأذن', 'تثني', 'تقر', 'تحيي',
]);
/** Words that continue an opener: "تؤكد من جديد", "تحيط علما", "تشير إلى", "تضع في اعتبارها". */
const CONTINUATIONS: readonly (readonly string[])[] = [['من', 'جديد'], ['علما'], ['إلى'], ['في', 'اعتبارها'], ['بقوة']];
const ALSO: readonly (readonly string[])[] = [['أيضا'], ['كذلك'], ['مرة', 'أخرى']];
/** Preambular openers without إذ: "اقتناعا منها", "اعترافا منها". */
const PREAMBULAR_NOUNS = new Set(['اقتناعا', 'اعترافا', 'إدراكا', 'تسليما', 'ترحيبا']);

const WORD_SPLIT = /[\s,;:،؛]+/;

function detectLeadVerb(text: string): LeadVerb | null {
  const raw = text.slice(0, 160).split(WORD_SPLIT).filter(Boolean);
  const words = raw.map(foldArabic);
  let i = 0;
  let form: LeadVerb['form'];
  if (words[0] === 'إذ' || words[0] === 'وإذ') {
    if (!words[1] || !VERBS.has(words[1])) return null;
    form = 'preambular';
    i = 2;
  } else if (words[0] && PREAMBULAR_NOUNS.has(words[0])) {
    form = 'preambular';
    i = words[1] === 'منها' ? 2 : 1;
  } else {
    const head = words[0]?.replace(/^و(?=ت)/, '');
    if (!head || !VERBS.has(head)) return null;
    form = 'operative';
    i = 1;
  }
  i += matchPhrase(words, i, CONTINUATIONS, (w) => w);
  i += matchPhrase(words, i, ALSO, (w) => w);
  return { text: raw.slice(0, i).join(' '), form };
}

// ---- Strength ladders
//
// The English rungs of en.ts in UN Arabic: Takes note of = تحيط علما; Welcomes = ترحب; Invites
// = تدعو; Encourages = تشجع; Calls upon = تهيب; Urges = تحث; Demands = تطالب. Requests (تطلب)
// stays off the ladders. UNSURE: تثني (commends) beside ترحب.
const LADDERS: readonly Ladder[] = [
  {
    name: 'operative requests',
    language: 'ar',
    rungs: [['تحيط علما', 'تلاحظ'], ['ترحب', 'تثني'], ['تدعو'], ['تشجع'], ['تهيب'], ['تحث', 'تشجع بقوة'], ['تطالب']],
  },
  {
    name: 'preambular concern',
    language: 'ar',
    rungs: [['إذ تلاحظ مع القلق'], ['إذ يساورها القلق'], ['إذ يساورها بالغ القلق'], ['إذ يثير جزعها']],
  },
  {
    name: 'preambular acknowledgement',
    language: 'ar',
    rungs: [['إذ تحيط علما', 'إذ تلاحظ'], ['إذ تسلم', 'إذ تعترف'], ['إذ ترحب'], ['إذ تثني']],
  },
];

/** Tashkeel, tatweel and "و" before إذ/the verb out; أيضا, كذلك, مرة أخرى out. */
function ladderForm(verb: string): string {
  return foldArabic(verb)
    .replace(/^وإذ/, 'إذ')
    .replace(/^و(?=ت)/, '')
    .replace(/(?:^|\s)(?:أيضا|كذلك|مرة أخرى)(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- Dates, ordinals, closings

const MONTH_NAMES = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيه', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const MONTH_ALIASES: Record<string, number> = { يونيو: 6, يوليو: 7 };
const MONTHS = [...MONTH_NAMES, ...Object.keys(MONTH_ALIASES)].join('|');
const monthNumber = (name: string) => MONTH_ALIASES[name] ?? MONTH_NAMES.indexOf(name) + 1;
/** "18 كانون الأول/ديسمبر 2013", "18 ديسمبر 2013": the Levantine name before the slash is optional. */
const DATE = `(${D}{1,2})\\s+(?:[^\\s/]+(?:\\s[^\\s/]+)?/)?(${MONTHS})\\s+(${D}{4})`;
const DATE_IN_TEXT = new RegExp(DATE, 'u');
const CLOSING_DATE = new RegExp(`^${DATE}\\.?$`, 'u');
const CLOSING_MEETING = new RegExp(`^الجلسة العامة\\s+(${D}{1,4})\\.?$`, 'u');

function findDate(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  return m ? isoDate(foldArabic(m[3]!), monthNumber(m[2]!), foldArabic(m[1]!)) : null;
}

const UNITS_F = ['حادية', 'ثانية', 'ثالثة', 'رابعة', 'خامسة', 'سادسة', 'سابعة', 'ثامنة', 'تاسعة'];
const TENS = ['عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'];
/** Session ordinals: "دورتها السبعين", "الحادية والسبعين", "الثامنة والستين". */
const ORDINAL_WORD = `(?:ال(?:${UNITS_F.join('|')})\\s+و)?ال(?:${TENS.join('|')})|ال(?:أولى|${UNITS_F.slice(1).join('|')}|عاشرة)(?:\\s+عشرة)?`;

// ---- Amendments (UN Arabic as known from UN documents; UNSURE in detail, quotes included)

function nameOf(ref: ParagraphRef): string {
  if (ref.section === 'preamble') return `الفقرة ${arabicOrdinal(positionOf(ref))} من الديباجة`;
  return ref.number === null ? `الفقرة ${arabicOrdinal(positionOf(ref))} من المنطوق` : `الفقرة ${ref.number} من المنطوق`;
}
const partOf = (s: Section) => (s === 'preamble' ? 'الديباجة' : 'المنطوق');
const q = (s: string) => `«${s.replace(/«/g, '“').replace(/»/g, '”')}»`;
const quoteList = (texts: readonly string[]) => (texts.length < 2 ? texts.map(q).join('') : `${texts.slice(0, -1).map(q).join('، ')} و${q(texts.at(-1)!)}`);
const MARK_NAME: Record<string, string> = { comma: 'الفاصلة', semicolon: 'الفاصلة المنقوطة', colon: 'النقطتان', stop: 'النقطة', enumerationComma: 'الفاصلة' };

function editLine(e: TextEdit): string {
  switch (e.op) {
    case 'replace':
      return `يستعاض عن عبارة ${q(e.find)} بعبارة ${q(e.with)}`;
    case 'delete':
      return `تحذف عبارة ${q(e.find)}`;
    case 'deleteMark':
      return `تحذف ${MARK_NAME[MARK_KINDS[e.mark] ?? 'comma']} بعد ${q(e.anchor)}`;
    case 'insertAfter':
      return `تدرج عبارة ${q(e.text)} بعد ${q(e.anchor)}`;
    case 'insertBefore':
      return `تدرج عبارة ${q(e.text)} قبل ${q(e.anchor)}`;
  }
}

/** "في الفقرة 5 من المنطوق، يستعاض عن عبارة «X» بعبارة «Y»", "تحذف الفقرة 4 من المنطوق". */
function amendmentLine(a: Amendment): string {
  switch (a.kind) {
    case 'edit':
      return `في ${nameOf(a.target)}، ${a.edits.map(editLine).join('؛ ')}`;
    case 'replaceParagraph':
      return `يستعاض عن ${nameOf(a.target)} بالنص التالي: ${q(a.text)}`;
    case 'delete':
      return `تحذف ${nameOf(a.target)}`;
    case 'insert': {
      const what = a.texts.length > 1 ? 'الفقرات الجديدة التالية' : 'فقرة جديدة نصها كما يلي';
      const where = a.after ? `بعد ${nameOf(a.after)}` : `في بداية ${partOf(a.section)}`;
      return `تدرج ${where} ${what}: ${quoteList(a.texts)}`;
    }
    case 'move':
      if (!a.after) return `تنقل ${nameOf(a.target)} إلى بداية ${partOf(a.section)}`;
      return `تنقل ${nameOf(a.target)} لتصبح بعد ${nameOf(a.after)}`;
  }
}

export const ar: LanguageRules = {
  language: 'ar',
  name: 'Arabic',
  supported: true,

  direction: 'rtl',
  joinsLinesWithoutSpace: false,
  // Words split on spaces and punctuation (text/tokenize.ts diffTokens), elisions, hyphenated words and
  // symbols kept whole. Intl.Segmenter('ar') agrees except where it splits those, and is slower:
  // 2.1x; they part on symbols ("51/100") (npx tsx test/lang/measureTokenizers.ts). So the split is kept.
  tokens: diffTokens,
  // No word list: broken spacing is left as it is (no full-form Arabic list on npm was found).
  wordList: null,

  bodies: [
    { pattern: /إن الجمعية العامة/, body: 'General Assembly', line: 'إن الجمعية العامة،' },
    { pattern: /إن مجلس حقوق الإنسان/, body: 'Human Rights Council', line: 'إن مجلس حقوق الإنسان،' },
    { pattern: /إن لجنة حقوق الإنسان/, body: 'Commission on Human Rights', line: null },
    { pattern: /إن المجلس الاقتصادي والاجتماعي/, body: 'Economic and Social Council', line: null },
    { pattern: /إن مجلس الأمن/, body: 'Security Council', line: null },
  ],
  decisionOpenings: [],
  decisionMarker: null,
  adoptedBy: null,
  basis: [/\[\s*بناء على تقرير [^(\]]+?\(\s*(A\/[^)\s]+)\s*\)\s*\]/],
  meetingFacts: () => null,
  closing(line) {
    const meeting = CLOSING_MEETING.exec(line);
    if (meeting) return { meeting: foldArabic(meeting[1]!) };
    const date = CLOSING_DATE.exec(line);
    if (date) return { date: isoDate(foldArabic(date[3]!), monthNumber(date[2]!), foldArabic(date[1]!)) };
    return null;
  },
  findDate,
  furniture: [/^الأمم المتحدة$/],
  pageNumbers: [],

  detectLeadVerb,
  isStrongOpener: (verb) => verb.form === 'preambular' || verb.text === 'تقرر',
  // Looked for with \b, which JavaScript knows for Latin letters only: none for Arabic openers.
  // A preambular paragraph in the middle of a one-line text: "، وإذ تشير …" (unvowelled forms).
  midLineOpeners: [...VERBS].flatMap((v) => [`إذ ${v}`, `وإذ ${v}`]),
  opensParagraph: (line) => detectLeadVerb(line.trimStart()) !== null,
  numberedFirstWordIsVerb: true,
  footnoteMarks: {
    afterCitation: null,
    glued: /(?<=[\p{Script=Arabic})\]»])(\d{1,2})(?=[\s،؛.:)]|$)/gu,
    bare: {
      notAfter: /(?:(?<!\p{L})(?:الفقرة|الفقرات|المادة|القرار|القرارين|القرارات|المقرر|البند|الفصل|المرفق|رقم|الهدف|الدورة|الجلسة|بين|و|إلى|من)|[-–/(])\s*$/u,
      notBefore: new RegExp(`^\\s*(?:(?:[^\\s/]+/)?(?:${MONTHS})(?!\\p{L})|في\\s+المائة|%|و\\s*${D}|[-–/.)])`, 'u'),
    },
  },

  // Draft mastheads as real Arabic UN documents print them, from the UN's own English-Arabic aligned
  // texts (conferences.unite.un.org): A/C.3/72/L.1 "الدورة الثانية والسبعون", "اللجنة الثالثة",
  // "Distr.: Limited" and "Original: English" in English (read by en's rules); A/65/L.78 and
  // A/67/352/Add.1 "البندان 13 و 115 من جدول الأعمال". NOT read: a Member State's sponsors line (the
  // texts at hand have "مشروع قرار مقدم من رئيس الجمعية العامة", a draft submitted by the President):
  // sponsorsTail stays null.
  draft: {
    ...en.draft,
    sponsorsTail: null,
    session: /الدورة\s+(?:ال\p{L}+\s+و)?ال\p{L}+(?:\s+عشرة)?/u,
    committee: /اللجنة\s+(?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)|مجلس\s+حقوق\s+الإنسان|المجلس\s+الاقتصادي\s+والاجتماعي/u,
    agendaItem: /البند(?:ان)?\s+([0-9٠-٩]{1,3}(?:\s*\(\p{L}\))?(?:\s+و\s*[0-9٠-٩]{1,3})?)\s+من\s+جدول\s+الأعمال/u,
  },

  ladders: LADDERS,
  ladderForm,
  technical: {
    dates: [`${D}{1,2}\\s+(?:[^\\s/]+(?:\\s[^\\s/]+)?/)?(?:${MONTHS})\\s+${D}{4}`, `(?:${MONTHS})\\s+${D}{4}`],
    ordinals: [`(?<![\\u0621-\\u064A])(?:${ORDINAL_WORD})(?![\\u0621-\\u064A])`],
  },
  citations: {
    // The noun stands before the match (a lookbehind), so that the words read backwards for the
    // body include its possessive: "قرارها" (its resolution) names the text's own body.
    pattern: /(?<=(?:القرار|القرارين|القرارات|قرارها|قراريها|قراراتها)\s+)((?:[0-9\u0660-\u0669]{1,4}\/[0-9\u0660-\u0669]{1,4}(?:\s+المؤرخ\s+\S+\s+\S+\s+\S+)?(?:،\s*|\s+و)?)+)/gu,
    numbers: (m) => [...foldArabic(m[1]!).matchAll(/\d{1,4}\/\d{1,4}/g)].map((x) => x[0]),
    // Read again without the u flag (series/predecessor.ts): plain letters only.
    bodies: [
      [/مجلس حقوق الإنسان|المجلس/, 'HRC'],
      [/لجنة حقوق الإنسان|اللجنة/, 'CHR'],
      [/اللجنة الفرعية/, 'other'],
      [/الجمعية العامة|الجمعية/, 'GA'],
      [/قرارها|قراراتها|قراريها/, 'own'],
    ],
    squeeze: (s) => foldArabic(s).replace(/(?<!\p{L})(?:في|من|و|على|إلى)(?!\p{L})/gu, '').replace(/\s+/g, ' '),
  },

  amendmentLine,
  instructions: arInstructions,
  renumberLine: 'يعاد ترقيم فقرات المنطوق تبعا لذلك.',
  word: { latin: 'Times New Roman', eastAsia: 'SimSun', lang: { value: 'en-US', bidirectional: 'ar-SA' } },
  // Comparing: tashkeel and tatweel are no word change, ١٢ is 12; a paragraph closes with ، ؛ ؟ too.
  foldForCompare: foldArabic,
  digits: DIGITS,
  numberOf: (written) => Number(foldArabic(written)),
  closingMarks: '،؛؟',
};
