// Character classes for Chinese (and other CJK) text: what counts as CJK for spacing and tokenising.

const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u3200-\u32ff\u31c0-\u31ef]/u;

/** True for Han ideographs, kana, hangul, CJK punctuation (，。《》、) and full-width forms. */
export function isCjkChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && CJK_CHAR.test(char);
}

/** True for Han ideographs only. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && /\p{Script=Han}/u.test(char);
}

/** Fraction of letters in `text` that are Han ideographs (0 when there are no letters). */
export function hanRatio(text: string): number {
  let han = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      letters++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  return letters === 0 ? 0 : han / letters;
}
