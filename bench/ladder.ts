// The synthetic scale ladder: version pairs of n paragraphs a side built from the real paragraphs.
import type { Resolution } from '../src/model/resolution.js';
import { applyTextEdits, makeResolution, REAL_TEXTS } from '../test/helpers/arbitraries.js';
import { mulberry32 as rng } from './accuracy/rng.js';

/**
 * A synthetic version pair of n paragraphs a side, from the real Chinese paragraphs: each
 * paragraph is a real one with a citation that makes it unique ("见第A/1234号文件"); in each
 * section of the new side 2% of paragraphs are edited, 0.5% moved far, 0.5% removed and 0.5% added.
 * "pairs right" is the share of old paragraphs aligned as the generator's log says.
 */
export function ladderPair(n: number): { old: Resolution; new: Resolution; truth: Map<string, string | null> } {
  const random = rng(n);
  const pool = REAL_TEXTS.zh;
  // Preambular paragraphs end with "，" and operative ones with "；", as in the real texts.
  const unique = (k: number, end: string) => `${pool[k % pool.length]!.replace(/[，；。]$/, '')}，见第A/${1000 + k}号文件${end}`;
  const evolve = (texts: string[], first: number) => {
    const next = texts.map((text, k) => ({ text, from: k as number | null }));
    const pick = () => Math.floor(random() * next.length);
    const share = (x: number) => Math.ceil(texts.length * x);
    for (let k = 0; k < share(0.02); k++) {
      const at = pick();
      const edits = [
        { at: Math.floor(random() * 50), kind: 'replace', word: '各国' },
        { at: Math.floor(random() * 50), kind: 'insert', word: '进一步' },
      ];
      next[at] = { ...next[at]!, text: applyTextEdits(next[at]!.text, edits) };
    }
    for (let k = 0; k < share(0.005); k++) next.splice(pick(), 0, next.splice(pick(), 1)[0]!);
    for (let k = 0; k < share(0.005); k++) next.splice(pick(), 1);
    // Added paragraphs are real English ones: nothing on the old side resembles them, so the
    // truth is unambiguous (a Chinese copy would look like an edited old paragraph).
    const en = REAL_TEXTS.en;
    for (let k = 0; k < share(0.005); k++) next.splice(pick(), 0, { text: en[(first + k) % en.length]!.replace(/([,;.]?)$/, ` (A/${first + k})$1`), from: null });
    return next;
  };
  const cut = Math.floor(n / 3);
  const texts = Array.from({ length: n }, (_, k) => unique(k, k < cut ? '，' : '；'));
  const oldPre = texts.slice(0, cut);
  const oldOp = texts.slice(cut);
  const newPre = evolve(oldPre, 0);
  const newOp = evolve(oldOp, cut);
  const old = makeResolution('zh', oldPre, oldOp);
  const neu = makeResolution('zh', newPre.map((x) => x.text), newOp.map((x) => x.text));
  const truth = new Map<string, string | null>();
  for (const [prefix, olds, news] of [['pp', oldPre, newPre], ['op', oldOp, newOp]] as const) {
    olds.forEach((_t, k) => truth.set(`${prefix}${k + 1}`, null));
    news.forEach((x, k) => {
      if (x.from !== null) truth.set(`${prefix}${x.from + 1}`, `${prefix}${k + 1}`);
    });
  }
  return { old, new: neu, truth };
}

/** Writes a model out as raw text in the PDF-extraction layout: indented paragraph starts. */
export function rawText(r: Resolution): string {
  const lines = ['大会，', ...r.preamble.map((p) => ` ${p.text}`), ...r.operative.map((p) => ` ${p.number}. ${p.text}`)];
  return `${lines.join('\n\n')}\n`;
}

