// Chinese amendment instructions: the forms amendment documents use, read back into edits.
//
// Sources: the forms quoted in issue 11 ("执行部分第5段：将“X”改为“Y”", "在序言部分第一段之后插入新的
// 一段，内容如下：", "删除执行部分第3段", "执行部分第6段应改为："), their counterparts of the English
// forms, and the forms resdiff's own amendment list writes (amendmentLine in zh.ts). "第N段" without
// 序言部分 is operative paragraph N; in "将…移至第七段之后" it is a paragraph of the moved one's part.
import type { Edit } from '../model/instruction.js';
import type { Section } from '../model/resolution.js';
import type { InstructionGrammar, ReadInstruction } from './types.js';

// ---- Numbers and paragraph references

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUM = '[0-9０-９零一二两三四五六七八九十百]+';

/** "5", "五", "十二", "二十三", "两" -> a number; null for anything else. */
export function readChineseNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const digit = (c: string | undefined) => (c === undefined ? null : (DIGITS[c] ?? null));
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[3] === undefined && m[1] !== undefined ? digit(m[1]) : null;
  return (m[1] ? digit(m[1])! : 1) * 10 + (m[3] ? digit(m[3])! : 0);
}

const SUB = '(?:[（(](?<Xsub>[a-z]{1,4})[)）](?:分段|项|段)?)?';

/** A paragraph reference with its named groups prefixed by `g`. */
function REF(g: string): string {
  return `(?:序言部分?第(?<${g}pp>${NUM})段|执行部分第(?<${g}op>${NUM})段${SUB.replace('Xsub', `${g}sub`)}|第(?<${g}o>${NUM})段${SUB.replace('Xsub', `${g}osub`)})`;
}

type Groups = Record<string, string | undefined>;

function refOf(g: Groups, p: string): string | null {
  if (g[`${p}pp`] !== undefined) {
    const n = readChineseNumber(g[`${p}pp`]!);
    return n === null ? null : `PP${n}`;
  }
  const op = g[`${p}op`] ?? g[`${p}o`];
  if (op === undefined) return null;
  const n = readChineseNumber(op);
  const sub = g[`${p}sub`] ?? g[`${p}osub`];
  return n === null ? null : `OP ${n}${sub ? ` (${sub})` : ''}`;
}

const sectionOfTarget = (target: string): Section => (target.startsWith('PP') ? 'preamble' : 'operative');
const PART = '(?<sec>序言部分|执行部分)';
const sectionOf = (part: string): Section => (part.startsWith('序言') ? 'preamble' : 'operative');

// ---- Quotations and filler words

const Q = '⟦\\d+⟧';
const QS = `${Q}(?:\\s*[、，,和及]?\\s*${Q})*`;
/** What may stand before a quotation: "以下措辞：", "下列文字：". */
const W = '(?:(?:以下|下列|如下)(?:措辞|文字|内容|案文|词语|字样|短语)?)?[:：]?';
const INSERT = '(?:插入|加上|添加|增加|增补|加入)';
const NEW_PARAGRAPHS = `(?:以下|下列)?(?:新的?)?(?:[一二两三四五六七八九十0-9]+)?(?:个)?(?:新的?)?(?:段落?|段)`;
const READING = '(?:[，,]?\\s*(?:内容|案文|全文)?(?:如下|为))?\\s*[:：]?\\s*';
const REST = '(?:该段|本段|本分段)?(?:的)?(?:其余部分|其余内容|其余文字|余下部分|余下文字|剩余部分)';

const PUNCTUATION: Readonly<Record<string, string>> = { 逗号: '，', 分号: '；', 冒号: '：', 句号: '。', 顿号: '、' };

const rx = (source: string) => new RegExp(`^${source}$`, 'u');

type Quotes = readonly string[];
const slots = (part: string | undefined, quotes: Quotes): string[] => [...(part ?? '').matchAll(/⟦(\d+)⟧/g)].map((m) => quotes[Number(m[1])]!);
const one = (part: string | undefined, quotes: Quotes): string => slots(part, quotes)[0]!;
const side = (which: string | undefined, words: string): { after: string } | { before: string } => (which === '前' ? { before: words } : { after: words });

// ---- Edits inside a paragraph

type ClauseForm = [RegExp, (g: Groups, quotes: Quotes) => Edit | null];

const CLAUSES: readonly ClauseForm[] = [
  [rx(`在(?<a>${Q})之?后${INSERT}${W}(?<b>${Q})[，,]?\\s*并?删除${REST}`), (g, q) => ({ op: 'replace-rest', after: one(g.a, q), text: one(g.b, q) })],
  [rx(`将(?<a>${Q})之?后的?(?:内容|文字|案文|其余部分|其余内容)(?:改为|替换为|修改为)${W}(?<b>${Q})`), (g, q) => ({ op: 'replace-rest', after: one(g.a, q), text: one(g.b, q) })],
  [rx(`删除(?<a>${Q})之?后的?(?:所有|全部)?(?:内容|文字|案文|其余部分|其余内容)`), (g, q) => ({ op: 'delete-rest', after: one(g.a, q) })],
  [rx(`在(?<a>${Q})之?后删除${REST}`), (g, q) => ({ op: 'delete-rest', after: one(g.a, q) })],
  [rx(`将?${W}(?<a>${Q})(?:应)?(?:改为|替换为|修改为|改成)${W}(?<b>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`[以用]${W}(?<b>${Q})(?:取代|替换|代替)${W}(?<a>${Q})`), (g, q) => ({ op: 'replace', words: one(g.a, q), with: one(g.b, q) })],
  [rx(`删除(?<a>${Q})之?(?<side>后|前)的(?<mark>逗号|分号|冒号|句号|顿号)`), (g, q) => ({ op: 'delete', words: PUNCTUATION[g.mark!]!, ...side(g.side, one(g.a, q)) })],
  [rx(`删除(?<a>${Q})之?(?<side>后|前)的(?<b>${Q})`), (g, q) => ({ op: 'delete', words: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`在(?<a>${Q})之?(?<side>后|前)(?:删除|删去)(?<b>${Q})`), (g, q) => ({ op: 'delete', words: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`(?:删除|删去)${W}(?<a>${Q})`), (g, q) => ({ op: 'delete', words: one(g.a, q) })],
  [rx(`在(?<a>${Q})之?(?<side>后|前)${INSERT}${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), ...side(g.side, one(g.a, q)) })],
  [rx(`在(?<edge>段末|末尾|结尾处?|段尾|段首|开头)${INSERT}${W}(?<b>${Q})`), (g, q) => ({ op: 'insert', text: one(g.b, q), at: /首|开头/.test(g.edge!) ? 'start' : 'end' })],
];

function clause(text: string, quotes: Quotes): Edit | null {
  const t = text.trim().replace(/^(?:并|再|然后)/, '').replace(/[，,；;。.]$/, '').trim();
  for (const [form, build] of CLAUSES) {
    const m = form.exec(t);
    if (m) return build(m.groups ?? {}, quotes);
  }
  return null;
}

/** The edits of "将“X”改为“Y”；删除“Z”", split on "；", then if need be on "，并" / "，". */
function clauses(text: string, quotes: Quotes): Edit[] | null {
  const edits: Edit[] = [];
  for (const piece of text.split(/\s*[；;]\s*/).filter((p) => p.trim() !== '')) {
    const whole = clause(piece, quotes);
    if (whole) {
      edits.push(whole);
      continue;
    }
    const parts = piece.split(/[，,]\s*(?:并|再)?(?=将|删除|删去|在|以|用)/);
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

/** Paragraphs listed together: "序言部分第一、第二、第三和第四段", "序言部分第一至第四段", "执行部分第3和第4段". */
const LIST = `(?<lsec>序言部分|执行部分)第(?<list>${NUM}(?:(?:[、，,]|和|及|至|到)第?${NUM})+)段`;

function listOf(g: Groups): string[] | null {
  const pre = g.lsec!.startsWith('序言');
  const range = /^(.+?)(?:至|到)第?(.+)$/.exec(g.list!);
  let ns: (number | null)[];
  if (range) {
    const a = readChineseNumber(range[1]!);
    const b = readChineseNumber(range[2]!);
    if (a === null || b === null || b < a || b - a > 50) return null;
    ns = Array.from({ length: b - a + 1 }, (_, k) => a + k);
  } else ns = g.list!.split(/[、，,]|和|及/).map((w) => readChineseNumber(w.replace(/^第/, '')));
  return ns.every((n): n is number => n !== null) ? ns.map((n) => (pre ? `PP${n}` : `OP ${n}`)) : null;
}

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

const REPLACE_BY = '(?:[，,]\\s*)?(?:并)?(?:代之以|以下列案文取代|改为|替换为)(?:下文|以下案文|如下案文|下列案文|以下内容)?\\s*[:：]?\\s*';

const FORMS: readonly Form[] = [
  [rx(`删除${REF('t')}`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'delete-paragraph' }] }))],
  [rx(`删除${LIST}`), (g) => {
    const targets = listOf(g);
    return targets && { target: targets[0]!, edits: targets.map((t, k) => (k === 0 ? { op: 'delete-paragraph' } : { op: 'delete-paragraph', paragraph: t })) };
  }],
  [rx(`删除${LIST}${REPLACE_BY}(?<qs>${QS})`), (g, q) => {
    const targets = listOf(g);
    return targets && substitute(targets, slots(g.qs, q));
  }],
  [rx(`删除${REF('t')}${REPLACE_BY}(?<qs>${QS})`), (g, q) => withRef(g, (target) => substitute([target], slots(g.qs, q)))],
  [rx(`将?${REF('t')}(?:应|应当)?(?:改为|修改为|改写为|修改如下|改写如下|改为如下|应为|替换为)(?:以下案文|下文|如下)?\\s*[:：]?\\s*(?<q>${Q})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'replace-paragraph', text: one(g.q, q) }] }))],
  [rx(`在${REF('t')}之?后${INSERT}${NEW_PARAGRAPHS}${READING}(?<qs>${QS})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert-paragraph', section: sectionOfTarget(target), texts: slots(g.qs, q) }] }))],
  [rx(`在${PART}(?:开头|开始处|之首)${INSERT}${NEW_PARAGRAPHS}${READING}(?<qs>${QS})`), (g, q) => {
    const section = sectionOf(g.sec!);
    return { target: section, edits: [{ op: 'insert-paragraph', section, texts: slots(g.qs, q), at: 'start' }] };
  }],
  [rx(`将${REF('t')}移(?:至|到)${REF('a')}之?后`), (g) =>
    withRef(g, (target) => {
      // "第七段" alone is a paragraph of the moved one's own part.
      const short = g.app === undefined && g.aop === undefined;
      const after = refOf(g, 'a');
      if (after === null) return null;
      const placed = short && target.startsWith('PP') ? after.replace(/^OP (\d+).*$/, 'PP$1') : after;
      return { target, edits: [{ op: 'move-paragraph', section: sectionOfTarget(placed), after: placed }] };
    })],
  [rx(`将${REF('t')}移(?:至|到)${PART}(?:开头|开始处|之首)`), (g) => withRef(g, (target) => ({ target, edits: [{ op: 'move-paragraph', section: sectionOf(g.sec!), at: 'start' }] }))],
  [rx(`(?:删除|删去)${REF('t')}中的${W}(?<q>${Q})`), (g, q) => withRef(g, (target) => ({ target, edits: [{ op: 'delete', words: one(g.q, q) }] }))],
  [rx(`在${REF('t')}(?<edge>末尾|结尾处?|段末|开头)${INSERT}${W}(?<q>${Q})`), (g, q) =>
    withRef(g, (target) => ({ target, edits: [{ op: 'insert', text: one(g.q, q), at: g.edge === '开头' ? 'start' : 'end' }] }))],
  [rx(`(?:在)?${REF('t')}(?:中)?\\s*[:：，,]?\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
  [rx(`在${REF('t')}中\\s*(?<c>.+)`), (g, q) => withRef(g, (target) => edited(target, g.c!, q))],
];

function edited(target: string, text: string, quotes: Quotes): ReadInstruction | null {
  const edits = clauses(text, quotes);
  return edits && { target, edits };
}

export const zhInstructions: InstructionGrammar = {
  // "一、", "（二）", "3." or "3．" (a space after them or not), "(a)" with a space.
  numbering: /^(?:(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|[(（]?\d{1,4}[.)）．、](?!\d))\s*|\([a-z]{1,2}\)\s+)(?=\S)/u,
  // A paragraph named near the start, or a verb of amendment then a quotation: "在这方面" alone opens none.
  opens: /^(?:在|将|删除|删去|插入)?(?:序言部分|执行部分|第[0-9０-９零一二两三四五六七八九十百]+段)|^(?:在|将|删除|删去|以|用|插入)[^。]{0,40}?“/u,
  closings: [/^执行部分各段相应重新编号。?$/u, /^(?:其余|其后)各段(?:相应)?重新编号。?$/u],
  read(skeleton, quotes) {
    const s = skeleton.trim().replace(/\s*[。；;.]$/, '');
    for (const [form, build] of FORMS) {
      const m = form.exec(s);
      if (!m) continue;
      const read = build(m.groups ?? {}, quotes);
      if (read) return read;
    }
    return null;
  },
  spacedWords: false,
};
