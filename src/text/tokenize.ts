// Tokenisers: inline-diff tokens that cover a text exactly, and cheap similarity features.
import { isCjkChar } from './cjk.js';

// A word, with inner . / - ' kept so that "16/22", "A/CONF.157/24" and "high-level" stay whole.
const LATIN_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-/.][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;

let segmenter: Intl.Segmenter | undefined;
function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** Splits text into alternating runs of CJK and non-CJK characters. */
function scriptRuns(text: string): { cjk: boolean; text: string }[] {
  const runs: { cjk: boolean; text: string }[] = [];
  for (const ch of text) {
    const cjk = isCjkChar(ch);
    const last = runs[runs.length - 1];
    if (last && last.cjk === cjk) last.text += ch;
    else runs.push({ cjk, text: ch });
  }
  return runs;
}

/**
 * Inline-diff tokens. Latin text splits into words (with inner punctuation), single spaces
 * and single punctuation marks; CJK runs go through `Intl.Segmenter('zh', {granularity:'word'})`.
 * Joining the tokens gives back `text` exactly.
 */
export function diffTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of scriptRuns(text)) {
    if (run.cjk) {
      for (const s of zhSegmenter().segment(run.text)) tokens.push(s.segment);
    } else {
      for (const m of run.text.matchAll(LATIN_TOKEN)) tokens.push(m[0]);
    }
  }
  return tokens;
}

