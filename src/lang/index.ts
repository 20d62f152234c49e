// The languages resdiff reads: one `LanguageRules` module per language, chosen once by `rulesFor`.
// Layer: lang, between the stages and the text helpers. Imports text/ and model/ only; parse/,
// insight/, align/, series/, source/, wording/ and render/ import it. Nothing outside this folder
// branches on a language code (test/house/languages.test.ts).
//
// Adding a language: write its module (implementing LanguageRules, with the source of each list),
// put it in RULES, and add its tests.
import { LANGUAGES, type Language } from '../model/resolution.js';
import { en } from './en.js';
import { ar } from './ar.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import type { BodyOpening, LanguageRules } from './types.js';
import { zh } from './zh.js';

export type { LanguageRules } from './types.js';
export { detectLanguage } from './detect.js';

const RULES: Record<Language, LanguageRules> = { en, zh, fr, es, ru, ar };

/**
 * The rules of a language: each of the six UN languages has its module.
 *
 * @example rulesFor('zh').detectLeadVerb('又回顾2001年…') // { text: '又回顾', form: 'either' }
 */
export function rulesFor(language: Language): LanguageRules {
  return RULES[language];
}

/**
 * Every language's rules, in the order a text's openings, closings and page furniture are
 * looked for: these are recognised in any language whatever the text's own (a Chinese PDF
 * carries English furniture), English first and Chinese last, as before the seam.
 */
export const EVERY_LANGUAGE: readonly LanguageRules[] = [en, fr, es, ru, ar, zh];

/** The body openings texts are read for ("The General Assembly", "大会"), in every language. */
export const READ_OPENINGS: readonly (BodyOpening & { pattern: RegExp })[] = EVERY_LANGUAGE.flatMap((r) => r.bodies.filter((b): b is BodyOpening & { pattern: RegExp } => b.pattern !== null));

/** The languages with a module of their own (`supported`), in the order of LANGUAGES. */
export const SUPPORTED_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => RULES[l].supported);
