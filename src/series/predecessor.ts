// Finding the resolution a text follows: the citations in its preamble, weighed with its title.
import { rulesFor, type LanguageRules } from '../lang/index.js';
import type { CitedBody } from '../lang/types.js';
import type { Language, Resolution } from '../model/resolution.js';

type Body = CitedBody;

/** One resolution cited in a preambular paragraph. */
export interface Citation {
  symbol: string;
  body: Body;
  /** The paragraph that cites it ("pp2"). */
  paragraph: string;
  /** The words around the citation, for the reader. */
  context: string;
  /** Whether the words before it name the document's own subject (its title). */
  onTitle: boolean;
}

export interface Predecessor {
  symbol: string;
  language: Language;
  /** Why: which paragraph cites it, and how. */
  evidence: string;
  citation: Citation;
}

function bodyOfSymbol(symbol: string | null): Body {
  if (!symbol) return 'other';
  if (/^A\/RES\//.test(symbol)) return 'GA';
  if (/^A\/HRC\//.test(symbol)) return 'HRC';
  if (/^E\/CN\.4\//.test(symbol)) return 'CHR';
  return 'other';
}

function symbolOf(body: Body, number: string): string | null {
  switch (body) {
    case 'GA':
      return `A/RES/${number}`;
    case 'HRC':
      return `A/HRC/RES/${number}`;
    case 'CHR':
      return `E/CN.4/RES/${number}`;
    default:
      return null;
  }
}

const sessionOf = (symbol: string) => Number(/(\d+)\/\d+$/.exec(symbol)?.[1] ?? Number.NaN);

// Who a citation names is read backwards from it (LanguageRules.citations.bodies).
function nearestBody(before: string, table: readonly (readonly [RegExp, Body | 'own'])[], own: Body): Body {
  let best: { at: number; body: Body } | null = null;
  for (const [re, body] of table) {
    const global = new RegExp(re.source, 'g');
    for (const m of before.matchAll(global)) {
      const at = m.index + m[0].length;
      if (!best || at > best.at || (at === best.at && m[0].length > 2)) best = { at, body: body === 'own' ? own : body };
    }
  }
  return best?.body ?? 'other';
}

/** Character-pair overlap of a title with some words, ignoring 的/of/the: does the text name the subject? */
function namesTitle(text: string, title: string | null, rules: LanguageRules): boolean {
  if (!title) return false;
  const squeeze = rules.citations.squeeze;
  const t = squeeze(title);
  const pairs = (s: string) => new Set([...s].slice(0, -1).map((c, k) => c + [...s][k + 1]));
  const tp = pairs(t);
  const hp = pairs(squeeze(text));
  let shared = 0;
  for (const p of tp) if (hp.has(p)) shared++;
  return tp.size > 0 && shared / tp.size >= 0.6;
}

/** Every resolution its preambular paragraphs cite, with the body that adopted it. */
export function citations(r: Resolution): Citation[] {
  const own = bodyOfSymbol(r.symbol) === 'other' ? (r.body === 'Human Rights Council' ? 'HRC' : 'GA') : bodyOfSymbol(r.symbol);
  const out: Citation[] = [];
  const rules = rulesFor(r.language);
  const { pattern, bodies } = rules.citations;
  for (const p of r.preamble) {
    let lastEnd = 0;
    for (const m of p.text.matchAll(pattern)) {
      // The words between the previous citation and this one name its body and subject.
      const before = p.text.slice(lastEnd, m.index);
      const body = nearestBody(before.slice(-60), bodies, own);
      const numbers = rules.citations.numbers(m);
      for (const number of numbers) {
        const symbol = symbolOf(body, number);
        if (symbol) {
          out.push({ symbol, body, paragraph: p.id, context: p.text.slice(Math.max(0, m.index - 40), m.index + m[0].length), onTitle: namesTitle(before.slice(-100), r.title, rules) });
        }
      }
      lastEnd = m.index + m[0].length;
    }
  }
  return out;
}

/**
 * The resolution this one follows: among the resolutions of the same body cited in the
 * preamble from an earlier session, the one cited on the document's own subject, else the
 * most recent.
 *
 * @example findPredecessor(parse('A/RES/68/160')) // { symbol: 'A/RES/67/169', … }
 */
export function findPredecessor(r: Resolution): Predecessor | null {
  if (!r.symbol) return null;
  const own = bodyOfSymbol(r.symbol);
  const session = sessionOf(r.symbol);
  const candidates = citations(r).filter((c) => c.body === own && c.symbol !== r.symbol && !(sessionOf(c.symbol) > session));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => Number(b.onTitle) - Number(a.onTitle) || sessionOf(b.symbol) - sessionOf(a.symbol));
  const best = candidates[0]!;
  const label = best.paragraph.replace(/^pp/, 'PP');
  return {
    symbol: best.symbol,
    language: r.language,
    citation: best,
    evidence: `${label} cites it${best.onTitle ? ' on the same subject' : ''}: "…${best.context}"`,
  };
}
