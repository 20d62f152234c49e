// `npm run bench:server`: HTTP load on the web viewer, each route against a bare Hono route that
// answers the same bytes from memory, measured the same way in the same run.
//
// Every server runs in its own child process on 127.0.0.1 (autocannon runs in this process), so
// the baseline and the app share the same conditions: one core for the server, one for the load.
//   0. the app (dist/src/server/main.js, RESDIFF_QUIET=1, a temporary RESDIFF_DB, a free port) is
//      started and warmed; the bytes of its cached comparison page and cached JSON answer are read
//   1. the same-bytes baseline: a bare Hono server (this file, re-run with --hello) answering
//      "Hello Hono!" on /, and on /page and /json the very bytes of those two answers (body and
//      the app's headers), from memory
//   2. at 100 connections, 10 s each: baseline hello; a. baseline /page, then GET /compare (the
//      cached comparison page); b. baseline /json, then GET /api/diff (the cached JSON API);
//      c1. POST /paste (urlencoded, 303 is success), c2. GET /c/<id> for the id it redirects to;
//      d. 20 s on the cached comparison page, with the server's RSS sampled every 500 ms
//   3. e. uncached GET /c/<id>: 10 connections, each link asked once (never in the server's
//      cache of rendered pages), while a heavy job (two 1.9 MB texts, POST /api/diff) runs
// Each autocannon run follows a 2 s unreported warm-up with the same settings. About 3 minutes in all.
// `--uncached` runs 0 and 3 only (about 40 s): for working on the uncached share links.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineTicks, processTicks, rssMiB } from './proc.js';
import { ROOT, startServer as startProcess, stopServer as stopProcess, stopServersOnExit, type ServerProcess as Server } from './serverProcess.js';

const HOST = '127.0.0.1';
const CONNECTIONS = 100;
const DURATION_S = 10;
const LONG_DURATION_S = 20;
const WARMUP_S = 2;
/** Share links made for the uncached run, each asked once. */
const UNCACHED_LINKS = 300;
const UNCACHED_CONNECTIONS = 10;
const RSS_INTERVAL_MS = 500;
/** Above this many cores used by other processes during a run, its figures are flagged. */
const OTHERS_WARN = 0.2;

const SELF = fileURLToPath(import.meta.url);
const UNCACHED_ONLY = process.argv.includes('--uncached');
const APP_MAIN = join(ROOT, 'dist', 'src', 'server', 'main.js');

const COMPARE_PATH = '/compare?old=A/RES/55/109&new=A/RES/68/160';
const API_PATH = '/api/diff?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2';
const PASTE_OLD = 'A-HRC-RES-19-33.en.txt';
const PASTE_NEW = 'A-HRC-RES-28-2.en.txt';

/** The targets of the issue, for the cached comparison page at 100 connections. */
const TARGET = { reqPerSec: 1500, p99Ms: 50, rssMiB: 250, errors: 0 };
/** Issue 14: a cached page or JSON answer at this fraction of its same-bytes baseline or better; an uncached /c/<id> under this p99. */
const SAME_BYTES_RATIO = 0.5;
const UNCACHED_P99_MS = 500;

// --- The baseline server (child process) -------------------------------------------------------

/**
 * The baseline: "Hello Hono!" on /, and on each path of BASELINE_BODIES (JSON: path -> { file,
 * headers }) that file's bytes, read once and answered from memory with those headers.
 */
async function helloServer(): Promise<void> {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const app = new Hono();
  app.get('/', (c) => c.text('Hello Hono!'));
  const bodies = JSON.parse(process.env.BASELINE_BODIES ?? '{}') as Record<string, { file: string; headers: Record<string, string> }>;
  for (const [path, { file, headers }] of Object.entries(bodies)) {
    const bytes = new Uint8Array(readFileSync(file));
    app.get(path, (c) => c.body(bytes, 200, headers));
  }
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

function report(baseline: Row, rows: Row[], compareRow: Row, long: Row, startupRss: number | undefined): void {
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

  const a = compareRow;
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

// --- Same bytes, and uncached links under a heavy job ---------------------------------------------

/** The headers of an app's answer that the baseline sends too (all but those the HTTP server sets itself). */
function sameHeaders(headers: Headers): Record<string, string> {
  const own = new Set(['date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);
  return Object.fromEntries([...headers].filter(([name]) => !own.has(name)));
}

/** A route of the app against the baseline answering its bytes from memory. */
function sameBytes(label: string, app: Row, baseline: Row, bytes: number): boolean {
  const ratio = app.result.requests.mean / baseline.result.requests.mean;
  const ok = ratio >= SAME_BYTES_RATIO && app.errors === 0 && !app.died;
  const perReq = (r: Row) => (r.cpu && r.result.requests.total ? `${f0((r.cpu.serverSeconds * 1e6) / r.result.requests.total)} µs` : 'n/a');
  console.log(
    `  ${label} (${f0(bytes)} bytes): app ${f0(app.result.requests.mean)} req/s (${perReq(app)} server CPU a request), same bytes from memory ${f0(baseline.result.requests.mean)} req/s (${perReq(baseline)}): ` +
      `ratio ${ratio.toFixed(2)}    target >= ${SAME_BYTES_RATIO}    ${ok ? 'met' : 'MISSED'}`,
  );
  return ok;
}

interface UncachedRun {
  latencies: number[];
  statuses: Map<number, number>;
  heavyJobs: { status: number; ms: number }[];
  seconds: number;
}

/** Each link asked once by `connections` lanes, while heavy POST /api/diff jobs run one after another. */
async function uncachedUnderLoad(server: Server, links: string[], connections: number, heavyBody: (n: number) => string): Promise<UncachedRun> {
  const heavyJobs: { status: number; ms: number }[] = [];
  let loading = true;
  const heavyLoop = (async () => {
    for (let n = 0; loading; n++) {
      const t = performance.now();
      const res = await request(server, '/api/diff', { method: 'POST', headers: { 'content-type': 'application/json' }, body: heavyBody(n) }).catch(() => undefined);
      await res?.arrayBuffer();
      heavyJobs.push({ status: res?.status ?? 0, ms: performance.now() - t });
    }
  })();
  // Give the first heavy job time to reach a worker.
  await new Promise((r) => setTimeout(r, 300));
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const t0 = performance.now();
  const lane = async () => {
    while (next < links.length) {
      const link = links[next++]!;
      const t = performance.now();
      const res = await request(server, link).catch(() => undefined);
      await res?.arrayBuffer();
      latencies.push(performance.now() - t);
      statuses.set(res?.status ?? 0, (statuses.get(res?.status ?? 0) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: connections }, lane));
  const seconds = (performance.now() - t0) / 1000;
  loading = false;
  await heavyLoop;
  return { latencies, statuses, heavyJobs, seconds };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

/** A corpus text grown to about `bytes` by repeating its body, each copy tagged (distinct tags: distinct texts). */
function grown(text: string, bytes: number, tag: string): string {
  const parts = [text];
  for (let n = 1, size = text.length; size < bytes; n++, size += text.length) parts.push(`\n${tag} ${n}\n\n${text}`);
  return parts.join('');
}

/** e. Uncached share links while a heavy job runs: made, asked once each, the line printed. */
async function uncachedRow(app: Server, oldText: string, newText: string, pasteHeaders: Record<string, string>): Promise<{ ok: boolean }> {
  process.stdout.write(`  e. making ${UNCACHED_LINKS} share links (A/HRC/RES/19/33 -> 28/2, each with its own labels) ... `);
  const links: string[] = [];
  for (let k = 0; k < UNCACHED_LINKS; k++) {
    const body = new URLSearchParams({ oldText, newText, oldLabel: `bench ${k} old`, newLabel: `bench ${k} new` }).toString();
    const res = await expectStatus(app, '/paste', { method: 'POST', headers: pasteHeaders, body }, 303);
    links.push(res.headers.get('location') ?? '');
  }
  console.log('done');
  process.stdout.write(`  e. GET /c/<id>, each of the ${UNCACHED_LINKS} once, ${UNCACHED_CONNECTIONS} connections, while two 1.9 MB texts are compared (POST /api/diff, one after another) ... `);
  const heavyOld = grown(oldText, 1.9e6, 'old copy');
  const heavyNew = readFileSync(join(ROOT, 'corpus', 'A-RES-51-100.en.txt'), 'utf8');
  const meter = cpuMeter(app.pid);
  const uncached = await uncachedUnderLoad(app, links, UNCACHED_CONNECTIONS, (n) => JSON.stringify({ old: heavyOld, new: grown(heavyNew, 1.9e6, `new copy ${n}`) }));
  const cpu = meter.stop();
  const p50 = percentile(uncached.latencies, 50);
  const p99 = percentile(uncached.latencies, 99);
  const uncachedStatuses = [...uncached.statuses].map(([k, v]) => `${k}: ${v}`).join(', ');
  console.log(`p99 ${ms(p99)} ms`);
  const heavyDuring = uncached.heavyJobs.map((h) => `${h.status} in ${(h.ms / 1000).toFixed(1)} s`).join(', ');
  const uncachedOk = p99 < UNCACHED_P99_MS && uncached.statuses.size === 1 && uncached.statuses.has(200) && !app.exited;
  console.log(`\nUncached share links under a heavy job (issue 14: p99 < ${UNCACHED_P99_MS} ms at ${UNCACHED_CONNECTIONS} connections):`);
  console.log(
    `  e. GET /c/<id>, ${uncached.latencies.length} links once each in ${uncached.seconds.toFixed(1)} s (${f0(uncached.latencies.length / uncached.seconds)} req/s; ${uncachedStatuses}): ` +
      `p50 ${ms(p50)} ms, p99 ${ms(p99)} ms, max ${ms(Math.max(...uncached.latencies))} ms    target p99 < ${UNCACHED_P99_MS} ms    ${uncachedOk ? 'met' : 'MISSED'}`,
  );
  console.log(`     heavy jobs meanwhile (two 1.9 MB texts each): ${heavyDuring || 'none finished'}`);
  if (cpu) {
    const busy = cpu.others > OTHERS_WARN ? ': the latencies are depressed, re-run on a quiet machine' : '';
    console.log(`     CPU meanwhile, in cores: the server ${cpu.server.toFixed(2)}, this load ${cpu.load.toFixed(2)}, other processes ${cpu.others.toFixed(2)}${busy}`);
  }

  return { ok: uncachedOk };
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
    // 0. The app, warmed: fill the caches, get the share id and the bytes of the cached answers.
    const app = await startServer('resdiff app', [APP_MAIN], { RESDIFF_QUIET: '1', RESDIFF_DB: join(dbDir, 'bench.sqlite'), RESDIFF_OFFLINE: '1' });
    servers.push(app);
    const startupRss = rssMiB(app.pid);
    console.log(`app: ${APP_MAIN}, pid ${app.pid}, ${app.base}, RSS ${f1(startupRss)} MiB after startup`);
    await expectStatus(app, '/healthz', {}, 200);
    const t0 = performance.now();
    const page = await expectStatus(app, COMPARE_PATH, {}, 200);
    const pageBytes = new Uint8Array(await page.arrayBuffer());
    const firstCompare = performance.now() - t0;
    const t1 = performance.now();
    const api = await expectStatus(app, API_PATH, {}, 200);
    const apiBytes = new Uint8Array(await api.arrayBuffer());
    const firstApi = performance.now() - t1;
    const oldText = readFileSync(join(ROOT, 'corpus', PASTE_OLD), 'utf8');
    const newText = readFileSync(join(ROOT, 'corpus', PASTE_NEW), 'utf8');
    const pasteBody = new URLSearchParams({ oldText, newText, oldLabel: 'A/HRC/RES/19/33', newLabel: 'A/HRC/RES/28/2' }).toString();
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
      `first (uncached) requests: /compare ${ms(firstCompare)} ms (${f0(pageBytes.length)} bytes), /api/diff ${ms(firstApi)} ms (${f0(apiBytes.length)} bytes), ` +
        `POST /paste ${ms(firstPaste)} ms (-> ${location}), ${location} ${ms(firstShare)} ms; paste body ${f0(pasteBody.length)} bytes`,
    );

    if (UNCACHED_ONLY) {
      const uncached = await uncachedRow(app, oldText, newText, pasteHeaders);
      return uncached.ok ? 0 : 1;
    }

    // 1. The baseline, answering the same bytes from memory: the body and the app's own headers.
    writeFileSync(join(dbDir, 'page.html'), pageBytes);
    writeFileSync(join(dbDir, 'api.json'), apiBytes);
    const bodies = {
      '/page': { file: join(dbDir, 'page.html'), headers: sameHeaders(page.headers) },
      '/json': { file: join(dbDir, 'api.json'), headers: sameHeaders(api.headers) },
    };
    const hello = await startServer('baseline server', [SELF, '--hello'], { BASELINE_BODIES: JSON.stringify(bodies) });
    servers.push(hello);
    console.log(`baseline: bare Hono server, pid ${hello.pid}, ${hello.base}: "Hello Hono!" on /, the page's bytes on /page, the JSON's on /json\n`);
    const at100 = { expect: [200], duration: DURATION_S, connections: CONNECTIONS, method: 'GET' as const };

    // 2. Load at 100 connections, baseline before app for each pair.
    const baseline = await measure(autocannon, hello, { ...at100, label: 'baseline: Hono hello GET /', path: '/' });
    const pageBase = await measure(autocannon, hello, { ...at100, label: 'baseline: same bytes as a. (GET /page)', path: '/page' });
    const compare: Target = { ...at100, label: 'a. GET /compare (cached page)', path: COMPARE_PATH };
    const compareRow = await measure(autocannon, app, compare);
    const jsonBase = await measure(autocannon, hello, { ...at100, label: 'baseline: same bytes as b. (GET /json)', path: '/json' });
    const jsonRow = await measure(autocannon, app, { ...at100, label: 'b. GET /api/diff (cached JSON)', path: API_PATH });
    await stopServer(hello);
    const pasteRow = await measure(autocannon, app, { ...at100, label: 'c1. POST /paste (urlencoded, 303)', method: 'POST', path: '/paste', body: pasteBody, headers: pasteHeaders, expect: [303] });
    const shareRow = await measure(autocannon, app, { ...at100, label: `c2. GET ${location} (cached)`, path: location });
    const long = await measure(autocannon, app, { ...compare, label: `d. GET /compare, ${LONG_DURATION_S} s`, duration: LONG_DURATION_S });
    const rows = [pageBase, compareRow, jsonBase, jsonRow, pasteRow, shareRow, long];

    // 3. Uncached share links while a heavy job runs.
    const uncached = await uncachedRow(app, oldText, newText, pasteHeaders);

    report(baseline, rows, compareRow, long, startupRss);

    console.log(`\nSame bytes from memory (issue 14: a cached answer at ${SAME_BYTES_RATIO} times its same-bytes baseline or better, 100 connections):`);
    const pageOk = sameBytes('a. cached comparison page', compareRow, pageBase, pageBytes.length);
    const jsonOk = sameBytes('b. cached JSON API', jsonRow, jsonBase, apiBytes.length);
    const died = [baseline, ...rows].filter((r) => r.died);
    for (const s of servers) if (s.exited && !s.stopping) console.error(`\n${s.name} stderr:\n${s.stderr()}`);
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return died.length || !pageOk || !jsonOk || !uncached.ok ? 1 : 0;
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
