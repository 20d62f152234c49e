// The long fuzz run: `npm run fuzz -- --runs 100000 [--seed N]`. The same generators and
// invariants as the short run in `npm test` (test/helpers/fuzz.ts), many more cases, a seed to
// replay any failure, progress as it goes, and the slowest case (a hang shows up there).
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { arbCaps, arbRawPair, checkPair } from '../test/helpers/fuzz.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, path: { type: 'string' }, 'max-case-ms': { type: 'string', default: '5000' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const maxCaseMs = Number(values['max-case-ms']);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed N] [--path P] [--max-case-ms MS]   (--seed and --path replay a failure)');
  process.exit(2);
}

console.log(`resdiff fuzz: ${runs} cases, seed ${seed} (replay with --seed ${seed})`);
const seen = { compared: 0, refused: 0, approximate: 0 };
let done = 0;
let slowest = { ms: 0, source: '', old: 0, new: 0 };
const started = performance.now();
const step = Math.max(1, Math.floor(runs / 20));

const result = fc.check(
  fc.property(arbRawPair, arbCaps, (pair, caps) => {
    const t = performance.now();
    const r = checkPair(pair.old, pair.new, caps.options);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, source: `${pair.source}, ${caps.name}`, old: pair.old.length, new: pair.new.length };
    // A case this slow is a hang as far as a user is concerned.
    if (ms > maxCaseMs) throw new Error(`one case took ${ms.toFixed(0)} ms (limit ${maxCaseMs} ms)`);
    seen[r.outcome]++;
    if (r.approximate) seen.approximate++;
    if (++done % step === 0) {
      const s = (performance.now() - started) / 1000;
      process.stdout.write(`  ${done}/${runs} cases, ${s.toFixed(0)} s, slowest case ${slowest.ms.toFixed(0)} ms\n`);
    }
  }),
  { numRuns: runs, seed, endOnFailure: false, ...(values.path === undefined ? {} : { path: values.path }) },
);

const seconds = (performance.now() - started) / 1000;
console.log(
  `${result.numRuns} cases in ${seconds.toFixed(1)} s: ${seen.compared} compared, ${seen.refused} refused with a typed error, ` +
    `${seen.approximate} gave up precision and said so; slowest case ${slowest.ms.toFixed(0)} ms (${slowest.source}, ${slowest.old} + ${slowest.new} characters)`,
);
if (result.failed) {
  console.error(`FAILED after ${result.numRuns} cases; replay: npm run fuzz -- --seed ${result.seed} --path "${result.counterexamplePath}"`);
  console.error(`  ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
  console.error(`  counterexample: ${JSON.stringify(result.counterexample).slice(0, 4000)}`);
  process.exit(1);
}
console.log('PASS: every invariant held');
