// Amendments written out in UN drafting style, in the language of the document (its rules word them).
import type { AmendmentList } from '../insight/amendments.js';
import { rulesFor } from '../lang/index.js';

export { ordinalWord } from '../lang/en.js';
export { chineseNumber } from '../lang/zh.js';

/** The amendment list as lines, in the document's language: its module words them. */
export function amendmentLines(list: AmendmentList): string[] {
  const rules = rulesFor(list.language);
  const lines = list.amendments.map((a) => rules.amendmentLine(a));
  if (list.renumber) lines.push(rules.renumberLine);
  return lines;
}

/**
 * The amendment list alone, as a delegate tables it: numbered lines in the document's language,
 * the renumbering line last; nothing when the texts are the same.
 *
 * @example amendmentListText(list) // "1. In operative paragraph 5, replace “invites” with “encourages”\n"
 */
export function amendmentListText(list: AmendmentList): string {
  return amendmentLines(list)
    .map((line, k) => `${k + 1}. ${line}\n`)
    .join('');
}
