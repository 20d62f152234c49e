// The engine is deterministic: the same pair gives the same comparison on an idle machine and on
// one whose cores are all busy. A time limit inside the engine broke this (a long paragraph came
// out approximate under load and exact otherwise); the work cap that replaced it counts steps.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { editCap, DEFAULT_INLINE_OPTIONS, inlineDiff } from '../../src/align/inlineDiff.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { renderJson, diffOutput } from '../../src/render/json.js';
import { corpusText } from '../helpers/corpus.js';
import { shuffledText } from '../helpers/pathological.js';

/** One busy-looping process per core, stopped after the test. */
function cpuHog(): ChildProcess[] {
  return Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

let hogs: ChildProcess[] = [];
afterEach(() => {
  for (const h of hogs) h.kill('SIGKILL');
  hogs = [];
});

// A pair whose paragraphs are long and much edited: the case a time limit cut short under load.
// Derived fixture: two different shuffles of corpus paragraphs, the second with the first's
// paragraphs run together, so long paragraphs are paired and diffed word by word.
function longPair() {
  const a = shuffledText('en', 60_000, 11);
  const b = shuffledText('en', 60_000, 12);
  const glue = (t: string) => t.replace(/;\n\n(?=\d+\. )/g, '; ');
  return { a: parseResolution(glue(a)), b: parseResolution(glue(b)) };
}

describe('determinism', () => {
  it('gives the same comparison of a long pair idle and with every core busy', async () => {
    const { a, b } = longPair();
    const idle = renderJson(diffOutput(compareResolutions(a, b)));
    hogs = cpuHog();
    await new Promise((r) => setTimeout(r, 300));
    const busy = renderJson(diffOutput(compareResolutions(a, b)));
    const real = renderJson(diffOutput(compareResolutions(parseResolution(corpusText('A-RES-55-109.zh.txt')), parseResolution(corpusText('A-RES-68-160.zh.txt')))));
    const realBusy = renderJson(diffOutput(compareResolutions(parseResolution(corpusText('A-RES-55-109.zh.txt')), parseResolution(corpusText('A-RES-68-160.zh.txt')))));
    expect(busy).toBe(idle);
    expect(realBusy).toBe(real);
  }, 120_000);

  it('caps the word diff by counted work: the edit cap shrinks as paragraphs grow', () => {
    expect(editCap(100, DEFAULT_INLINE_OPTIONS)).toBe(DEFAULT_INLINE_OPTIONS.maxEditLength);
    expect(editCap(1_000_000, DEFAULT_INLINE_OPTIONS)).toBe(20);
    // Two unrelated long paragraphs: past the cap the result says it is approximate, every time.
    const words = (seed: number) => Array.from({ length: 30_000 }, (_, k) => `w${(k * seed) % 9973}`).join(' ');
    const first = inlineDiff(words(7), words(13));
    const second = inlineDiff(words(7), words(13));
    expect(first.approximate).toBe(true);
    expect(second).toEqual(first);
  }, 60_000);
});
