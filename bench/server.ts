// `npm run bench:server`: HTTP load on the web viewer, against a bare Hono server measured the same way.
//
// Every server runs in its own child process on 127.0.0.1 (autocannon runs in this process), so
// the baseline and the app share the same conditions: one core for the server, one for the load.
//   0. baseline: a bare Hono "hello" server (this file, re-run with --hello), 100 connections, 10 s
//   1. the app (dist/src/server/main.js, RESDIFF_QUIET=1, a temporary RESDIFF_DB, a free port):
//      a. GET /compare (the cached comparison page)        b. GET /api/diff (JSON)
//      c1. POST /paste (urlencoded, 303 is success), c2. GET /c/<id> for the id it redirects to
//      d. 30 s on the cached comparison page, with the server's RSS sampled every 500 ms
// Each measured run follows a 3 s unreported warm-up with the same settings. The server's RSS
// (/proc/<pid>/status VmRSS) is sampled every 500 ms during every run. About 90 seconds in all.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineTicks, processTicks, rssMiB } from './proc.js';
import { ROOT, startServer as startProcess, stopServer as stopProcess, stopServersOnExit, type ServerProcess as Server } from './serverProcess.js';

const HOST = '127.0.0.1';
const CONNECTIONS = 100;
const DURATION_S = 10;
const LONG_DURATION_S = 30;
const WARMUP_S = 3;
const RSS_INTERVAL_MS = 500;
/** Above this many cores used by other processes during a run, its figures are flagged. */
const OTHERS_WARN = 0.2;

const SELF = fileURLToPath(import.meta.url);
const APP_MAIN = join(ROOT, 'dist', 'src', 'server', 'main.js');

const COMPARE_PATH = '/compare?old=A/RES/55/109&new=A/RES/68/160';
const API_PATH = '/api/diff?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2';
const PASTE_OLD = 'A-HRC-RES-19-33.en.txt';
const PASTE_NEW = 'A-HRC-RES-28-2.en.txt';

/** The targets of the issue, for the cached comparison page at 100 connections. */
const TARGET = { reqPerSec: 1500, p99Ms: 50, rssMiB: 250, errors: 0 };

// --- The baseline server (child process) -------------------------------------------------------

async function helloServer(): Promise<void> {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const app = new Hono();
  app.get('/', (c) => c.text('Hello Hono!'));
  const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: HOST }, (info) => {
    process.stdout.write(`hello server on http://${info.address}:${info.port}/\n`);
  });
  server.on('error', (error) => {
    process.stderr.write(`hello server: ${error.message}\n`);
    process.exit(2);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

// --- Child servers -----------------------------------------------------------------------------

/** The temporary folder of the app's database, removed at the end. */
let dbDir: string | undefined;

/** A server on HOST at a port the kernel picks (it announces the address). */
const startServer = (name: string, args: string[], env: NodeJS.ProcessEnv) => startProcess(name, args, { ...env, HOST, PORT: '0' });
/** SIGTERM, then SIGKILL if it has not exited after 3 s. */
const stopServer = async (server: Server) => void (await stopProcess(server, 3000));

// --- Memory ------------------------------------------------------------------------------------

interface RssTrace {
  start: number | undefined;
  end: number | undefined;
  peak: number | undefined;
  samples: number;
}

/** Samples a process's RSS every 500 ms until stopped. */
function sampleRss(pid: number): { stop: () => RssTrace } {
  const values: number[] = [];
  const take = () => {
    const v = rssMiB(pid);
    if (v !== undefined) values.push(v);
  };
  take();
  const timer = setInterval(take, RSS_INTERVAL_MS);
  return {
    stop() {
      clearInterval(timer);
      take();
      return {
        start: values[0],
        end: values.at(-1),
        peak: values.length ? Math.max(...values) : undefined,
        samples: values.length,
      };
    },
  };
}

// --- CPU --------------------------------------------------------------------------------------

/** CPU used during a run, in cores (1.0 = one core busy all the time). */
interface CpuUse {
  server: number;
  load: number;
  /** Everything else on the machine: other processes that compete with the benchmark. */
  others: number;
  /** CPU seconds used by the server. */
  serverSeconds: number;
}

function cpuMeter(pid: number): { stop: () => CpuUse | undefined } {
  const m0 = machineTicks();
  const s0 = processTicks(pid);
  const l0 = processTicks('self');
  const t0 = performance.now();
  return {
    stop() {
      const wallSeconds = (performance.now() - t0) / 1000;
      const m1 = machineTicks();
      const s1 = processTicks(pid);
      const l1 = processTicks('self');
      if (!m0 || !m1 || s0 === undefined || s1 === undefined || l0 === undefined || l1 === undefined) return undefined;
      const perCore = (m1.total - m0.total) / m1.cpus;
      if (perCore <= 0) return undefined;
      const server = (s1 - s0) / perCore;
      const load = (l1 - l0) / perCore;
      return { server, load, others: Math.max(0, (m1.busy - m0.busy) / perCore - server - load), serverSeconds: server * wallSeconds };
    },
  };
}

// --- Load --------------------------------------------------------------------------------------

type Autocannon = typeof import('autocannon');
type AcResult = import('autocannon').Result;

interface Target {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** The statuses that count as success. */
  expect: number[];
  duration: number;
  connections: number;
}

interface Row {
  target: Target;
  result: AcResult;
  /** Responses whose status was not one of the expected ones. */
  unexpected: number;
  /** Connection errors (autocannon's count, timeouts included) + body mismatches + unexpected statuses. */
  errors: number;
  statuses: string;
  rss: RssTrace;
  cpu: CpuUse | undefined;
  /** Set when the server process died during the run. */
  died?: string;
}

function statusCounts(result: AcResult): Map<number, number> {
  const counts = new Map<number, number>();
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) counts.set(Number(code), stat.count ?? 0);
  return counts;
}

async function load(autocannon: Autocannon, server: Server, t: Target, duration: number): Promise<AcResult> {
  return autocannon({
    url: `${server.base}${t.path}`,
    method: t.method,
    connections: t.connections,
    duration,
    timeout: 10,
    ...(t.body !== undefined ? { body: t.body } : {}),
    ...(t.headers ? { headers: t.headers } : {}),
  });
}

async function measure(autocannon: Autocannon, server: Server, t: Target): Promise<Row> {
  process.stdout.write(`  ${t.label}: ${WARMUP_S} s warm-up, ${t.duration} s at ${t.connections} connections ... `);
  await load(autocannon, server, t, WARMUP_S);
  const sampler = sampleRss(server.pid);
  const meter = cpuMeter(server.pid);
  const result = await load(autocannon, server, t, t.duration);
  const cpu = meter.stop();
  const rss = sampler.stop();
  const counts = statusCounts(result);
  let unexpected = 0;
  for (const [code, n] of counts) if (!t.expect.includes(code)) unexpected += n;
  const errors = result.errors + result.mismatches + unexpected;
  const statuses = [...counts].sort(([a], [b]) => a - b).map(([code, n]) => `${code}: ${n}`).join(', ') || 'none';
  const row: Row = { target: t, result, unexpected, errors, statuses, rss, cpu };
  if (server.exited) row.died = `server exited during the run (${server.exited.signal ?? `code ${server.exited.code}`})`;
  const busy = cpu && cpu.others > OTHERS_WARN ? ` (other processes used ${cpu.others.toFixed(2)} cores meanwhile)` : '';
  process.stdout.write(`${Math.round(result.requests.mean)} req/s, ${errors} errors${busy}${row.died ? ` — ${row.died}` : ''}\n`);
  return row;
}

// --- Requests outside the load -----------------------------------------------------------------

async function request(server: Server, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000), ...init });
}

async function expectStatus(server: Server, path: string, init: RequestInit, expected: number): Promise<Response> {
  const res = await request(server, path, init);
  if (res.status !== expected) {
    const body = (await res.text()).slice(0, 500);
    throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}, expected ${expected}: ${body}`);
  }
  return res;
}

// --- Report ------------------------------------------------------------------------------------

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const f1 = (n: number | undefined) => (n === undefined ? 'n/a' : n.toFixed(1));
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

function table(header: string[], rows: string[][], alignLeft: number[] = [0]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (alignLeft.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function report(baseline: Row, rows: Row[], long: Row, startupRss: number | undefined): void {
  const base = baseline.result.requests.mean;
  const all = [baseline, ...rows];
  console.log(
    `\nResults (req/s: autocannon's mean of per-second samples; peak RSS of the server process in MiB; ` +
      `CPU in cores, 1.00 = one core busy: the server's, and other processes' on this ${machineTicks()?.cpus ?? '?'}-CPU machine; ` +
      `µs/req: server CPU per response):\n`,
  );
  console.log(
    table(
      ['target', 'conns', 'secs', 'req/s', 'x baseline', 'p50 ms', 'p99 ms', 'errors', 'peak RSS', 'srv CPU', 'µs/req', 'others'],
      all.map((r) => [
        r.target.label,
        String(r.target.connections),
        String(r.result.duration),
        f0(r.result.requests.mean),
        r === baseline ? '1.00' : (r.result.requests.mean / base).toFixed(2),
        ms(r.result.latency.p50),
        ms(r.result.latency.p99),
        String(r.errors),
        f1(r.rss.peak),
        r.cpu ? r.cpu.server.toFixed(2) : 'n/a',
        r.cpu && r.result.requests.total ? f0((r.cpu.serverSeconds * 1e6) / r.result.requests.total) : 'n/a',
        r.cpu ? r.cpu.others.toFixed(2) : 'n/a',
      ]),
    ),
  );

  console.log('\nStatuses and errors per run (errors = connection errors incl. timeouts + body mismatches + unexpected statuses):');
  for (const r of all) {
    const x = r.result;
    console.log(
      `  ${r.target.label}: ${x.requests.total.toLocaleString('en-US')} responses (${r.statuses}; expected ${r.target.expect.join('/')}), ` +
        `autocannon non2xx ${x.non2xx}, connection errors ${x.errors} (timeouts ${x.timeouts}), mismatches ${x.mismatches}, ` +
        `unexpected statuses ${r.unexpected}; RSS start ${f1(r.rss.start)} / end ${f1(r.rss.end)} / peak ${f1(r.rss.peak)}` +
        (r.died ? ` — ${r.died}` : ''),
    );
  }

  const noisy = all.filter((r) => r.cpu && r.cpu.others > OTHERS_WARN);
  if (noisy.length) {
    console.log(
      `\nWARNING: other processes on this machine used up to ${Math.max(...noisy.map((r) => r.cpu!.others)).toFixed(2)} cores during ` +
        `${noisy.map((r) => r.target.label.split(/[.:]/)[0]).join(', ')}: ` +
        'their req/s and latencies are depressed (server µs/req less so). Re-run on a quiet machine.',
    );
  }

  const a = rows[0]!;
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const errOk = (r: Row) => r.errors <= TARGET.errors && !r.died;
  console.log('\nTargets of the issue (cached comparison page at 100 connections):');
  for (const r of [a, long]) {
    const x = r.result;
    console.log(`  ${r.target.label}:`);
    console.log(`    errors   ${String(r.errors).padStart(8)}    target ${TARGET.errors}            ${mark(errOk(r))}`);
    console.log(`    req/s    ${f0(x.requests.mean).padStart(8)}    target >= ${f0(TARGET.reqPerSec)}     ${mark(x.requests.mean >= TARGET.reqPerSec)}`);
    console.log(`    p99 ms   ${ms(x.latency.p99).padStart(8)}    target < ${TARGET.p99Ms}         ${mark(x.latency.p99 < TARGET.p99Ms)}`);
  }
  const peak = long.rss.peak;
  console.log(
    `  RSS over the ${long.result.duration} s run: start ${f1(long.rss.start)} MiB, end ${f1(long.rss.end)} MiB, peak ${f1(peak)} MiB ` +
      `(${long.rss.samples} samples every ${RSS_INTERVAL_MS} ms; ${f1(startupRss)} MiB just after startup)` +
      `    target < ${TARGET.rssMiB} MB    ${peak === undefined ? 'n/a' : mark(peak < TARGET.rssMiB)}`,
  );
}

// --- Main --------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (!existsSync(APP_MAIN)) {
    console.error(`bench:server: ${APP_MAIN} is missing; run npm run build first`);
    return 1;
  }
  const { default: autocannon } = await import('autocannon');
  dbDir = mkdtempSync(join(tmpdir(), 'resdiff-bench-'));
  const servers: Server[] = [];
  const started = performance.now();
  console.log(`resdiff server bench: node ${process.version}, ${new Date().toISOString().slice(0, 10)}, autocannon in this process, each server in its own\n`);
  try {
    // 0. Baseline.
    const hello = await startServer('baseline hello server', [SELF, '--hello'], {});
    servers.push(hello);
    console.log(`baseline: bare Hono hello server, pid ${hello.pid}, ${hello.base}`);
    const baseline = await measure(autocannon, hello, {
      label: 'baseline: Hono hello GET /',
      method: 'GET',
      path: '/',
      expect: [200],
      duration: DURATION_S,
      connections: CONNECTIONS,
    });
    await stopServer(hello);

    // 1. The app.
    const app = await startServer('resdiff app', [APP_MAIN], { RESDIFF_QUIET: '1', RESDIFF_DB: join(dbDir, 'bench.sqlite') });
    servers.push(app);
    const startupRss = rssMiB(app.pid);
    console.log(`app: ${APP_MAIN}, pid ${app.pid}, ${app.base}, RSS ${f1(startupRss)} MiB after startup`);

    // Warm-up and sanity checks, sequential: fill the caches, and get the share id.
    await expectStatus(app, '/healthz', {}, 200);
    const t0 = performance.now();
    await expectStatus(app, COMPARE_PATH, {}, 200);
    const firstCompare = performance.now() - t0;
    const t1 = performance.now();
    await expectStatus(app, API_PATH, {}, 200);
    const firstApi = performance.now() - t1;
    const pasteBody = new URLSearchParams({
      oldText: readFileSync(join(ROOT, 'corpus', PASTE_OLD), 'utf8'),
      newText: readFileSync(join(ROOT, 'corpus', PASTE_NEW), 'utf8'),
      oldLabel: 'A/HRC/RES/19/33',
      newLabel: 'A/HRC/RES/28/2',
    }).toString();
    const pasteHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    const t2 = performance.now();
    const posted = await expectStatus(app, '/paste', { method: 'POST', headers: pasteHeaders, body: pasteBody }, 303);
    const firstPaste = performance.now() - t2;
    const location = posted.headers.get('location') ?? '';
    if (!/^\/c\/[0-9a-f]{20}$/.test(location)) throw new Error(`POST /paste redirected to "${location}", not /c/<id>`);
    const again = await expectStatus(app, '/paste', { method: 'POST', headers: pasteHeaders, body: pasteBody }, 303);
    if (again.headers.get('location') !== location) throw new Error(`the same paste gave two ids: ${location}, ${again.headers.get('location')}`);
    const t3 = performance.now();
    await expectStatus(app, location, {}, 200);
    const firstShare = performance.now() - t3;
    console.log(
      `first (uncached) requests: /compare ${ms(firstCompare)} ms, /api/diff ${ms(firstApi)} ms, POST /paste ${ms(firstPaste)} ms (-> ${location}), ${location} ${ms(firstShare)} ms; ` +
        `paste body ${f0(pasteBody.length)} bytes`,
    );

    const compare: Target = { label: 'a. GET /compare (cached page)', method: 'GET', path: COMPARE_PATH, expect: [200], duration: DURATION_S, connections: CONNECTIONS };
    const rows: Row[] = [];
    rows.push(await measure(autocannon, app, compare));
    rows.push(await measure(autocannon, app, { label: 'b. GET /api/diff (JSON)', method: 'GET', path: API_PATH, expect: [200], duration: DURATION_S, connections: CONNECTIONS }));
    rows.push(
      await measure(autocannon, app, {
        label: 'c1. POST /paste (urlencoded, 303)',
        method: 'POST',
        path: '/paste',
        body: pasteBody,
        headers: pasteHeaders,
        expect: [303],
        duration: DURATION_S,
        connections: CONNECTIONS,
      }),
    );
    rows.push(await measure(autocannon, app, { label: `c2. GET ${location}`, method: 'GET', path: location, expect: [200], duration: DURATION_S, connections: CONNECTIONS }));
    const long = await measure(autocannon, app, { ...compare, label: `d. GET /compare, ${LONG_DURATION_S} s`, duration: LONG_DURATION_S });
    rows.push(long);

    report(baseline, rows, long, startupRss);
    const died = [baseline, ...rows].filter((r) => r.died);
    for (const s of servers) if (s.exited && !s.stopping) console.error(`\n${s.name} stderr:\n${s.stderr()}`);
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return died.length ? 1 : 0;
  } finally {
    await Promise.all(servers.map(stopServer));
    rmSync(dbDir, { recursive: true, force: true });
    dbDir = undefined;
  }
}

if (process.argv.includes('--hello')) {
  await helloServer();
} else {
  stopServersOnExit(() => {
    if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  });
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`\nbench:server: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
