// `npm run soak`: a bounded soak of the web viewer, then the SIGKILL fault check.
//
//   npm run soak                      10 minutes, 16 connections, at most 120 requests/s
//   npm run soak -- --minutes 1       for development
//   options: --minutes N (default 10), --connections N (16), --port N (0: the kernel picks one),
//            --rate N (requests per second across all connections, default 120; 0 = no cap),
//            --seed N (the mix and the order of the pasted variants, default 1)
//
// 1. Soak. The server runs as its own process (dist/src/server/main.js, HOST=127.0.0.1,
//    RESDIFF_OFFLINE=1, RESDIFF_QUIET=1, RESDIFF_DB in a temporary folder). A fetch loop with
//    bounded concurrency mixes page views (/, /corpus, /compare for two corpus pairs in every
//    view and filter, htmx fragments and detail partials), the API (GET and POST /api/diff),
//    pastes (POST /paste of real corpus texts and variants derived from them with one or two
//    paragraphs removed, so that many distinct share links are created) and reads of the share
//    links created earlier (GET /c/<id>, its fragments and details). Every 303 of a paste is an
//    acknowledged link. The server's RSS is read from /proc/<pid>/status every second.
// 2. Fault. Pastes only, as fast as the connections allow, each one new; the server is killed
//    with SIGKILL in the middle of the burst. It is restarted on the same database file; every
//    link acknowledged before the kill (in the soak and in the burst) must open (200, the same
//    page as before where it was read before, its stored texts exactly the texts sent), and
//    `PRAGMA integrity_check` on the database (read with its WAL) must answer ok.
// Checks, printed PASS/FAIL at the end; the exit status is 1 when any fails:
//   0 errors in the soak (non-2xx/3xx answers, socket errors, wrong redirects, changed pages);
//   the server's RSS grows less than 10% between minute 2 and the end (runs shorter than 4
//   minutes: from half-way); every acknowledged link survives; integrity_check is ok.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { allParagraphs } from '../src/model/resolution.js';
import { parseResolution } from '../src/parse/parseResolution.js';
import { contentId } from '../src/server/store.js';
import { VariantBuilder } from '../test/helpers/variants.js';
import { mulberry32 } from './accuracy/rng.js';
import { machineTicks, memory, processTicks, rssMiB } from './proc.js';
import { ROOT, startServer as startProcess, stopServer as stopProcess, stopServersOnExit, type ServerProcess as Server } from './serverProcess.js';

const HOST = '127.0.0.1';
const APP_MAIN = join(ROOT, 'dist', 'src', 'server', 'main.js');
const REQUEST_TIMEOUT_MS = 10_000;
const RSS_INTERVAL_MS = 1000;
const RSS_GROWTH_LIMIT = 0.1;
/** The fault burst: SIGKILL once this many pastes of the burst are acknowledged (or after 10 s). */
const BURST_ACKS_BEFORE_KILL = 150;

// --- Options -----------------------------------------------------------------------------------

interface Options {
  minutes: number;
  connections: number;
  port: number;
  rate: number;
  seed: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { minutes: 10, connections: 16, port: 0, rate: 120, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--(minutes|connections|port|rate|seed)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown option ${arg} (options: --minutes N, --connections N, --port N, --rate N, --seed N)`);
    const raw = m[2] ?? argv[++i];
    const value = Number(raw);
    const key = m[1] as keyof Options;
    const ok =
      raw !== undefined &&
      Number.isFinite(value) &&
      (key === 'minutes' ? value > 0 && value <= 24 * 60 : key === 'connections' ? Number.isInteger(value) && value >= 1 && value <= 256 : key === 'port' ? Number.isInteger(value) && value >= 0 && value < 65536 : value >= 0);
    if (!ok) throw new Error(`--${key} needs a ${key === 'minutes' ? 'positive number' : 'whole number in range'}, not ${raw ?? 'nothing'}`);
    options[key] = value;
  }
  return options;
}

// --- Pasted texts: real corpus texts and variants derived from them ------------------------------

interface TextVariant {
  /** "A/RES/68/160" or "A/RES/68/160 without OP3, PP2" (ids of the original text). */
  label: string;
  raw: string;
}

interface Series {
  name: string;
  old: TextVariant[];
  new: TextVariant[];
}

/** The text itself, every variant with one paragraph removed, and every one with two removed. */
function variantsOf(file: string): TextVariant[] {
  const base = new VariantBuilder(file);
  const symbol = base.resolution.symbol ?? file;
  const out: TextVariant[] = [{ label: symbol, raw: base.raw }];
  const ids = base.paragraphs.map((p) => p.id);
  for (let i = 0; i < ids.length; i++) {
    const one = base.delete(ids[i]!);
    out.push({ label: `${symbol} without ${ids[i]!.toUpperCase()}`, raw: one.raw });
    // The second deletion is made on the variant, whose later ids have shifted down by one.
    const chained = new VariantBuilder(file, one.raw);
    for (let j = i + 1; j < ids.length; j++) {
      const shifted = ids[j]!.slice(0, 2) === ids[i]!.slice(0, 2) ? `${ids[j]!.slice(0, 2)}${Number(ids[j]!.slice(2)) - 1}` : ids[j]!;
      if (!chained.paragraphs.some((p) => p.id === shifted)) continue;
      out.push({ label: `${symbol} without ${ids[i]!.toUpperCase()}, ${ids[j]!.toUpperCase()}`, raw: chained.delete(shifted).raw });
    }
  }
  // Only texts that still read as a resolution with paragraphs: the server answers 422 to others.
  return out.filter((v) => {
    try {
      return allParagraphs(parseResolution(v.raw)).length > 0;
    } catch {
      return false;
    }
  });
}

/** Every (old variant, new variant) of a series, in a seeded random order. */
class PasteCursor {
  private readonly order: Array<[number, number, number]> = [];
  private next = 0;
  wrapped = false;

  constructor(
    readonly series: Series[],
    random: () => number,
  ) {
    series.forEach((s, k) => {
      for (let i = 0; i < s.old.length; i++) for (let j = 0; j < s.new.length; j++) this.order.push([k, i, j]);
    });
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [this.order[i], this.order[j]] = [this.order[j]!, this.order[i]!];
    }
  }

  get size(): number {
    return this.order.length;
  }

  take(): Paste {
    if (this.next >= this.order.length) {
      this.next = 0;
      this.wrapped = true;
    }
    const [k, i, j] = this.order[this.next++]!;
    return pasteOf(this.series[k]!, i, j);
  }
}

interface Paste {
  id: string;
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
}

function pasteOf(series: Series, i: number, j: number): Paste {
  const o = series.old[i]!;
  const n = series.new[j]!;
  const pair = { oldText: o.raw, newText: n.raw, oldLabel: o.label, newLabel: n.label };
  return { id: contentId(pair), ...pair };
}

// --- The server process ------------------------------------------------------------------------

let tempDir: string | undefined;

/** The app on HOST:port (0: the kernel picks), offline and quiet, on the database `db`. */
const startServer = (port: number, db: string) =>
  startProcess('the server', [APP_MAIN], { HOST, PORT: String(port), RESDIFF_DB: db, RESDIFF_OFFLINE: '1', RESDIFF_QUIET: '1' });
/** SIGTERM (a clean close), then SIGKILL after 10 s; the exit code. */
const stopServer = (server: Server) => stopProcess(server, 10_000);

// --- Load: one request, recorded ---------------------------------------------------------------

interface Outcome {
  status: number;
  body: Buffer;
  location: string | null;
}

interface Request {
  route: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Checks a 2xx/3xx answer beyond its status; returns what is wrong, if anything. */
  check?: (outcome: Outcome) => string | undefined;
}

class Stats {
  readonly started = performance.now();
  /** A request is counted in the minute it started (one that ends after the last minute, in the last). */
  constructor(private readonly minutes = Infinity) {}
  /** Latencies (ms) per minute since the start, and counts. */
  readonly perMinute: Array<{ latencies: number[]; errors: number }> = [];
  readonly byRoute = new Map<string, { requests: number; errors: Map<string, number>; latencies: number[] }>();
  errors = 0;
  requests = 0;

  record(route: string, ms: number, error: string | undefined, at = performance.now()): void {
    const minute = Math.max(0, Math.min(Math.ceil(this.minutes) - 1, Math.floor((at - this.started) / 60_000)));
    while (this.perMinute.length <= minute) this.perMinute.push({ latencies: [], errors: 0 });
    const bucket = this.perMinute[minute]!;
    bucket.latencies.push(ms);
    let r = this.byRoute.get(route);
    if (!r) this.byRoute.set(route, (r = { requests: 0, errors: new Map(), latencies: [] }));
    r.requests++;
    r.latencies.push(ms);
    this.requests++;
    if (error !== undefined) {
      bucket.errors++;
      this.errors++;
      r.errors.set(error, (r.errors.get(error) ?? 0) + 1);
    }
  }
}

async function send(base: string, req: Request): Promise<Outcome> {
  const res = await fetch(`${base}${req.path}`, {
    method: req.method,
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    ...(req.headers ? { headers: req.headers } : {}),
    ...(req.body !== undefined ? { body: req.body } : {}),
  });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), location: res.headers.get('location') };
}

function socketError(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError') return `timeout after ${REQUEST_TIMEOUT_MS / 1000} s`;
  return `socket error ${e.cause?.code ?? e.code ?? e.cause?.message ?? e.message ?? String(error)}`;
}

/** Sends a request and records it; the outcome when it was answered with 2xx/3xx and passed its check. */
async function timed(base: string, req: Request, stats: Stats): Promise<Outcome | undefined> {
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    outcome = await send(base, req);
  } catch (error) {
    stats.record(req.route, performance.now() - t0, socketError(error), t0);
    return undefined;
  }
  const ms = performance.now() - t0;
  const problem = outcome.status < 200 || outcome.status >= 400 ? `status ${outcome.status}` : req.check?.(outcome);
  stats.record(req.route, ms, problem, t0);
  return problem === undefined ? outcome : undefined;
}

const sha = (body: Buffer) => createHash('sha256').update(body).digest('hex');
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// --- The mix -----------------------------------------------------------------------------------

interface Corpus {
  pairs: Array<{ old: string; new: string; lang: string; anchors: string[] }>;
}

interface Acked extends Paste {
  phase: 'soak' | 'burst';
}

class Workload {
  /** Links whose 303 arrived, in order. */
  readonly acked = new Map<string, Acked>();
  readonly ackedOrder: string[] = [];
  /** sha256 of the page GET /c/<id> (side, all, full page) the first time it was read. */
  readonly pageHash = new Map<string, string>();
  pastes = 0;

  constructor(
    private readonly corpus: Corpus,
    readonly cursor: PasteCursor,
    private readonly random: () => number,
  ) {}

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  pasteRequest(phase: Acked['phase']): Request {
    const p = this.cursor.take();
    this.pastes++;
    return {
      route: 'POST /paste',
      method: 'POST',
      path: '/paste',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ oldText: p.oldText, newText: p.newText, oldLabel: p.oldLabel, newLabel: p.newLabel }).toString(),
      check: (o) => {
        if (o.status !== 303) return `status ${o.status}, not 303`;
        if (o.location !== `/c/${p.id}`) return `redirect to ${o.location ?? 'nowhere'}, not /c/<its content id>`;
        if (!this.acked.has(p.id)) {
          this.acked.set(p.id, { ...p, phase });
          this.ackedOrder.push(p.id);
        }
        return undefined;
      },
    };
  }

  /** A link acknowledged earlier: half the time one of the 50 latest, else any. */
  private sharedId(): string | undefined {
    const n = this.ackedOrder.length;
    if (n === 0) return undefined;
    return this.random() < 0.5 ? this.ackedOrder[n - 1 - Math.floor(this.random() * Math.min(50, n))] : this.pick(this.ackedOrder);
  }

  private shareRead(id: string): Request {
    const roll = this.random();
    if (roll < 0.4) {
      // The page as a browser first opens it: its content must never change.
      return {
        route: 'GET /c/:id',
        method: 'GET',
        path: `/c/${id}`,
        check: (o) => {
          if (o.status !== 200) return `status ${o.status}, not 200`;
          const hash = sha(o.body);
          const seen = this.pageHash.get(id);
          if (seen === undefined) this.pageHash.set(id, hash);
          else if (seen !== hash) return 'page changed between reads';
          return undefined;
        },
      };
    }
    if (roll < 0.75) {
      const view = this.pick(['side', 'inline']);
      const show = this.pick(['all', 'changed', 'substantive']);
      const hx = this.random() < 0.5;
      return { route: `GET /c/:id?view&show${hx ? ' (HX)' : ''}`, method: 'GET', path: `/c/${id}?view=${view}&show=${show}`, ...(hx ? { headers: { 'HX-Request': 'true' } } : {}), check: ok200 };
    }
    // Every variant keeps a first preambular paragraph, so p-pp1 always exists.
    return { route: 'GET /c/:id/detail (HX)', method: 'GET', path: `/c/${id}/detail?p=p-pp1`, headers: { 'HX-Request': 'true' }, check: ok200 };
  }

  next(): Request {
    const roll = this.random() * 100;
    const pair = this.pick(this.corpus.pairs);
    const q = `old=${pair.old}&new=${pair.new}&lang=${pair.lang}`;
    const view = this.pick(['side', 'inline']);
    const show = this.pick(['all', 'changed', 'substantive']);
    if (roll < 4) return { route: 'GET /', method: 'GET', path: '/', check: ok200 };
    if (roll < 8) return { route: 'GET /corpus', method: 'GET', path: '/corpus', check: ok200 };
    if (roll < 11) return { route: 'GET /healthz', method: 'GET', path: '/healthz', check: ok200 };
    if (roll < 27) return { route: 'GET /compare', method: 'GET', path: `/compare?${q}&view=${view}&show=${show}`, check: ok200 };
    if (roll < 33) return { route: 'GET /compare (HX)', method: 'GET', path: `/compare?${q}&view=${view}&show=${show}`, headers: { 'HX-Request': 'true' }, check: ok200 };
    if (roll < 43)
      return { route: 'GET /compare/detail (HX)', method: 'GET', path: `/compare/detail?${q}&view=${view}&show=${show}&p=${this.pick(pair.anchors)}`, headers: { 'HX-Request': 'true' }, check: ok200 };
    if (roll < 53) return { route: 'GET /api/diff', method: 'GET', path: `/api/diff?${q}`, check: okJson };
    if (roll < 59) {
      // Two texts of one series, not necessarily ones pasted: the API stores nothing.
      const s = this.pick(this.cursor.series);
      return { route: 'POST /api/diff', method: 'POST', path: '/api/diff', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ old: this.pick(s.old).raw, new: this.pick(s.new).raw }), check: okJson };
    }
    const id = this.sharedId();
    if (roll < 67 || id === undefined) return this.pasteRequest('soak');
    return this.shareRead(id);
  }
}

const ok200 = (o: Outcome) => (o.status === 200 ? undefined : `status ${o.status}, not 200`);
const okJson = (o: Outcome) => {
  if (o.status !== 200) return `status ${o.status}, not 200`;
  try {
    const json = JSON.parse(o.body.toString('utf8')) as { changes?: unknown };
    return Array.isArray(json.changes) ? undefined : 'JSON without changes';
  } catch {
    return 'not JSON';
  }
};

/** Paces requests across all workers: at most `rate` per second (no catching up after a stall). */
function pacer(rate: number): () => Promise<void> {
  let next = performance.now();
  return async () => {
    if (rate <= 0) return;
    const now = performance.now();
    const slot = Math.max(next, now);
    next = slot + 1000 / rate;
    if (slot > now) await sleep(slot - now);
  };
}

// --- Report helpers ----------------------------------------------------------------------------

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function table(header: string[], rows: string[][], alignLeft: number[] = [0]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (alignLeft.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(1));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

interface RssSample {
  /** Seconds since the soak started. */
  t: number;
  mib: number;
  /** Its parts: anonymous memory (heaps), mapped files (code, the database's -shm), shared memory. */
  anon: number;
  file: number;
  shmem: number;
}

/** The median RSS in the `window` seconds that end at `t`. */
function rssAround(samples: RssSample[], t: number, window: number): number | undefined {
  const inWindow = samples.filter((s) => s.t > t - window && s.t <= t + 0.5).map((s) => s.mib);
  return inWindow.length ? quantile(inWindow, 0.5) : undefined;
}

/** Least-squares slope of RSS over time, MiB per minute. */
function slope(samples: RssSample[]): number | undefined {
  if (samples.length < 2) return undefined;
  const n = samples.length;
  const mt = samples.reduce((a, s) => a + s.t, 0) / n;
  const mr = samples.reduce((a, s) => a + s.mib, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.t - mt) * (s.mib - mr);
    den += (s.t - mt) ** 2;
  }
  return den === 0 ? undefined : (num / den) * 60;
}

// --- Main --------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(APP_MAIN)) {
    console.error(`soak: ${APP_MAIN} is missing; run npm run build first`);
    return 1;
  }
  tempDir = mkdtempSync(join(tmpdir(), 'resdiff-soak-'));
  const dbPath = join(tempDir, 'soak.sqlite');
  const random = mulberry32(options.seed);
  const started = performance.now();

  const series: Series[] = [
    { name: 'A/RES/55/109 -> A/RES/68/160 (zh)', old: variantsOf('A-RES-55-109.zh.txt'), new: variantsOf('A-RES-68-160.zh.txt') },
    { name: 'A/HRC/RES/19/33 -> A/HRC/RES/28/2 (en)', old: variantsOf('A-HRC-RES-19-33.en.txt'), new: variantsOf('A-HRC-RES-28-2.en.txt') },
  ];
  const cursor = new PasteCursor(series, random);
  console.log(
    `resdiff soak: node ${process.version}, ${machineTicks()?.cpus ?? '?'} CPUs, ${options.minutes} min, ${options.connections} connections, ` +
      `${options.rate > 0 ? `at most ${options.rate} requests/s` : 'no rate cap'}, seed ${options.seed}`,
  );
  console.log(
    `pasted texts: ${series.map((s) => `${s.name}: ${s.old.length} x ${s.new.length} variants`).join('; ')} ` +
      `(each text itself, and with one or two paragraphs removed): ${cursor.size.toLocaleString('en-US')} distinct pastes`,
  );

  let server = await startServer(options.port, dbPath);
  console.log(`server: pid ${server.pid}, ${server.base}, database ${dbPath}, RSS ${f1(rssMiB(server.pid))} MiB after startup`);

  // Warm-up outside the measurement: the detail anchors of each corpus pair come from the API.
  const corpus: Corpus = { pairs: [] };
  for (const [old, neu, lang] of [
    ['A/RES/55/109', 'A/RES/68/160', 'zh'],
    ['A/HRC/RES/19/33', 'A/HRC/RES/28/2', 'en'],
  ] as const) {
    const res = await fetch(`${server.base}/api/diff?old=${old}&new=${neu}&lang=${lang}`);
    if (res.status !== 200) throw new Error(`GET /api/diff for ${old} -> ${neu} answered ${res.status}`);
    const json = (await res.json()) as { changes: Array<{ old: { id: string } | null; new: { id: string } | null }> };
    const anchors = json.changes.map((c) => (c.new ? `p-${c.new.id}` : `p-old-${c.old!.id}`));
    corpus.pairs.push({ old, new: neu, lang, anchors });
  }
  const workload = new Workload(corpus, cursor, random);

  // --- 1. The soak.
  const stats = new Stats(options.minutes);
  const rss: RssSample[] = [];
  const cpu: Array<{ server: number; load: number; others: number } | undefined> = [];
  const durationMs = options.minutes * 60_000;
  let cpuMark = { m: machineTicks(), s: processTicks(server.pid), l: processTicks('self') };
  const sampleCpu = () => {
    const m = machineTicks();
    const s = processTicks(server.pid);
    const l = processTicks('self');
    const prev = cpuMark;
    cpuMark = { m, s, l };
    if (!m || !prev.m || s === undefined || prev.s === undefined || l === undefined || prev.l === undefined) return undefined;
    const perCore = (m.total - prev.m.total) / m.cpus;
    if (perCore <= 0) return undefined;
    const srv = (s - prev.s) / perCore;
    const load = (l - prev.l) / perCore;
    return { server: srv, load, others: Math.max(0, (m.busy - prev.m.busy) / perCore - srv - load) };
  };
  const soakServer = server;
  const rssTimer = setInterval(() => {
    const v = memory(soakServer.pid);
    if (v) rss.push({ t: (performance.now() - stats.started) / 1000, mib: v.VmRSS, anon: v.RssAnon, file: v.RssFile, shmem: v.RssShmem });
  }, RSS_INTERVAL_MS);
  let lastMinute = 0;
  /** At each minute's end (and at the end of the soak): that minute's CPU, and one line of progress. */
  const tick = (minute = Math.min(Math.ceil(options.minutes - 1e-9), Math.floor((performance.now() - stats.started) / 60_000))) => {
    if (minute <= lastMinute) return;
    for (; lastMinute < minute; lastMinute++) cpu[lastMinute] = lastMinute === minute - 1 ? sampleCpu() : undefined;
    const b = stats.perMinute[minute - 1];
    process.stdout.write(
      `  minute ${minute}: ${b?.latencies.length ?? 0} requests, ${b?.errors ?? 0} errors, p99 ${f1(b ? quantile(b.latencies, 0.99) : undefined)} ms, ` +
        `RSS ${f1(rss.at(-1)?.mib)} MiB, ${workload.acked.size} links acknowledged\n`,
    );
  };
  const progress = setInterval(tick, 1000);
  const pace = pacer(options.rate);
  const deadline = stats.started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline && !soakServer.exited) {
      await pace();
      if (performance.now() >= deadline) break;
      await timed(soakServer.base, workload.next(), stats);
    }
  };
  console.log(`\n1. soak: ${options.minutes} min`);
  await Promise.all(Array.from({ length: options.connections }, worker));
  clearInterval(rssTimer);
  clearInterval(progress);
  const soakSeconds = (performance.now() - stats.started) / 1000;
  tick(Math.ceil(options.minutes - 1e-9));
  const diedInSoak = soakServer.exited ? `the server exited during the soak (${soakServer.exited.signal ?? `code ${soakServer.exited.code}`})\n${soakServer.stderr()}` : undefined;
  const soakAcked = workload.acked.size;

  // --- 2. The fault: a burst of new pastes, SIGKILL in the middle of it.
  console.log(`\n2. fault: pastes only on ${options.connections} connections, no rate cap; SIGKILL after ${BURST_ACKS_BEFORE_KILL} of them are acknowledged`);
  let burstAcks = 0;
  let burstSent = 0;
  let burstUnanswered = 0;
  let burstOther = 0;
  let killed = false;
  let killedAt = 0;
  const burstStart = performance.now();
  const burstServer = server;
  const burstWorker = async () => {
    while (!killed && !burstServer.exited && performance.now() - burstStart < 30_000) {
      const req = workload.pasteRequest('burst');
      burstSent++;
      try {
        const o = await send(burstServer.base, req);
        // Counted whenever it arrives, even after the kill was sent: the server committed it before answering.
        if (req.check!(o) === undefined) burstAcks++;
        else burstOther++;
      } catch {
        burstUnanswered++;
      }
    }
  };
  const killer = (async () => {
    while (!burstServer.exited && burstAcks < BURST_ACKS_BEFORE_KILL && performance.now() - burstStart < 10_000) await sleep(2);
    killedAt = performance.now();
    killed = true;
    burstServer.child.kill('SIGKILL');
    await burstServer.exitPromise;
  })();
  await Promise.all([killer, ...Array.from({ length: options.connections }, burstWorker)]);
  const walPath = `${dbPath}-wal`;
  const walBytes = existsSync(walPath) ? statSync(walPath).size : 0;
  const burstSeconds = (killedAt - burstStart) / 1000;
  console.log(
    `  killed pid ${burstServer.pid} after ${burstSeconds.toFixed(2)} s (${burstServer.exited?.signal ?? `code ${burstServer.exited?.code}`}): ` +
      `${burstSent} pastes sent, ${burstAcks} acknowledged (303), ${burstUnanswered} cut off without an answer, ${burstOther} other answers; ` +
      `-wal file left on disk: ${(walBytes / 1024).toFixed(0)} KiB`,
  );

  // --- 3. Restart on the same database: every acknowledged link, and the database's integrity.
  server = await startServer(options.port, dbPath);
  console.log(`\n3. restarted: pid ${server.pid}, ${server.base}, same database; checking ${workload.acked.size} acknowledged links`);
  const lost: string[] = [];
  const changed: string[] = [];
  const ids = [...workload.ackedOrder];
  let cursorAt = 0;
  const verifyStart = performance.now();
  const restarted = server;
  const verifier = async () => {
    while (cursorAt < ids.length) {
      const id = ids[cursorAt++]!;
      const a = workload.acked.get(id)!;
      let o: Outcome | undefined;
      for (let attempt = 0; attempt < 2 && !o; attempt++) o = await send(restarted.base, { route: 'verify', method: 'GET', path: `/c/${id}` }).catch(() => undefined);
      if (!o || o.status !== 200) {
        lost.push(`${id} (${a.phase}): ${o ? `status ${o.status}` : 'no answer'}`);
        continue;
      }
      const html = o.body.toString('utf8');
      const seen = workload.pageHash.get(id);
      if ((seen !== undefined && seen !== sha(o.body)) || !html.includes(a.oldLabel) || !html.includes(a.newLabel)) changed.push(`${id} (${a.phase}): the page differs from before`);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, verifier));
  const verifySeconds = (performance.now() - verifyStart) / 1000;

  // The stored rows, read with better-sqlite3 while the restarted server holds the database
  // (WAL: this connection reads the main file and the WAL through the shared index).
  let integrity = 'not run';
  let rows = 0;
  const rowProblems: string[] = [];
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
      rows = (db.prepare('SELECT COUNT(*) AS n FROM comparisons').get() as { n: number }).n;
      const select = db.prepare('SELECT old_label, new_label, old_text, new_text FROM comparisons WHERE id = ?');
      for (const id of ids) {
        const a = workload.acked.get(id)!;
        const row = select.get(id) as { old_label: string; new_label: string; old_text: string; new_text: string } | undefined;
        if (!row) rowProblems.push(`${id} (${a.phase}): no row`);
        else if (row.old_text !== a.oldText || row.new_text !== a.newText || row.old_label !== a.oldLabel || row.new_label !== a.newLabel) rowProblems.push(`${id} (${a.phase}): stored texts differ`);
      }
    } finally {
      db.close();
    }
  } catch (error) {
    integrity = `could not be read: ${(error as Error).message}`;
  }
  const cleanExit = await stopServer(server);

  // --- Report.
  console.log(`\nResults (${soakSeconds.toFixed(0)} s soak at ${options.connections} connections; server pid ${soakServer.pid})`);
  console.log(`\nPer minute (p50/p99/max latency in ms, request start to body read; RSS: median of the last 30 s; CPU in cores, 1.00 = one core busy: the server, this load generator, other processes on the machine):\n`);
  const minuteRows = stats.perMinute.map((b, m) => {
    const end = Math.min((m + 1) * 60, soakSeconds);
    const secs = end - m * 60;
    const c = cpu[m];
    return [
      String(m + 1),
      String(b.latencies.length),
      (b.latencies.length / secs).toFixed(1),
      String(b.errors),
      f1(quantile(b.latencies, 0.5)),
      f1(quantile(b.latencies, 0.99)),
      f1(Math.max(...b.latencies)),
      f1(rssAround(rss, end, 30)),
      c ? c.server.toFixed(2) : 'n/a',
      c ? c.load.toFixed(2) : 'n/a',
      c ? c.others.toFixed(2) : 'n/a',
    ];
  });
  console.log(table(['minute', 'requests', 'req/s', 'errors', 'p50', 'p99', 'max', 'RSS MiB', 'server CPU', 'soak CPU', 'others CPU'], minuteRows));

  console.log('\nPer route (errors: non-2xx/3xx answers, socket errors and timeouts, wrong redirects, pages that changed):\n');
  const routeRows = [...stats.byRoute]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, r]) => [route, String(r.requests), String([...r.errors.values()].reduce((a, b) => a + b, 0)), f1(quantile(r.latencies, 0.5)), f1(quantile(r.latencies, 0.99)), [...r.errors].map(([what, n]) => `${n} x ${what}`).join('; ')]);
  routeRows.push(['all', String(stats.requests), String(stats.errors), f1(quantile(stats.perMinute.flatMap((b) => b.latencies), 0.5)), f1(quantile(stats.perMinute.flatMap((b) => b.latencies), 0.99)), '']);
  console.log(table(['route', 'requests', 'errors', 'p50 ms', 'p99 ms', 'what'], routeRows, [0, 5]));

  // Minute 2 to the end (minute 10 by default); shorter runs skip their first half (caches filling).
  const from = Math.min(2, options.minutes / 2);
  const window = Math.min(30, (from * 60) / 2);
  const rssFrom = rssAround(rss, from * 60, window);
  const rssEnd = rssAround(rss, soakSeconds, window);
  const growth = rssFrom !== undefined && rssEnd !== undefined ? rssEnd / rssFrom - 1 : undefined;
  const after = rss.filter((s) => s.t >= from * 60);
  const rate = slope(after);
  const values = rss.map((s) => s.mib);
  console.log(
    `\nRSS: ${rss.length} samples every ${RSS_INTERVAL_MS / 1000} s; min ${f1(Math.min(...values))}, max ${f1(Math.max(...values))} MiB; ` +
      `minute ${f1(from)}: ${f1(rssFrom)} MiB, end (minute ${f1(soakSeconds / 60)}): ${f1(rssEnd)} MiB (medians of ${window.toFixed(0)} s windows); ` +
      `growth ${growth === undefined ? 'n/a' : `${(growth * 100).toFixed(1)}%`}; slope from minute ${f1(from)} on: ${rate === undefined ? 'n/a' : `${rate >= 0 ? '+' : ''}${rate.toFixed(2)} MiB/min`}`,
  );
  const parts = (t: number) => {
    const s = rss.reduce<RssSample | undefined>((best, x) => (!best || Math.abs(x.t - t) < Math.abs(best.t - t) ? x : best), undefined);
    return s ? `${f1(s.mib)} MiB at ${s.t.toFixed(0)} s = anon ${f1(s.anon)} + file ${f1(s.file)} + shmem ${f1(s.shmem)}` : 'n/a';
  };
  console.log(`RSS parts: ${parts(from * 60)}; ${parts(soakSeconds)}`);
  console.log(
    `Links: ${soakAcked} acknowledged in the soak (${workload.pastes - burstSent} pastes${cursor.wrapped ? '; the variants ran out and repeated' : ''}), ` +
      `${burstAcks} in the burst; ${workload.pageHash.size} read before the kill and compared byte for byte after it; ` +
      `after the restart: ${ids.length - lost.length}/${ids.length} open (${verifySeconds.toFixed(1)} s), ${changed.length} changed; ` +
      `${rows} rows in the database, ${rowProblems.length} acknowledged links missing or different there`,
  );
  for (const line of [...lost, ...changed, ...rowProblems].slice(0, 20)) console.log(`  ${line}`);
  console.log(`integrity_check after the SIGKILL and restart: ${integrity}; the restarted server ${cleanExit === 0 ? 'exited 0 on SIGTERM' : `exited with ${cleanExit} on SIGTERM`}`);
  if (diedInSoak) console.log(diedInSoak);

  const checks: Array<[string, boolean]> = [
    [`0 errors in the soak (${stats.errors})`, stats.errors === 0 && !diedInSoak],
    [`RSS growth from minute ${f1(from)} to the end < ${RSS_GROWTH_LIMIT * 100}% (${growth === undefined ? 'n/a' : `${(growth * 100).toFixed(1)}%`})`, growth !== undefined && growth < RSS_GROWTH_LIMIT],
    [
      `every acknowledged link survives SIGKILL and restart (${ids.length - lost.length - changed.length}/${ids.length}, stored texts intact: ${ids.length - rowProblems.length}/${ids.length})`,
      ids.length > 0 && lost.length === 0 && changed.length === 0 && rowProblems.length === 0 && burstAcks > 0 && burstServer.exited?.signal === 'SIGKILL',
    ],
    [`PRAGMA integrity_check = ok (${integrity})`, integrity === 'ok'],
  ];
  console.log('');
  for (const [what, ok] of checks) console.log(`${verdict(ok)}  ${what}`);
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return checks.every(([, ok]) => ok) && cleanExit === 0 ? 0 : 1;
}

stopServersOnExit(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
try {
  process.exitCode = await main();
} catch (error) {
  console.error(`\nsoak: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
