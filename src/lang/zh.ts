// Chinese: openers, ladders, dates, citations, furniture and amendment wording of Chinese texts.
import { MARK_KINDS, type Amendment, type TextEdit } from '../model/amendment.js';
import type { ParagraphRef } from '../model/comparison.js';
import type { Section } from '../model/resolution.js';
import { diffTokens } from '../text/tokenize.js';
import { isoDate, positionOf, LATIN_DIGITS } from './common.js';
import { zhInstructions } from './zhInstructions.js';
import type { LanguageRules, Ladder, LeadVerb } from './types.js';

// ---- Lead verbs
//
// Sources: the openers of the official Chinese texts in the corpus (A/RES/68/160, 55/109) and
// the usual Chinese counterparts of the Editorial Manual's English openers. Chinese openers
// have no inflection, so the list decides. Preambular and operative texts share many (重申 is
// both "Reaffirming" and "Reaffirms"); the operative-only ones are listed apart.

/** Chinese openers, matched longest first. */
const LEAD_VERBS: readonly string[] = [
  '满意地注意到', '赞赏地注意到', '关切地注意到', '感兴趣地注意到', '表示注意到', '注意到',
  '深为关切', '深表关切', '严重关切', '表示关切', '深感关切', '关切', '深切关注', '关注',
  '着重指出', '认识到', '意识到', '考虑到', '回顾', '忆及', '重申', '申明', '确认', '承认',
  '强调', '指出', '铭记', '深信', '相信', '坚信', '认为', '欢迎', '赞扬', '赞赏', '感谢',
  '遵循', '决心', '希望', '念及', '重视', '痛惜', '谴责', '强烈谴责', '震惊', '感到震惊',
  '敦促', '促请', '吁请', '敦请', '呼吁', '邀请', '鼓励', '支持', '决定', '请', '核可', '核准',
  '通过', '宣布', '建议', '授权', '要求', '表示', '欣见', '认可', '肯定', '期待', '重申其',
];

/** Chinese openers that only ever start an operative paragraph. */
const OPERATIVE_ONLY = new Set([
  '表示注意到', '敦促', '促请', '吁请', '敦请', '呼吁', '邀请', '决定', '请', '核可', '核准',
  '宣布', '授权', '要求',
]);

/**
 * Prefixes that join a Chinese opener: 又回顾 ("Recalling also"), 还请, 再次重申, 进一步请. The
 * same prefixes do not change a verb's strength (see `ladderForm`).
 */
const PREFIXES: readonly string[] = ['进一步', '再次', '又', '还', '也', '并', '再'];
const PREFIX_PATTERN = new RegExp(`^(${PREFIXES.join('|')})`);

const SORTED = [...LEAD_VERBS].sort((a, b) => b.length - a.length);
const GUIDED_BY = /^以.{1,40}?为指导/u;

function detectLeadVerb(text: string): LeadVerb | null {
  const guided = GUIDED_BY.exec(text);
  if (guided) return { text: '以…为指导', form: 'preambular' };
  for (const prefix of ['', ...PREFIXES]) {
    if (!text.startsWith(prefix)) continue;
    const rest = text.slice(prefix.length);
    const verb = SORTED.find((v) => rest.startsWith(v));
    if (verb) {
      return { text: prefix + verb, form: OPERATIVE_ONLY.has(verb) ? 'operative' : 'either' };
    }
  }
  return null;
}

// ---- Strength ladders
//
// The Chinese rungs are the openers the official Chinese texts use for the English ones of
// en.ts (same order, same reasons): A/RES/68/160 itself has 表示注意到 (takes note of), 邀请
// (invites), 促请 (calls upon) and 敦促 (urges); 欢迎 (welcomes), 鼓励 (encourages) and 要求
// (demands) are the usual counterparts of the rest. Verbs on no ladder (请, 决定, 重申) are
// not ranked: a change to or from them is "sideways".
const LADDERS: readonly Ladder[] = [
  {
    name: 'operative requests',
    language: 'zh',
    rungs: [['注意到', '表示注意到', '赞赏地注意到', '满意地注意到'], ['欢迎', '欣见', '赞扬', '赞赏'], ['邀请'], ['鼓励'], ['促请', '吁请', '呼吁'], ['敦促', '强烈鼓励'], ['要求', '强烈敦促']],
  },
  {
    name: 'preambular concern',
    language: 'zh',
    rungs: [['关切地注意到'], ['关切', '表示关切'], ['深为关切', '深表关切', '深感关切', '严重关切'], ['震惊', '感到震惊']],
  },
];

// ---- Dates and closings

const CLOSING_MEETING = /^第\s*(\d{1,4})\s*次(?:全体)?会议$/;
const CLOSING_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const DATE_IN_TEXT = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const AT_MEETING = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)第\s*(\d{1,4})\s*次会议/;

function findDate(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  return m ? isoDate(m[1]!, Number(m[2]), m[3]!) : null;
}

// ---- Drafts: the masthead and the sponsors line
//
// Source: the printed layout of Chinese drafts: the masthead (届会, 委员会, 议程项目), then
// "古巴*：决议草案" or "…：订正决议草案", the title and "大会，". Sponsors are separated by 、
// and the last by 和.

/** Member States whose names hold 和, so that a list of sponsors is not cut inside them. */
const NAMES_WITH_HE = ['安提瓜和巴布达', '波斯尼亚和黑塞哥维那', '圣基茨和尼维斯', '圣文森特和格林纳丁斯', '圣多美和普林西比', '特立尼达和多巴哥'];

/** The sponsors: the last run of the masthead without white space (the printed line or the one-line text's piece). */
function sponsorsBefore(text: string): string | null {
  const m = /(\S+)\s*$/u.exec(text);
  return m && /\p{Script=Han}/u.test(m[1]!) ? m[1]! : null;
}

function splitSponsors(text: string): string[] {
  let guarded = text;
  NAMES_WITH_HE.forEach((name, k) => {
    guarded = guarded.split(name).join(`\u0000${k}\u0000`);
  });
  return guarded
    .split(/[、，,和]/)
    .map((p) => p.replace(/\u0000(\d+)\u0000/g, (_all, k: string) => NAMES_WITH_HE[Number(k)]!).replace(/\*+$/, '').trim())
    .filter((p) => p !== '');
}

// ---- Amendments in UN drafting style

/** 一, 十二, 二十三: Chinese numerals, as in 序言部分第四段. */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}

function nameOf(ref: ParagraphRef): string {
  return ref.section === 'preamble' ? `序言部分第${chineseNumber(positionOf(ref))}段` : `执行部分第${ref.number ?? positionOf(ref)}段`;
}

const partOf = (s: Section) => (s === 'preamble' ? '序言部分' : '执行部分');

/** A quotation; quotation marks of the quoted text become single quotes (“ -> ‘, ” -> ’). */
const q = (s: string) => `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”`;

const MARK_NAME: Record<string, string> = { comma: '逗号', semicolon: '分号', colon: '冒号', stop: '句号', enumerationComma: '顿号' };

function editLine(e: TextEdit): string {
  switch (e.op) {
    case 'replace':
      return `将${q(e.find)}改为${q(e.with)}`;
    case 'delete':
      return `删除${q(e.find)}`;
    case 'deleteMark':
      return `删除${q(e.anchor)}之后的${MARK_NAME[MARK_KINDS[e.mark] ?? 'comma']}`;
    case 'insertAfter':
      return `在${q(e.anchor)}之后插入${q(e.text)}`;
    case 'insertBefore':
      return `在${q(e.anchor)}之前插入${q(e.text)}`;
  }
}

/**
 * One amendment as tabled: "执行部分第5段：将“X”改为“Y”", "执行部分第3段应改为：“……”", "删除执行部分第3段",
 * "在序言部分第一段之后插入新的一段，内容如下：“……”", "将执行部分第4段移至第6段之后".
 */
function amendmentLine(a: Amendment): string {
  switch (a.kind) {
    case 'edit':
      return `${nameOf(a.target)}：${a.edits.map(editLine).join('；')}`;
    case 'replaceParagraph':
      return `${nameOf(a.target)}应改为：${q(a.text)}`;
    case 'delete':
      return `删除${nameOf(a.target)}`;
    case 'insert': {
      const n = a.texts.length;
      const what = `新的${n === 1 ? '一' : n === 2 ? '两' : chineseNumber(n)}段`;
      const where = a.after ? `在${nameOf(a.after)}之后` : `在${partOf(a.section)}开头`;
      return `${where}插入${what}，内容如下：${a.texts.map(q).join('')}`;
    }
    case 'move': {
      if (!a.after) return `将${nameOf(a.target)}移至${partOf(a.section)}开头`;
      const after = a.after.section === a.target.section ? nameOf(a.after).replace(partOf(a.after.section), '') : nameOf(a.after);
      return `将${nameOf(a.target)}移至${after}之后`;
    }
  }
}

export const zh: LanguageRules = {
  language: 'zh',
  name: 'Chinese',
  supported: true,

  direction: 'ltr',
  joinsLinesWithoutSpace: true,
  // Han runs go through Intl.Segmenter's Chinese word segmentation, Latin runs split into words.
  tokens: diffTokens,
  // No word list: broken spacing between Han characters is repaired without one (src/repair/).
  wordList: null,

  bodies: [
    { pattern: /大会/, body: 'General Assembly', line: '大会，' },
    { pattern: /人权理事会/, body: 'Human Rights Council', line: '人权理事会，' },
    { pattern: /人权委员会/, body: 'Commission on Human Rights', line: null },
    { pattern: /经济及社会理事会/, body: 'Economic and Social Council', line: null },
    { pattern: /安全理事会/, body: 'Security Council', line: null },
  ],
  decisionOpenings: [{ pattern: /(人权理事会|大会)[^：:]{0,40}决定通过(?:以下|下列)[^：:]{0,10}[：:]$/, bodyOf: (named) => (/人权理事会/.test(named) ? 'Human Rights Council' : 'General Assembly') }],
  decisionMarker: /通过的决定/,
  adoptedBy: null,
  basis: [/\[\s*根据[^(（\]]+?的报告\s*[(（]\s*(A\/[^)）\s]+)\s*[)）]\s*通过\s*\]/, /\[\s*未经发交主要委员会而通过\s*[(（]\s*(A\/[^)）\s]+)\s*[)）]\s*\]/],
  meetingFacts(text) {
    const m = AT_MEETING.exec(text);
    return m ? { meeting: m[2]!, adopted: findDate(m[1]!) } : null;
  },
  closing(line) {
    const meeting = CLOSING_MEETING.exec(line);
    if (meeting) return { meeting: meeting[1]! };
    const date = CLOSING_DATE.exec(line);
    if (date) return { date: isoDate(date[1]!, Number(date[2]), date[3]!) };
    return null;
  },
  findDate,
  furniture: [/^请回收/, /^联合国$/],
  pageNumbers: [],

  detectLeadVerb,
  isStrongOpener: () => true,
  midLineOpeners: [],
  // A line the layout does not mark starts a paragraph unless it opens with a digit, a Latin
  // letter or a bracket (a number or a citation running on).
  opensParagraph: (line) => !/^[\dA-Za-z(（]/.test(line),
  numberedFirstWordIsVerb: false,
  footnoteMarks: {
    // A digit glued after a citation's end ("》2的", "号决议,1并"): a mark whatever its number.
    afterCitation: /(?<=(?:》|号决议|”|）|\))[,，]?)(\d{1,2})(?![年月日号届次段条项章节个%％\d/.])(?=[\p{Script=Han}，。；、：“《]|$)/gu,
    // A digit glued after closing punctuation or a word, followed by Chinese text or a break.
    glued: /(?<=[》”」』）)\],，;；、。:：A-Za-z])(\d{1,2})(?![年月日号届次段条项章节个%％\d/.])(?=[\p{Script=Han}，。；、：\s“《（(]|$)/gu,
    bare: {
      // "第 3", "2012 年 3 月", "A/67/53": the number belongs to the words before it.
      notAfter: /(?:第|[年月至和、\-–\/(（])\s*$/u,
      // "3 月", "53 号", "2000 年", "3 项": the number belongs to the word after it.
      notBefore: /^\s*[年月日号届次段条项章节个%％\/.\-–]/u,
    },
  },

  draft: {
    sponsorsTail: /(?<star>\*{0,3})\s*[：:]\s*(?<revised>订正)?(?:决议|决定)草案/u,
    sponsorsBefore,
    splitSponsors,
    distribution: null,
    original: null,
    session: /第[一二三四五六七八九十百]+届(?:特别)?会议/u,
    committee: /第[一二三四五六]委员会|人权理事会|经济及社会理事会/u,
    agendaItem: /议程项目\s*(\d{1,3}\s*(?:\([a-z]{1,2}\)|（[a-z]{1,2}）)?)/u,
  },

  ladders: LADDERS,
  ladderForm: (verb) => verb.replace(PREFIX_PATTERN, ''),
  technical: {
    dates: ['\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?', '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日'],
    ordinals: ['第\\s*[零〇一二三四五六七八九十百千\\d]+\\s*(?:届|次|号)', '补编第\\s*\\d+\\s*号'],
  },
  citations: {
    pattern: /第(\d{1,4}\/\d{1,4})号(?:决议|决定)/g,
    numbers: (m) => [m[1]!],
    bodies: [
      [/人权理事会|理事会/, 'HRC'],
      [/人权委员会/, 'CHR'],
      [/小组委员会/, 'other'],
      [/大会/, 'GA'],
      [/其/, 'own'],
    ],
    squeeze: (s) => s.replace(/[的之\s]/g, ''),
  },

  amendmentLine,
  instructions: zhInstructions,
  renumberLine: '执行部分各段相应重新编号。',
  word: { latin: 'Times New Roman', eastAsia: 'SimSun', lang: { value: 'en-US', eastAsia: 'zh-CN' } },
  // Comparing: nothing folded; full-width closing marks.
  foldForCompare: (text) => text,
  ...LATIN_DIGITS,
  closingMarks: '。；，：！？',
};
