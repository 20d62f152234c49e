// Footnote marks inside the text: "1/" (old HTML), glued digits ("决议,1并", "Secretary-General1").
import type { Language } from '../model/resolution.js';

/** The next mark the document can cite: marks run 1, 2, 3 … in reading order. */
export interface MarkCounter {
  next: number;
}

export function noteMark(counter: MarkCounter, mark: number): void {
  counter.next = Math.max(counter.next, mark + 1);
}

const OLD_STYLE = /(?<!\s)\s+(\d{1,2})\/(?=[\s,.;:]|$)/g;
// A digit glued after a citation's end ("》2的", "号决议,1并"): a mark whatever its number.
const ZH_CITATION = /(?<=(?:》|号决议|”|）|\))[,，]?)(\d{1,2})(?![年月日号届次段条项章节个%％\d/.])(?=[\p{Script=Han}，。；、：“《]|$)/gu;
// A digit glued after closing punctuation or a word, followed by Chinese text or a break.
const ZH_GLUED = /(?<=[》”」』）)\],，;；、。:：A-Za-z])(\d{1,2})(?![年月日号届次段条项章节个%％\d/.])(?=[\p{Script=Han}，。；、：\s“《（(]|$)/gu;
const EN_GLUED = /(?<=[A-Za-z)\]”"’,;:])(\d{1,2})(?=[\s,.;:)]|$)|(?<=[A-Za-z]{6,}\.)(\d{1,2})(?=\s|$)/g;

/**
 * Removes footnote marks from one line and returns them in order. "1/" marks and digits
 * glued to the end of a citation are always marks; other glued digits only when they are
 * the next mark expected, so "Sub.2" or "第3项" stay text.
 */
export function extractInlineMarks(
  line: string,
  language: Language,
  counter: MarkCounter,
): { text: string; marks: number[] } {
  const marks: number[] = [];
  let text = line.replace(OLD_STYLE, (_all, digits: string) => {
    const mark = Number(digits);
    marks.push(mark);
    noteMark(counter, mark);
    return '';
  });
  if (language === 'zh') {
    text = text.replace(ZH_CITATION, (_all, digits: string) => {
      const mark = Number(digits);
      marks.push(mark);
      noteMark(counter, mark);
      return '';
    });
  }
  const glued = language === 'zh' ? ZH_GLUED : EN_GLUED;
  text = text.replace(glued, (all: string, a?: string, b?: string) => {
    const mark = Number(a ?? b);
    if (mark !== counter.next) return all;
    marks.push(mark);
    noteMark(counter, mark);
    return '';
  });
  return { text, marks };
}
