// Which language a text is in, from its script and its commonest little words.
import type { Language } from '../model/resolution.js';
import { hanRatio } from '../text/cjk.js';

/** Detects the language from the script: Han -> zh, Arabic -> ar, Cyrillic -> ru, else a Latin language. */
export function detectLanguage(text: string): Language {
  if (hanRatio(text) > 0.3) return 'zh';
  const sample = text.slice(0, 5000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const share = (re: RegExp) => sample.replace(re, '').length / (sample.replace(/\P{L}+/gu, '').length || 1);
  if (share(/\P{Script=Arabic}+/gu) > 0.3) return 'ar';
  if (share(/\P{Script=Cyrillic}+/gu) > 0.3) return 'ru';
  const fr = count(/\b(?:les|des|du|la|et|à|l’|l')\b/giu);
  const es = count(/\b(?:los|las|del|el|y|la)\b/giu);
  const en = count(/\b(?:the|of|and|to|in)\b/gi);
  if (fr > en && fr > es) return 'fr';
  if (es > en && es > fr) return 'es';
  return 'en';
}
