// Pathological inputs for the engine's bounds: test fixtures derived from the real corpus texts
// (never stand-ins for real resolutions). Used by test/align/pathological.test.ts (results) and
// by `npm run bench` (time and memory).
import { allParagraphs } from '../../src/model/resolution.js';
import { corpusText, CORPUS_FILES, parseCorpus } from './corpus.js';

/** A small seeded generator (mulberry32), so every fixture is the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const paragraphs = (language: 'zh' | 'en') =>
  CORPUS_FILES.map((f) => parseCorpus(f))
    .filter((r) => r.language === language)
    // A partial text's last paragraph is cut off ("促请所有会"): too few words to shuffle into
    // something unrelated, so it is no paragraph to build from.
    .flatMap((r) => allParagraphs(r).slice(0, r.complete ? undefined : -1).map((p) => ({ text: p.text, leadVerb: p.leadVerb })));

/**
 * A text of about `bytes` UTF-8 bytes whose paragraphs are real corpus paragraphs with their
 * words (Chinese: characters) shuffled behind the lead verb: resolution-shaped, meaningless, and
 * unrelated to any other text made with another seed. A third preambular, the rest numbered.
 */
export function shuffledText(language: 'zh' | 'en', bytes: number, seed: number): string {
  const pool = paragraphs(language);
  const random = seeded(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = pool[Math.floor(random() * pool.length)]!;
    const lead = p.leadVerb && p.text.startsWith(p.leadVerb) ? p.leadVerb : '';
    const rest = p.text.slice(lead.length);
    const units = language === 'zh' ? [...rest] : rest.split(' ');
    for (let k = units.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [units[k], units[j]] = [units[j]!, units[k]!];
    }
    const text = lead + (language === 'zh' ? units.join('') : units.join(' '));
    out.push(text);
    size += Buffer.byteLength(text) + 4;
  }
  const preambular = Math.ceil(out.length / 3);
  const opening = language === 'zh' ? '大会，' : 'The General Assembly,';
  return [opening, ...out.map((t, k) => (k < preambular ? t : `${k - preambular + 1}. ${t}`))].join('\n');
}

/** A corpus text with every line break and space removed, repeated to about `bytes` bytes: one line. */
export function singleLine(bytes: number): string {
  const text = corpusText('A-RES-68-160.zh.txt').replace(/\s+/g, '');
  return text.repeat(Math.ceil(bytes / Buffer.byteLength(text)));
}

/** `n` numbered operative paragraphs, each the first words of a real paragraph (so many repeat). */
export function manyParagraphs(n: number): string {
  const pool = paragraphs('zh').map((p) => p.text.slice(0, 12));
  const lines = ['大会，'];
  for (let k = 1; k <= n; k++) lines.push(`${k}. ${pool[k % pool.length]}；`);
  return lines.join('\n');
}

/** An English corpus text with a footnote mark after every comma, repeated until it holds `n` marks. */
export function manyFootnoteMarks(n: number): string {
  const raw = corpusText('A-HRC-RES-19-33.en.txt');
  const lines = raw.split('\n');
  const opening = lines.findIndex((l) => l.trim() === 'The Human Rights Council,');
  const head = lines.slice(0, opening + 1).join('\n');
  let mark = 0;
  const body = () => lines.slice(opening + 1).join('\n').replace(/,(?=\s)/g, () => `${(mark++ % 9) + 1},`);
  let text = head;
  while (mark < n) text += `\n${body()}`;
  return text;
}
