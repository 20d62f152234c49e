// Amendments written out in UN drafting style, in English or Chinese.
import type { ParagraphRef } from '../model/comparison.js';
import type { Section } from '../model/resolution.js';
import type { Amendment, AmendmentList, TextEdit } from '../insight/amendments.js';

const ONES = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];
const CARD = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "first", "twenty-second", "fortieth": ordinal words, as the UN numbers preambular paragraphs. */
export function ordinalWord(n: number): string {
  if (n < 20) return ONES[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const unit = n % 10;
    return unit === 0 ? `${TENS[tens]}ieth` : `${TENS[tens]}y-${ONES[unit]}`;
  }
  return `${n}th`;
}

/** 一, 十二, 二十三: Chinese numerals, as in 序言部分第四段. */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}

const position = (ref: ParagraphRef) => Number(ref.id.slice(2));

function nameEn(ref: ParagraphRef, capital = false): string {
  const s = ref.section === 'preamble' ? `the ${ordinalWord(position(ref))} preambular paragraph` : ref.number === null ? `the ${ordinalWord(position(ref))} operative paragraph` : `operative paragraph ${ref.number}`;
  return capital ? s.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase()) : s;
}

function nameZh(ref: ParagraphRef): string {
  return ref.section === 'preamble' ? `序言部分第${chineseNumber(position(ref))}段` : `执行部分第${ref.number ?? position(ref)}段`;
}

const partEn = (s: Section) => (s === 'preamble' ? 'the preamble' : 'the operative part');
const partZh = (s: Section) => (s === 'preamble' ? '序言部分' : '执行部分');
const kindEn = (s: Section) => (s === 'preamble' ? 'preambular' : 'operative');
const q = (s: string) => `"${s}"`;
const qz = (s: string) => `“${s}”`;
const COUNT_EN = ['', 'a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function editEn(e: TextEdit): string {
  switch (e.op) {
    case 'replace':
      return `replace ${q(e.find)} with ${q(e.with)}`;
    case 'delete':
      return `delete ${q(e.find)}`;
    case 'insertAfter':
      return `after ${q(e.anchor)}, insert ${q(e.text)}`;
    case 'insertBefore':
      return `before ${q(e.anchor)}, insert ${q(e.text)}`;
  }
}

function editZh(e: TextEdit): string {
  switch (e.op) {
    case 'replace':
      return `将${qz(e.find)}改为${qz(e.with)}`;
    case 'delete':
      return `删除${qz(e.find)}`;
    case 'insertAfter':
      return `在${qz(e.anchor)}之后插入${qz(e.text)}`;
    case 'insertBefore':
      return `在${qz(e.anchor)}之前插入${qz(e.text)}`;
  }
}

function lineEn(a: Amendment): string {
  switch (a.kind) {
    case 'edit':
      return `${a.target.section === 'operative' && a.target.number !== null ? `Operative paragraph ${a.target.number}` : nameEn(a.target, true)}: ${a.edits.map(editEn).join('; ')}`;
    case 'delete':
      return `Delete ${nameEn(a.target)}`;
    case 'insert': {
      const n = a.texts.length;
      const what = `${COUNT_EN[n] ?? n} new ${kindEn(a.section)} paragraph${n > 1 ? 's' : ''}`;
      const where = a.after ? `after ${nameEn(a.after)}` : `at the beginning of ${partEn(a.section)}`;
      return `Insert ${what} ${where}, reading: ${a.texts.map(q).join(' and ')}`;
    }
    case 'move': {
      const across = a.target.section !== a.section ? ` to ${partEn(a.section)},` : '';
      if (!a.after) return `Move ${nameEn(a.target)}${across} to the beginning of ${partEn(a.section)}`;
      const follow = a.after.section === a.target.section && a.target.section === 'preamble' ? `the ${ordinalWord(position(a.after))}` : nameEn(a.after);
      return `Move ${nameEn(a.target)}${across} to follow ${follow}`;
    }
  }
}

function lineZh(a: Amendment): string {
  switch (a.kind) {
    case 'edit':
      return `${nameZh(a.target)}：${a.edits.map(editZh).join('；')}`;
    case 'delete':
      return `删除${nameZh(a.target)}`;
    case 'insert': {
      const n = a.texts.length;
      const what = `新的${n === 1 ? '一' : n === 2 ? '两' : chineseNumber(n)}段`;
      const where = a.after ? `在${nameZh(a.after)}之后` : `在${partZh(a.section)}开头`;
      return `${where}插入${what}，内容如下：${a.texts.map(qz).join('')}`;
    }
    case 'move': {
      if (!a.after) return `将${nameZh(a.target)}移至${partZh(a.section)}开头`;
      const after = a.after.section === a.target.section ? nameZh(a.after).replace(partZh(a.after.section), '') : nameZh(a.after);
      return `将${nameZh(a.target)}移至${after}之后`;
    }
  }
}

/** The amendment list as numbered lines, in the document's language (Chinese for zh, else English). */
export function amendmentLines(list: AmendmentList): string[] {
  const zh = list.language === 'zh';
  const lines = list.amendments.map((a) => (zh ? lineZh(a) : lineEn(a)));
  if (list.renumber) lines.push(zh ? '执行部分各段相应重新编号。' : 'Renumber the operative paragraphs accordingly.');
  return lines;
}
