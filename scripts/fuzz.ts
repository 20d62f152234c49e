// The long fuzz run: `npm run fuzz -- --runs 100000 [--seed N] [--jobs N]`. The same generators
// and invariants as the short run in `npm test` (test/helpers/fuzz.ts), many more cases, a seed
// to replay any failure, progress as it goes, and the slowest case (a hang shows up there).
//
// The cases are split over --jobs processes (default: one per core), shard k running its share
// with seed + k; a failure names its shard's seed, run count and path, to replay with --jobs 1.
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { arbCaps, arbRawPair, checkPair } from '../test/helpers/fuzz.js';

const USAGE =
  'usage: npm run fuzz -- [--runs N] [--seed N] [--jobs N] [--path P] [--max-case-ms MS]   (--seed, --runs and --path with --jobs 1 replay a failure)';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    jobs: { type: 'string' },
    path: { type: 'string' },
    'max-case-ms': { type: 'string', default: '5000' },
    // Internal: set on the shards the parent spawns; each prints its tally as one JSON line.
    shard: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const maxCaseMs = Number(values['max-case-ms']);
const jobs = values.path !== undefined ? 1 : values.jobs === undefined ? Math.min(availableParallelism(), runs) : Number(values.jobs);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !Number.isInteger(jobs) || jobs < 1 || !(maxCaseMs > 0)) {
  console.error(USAGE);
  process.exit(2);
}

interface Tally {
  cases: number;
  compared: number;
  refused: number;
  approximate: number;
  slowest: { ms: number; source: string; old: number; new: number };
  failure?: { seed: number; runs: number; path: string; message: string; counterexample: string };
}

/** Runs `count` cases with `caseSeed` in this process. */
function runShard(count: number, caseSeed: number, label: string): Tally {
  const tally: Tally = { cases: 0, compared: 0, refused: 0, approximate: 0, slowest: { ms: 0, source: '', old: 0, new: 0 } };
  const started = performance.now();
  const step = Math.max(1, Math.floor(count / 10));
  let done = 0;
  // After the first failure fast-check shrinks it: those runs are not counted as cases.
  let shrinking = false;
  const result = fc.check(
    fc.property(arbRawPair, arbCaps, (pair, caps) => {
      const t = performance.now();
      let r;
      try {
        r = checkPair(pair.old, pair.new, caps.options);
      } catch (error) {
        shrinking = true;
        throw error;
      }
      const ms = performance.now() - t;
      if (shrinking) {
        // A case this slow is a hang as far as a user is concerned.
        if (ms > maxCaseMs) throw new Error(`one case took ${ms.toFixed(0)} ms (limit ${maxCaseMs} ms)`);
        return;
      }
      if (ms > tally.slowest.ms) tally.slowest = { ms, source: `${pair.source}, ${caps.name}`, old: pair.old.length, new: pair.new.length };
      if (ms > maxCaseMs) {
        shrinking = true;
        throw new Error(`one case took ${ms.toFixed(0)} ms (limit ${maxCaseMs} ms)`);
      }
      tally[r.outcome]++;
      if (r.approximate) tally.approximate++;
      if (++done % step === 0) {
        const s = (performance.now() - started) / 1000;
        process.stdout.write(`  ${label}${done}/${count} cases, ${s.toFixed(0)} s, slowest case ${tally.slowest.ms.toFixed(0)} ms\n`);
      }
    }),
    { numRuns: count, seed: caseSeed, endOnFailure: false, ...(values.path === undefined ? {} : { path: values.path }) },
  );
  tally.cases = result.numRuns;
  if (result.failed) {
    tally.failure = {
      seed: result.seed,
      runs: count,
      path: result.counterexamplePath ?? '',
      message: result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance),
      counterexample: JSON.stringify(result.counterexample).slice(0, 4000),
    };
  }
  return tally;
}

/** Runs shard k of `jobs` in a child process (this script again, under the same loader). */
function spawnShard(count: number, caseSeed: number, k: number): Promise<Tally> {
  const args = [...process.execArgv, process.argv[1]!, '--runs', String(count), '--seed', String(caseSeed), '--jobs', '1', '--max-case-ms', String(maxCaseMs), '--shard', String(k)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('{')) last = line;
        else process.stdout.write(`${line}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (buffered.startsWith('{')) last = buffered;
      try {
        resolve(JSON.parse(last) as Tally);
      } catch {
        reject(new Error(`shard ${k} (seed ${caseSeed}) ended with ${signal ?? `exit ${code}`} before reporting`));
      }
    });
  });
}

async function main(): Promise<number> {
  if (values.shard !== undefined) {
    process.stdout.write(`${JSON.stringify(runShard(runs, seed, `[${values.shard}] `))}\n`);
    return 0;
  }
  console.log(
    `resdiff fuzz: ${runs} cases, seed ${seed}` +
      (jobs > 1 ? `, ${jobs} processes (shard k: seed ${seed} + k)` : ` (replay with --seed ${seed} --runs ${runs} --jobs 1)`),
  );
  const started = performance.now();
  const shares = Array.from({ length: jobs }, (_, k) => Math.floor(runs / jobs) + (k < runs % jobs ? 1 : 0));
  const tallies = jobs === 1 ? [runShard(runs, seed, '')] : await Promise.all(shares.map((n, k) => spawnShard(n, seed + k, k)));
  const seconds = (performance.now() - started) / 1000;
  const sum = (key: 'cases' | 'compared' | 'refused' | 'approximate') => tallies.reduce((s, t) => s + t[key], 0);
  const slowest = tallies.reduce((a, b) => (b.slowest.ms > a.slowest.ms ? b : a)).slowest;
  console.log(
    `${sum('cases')} cases in ${seconds.toFixed(1)} s: ${sum('compared')} compared, ${sum('refused')} refused with a typed error, ` +
      `${sum('approximate')} gave up precision and said so; slowest case ${slowest.ms.toFixed(0)} ms (${slowest.source}, ${slowest.old} + ${slowest.new} characters)`,
  );
  const failures = tallies.filter((t) => t.failure);
  for (const { failure: f } of failures) {
    console.error(
      `FAILED: replay with npm run fuzz -- --jobs 1 --runs ${f!.runs} --seed ${f!.seed} --max-case-ms ${maxCaseMs} --path "${f!.path}"`,
    );
    console.error(`  ${f!.message}`);
    console.error(`  counterexample: ${f!.counterexample}`);
  }
  if (failures.length > 0) return 1;
  console.log('PASS: every invariant held');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`resdiff fuzz: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
