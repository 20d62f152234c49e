// Display width in terminal columns: CJK and other wide characters take two.
import { eastAsianWidth } from 'get-east-asian-width';

/** Columns a string occupies in a terminal (ANSI escapes must be removed first). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Columns one character occupies: 0 for combining marks and format characters (bidi isolates, zero-width joiners), 2 for wide and full-width ones. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (/[\p{M}\p{Cf}]/u.test(ch)) return 0;
  return eastAsianWidth(cp);
}
