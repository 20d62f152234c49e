// Layout removal for paragraph text: white space, CJK typeset spacing, half-width punctuation in Chinese.
// Layer: text, character-level helpers. Imports nothing of the project but model/ and util/.
import { CJK_CLASS, isCjkChar } from './cjk.js';
import { radicalsToIdeographs } from './radicals.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Control characters other than tab and line feed; NUL included.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * Cleans a whole input before parsing: one kind of line ending, no zero-width or control
 * characters, no byte-order mark, CJK radicals from PDF fonts read as the ideographs they
 * show. Offsets in the parse model refer to this cleaned text.
 */
export function cleanInput(raw: string): string {
  return radicalsToIdeographs(raw).normalize('NFC').replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').replace(CONTROL, '');
}

/**
 * Joins the lines of one paragraph the way a reader would: Chinese lines with nothing
 * between them, Latin lines with one space, a line-end hyphen kept and glued. In a Chinese
 * document a number broken over two lines is glued too.
 */
export function joinLines(lines: readonly string[], cjkDocument = false): string {
  // Parts go in an array: indexing into a long concatenated string would flatten it every line.
  const parts: string[] = [];
  let last = '';
  let beforeLast = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (parts.length > 0) {
      const first = line[0]!;
      const digits = cjkDocument && /\d/.test(last) && /\d/.test(first);
      const hyphen = last === '-' && /\p{L}/u.test(beforeLast);
      parts.push(isCjkChar(last) || isCjkChar(first) || digits || hyphen ? '' : ' ');
    }
    parts.push(line);
    last = line[line.length - 1]!;
    beforeLast = line.length > 1 ? line[line.length - 2]! : last;
  }
  return parts.join('');
}

const SPACE_BY_CJK = new RegExp(`(?<=[${CJK_CLASS}]) | (?=[${CJK_CLASS}])`, 'gu');
const HALF_BY_CJK = new RegExp(`(?<=[${CJK_CLASS}])[,;:!?]|[,;:!?](?=[${CJK_CLASS}])`, 'gu');

/**
 * Normalises paragraph text so that layout never counts as a change:
 * - every kind of white space (full-width, no-break, tabs, line breaks) becomes one space;
 * - spaces next to a CJK character are typesetting (`2013 年 12 月`) and are removed;
 * - a half-width , ; : ! ? touching a CJK character becomes full-width (old HTML pages used
 *   half-width commas in Chinese text; the printed documents use full-width ones).
 */
export function normalizeParagraphText(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(ANY_SPACE, ' ')
    .trim()
    .replace(SPACE_BY_CJK, '')
    .replace(HALF_BY_CJK, (ch) => HALF_TO_FULL[ch]!);
}
