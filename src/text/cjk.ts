// Character classes for Chinese (and other CJK) text: what counts as CJK for spacing and tokenising.

/** The letters of CJK scripts, as the body of a regular-expression character class (with the u flag). */
export const CJK_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';

/**
 * Everything CJK for spacing and tokenising: the letters, CJK punctuation (，。《》、), full-width
 * forms, enclosed CJK and strokes. The one definition: other modules build their patterns on it.
 */
export const CJK_CLASS = `${CJK_LETTERS}\\u3000-\\u303f\\uff00-\\uffef\\u3200-\\u32ff\\u31c0-\\u31ef`;

const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u');

/** True for Han ideographs, kana, hangul, CJK punctuation (，。《》、) and full-width forms. */
export function isCjkChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && CJK_CHAR.test(char);
}

/**
 * Fraction of the letters in `text` (its first 50,000 characters) that are Han ideographs.
 * Counts by code-point ranges in one pass: it runs on every input, so it must be cheap.
 */
export function hanRatio(text: string): number {
  const end = Math.min(text.length, 50_000);
  let han = 0;
  let other = 0;
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x6ff)) other++;
  }
  return han + other === 0 ? 0 : han / (han + other);
}
