// Words as runs of letters, marks and numbers (\p{L}, \p{M}, \p{N}), found without the regular
// expressions that say so: V8 compiles each `[\p{L}\p{M}\p{N}]` of a pattern separately, and the
// tokenizer's and the similarity's patterns held three (about 5% of a bare node start, counted
// by `npm run bench -- --start`). One single-character pattern answers for characters past
// ASCII, each answer kept. The same tokens as the patterns they replace
// (test/text/words.test.ts checks them against those patterns).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const known = new Map<number, boolean>();

/** Whether code point `cp` is a letter, a mark or a number (`[\p{L}\p{M}\p{N}]`). */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  let word = known.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    known.set(cp, word);
  }
  return word;
}

/** Whether UTF-16 unit `c` is white space as `\s` says (white space and line terminators). */
export function isSpaceUnit(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Where the run of word code points starting at `i` ends. */
function endOfWord(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordCodePoint(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Joiners inside a word: ' ’ - / . ("16/22", "A/CONF.157/24", "high-level", "don't"). */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2f || c === 0x2e;

/**
 * Appends the tokens of `text` to `out`: the matches of
 * `/[\p{L}\p{M}\p{N}]+(?:['’\-/.][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu` (a word with inner joiners, a run
 * of white space, or any one other character), which cover the text exactly.
 */
export function latinTokens(text: string, out: string[]): void {
  let i = 0;
  while (i < text.length) {
    const start = i;
    const cp = text.codePointAt(i)!;
    if (isWordCodePoint(cp)) {
      i = endOfWord(text, i);
      while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && isWordCodePoint(text.codePointAt(i + 1)!)) i = endOfWord(text, i + 1);
    } else if (isSpaceUnit(cp)) {
      do i++;
      while (i < text.length && isSpaceUnit(text.charCodeAt(i)));
    } else {
      i += cp > 0xffff ? 2 : 1;
    }
    out.push(text.slice(start, i));
  }
}

/** The runs of word code points of `text`: the matches of `/[\p{L}\p{M}\p{N}]+/gu`. */
export function wordRuns(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (isWordCodePoint(cp)) {
      const end = endOfWord(text, i);
      words.push(text.slice(i, end));
      i = end;
    } else {
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return words;
}
