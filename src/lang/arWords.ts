// Arabic letter forms and ordinal words, shared by the language's rules (ar.ts) and its amendment
// grammar (arInstructions.ts), which imports them from here rather than from ar.ts.

/**
 * Tashkeel (harakat and tanwin U+064B-U+065F, superscript alef U+0670, the Quranic annotation marks
 * U+06D6-U+06ED) and tatweel (U+0640) out, Arabic-Indic and Persian digits as Latin: the form
 * openers are matched in, and the form two texts are compared in (`foldForCompare`).
 */
export function foldArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0640]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

const ORDINALS_F = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
/** "الأولى", "الثالثة", "الحادية عشرة": an ordinal after "الفقرة" (feminine). */
export function arabicOrdinal(n: number): string {
  if (n <= 10) return ORDINALS_F[n - 1]!;
  if (n === 11) return 'الحادية عشرة';
  if (n < 20) return `${ORDINALS_F[n - 11]!} عشرة`;
  return String(n);
}
