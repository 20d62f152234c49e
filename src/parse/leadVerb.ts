// Lead-verb detection: the opener of a paragraph, by the rules of its language (src/lang/).
import type { LanguageRules } from '../lang/index.js';
import { rulesFor } from '../lang/index.js';
import type { LeadVerb } from '../lang/types.js';
import type { Language } from '../model/resolution.js';

export type { LeadVerb } from '../lang/types.js';

/** The lead verb of a paragraph's text by a language's rules, or null when it does not open with one. */
export function leadVerbOf(text: string, rules: LanguageRules): LeadVerb | null {
  return rules.detectLeadVerb(text.trimStart());
}

/**
 * The lead verb of a paragraph's text, or null when it does not open with one.
 *
 * @example detectLeadVerb('Bearing in mind that …', 'en') // { text: 'Bearing in mind', form: 'preambular' }
 * @example detectLeadVerb('又回顾2001年…', 'zh')         // { text: '又回顾', form: 'either' }
 */
export function detectLeadVerb(text: string, language: Language): LeadVerb | null {
  return leadVerbOf(text, rulesFor(language));
}

/** Lead verbs compare without case and surrounding space: "Recalling" and "recalling" are one verb. */
export function sameLeadVerb(a: string | null, b: string | null): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

/**
 * True when a line opens with a lead verb certain enough to start a paragraph even where
 * the line before does not end in punctuation (a cut-off text followed by a new paragraph).
 */
export function isStrongOpener(text: string, rules: LanguageRules): boolean {
  const verb = leadVerbOf(text, rules);
  return verb !== null && rules.isStrongOpener(verb);
}
