// Footnote marks inside the text: "1/" (old HTML), glued digits ("决议,1并", "Secretary-General1");
// the glued forms are the language's (LanguageRules.footnoteMarks).
import type { LanguageRules } from '../lang/index.js';

/** The next mark the document can cite: marks run 1, 2, 3 … in reading order. */
export interface MarkCounter {
  next: number;
}

export function noteMark(counter: MarkCounter, mark: number): void {
  counter.next = Math.max(counter.next, mark + 1);
}

const OLD_STYLE = /(?<!\s)\s+(\d{1,2})\/(?=[\s,.;:]|$)/g;

/**
 * Removes footnote marks from one line and returns them in order. "1/" marks and digits
 * glued to the end of a citation are always marks; other glued digits only when they are
 * the next mark expected, so "Sub.2" or "第3项" stay text.
 */
export function extractInlineMarks(
  line: string,
  rules: LanguageRules,
  counter: MarkCounter,
): { text: string; marks: number[] } {
  const marks: number[] = [];
  let text = line.replace(OLD_STYLE, (_all, digits: string) => {
    const mark = Number(digits);
    marks.push(mark);
    noteMark(counter, mark);
    return '';
  });
  const { afterCitation, glued } = rules.footnoteMarks;
  if (afterCitation) {
    text = text.replace(afterCitation, (_all, digits: string) => {
      const mark = Number(digits);
      marks.push(mark);
      noteMark(counter, mark);
      return '';
    });
  }
  text = text.replace(glued, (all: string, a?: string, b?: string) => {
    const mark = Number(a ?? b);
    if (mark !== counter.next) return all;
    marks.push(mark);
    noteMark(counter, mark);
    return '';
  });
  return { text, marks };
}
