// Right-to-left words inside a left-to-right line: "تهيب → تحث" would be reordered by the Unicode
// bidirectional algorithm so that the arrow seems to point the wrong way. A first-strong isolate
// (U+2068 … U+2069, invisible) keeps each such piece apart, in terminals and browsers alike.

/** A character of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** `text` wrapped in a first-strong isolate when it holds right-to-left characters; else as it is. */
export function isolateRtl(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}
