// `npm run bench`: speed and memory of parse + diff, with a baseline measured in the same run.
//
// 1. The real pair: A/RES/68/160 (zh) against a derived variant (OP 3 deleted, so OPs 4-14
//    renumber, and a lead verb changed), parse + diff, median of many runs, against plain
//    jsdiff `diffWords` over the two whole texts (with the zh word segmenter).
// 2. A scale ladder of synthetic resolutions built from the real paragraphs: 100, 1,000 and
//    10,000 paragraphs a side, mostly similar, with scattered edits, moves, additions and
//    removals. Each rung runs in its own process so its peak memory (max RSS) is its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import { compareResolutions } from '../src/align/compareResolutions.js';
import { allParagraphs, type Resolution } from '../src/model/resolution.js';
import { parseResolution } from '../src/parse/parseResolution.js';
import { applyTextEdits, makeResolution, REAL_TEXTS } from '../test/helpers/arbitraries.js';
import { corpusText } from '../test/helpers/corpus.js';
import { VariantBuilder } from '../test/helpers/variants.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function sample(fn: () => void, runs: number, warmup = Math.min(20, runs)): number[] {
  for (let k = 0; k < warmup; k++) fn();
  const out: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same ladder. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic version pair of n paragraphs a side, from the real Chinese paragraphs: each
 * paragraph is a real one with a citation that makes it unique ("见第A/1234号文件"); in each
 * section of the new side 2% of paragraphs are edited, 0.5% moved far, 0.5% removed and 0.5% added.
 * "pairs right" is the share of old paragraphs aligned as the generator's log says.
 */
export function ladderPair(n: number): { old: Resolution; new: Resolution; truth: Map<string, string | null> } {
  const random = rng(n);
  const pool = REAL_TEXTS.zh;
  const unique = (k: number) => `${pool[k % pool.length]!.replace(/[，；。]$/, '')}，见第A/${1000 + k}号文件。`;
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
    for (let k = 0; k < share(0.005); k++) next.splice(pick(), 0, { text: `${en[(first + k) % en.length]} (A/${first + k})`, from: null });
    return next;
  };
  const cut = Math.floor(n / 3);
  const texts = Array.from({ length: n }, (_, k) => unique(k));
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

function rung(n: number): void {
  const pair = ladderPair(n);
  const runs = n <= 100 ? 30 : n <= 1000 ? 7 : 3;
  const times = sample(() => compareResolutions(pair.old, pair.new), runs, 1);
  const c = compareResolutions(pair.old, pair.new);
  let right = 0;
  for (const ch of c.changes) if (ch.old && pair.truth.get(ch.old.id) === (ch.new?.id ?? null)) right++;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ n, medianMs: median(times), maxRssMb, pairsRight: right / pair.truth.size, approximate: c.approximate, summary: c.summary }),
  );
}

function main(): void {
  const rungArg = process.argv.indexOf('--rung');
  if (rungArg >= 0) return rung(Number(process.argv[rungArg + 1]));

  console.log(`resdiff bench: node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);

  // 1. The real pair against a derived variant.
  const raw = corpusText('A-RES-68-160.zh.txt');
  const deleted = new VariantBuilder('A-RES-68-160.zh.txt').delete('op3').raw;
  const variant = new VariantBuilder('A-RES-68-160.zh.txt', deleted).changeLeadVerb('pp7', '着重指出').raw;
  const ours = sample(() => compareResolutions(parseResolution(raw), parseResolution(variant)), 300);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const base = sample(() => diffWords(raw, variant, { intlSegmenter: segmenter }), 300);
  const check = compareResolutions(parseResolution(raw), parseResolution(variant)).summary;
  console.log('Real pair: A/RES/68/160 (zh) -> derived variant (OP 3 deleted, OPs renumbered, PP7 lead verb changed)');
  console.log(`  result: ${JSON.stringify(check)}`);
  console.log(`  resdiff parse + diff     median ${fmt(median(ours))} ms  (p90 ${fmt(ours.sort((a, b) => a - b)[Math.floor(ours.length * 0.9)]!)} ms, ${ours.length} runs)`);
  console.log(`  baseline diffWords(zh)   median ${fmt(median(base))} ms  (whole texts, same run)`);
  console.log(`  ratio resdiff / baseline ${(median(ours) / median(base)).toFixed(2)}   target: real pair under 5 ms median\n`);

  const en = corpusText('A-HRC-RES-19-33.en.txt');
  const en2 = corpusText('A-HRC-RES-28-2.en.txt');
  const oursEn = sample(() => compareResolutions(parseResolution(en), parseResolution(en2)), 300);
  const baseEn = sample(() => diffWords(en, en2), 300);
  console.log('Real pair: A/HRC/RES/19/33 -> A/HRC/RES/28/2 (en)');
  console.log(`  resdiff parse + diff     median ${fmt(median(oursEn))} ms; baseline diffWords median ${fmt(median(baseEn))} ms; ratio ${(median(oursEn) / median(baseEn)).toFixed(2)}\n`);

  // 2. The scale ladder, one process a rung.
  console.log('Scale ladder: synthetic zh resolutions from the real paragraphs, n paragraphs a side');
  console.log('  (2% edited, 0.5% moved far, 0.5% removed, 0.5% added; diff only, parse excluded)');
  console.log('       n    median ms   max RSS MB   pairs right   time ratio to previous rung');
  const self = fileURLToPath(import.meta.url);
  let previous: number | null = null;
  for (const n of [100, 1000, 10000]) {
    const child = spawnSync(process.execPath, [self, '--rung', String(n)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`rung ${n} failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout) as { n: number; medianMs: number; maxRssMb: number; pairsRight: number; approximate: boolean };
    const ratio = previous === null ? '' : `${(r.medianMs / previous).toFixed(1)}x for 10x paragraphs`;
    console.log(`  ${String(n).padStart(6)}  ${fmt(r.medianMs).padStart(10)}  ${r.maxRssMb.toFixed(0).padStart(11)}  ${(r.pairsRight * 100).toFixed(1).padStart(11)}%   ${ratio}`);
    previous = r.medianMs;
  }
  console.log('\n  targets: 10,000 paragraphs a side under 2 s and under 300 MB; about 10x time per 10x paragraphs');
}

main();
