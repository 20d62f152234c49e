// `npm run bench`: speed and memory of parse + diff, with a baseline measured in the same run.
//
// 1. The real pair: A/RES/68/160 (zh) against a derived variant (OP 3 deleted, so OPs 4-14
//    renumber, and a lead verb changed), parse + diff, median of many runs, against plain
//    jsdiff `diffWords` over the two whole texts (with the zh word segmenter).
// 2. A scale ladder of synthetic resolutions built from the real paragraphs: 100, 1,000 and
//    10,000 paragraphs a side, mostly similar, with scattered edits, moves, additions and
//    removals. Each rung runs in its own process so its peak memory (max RSS) is its own.
// 3. Pathological inputs, each in its own process (time, peak memory, what came out).
// 4. Batch: 200 derived pairs on 1 and on 2 worker threads, where the CPU time went, the same
//    with V8 flags that move its helper threads' work, and the machine's own ceiling for
//    two threads. `npm run bench -- --batch` runs this section alone.
// 1b. The compilation text (issue 13): 10 derived proposals to A/RES/68/160 compiled, against one
//    comparison of A/RES/68/160 with one of them, both on parsed texts, interleaved in one run.
// 5. `npm run bench -- --start` alone: the cost of starting the CLI and the server (bench/start.ts).
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PairJob } from '../src/batch/pairs.js';
import { runBatch } from '../src/batch/runBatch.js';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import { compareResolutions } from '../src/align/compareResolutions.js';
import { parseResolution } from '../src/parse/parseResolution.js';
import { corpusText } from '../test/helpers/corpus.js';
import { spacingRows } from './spacing.js';
import { VariantBuilder } from '../test/helpers/variants.js';
import { ladderPair, rawText } from './ladder.js';
import { manyFootnoteMarks, manyParagraphs, shuffledText, singleLine } from '../test/helpers/pathological.js';
import { keptShare } from '../src/wording/labels.js';
import { ResdiffError } from '../src/model/errors.js';
import { compile } from '../src/compile/index.js';
import { deriveProposal, type DerivedEdit } from '../test/compile/derived.js';
import { threadCpuMs } from './proc.js';
import { startCost } from './start.js';

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

function rung(n: number): void {
  const pair = ladderPair(n);
  const runs = n <= 100 ? 30 : n <= 1000 ? 7 : 3;
  const oldRaw = rawText(pair.old);
  const newRaw = rawText(pair.new);
  const full = sample(() => compareResolutions(parseResolution(oldRaw), parseResolution(newRaw)), runs, 1);
  const times = sample(() => compareResolutions(pair.old, pair.new), runs, 1);
  const c = compareResolutions(parseResolution(oldRaw), parseResolution(newRaw));
  let right = 0;
  for (const ch of c.changes) if (ch.old && pair.truth.get(ch.old.id) === (ch.new?.id ?? null)) right++;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ n, fullMs: median(full), medianMs: median(times), maxRssMb, pairsRight: right / pair.truth.size, approximate: c.approximate, summary: c.summary }),
  );
}

/** The pathological inputs, each in its own process: what happened, how long, how much memory. */
const PATHOLOGICAL: Record<string, { what: string; make: () => [string, string] }> = {
  'unrelated-zh': { what: 'two unrelated 1 MB texts (zh)', make: () => [shuffledText('zh', 1_000_000, 1), shuffledText('zh', 1_000_000, 2)] },
  'unrelated-en': { what: 'two unrelated 1 MB texts (en)', make: () => [shuffledText('en', 1_000_000, 1), shuffledText('en', 1_000_000, 2)] },
  'single-line': { what: 'a 10 MB file on one line', make: () => { const t = singleLine(10_000_000); return [t, t.replace('重申', '确认')]; } },
  'paragraphs': { what: '100,000 short paragraphs, one changed', make: () => { const t = manyParagraphs(100_000); return [t, t.replace('\n50000. ', '\n50000. 又')]; } },
  'marks': { what: '10,000 footnote marks, one word changed', make: () => { const t = manyFootnoteMarks(10_000); return [t, t.replace('Reaffirming', 'Reaffirms')]; } },
};

function pathological(name: string): void {
  const [a, b] = PATHOLOGICAL[name]!.make();
  const t = performance.now();
  let outcome: string;
  try {
    const c = compareResolutions(parseResolution(a), parseResolution(b));
    const s = c.summary;
    outcome = `${s.unchanged} unchanged, ${s.modified} modified, ${s.added} added, ${s.removed} removed, ${s.moved} moved; ${Math.round(keptShare(c) * 100)}% kept${c.approximate ? '; work cap reached (said so)' : ''}`;
  } catch (e) {
    if (!(e instanceof ResdiffError)) throw e;
    outcome = `refused (${e.code}): ${e.message.slice(0, 70)}…`;
  }
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: Buffer.byteLength(a), outcome }));
}

/** Ten derived proposals to A/RES/68/160: words of its own cut out, paragraphs deleted, added, moved. */
const COMPILE_EDITS: DerivedEdit[][] = [
  [{ op: 'cutAt', id: 'op4', from: 0.1, to: 0.3 }, { op: 'delete', id: 'op12' }, { op: 'cutAt', id: 'pp3', from: 0.5, to: 0.7 }],
  [{ op: 'cutAt', id: 'op4', from: 0.2, to: 0.4 }],
  [{ op: 'cutAt', id: 'op9', from: 0.6, to: 0.95 }, { op: 'insertAfter', id: 'pp8' }],
  [{ op: 'cutAt', id: 'op9', from: 0.6, to: 0.95 }],
  [{ op: 'delete', id: 'pp5' }, { op: 'cutAt', id: 'op13', from: 0.3, to: 0.5 }],
  [{ op: 'insertAfter', id: 'op6' }],
  [{ op: 'moveAfter', id: 'op2', after: 'op8' }],
  [{ op: 'cutAt', id: 'op8', from: 0.4, to: 0.8 }, { op: 'cutAt', id: 'op10', from: 0.1, to: 0.2 }],
  [{ op: 'delete', id: 'op3' }, { op: 'cutAt', id: 'pp1', from: 0.2, to: 0.5 }],
  [{ op: 'cutAt', id: 'op1', from: 0.3, to: 0.6 }, { op: 'cutAt', id: 'op7', from: 0.2, to: 0.4 }],
];

function compilationRow(): void {
  const file = 'A-RES-68-160.zh.txt';
  const base = parseResolution(corpusText(file));
  const proposals = COMPILE_EDITS.map((edits, k) => ({ label: `D${k + 1}`, text: deriveProposal(file, edits).resolution }));
  const one = proposals[0]!.text;
  for (let k = 0; k < 20; k++) {
    compile(base, proposals);
    compareResolutions(base, one);
  }
  // Interleaved, so that a busy moment of the shared machine falls on both.
  const compiled: number[] = [];
  const compared: number[] = [];
  for (let k = 0; k < 150; k++) {
    let t = performance.now();
    compile(base, proposals);
    compiled.push(performance.now() - t);
    t = performance.now();
    compareResolutions(base, one);
    compared.push(performance.now() - t);
  }
  const c = compile(base, proposals).counts;
  console.log('Compilation: 10 derived proposals to A/RES/68/160 (zh), parsed, against one comparison of A/RES/68/160 with the first of them');
  console.log(`  result: ${c.paragraphsTouched} paragraphs touched, ${c.newParagraphs} new, ${c.collisions} collision${c.collisions === 1 ? '' : 's'}`);
  console.log(`  compile 10 proposals     median ${fmt(median(compiled))} ms;  one comparison median ${fmt(median(compared))} ms  (${compiled.length} runs each, interleaved)`);
  console.log(`  ratio compile / comparison ${(median(compiled) / median(compared)).toFixed(2)}   target: at most 3\n`);
}

async function main(): Promise<void> {
  const rungArg = process.argv.indexOf('--rung');
  if (rungArg >= 0) return rung(Number(process.argv[rungArg + 1]));
  if (process.argv.includes('--batch-times')) return void console.log(JSON.stringify(await batchTimes()));
  const pathArg = process.argv.indexOf('--pathological');
  if (pathArg >= 0) return pathological(process.argv[pathArg + 1]!);

  console.log(`resdiff bench: node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  // `npm run bench -- --batch`: the batch section alone.
  if (process.argv.includes('--batch')) return batch();
  if (process.argv.includes('--start')) return startCost();

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

  compilationRow();
  spacingRows();

  const en = corpusText('A-HRC-RES-19-33.en.txt');
  const en2 = corpusText('A-HRC-RES-28-2.en.txt');
  const oursEn = sample(() => compareResolutions(parseResolution(en), parseResolution(en2)), 300);
  const baseEn = sample(() => diffWords(en, en2), 300);
  console.log('Real pair: A/HRC/RES/19/33 -> A/HRC/RES/28/2 (en)');
  console.log(`  resdiff parse + diff     median ${fmt(median(oursEn))} ms; baseline diffWords median ${fmt(median(baseEn))} ms; ratio ${(median(oursEn) / median(baseEn)).toFixed(2)}\n`);

  // 2. The scale ladder, one process a rung.
  console.log('Scale ladder: synthetic zh resolutions from the real paragraphs, n paragraphs a side');
  console.log('  (2% edited, 0.5% moved far, 0.5% removed, 0.5% added); medians; max RSS of the whole rung');
  console.log('       n   parse+diff ms   diff ms   max RSS MB   pairs right   parse+diff ratio to previous rung');
  const self = fileURLToPath(import.meta.url);
  let previous: number | null = null;
  for (const n of [100, 1000, 10000]) {
    const child = spawnSync(process.execPath, [self, '--rung', String(n)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`rung ${n} failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout) as { n: number; fullMs: number; medianMs: number; maxRssMb: number; pairsRight: number };
    const ratio = previous === null ? '' : `${(r.fullMs / previous).toFixed(1)}x for 10x paragraphs`;
    console.log(
      `  ${String(n).padStart(6)}  ${fmt(r.fullMs).padStart(14)}  ${fmt(r.medianMs).padStart(8)}  ${r.maxRssMb.toFixed(0).padStart(11)}  ${(r.pairsRight * 100).toFixed(2).padStart(11)}%   ${ratio}`,
    );
    previous = r.fullMs;
  }
  console.log('\n  targets: 10,000 paragraphs a side under 2 s and under 300 MB; about 10x time per 10x paragraphs');

  // 3. Pathological inputs, one process each: parse both sides and compare.
  console.log('\nPathological inputs (derived from the corpus texts), parse + diff, each in its own process');
  for (const [name, { what }] of Object.entries(PATHOLOGICAL)) {
    const child = spawnSync(process.execPath, [self, '--pathological', name], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout) as { ms: number; maxRssMb: number; bytes: number; outcome: string };
    console.log(`  ${what.padEnd(40)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  max RSS ${r.maxRssMb.toFixed(0).padStart(4)} MB  ${r.outcome}`);
  }
  console.log('  targets: unrelated 1 MB texts under 5 s, said to be largely rewritten; the others finish or refuse, bounded');

  await batch();
}

/** Timings of the batch: 1 and 2 workers, interleaved, and where the CPU time went. */
interface BatchTimes {
  one: number[];
  two: number[];
  /** Cores kept busy on average (CPU time of every thread over wall time). */
  coresOne: number[];
  coresTwo: number[];
  /** CPU ms per round in the worker threads, V8's and libuv's helper threads, and the main thread (Linux only). */
  cpuOne: ThreadCpu[];
  cpuTwo: ThreadCpu[];
}
interface ThreadCpu {
  workers: number;
  helpers: number;
  main: number;
}

const BATCH_PAIRS = 200;
const BATCH_ROUNDS = 3;

/** 200 derived pairs, full HTML reports, on 1 and on 2 worker threads, 3 rounds interleaved. */
async function batchTimes(): Promise<BatchTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'resdiff-bench-batch-'));
  const sources: [string, string][] = [
    ['A-RES-68-160.zh.txt', 'A/RES/68/160'],
    ['A-RES-55-109.zh.txt', 'A/RES/55/109'],
    ['A-RES-51-100.en.txt', 'A/RES/51/100'],
    ['A-HRC-RES-19-33.en.txt', 'A/HRC/RES/19/33'],
  ];
  const jobs: PairJob[] = [];
  for (let k = 0; k < BATCH_PAIRS; k++) {
    const [file, symbol] = sources[k % sources.length]!;
    const b = new VariantBuilder(file);
    const list = b.paragraphs;
    const p = list[Math.floor(k / sources.length) % list.length]!;
    const raw = [() => b.delete(p.id), () => b.insertAfter(p.id), () => b.changeLeadVerb(p.id, b.resolution.language === 'zh' ? '鼓励' : 'Welcoming')][k % 3]!().raw;
    const path = join(dir, `variant-${k}.txt`);
    writeFileSync(path, raw);
    jobs.push({ line: k + 1, old: symbol, new: path, name: `pair-${k}` });
  }
  // Start libuv's thread pool now, so that every thread that appears during a batch is a worker.
  await access(dir);
  const times: BatchTimes = { one: [], two: [], coresOne: [], coresTwo: [], cpuOne: [], cpuTwo: [] };
  const timeBatch = async (workers: 1 | 2) => {
    const out = join(dir, `out-${workers}`);
    mkdirSync(out, { recursive: true });
    const before = threadCpuMs();
    let atEnd: Map<number, number> | undefined;
    const cpu = process.cpuUsage();
    const t = performance.now();
    const results = await runBatch(jobs, {
      baseDir: dir,
      outDir: out,
      format: 'html',
      offline: true,
      jobs: workers,
      // Read the threads' CPU time at the last answer, while the workers still run.
      onProgress: (done, total) => {
        if (done === total) atEnd = threadCpuMs();
      },
    });
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    (workers === 1 ? times.coresOne : times.coresTwo).push((used.user + used.system) / 1000 / wall);
    (workers === 1 ? times.one : times.two).push(wall);
    if (before && atEnd) {
      const split: ThreadCpu = { workers: 0, helpers: 0, main: 0 };
      for (const [tid, ms] of atEnd) {
        const delta = ms - (before.get(tid) ?? 0);
        if (tid === process.pid) split.main += delta;
        else if (before.has(tid)) split.helpers += delta;
        else split.workers += delta;
      }
      (workers === 1 ? times.cpuOne : times.cpuTwo).push(split);
    }
    const failed = results.filter((r) => r.status !== 'done');
    if (failed.length) throw new Error(`${failed.length} batch jobs did not complete: ${JSON.stringify(failed.slice(0, 3))}`);
    rmSync(out, { recursive: true, force: true });
  };
  for (let round = 0; round < BATCH_ROUNDS; round++) {
    await timeBatch(1);
    await timeBatch(2);
  }
  rmSync(dir, { recursive: true, force: true });
  return times;
}

const cpuLine = (cpu: ThreadCpu[]) =>
  cpu.length === 0
    ? 'CPU per thread not readable here'
    : `CPU: workers ${cpuMs(cpu, 'workers')} ms, helper threads ${cpuMs(cpu, 'helpers')} ms, main ${cpuMs(cpu, 'main')} ms`;
// Thread CPU time comes in clock ticks of 10 ms: whole milliseconds say all there is.
const cpuMs = (cpu: ThreadCpu[], part: keyof ThreadCpu) => median(cpu.map((c) => c[part])).toFixed(0);

/**
 * V8 runs its optimizing compiler and part of its garbage collector on helper threads. These
 * flags, each in a fresh process, move that work onto the worker's own thread (or switch the
 * helpers off), to show how much of the batch's scaling they account for.
 */
const HELPER_FLAGS: [string, string][] = [
  ['--no-concurrent-recompilation', 'optimizing compiler on the worker thread'],
  ['--single-threaded', 'no helper threads at all'],
];

/** 4. Batch: 200 derived pairs, full HTML reports, on 1 and on 2 worker threads. */
async function batch(): Promise<void> {
  console.log(`\nBatch: ${BATCH_PAIRS} pairs derived from the corpus (one edit each), a full HTML report per pair`);
  const t = await batchTimes();
  console.log(`  1 worker   median ${fmt(median(t.one))} ms  (${t.one.map(fmt).join(', ')})  cores busy ${median(t.coresOne).toFixed(2)}  ${cpuLine(t.cpuOne)}`);
  console.log(`  2 workers  median ${fmt(median(t.two))} ms  (${t.two.map(fmt).join(', ')})  cores busy ${median(t.coresTwo).toFixed(2)}  ${cpuLine(t.cpuTwo)}`);
  console.log(`  speed-up ${(median(t.one) / median(t.two)).toFixed(2)}x   target: at least 1.6x with 2 workers (${availableParallelism()} cores here)`);
  console.log('  the same batch in a fresh process with V8 flags (medians of 3):');
  const self = fileURLToPath(import.meta.url);
  for (const [flag, what] of HELPER_FLAGS) {
    const child = spawnSync(process.execPath, [flag, self, '--batch-times'], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`batch with ${flag} failed: ${child.stderr}`);
    const f = JSON.parse(child.stdout) as BatchTimes;
    console.log(
      `    ${flag} (${what}): 1 worker ${fmt(median(f.one))} ms (${cpuLine(f.cpuOne)}), 2 workers ${fmt(median(f.two))} ms: ${(median(f.one) / median(f.two)).toFixed(2)}x`,
    );
  }
  await machineCeiling();
}

/**
 * What two threads can gain on this machine at all: the same fixed work (a) pure arithmetic,
 * (b) allocating short-lived strings and objects, (c) splitting, mapping and joining text, as
 * the engine and the renderers do, done by 1 thread, then split over 2 threads. Nothing of
 * resdiff runs here: a speed-up below 2 here is the machine's and the runtime's (shared cores,
 * memory, V8's helper threads), and bounds what the batch can reach.
 */
async function machineCeiling(): Promise<void> {
  const WORK = {
    arithmetic: `let x = 1; for (let i = 0; i < n * 4e6; i++) x = (Math.imul(x, 1103515245) + 12345) | 0; x;`,
    allocating: `let keep = 0; for (let i = 0; i < n * 6e4; i++) { const o = { s: 'p' + i, a: [i, i + 1, i + 2], t: ('x' + i).split('') }; keep += o.t.length + o.a.length; } keep;`,
    // Text handling of the kind the engine and the renderers do: split, map, join, mixed scripts.
    text: `let keep = 0; const line = 'Recalling its resolutions on the enhancement of international cooperation 大会回顾其关于加强人权领域国际合作的各项决议'; for (let i = 0; i < n * 1e4; i++) { const s = line + i; keep += s.split(' ').map((w) => w.toUpperCase()).join('-').length; } keep;`,
  };
  const run = (body: string, units: number) =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(`const n = ${units}; ${body} require('node:worker_threads').parentPort.postMessage(0);`, { eval: true });
      w.once('message', () => void w.terminate().then(() => resolve()));
      w.once('error', reject);
    });
  const timed = async (threads: number, body: string) => {
    const t = performance.now();
    await Promise.all(Array.from({ length: threads }, () => run(body, 100 / threads)));
    return performance.now() - t;
  };
  console.log('  machine ceiling: the same fixed work on 1 thread, then split over 2 (no resdiff code; medians of 3):');
  for (const [name, body] of Object.entries(WORK)) {
    const one: number[] = [];
    const two: number[] = [];
    for (let round = 0; round < 3; round++) {
      one.push(await timed(1, body));
      two.push(await timed(2, body));
    }
    console.log(`    ${name.padEnd(11)} 1 thread ${fmt(median(one))} ms, 2 threads ${fmt(median(two))} ms: ${(median(one) / median(two)).toFixed(2)}x`);
  }
}

await main();
