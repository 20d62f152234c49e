// Finding the resolution a text follows: the citations in its preamble, weighed with its title.
import type { Language, Resolution } from '../model/resolution.js';

type Body = 'GA' | 'HRC' | 'CHR' | 'other';

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

// Who a citation names, read backwards from it: the nearest body name wins.
const ZH_BODIES: [RegExp, Body | 'own'][] = [
  [/人权理事会|理事会/, 'HRC'],
  [/人权委员会/, 'CHR'],
  [/小组委员会/, 'other'],
  [/大会/, 'GA'],
  [/其/, 'own'],
];
const EN_BODIES: [RegExp, Body | 'own'][] = [
  [/Human Rights Council|Council/, 'HRC'],
  [/Commission on Human Rights|Commission/, 'CHR'],
  [/Sub-Commission/, 'other'],
  [/General Assembly|Assembly/, 'GA'],
  [/\bits\b/, 'own'],
];

function nearestBody(before: string, table: [RegExp, Body | 'own'][], own: Body): Body {
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
function namesTitle(text: string, title: string | null, language: Language): boolean {
  if (!title) return false;
  const squeeze = (s: string) =>
    language === 'zh' ? s.replace(/[的之\s]/g, '') : s.toLowerCase().replace(/\b(the|of|in|on|and)\b/g, '').replace(/\s+/g, ' ');
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
  for (const p of r.preamble) {
    const pattern = r.language === 'zh' ? /第(\d{1,4}\/\d{1,4})号(?:决议|决定)/g : /\bresolutions?\s+((?:\d{1,4}\/\d{1,4}(?:\s+of\s+\d{1,2}\s+\w+\s+\d{4})?(?:,\s*|\s+and\s+)?)+)/g;
    let lastEnd = 0;
    for (const m of p.text.matchAll(pattern)) {
      // The words between the previous citation and this one name its body and subject.
      const before = p.text.slice(lastEnd, m.index);
      const body = nearestBody(before.slice(-60), r.language === 'zh' ? ZH_BODIES : EN_BODIES, own);
      const numbers = r.language === 'zh' ? [m[1]!] : [...m[1]!.matchAll(/\d{1,4}\/\d{1,4}/g)].map((x) => x[0]);
      for (const number of numbers) {
        const symbol = symbolOf(body, number);
        if (symbol) {
          out.push({ symbol, body, paragraph: p.id, context: p.text.slice(Math.max(0, m.index - 40), m.index + m[0].length), onTitle: namesTitle(before.slice(-100), r.title, r.language) });
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
