// `npm run bench -- --start`: what starting resdiff costs.
//
// Counted in instructions with valgrind's callgrind, the figure that does not move with the
// load on the machine, against a bare `node -e 0` counted in the same run:
//   - `resdiff --help`                                              target: at most 1.2 times;
//   - `resdiff diff A/RES/55/109 A/RES/68/160 --format json`        target: at most 1.5 times.
// Then wall-clock medians of the same commands (ratios only: the machine is shared), and the time
// from `npm start` (dist/ current) to its first /healthz answer
// (target: within 1.5 s).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/util/packageRoot.js';

const root = packageRoot();
const BIN = join(root, 'bin', 'resdiff.js');

interface Case {
  name: string;
  args: string[];
  /** Most the instructions may be, as a multiple of the bare node start (none: the baseline). */
  target?: number;
}

const CASES: Case[] = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'resdiff --help', args: [BIN, '--help'], target: 1.2 },
  { name: 'resdiff diff A/RES/55/109 A/RES/68/160 --format json', args: [BIN, 'diff', 'A/RES/55/109', 'A/RES/68/160', '--format', 'json'], target: 1.5 },
];

/** Instructions executed by `node ...args`, all threads, counted by callgrind; undefined without valgrind. */
function instructions(args: string[]): number | undefined {
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, RESDIFF_OFFLINE: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) return undefined;
  const m = /Collected\s*:\s*(\d+)/.exec(run.stderr);
  return m ? Number(m[1]) : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Wall-clock ms of `node ...args`, one run. */
function wall(args: string[]): number {
  const t = performance.now();
  spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, RESDIFF_OFFLINE: '1' } });
  return performance.now() - t;
}

function healthz(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

/** Ms from launching `npm start` (dist/ current) to the first 200 from /healthz. */
async function serverStart(port: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'resdiff-start-'));
  const t = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    stdio: 'ignore',
    // Its own process group: npm, the shell and node are stopped together.
    detached: true,
    env: { ...process.env, PORT: String(port), RESDIFF_DB: join(dir, 'links.db'), RESDIFF_OFFLINE: '1', RESDIFF_QUIET: '1' },
  });
  try {
    for (;;) {
      if (await healthz(port)) return performance.now() - t;
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      if (performance.now() - t > 30_000) throw new Error('no /healthz answer within 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => `${Math.round(n / 1e6).toLocaleString('en')} M`;

export async function startCost(): Promise<void> {
  console.log('Start cost: instructions counted by callgrind (the same figure whatever else runs)\n');
  const counts = CASES.map((c) => instructions(c.args));
  let failed = false;
  if (counts[0] === undefined) {
    console.log("  valgrind is missing: install Debian's valgrind to count instructions (the wall-clock figures follow)\n");
  } else {
    const base = counts[0];
    for (const [k, c] of CASES.entries()) {
      const n = counts[k]!;
      const ratio = n / base;
      const verdict = c.target === undefined ? '' : ratio <= c.target ? `  target <= ${c.target}x: PASS` : `  target <= ${c.target}x: FAIL`;
      if (c.target !== undefined && ratio > c.target) failed = true;
      console.log(`  ${c.name.padEnd(56)} ${fmt(n).padStart(9)}  ${ratio.toFixed(2)}x${verdict}`);
    }
  }
  const runs = 9;
  console.log(`\nWall clock, median of ${runs} runs interleaved (ratios against the baseline; absolute times swing with load)\n`);
  const times = CASES.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) for (const [k, c] of CASES.entries()) times[k]!.push(wall(c.args));
  const baseMs = median(times[0]!);
  for (const [k, c] of CASES.entries()) {
    const m = median(times[k]!);
    console.log(`  ${c.name.padEnd(56)} ${m.toFixed(0).padStart(6)} ms  ${(m / baseMs).toFixed(2)}x`);
  }
  const starts: number[] = [];
  for (let r = 0; r < 5; r++) starts.push(await serverStart(4600 + r));
  const s = median(starts);
  if (s > 1500) failed = true;
  console.log(`\nServer: \`npm start\` (dist/ current) to the first /healthz answer, median of 5: ${s.toFixed(0)} ms (${(s / baseMs).toFixed(1)}x a bare node start); target <= 1500 ms: ${s <= 1500 ? 'PASS' : 'FAIL'}`);
  if (failed) process.exitCode = 1;
}
