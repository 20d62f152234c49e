// Lead-verb detection: the opener of a paragraph, and whether it reads as preambular or operative.
import type { Language } from '../model/resolution.js';
import {
  EN_ADVERBS,
  EN_CONTINUATIONS,
  EN_OPERATIVE_VERBS,
  EN_PARTICLES,
  EN_PREAMBULAR_ADJECTIVES,
  EN_STRONG_OPENERS,
  ZH_LEAD_VERBS,
  ZH_OPERATIVE_ONLY,
  ZH_PREFIXES,
} from './leadVerbs.js';

/** A detected opener and the section its grammatical form belongs to. */
export interface LeadVerb {
  text: string;
  form: 'preambular' | 'operative' | 'either';
}

const ZH_SORTED = [...ZH_LEAD_VERBS].sort((a, b) => b.length - a.length);
const ZH_GUIDED_BY = /^以.{1,40}?为指导/u;

function detectZh(text: string): LeadVerb | null {
  const guided = ZH_GUIDED_BY.exec(text);
  if (guided) return { text: '以…为指导', form: 'preambular' };
  for (const prefix of ['', ...ZH_PREFIXES]) {
    if (!text.startsWith(prefix)) continue;
    const rest = text.slice(prefix.length);
    const verb = ZH_SORTED.find((v) => rest.startsWith(v));
    if (verb) {
      return { text: prefix + verb, form: ZH_OPERATIVE_ONLY.has(verb) ? 'operative' : 'either' };
    }
  }
  return null;
}

const WORD_SPLIT = /[\s,;:，；]+/;

function matchContinuation(words: string[], from: number): number {
  for (const cont of EN_CONTINUATIONS) {
    if (cont.every((w, k) => words[from + k]?.toLowerCase() === w)) return cont.length;
  }
  return 0;
}

function isCapitalised(word: string | undefined): word is string {
  return word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word);
}

function detectEn(text: string): LeadVerb | null {
  const words = text.slice(0, 160).split(WORD_SPLIT).filter(Boolean);
  let i = 0;
  const taken: string[] = [];
  // "Once again", "Also", "Deeply": adverbs that belong to the verb.
  while (i < 2 && isCapitalised(words[i]) && EN_ADVERBS.has(words[i]!)) {
    taken.push(words[i]!);
    if (words[i] === 'Once' && words[i + 1] === 'again') taken.push(words[++i]!);
    i++;
  }
  const head = words[i];
  if (head === undefined) return null;
  const main = taken.length > 0 ? head[0]!.toUpperCase() + head.slice(1) : head;
  if (!isCapitalised(main)) return null;

  let form: LeadVerb['form'] | null = null;
  if (main === 'Having' && words[i + 1] && /^\p{Ll}+(ed|en)$/u.test(words[i + 1]!)) {
    taken.push(head, words[i + 1]!);
    i += 2;
    form = 'preambular';
  } else {
    if (/ing$/.test(main) && main.length > 4) form = 'preambular';
    else if (EN_PREAMBULAR_ADJECTIVES.has(main)) form = 'preambular';
    else if (EN_OPERATIVE_VERBS.has(main)) form = 'operative';
    else if (taken.length > 0 && /(ed|ing)$/.test(main)) form = 'preambular';
    else if (taken.length > 0 && /s$/.test(main)) form = 'operative';
    if (form === null) return null;
    taken.push(head);
    i++;
    const particle = EN_PARTICLES[main];
    if (particle && words[i] === particle) {
      taken.push(particle);
      i++;
    }
  }
  const cont = matchContinuation(words, i);
  taken.push(...words.slice(i, i + cont));
  return { text: taken.join(' '), form };
}

/**
 * The lead verb of a paragraph's text, or null when it does not open with one.
 *
 * @example detectLeadVerb('Bearing in mind that …', 'en') // { text: 'Bearing in mind', form: 'preambular' }
 * @example detectLeadVerb('又回顾2001年…', 'zh')         // { text: '又回顾', form: 'either' }
 */
export function detectLeadVerb(text: string, language: Language): LeadVerb | null {
  const t = text.trimStart();
  if (language === 'zh') return detectZh(t);
  if (language === 'en') return detectEn(t);
  // Other languages: the first word, when the paragraph opens with a capitalised word.
  const first = /^(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(t);
  return first ? { text: first[1]!, form: 'either' } : null;
}

/** Lead verbs compare without case and surrounding space: "Recalling" and "recalling" are one verb. */
export function sameLeadVerb(a: string | null, b: string | null): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

/**
 * True when a line opens with a lead verb certain enough to start a paragraph even where
 * the line before does not end in punctuation (a cut-off text followed by a new paragraph).
 */
export function isStrongOpener(text: string, language: Language): boolean {
  const verb = detectLeadVerb(text, language);
  if (verb === null) return false;
  if (language !== 'en') return true;
  return EN_STRONG_OPENERS.has(verb.text.split(' ')[0]!);
}
