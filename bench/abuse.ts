// `npm run bench:abuse`: the hostile requests of issue 14, replayed in one run against the built
// server on 127.0.0.1 (dist/src/server/main.js) with a local ODS stand-in (test/helpers/fakeOds.ts),
// while /healthz is polled every 20 ms and the server's RSS (VmRSS of the process, its worker
// threads included) sampled every 50 ms. For each case it prints the statuses, the time, the worst
// /healthz latency meanwhile and the peak RSS; then the targets, PASS or FAIL each, and exits 1
// when one fails.
//
//   node dist/bench/abuse.js [--quick] [--cases word-bomb,pdfs,...]
//
// Bounded: every request has a deadline, the cases run one after another, the whole run stops
// after RUN_LIMIT_MS. The inputs are generated (bench/abuse/) or derived from corpus texts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOds, type FakeOds } from '../test/helpers/fakeOds.js';
import { heavyPdf, textPdf } from './abuse/pdf.js';
import { corpusText, EN, grown, HRC, HRC2, tinyParagraphs, withCjkRun, ZH } from './abuse/payloads.js';
import { wordBomb } from './abuse/wordBomb.js';
import { rssMiB } from './proc.js';
import { ROOT, startServer, stopServer, stopServersOnExit, type ServerProcess } from './serverProcess.js';

const HOST = '127.0.0.1';
const APP_MAIN = join(ROOT, 'dist', 'src', 'server', 'main.js');
const HEALTH_EVERY_MS = 20;
const RSS_EVERY_MS = 50;
const RUN_LIMIT_MS = 8 * 60_000;
const STARTUP_IDLE_MS = 2000;
/** The server's fetch timeout in this run (RESDIFF_FETCH_TIMEOUT_MS): the slow drip must be answered within it. */
const FETCH_TIMEOUT_MS = 5000;

const TARGET = { healthP99Ms: 100, peakRssMiB: 1024, smallPdfMs: 2000 };

const quick = process.argv.includes('--quick');
const picked = (() => {
  const at = process.argv.indexOf('--cases');
  return at >= 0 ? new Set((process.argv[at + 1] ?? '').split(',').filter(Boolean)) : undefined;
})();

// --- Watching the server -----------------------------------------------------------------------

interface HealthSample {
  start: number;
  end: number;
  status: number;
}

/** Polls /healthz one request at a time, every HEALTH_EVERY_MS, and samples the RSS, until stopped. */
function watch(server: ServerProcess) {
  const health: HealthSample[] = [];
  const rss: { at: number; mib: number }[] = [];
  let running = true;
  const poll = async () => {
    while (running) {
      const start = performance.now();
      let status = 0;
      try {
        const res = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = 0;
      }
      const end = performance.now();
      health.push({ start, end, status });
      const wait = HEALTH_EVERY_MS - (end - start);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  };
  const polling = poll();
  const timer = setInterval(() => {
    const mib = rssMiB(server.pid);
    if (mib !== undefined) rss.push({ at: performance.now(), mib });
  }, RSS_EVERY_MS);
  return {
    health,
    rss,
    /** The worst /healthz latency of the polls that overlapped [from, to], and the peak RSS then. */
    during(from: number, to: number) {
      const polls = health.filter((h) => h.end >= from && h.start <= to);
      const samples = rss.filter((r) => r.at >= from - RSS_EVERY_MS && r.at <= to + RSS_EVERY_MS);
      return {
        worstHealthMs: polls.length ? Math.max(...polls.map((h) => h.end - h.start)) : NaN,
        polls: polls.length,
        failedPolls: polls.filter((h) => h.status !== 200).length,
        peakRss: samples.length ? Math.max(...samples.map((r) => r.mib)) : NaN,
      };
    },
    async stop() {
      running = false;
      clearInterval(timer);
      await polling;
    },
  };
}

// --- Requests ----------------------------------------------------------------------------------

interface Answer {
  status: number;
  ms: number;
  /** When it was sent, from the start of the run. */
  sentAt: number;
  /** An error answer's message (or why there was no answer), for the report. */
  text: string;
  /** An error answer's whole body (a page: is the form still filled in?). */
  body?: string;
}

let base = '';

/** One request with a deadline; status 0 when it failed or ran out of time. */
async function send(path: string, init: RequestInit = {}, deadlineMs = 60_000): Promise<Answer> {
  const sentAt = performance.now();
  try {
    const res = await fetch(`${base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(deadlineMs), ...init });
    const text = await res.text();
    return { status: res.status, ms: performance.now() - sentAt, sentAt, text: res.status >= 400 ? messageOf(text) : '', ...(res.status >= 400 ? { body: text } : {}) };
  } catch (e) {
    return { status: 0, ms: performance.now() - sentAt, sentAt, text: (e as Error).name === 'TimeoutError' ? `no answer within ${deadlineMs} ms` : (e as Error).message };
  }
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function paste(fields: Record<string, string | { name: string; bytes: Uint8Array; type: string }>): RequestInit {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'string') form.append(k, v);
    else form.append(k, new Blob([v.bytes], { type: v.type }), v.name);
  }
  return { method: 'POST', body: form };
}

/** At most `limit` of `tasks` at once, in order. */
async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const k = next++;
      out[k] = await tasks[k]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return out;
}

// --- The cases ---------------------------------------------------------------------------------

interface CaseResult {
  answers: Answer[];
  /** Whether each answer is one this case accepts (status and time). */
  ok: boolean;
  /** What was accepted, for the report. */
  expected: string;
  note?: string;
  /**
   * Why this case's 5xx is the right answer, for a case that is a failure of the UN's server (the
   * stand-in), not a heavy request: it gets a target line of its own, saying so.
   */
  upstream?: string;
}

interface Case {
  id: string;
  title: string;
  /** The longest any one answer may take (ms). */
  budgetMs: number;
  run(): Promise<CaseResult>;
}

/** 4xx, or a success (200, or 303 for the paste form) within the budget: never a 5xx, never silence. */
const heavyOk = (a: Answer, budgetMs: number) => a.status >= 200 && a.status < 500 && a.ms <= budgetMs;

function heavy(answers: Answer[], budgetMs: number, note?: string): CaseResult {
  return { answers, ok: answers.every((a) => heavyOk(a, budgetMs)), expected: `4xx, or 200/303, within ${budgetMs / 1000} s`, ...(note ? { note } : {}) };
}

function cases(ods: FakeOds): Case[] {
  const zh = corpusText(ROOT, ZH);
  const en = corpusText(ROOT, EN);
  const hrc = corpusText(ROOT, HRC);
  const hrc2 = corpusText(ROOT, HRC2);
  const bomb = wordBomb();
  const cjk = withCjkRun(zh);
  const largeOld = grown(en, 1.9e6, 'old copy');
  const largeNew = grown(hrc2, 1.9e6, 'new copy');
  const tiny = tinyParagraphs(en, 200_000);
  const apiCalls = quick ? 8 : 34;
  const heavyPdfs = [heavyPdf(), heavyPdf(12_500, 59), heavyPdf(12_500, 58)];
  const smallPdf = textPdf(en.split('\n'));
  const unknown = quick ? 20 : 50;
  void ods;
  // Job time budget of the server (20 s) plus the wait for a thread and the transfer.
  const JOB = 25_000;

  return [
    {
      id: 'word-bomb',
      title: `Word bomb: ${Math.round(bomb.length / 1024)} KB .docx, word/document.xml 60 MB of tiny paragraphs (POST /paste)`,
      budgetMs: 5000,
      async run() {
        const a = await send('/paste', paste({ oldFile: { name: 'bomb.docx', bytes: bomb, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, newText: zh, oldText: '', oldLabel: '', newLabel: '' }), 60_000);
        return { answers: [a], ok: a.status === 413 && a.ms <= 5000, expected: '413 within 5 s' };
      },
    },
    {
      id: 'cjk-run',
      title: 'A/RES/68/160 with one unbroken run of 65,536 Chinese characters (POST /api/diff)',
      budgetMs: JOB,
      async run() {
        return heavy([await send('/api/diff', json({ old: zh, new: cjk }), 90_000)], JOB);
      },
    },
    {
      id: 'two-large',
      title: `two unrelated 1.9 MB texts (A/RES/51/100 and A/HRC/RES/28/2 repeated; POST /api/diff, ${(Buffer.byteLength(largeOld) / 1e6).toFixed(2)} + ${(Buffer.byteLength(largeNew) / 1e6).toFixed(2)} MB)`,
      budgetMs: JOB,
      async run() {
        return heavy([await send('/api/diff', json({ old: largeOld, new: largeNew }), 90_000)], JOB);
      },
    },
    {
      id: 'tiny-paragraphs',
      title: '200,000 tiny paragraphs ("x;") against A/RES/51/100 (POST /api/diff)',
      budgetMs: JOB,
      async run() {
        return heavy([await send('/api/diff', json({ old: en, new: tiny }), 90_000)], JOB);
      },
    },
    {
      id: 'api-many',
      title: `${apiCalls} distinct 1.3 MB POST /api/diff calls (A/HRC/RES/19/33 and 28/2 grown to 0.65 MB each, tagged apart), 2 at a time`,
      budgetMs: JOB * 2,
      async run() {
        const tasks = Array.from({ length: apiCalls }, (_, k) => () => send('/api/diff', json({ old: grown(hrc, 0.65e6, `call ${k} old`), new: grown(hrc2, 0.65e6, `call ${k} new`) }), 120_000));
        return heavy(await inParallel(tasks, 2), JOB * 2);
      },
    },
    {
      id: 'pdfs',
      title: 'three heavy PDFs (12,500 pages each, POST /paste at once), then a small PDF (A/RES/51/100 typeset) 50 ms after',
      budgetMs: JOB,
      async run() {
        const pending = heavyPdfs.map((bytes, k) => send('/paste', paste({ oldFile: { name: `heavy-${k}.pdf`, bytes, type: 'application/pdf' }, newText: en, oldText: '', oldLabel: '', newLabel: '' }), 90_000));
        await new Promise((r) => setTimeout(r, 50));
        const small = await send('/paste', paste({ oldFile: { name: 'small.pdf', bytes: smallPdf, type: 'application/pdf' }, newText: en, oldText: '', oldLabel: '', newLabel: '' }), 90_000);
        const answers = [...(await Promise.all(pending)), small];
        const smallOk = (small.status === 303 || small.status === 200) && small.ms <= TARGET.smallPdfMs;
        smallPdfMs = small.ms;
        smallPdfStatus = small.status;
        return {
          answers,
          ok: answers.slice(0, 3).every((a) => heavyOk(a, JOB)) && smallOk,
          expected: `heavy: 4xx or 303 within ${JOB / 1000} s; small: 303 within ${TARGET.smallPdfMs / 1000} s of its arrival`,
          note: `small PDF: ${small.status} in ${small.ms.toFixed(0)} ms`,
        };
      },
    },
    {
      id: 'unknown-symbols',
      title: `${unknown} requests for unknown symbols at once (GET /api/diff, fetched from the stand-in: 404), then a corpus pair behind them`,
      budgetMs: 10_000,
      async run() {
        const asked = Array.from({ length: unknown }, (_, k) => send(`/api/diff?old=A/RES/99/${k + 1}&new=A/RES/51/100&lang=en`, {}, 60_000));
        await new Promise((r) => setTimeout(r, 20));
        const behind = await send('/api/diff?old=A/HRC/RES/19/33&new=A/HRC/RES/28/2', {}, 60_000);
        const answers = [...(await Promise.all(asked)), behind];
        const ok = answers.slice(0, -1).every((a) => a.status === 404 && a.ms <= 10_000) && behind.status === 200 && behind.ms <= 5000;
        return { answers, ok, expected: '404 each within 10 s; the corpus pair behind them 200 within 5 s', note: `the corpus pair behind: ${behind.status} in ${behind.ms.toFixed(0)} ms; ODS stand-in asked ${ods.requests.filter((r) => r.symbol.startsWith('A/RES/99/') && r.symbol !== 'A/RES/99/999').length} times` };
      },
    },
    {
      id: 'slow-drip',
      title: `the stand-in drips its answer (16 bytes every 200 ms) with a ${FETCH_TIMEOUT_MS / 1000} s fetch deadline (GET /api/diff, and the paste form naming the old text by symbol)`,
      budgetMs: FETCH_TIMEOUT_MS + 2000,
      async run() {
        const budget = FETCH_TIMEOUT_MS + 2000;
        const api = await send('/api/diff?old=A/RES/99/999&new=A/RES/51/100&lang=en', {}, 60_000);
        // Another symbol, so that the form's lookup is not answered by the API's (one fetch per symbol is shared).
        const form = await send('/paste', paste({ oldSymbol: 'A/RES/99/998', oldLang: 'en', oldText: '', oldLabel: 'kept label', newText: en, newLabel: 'kept draft' }), 60_000);
        const page = form.body ?? '';
        const said = `within ${FETCH_TIMEOUT_MS / 1000} s`;
        const apiOk = api.status === 504 && api.ms <= budget && (api.body ?? '').includes(`no complete answer ${said}`);
        const formOk =
          form.status === 504 && form.ms <= budget && page.includes('The UN&#39;s server did not answer in time') && page.includes('value="kept label"') && page.includes('value="kept draft"') && page.includes('could not be fetched');
        return {
          answers: [api, form],
          ok: apiOk && formOk,
          expected: `504 within ${budget / 1000} s, saying the UN's server gave no answer ${said}; the form kept filled in`,
          note: `API ${api.status} in ${(api.ms / 1000).toFixed(2)} s; form ${form.status} in ${(form.ms / 1000).toFixed(2)} s, ${formOk ? 'titled "The UN\'s server did not answer in time", every field kept' : 'NOT as expected'}`,
          upstream:
            "504 Gateway Timeout on purpose: the request was sound and the UN's server (here its stand-in) did not answer in time; a 4xx would tell the user and any client that the request was wrong and not worth sending again",
        };
      },
    },
  ];
}

let smallPdfMs = NaN;
let smallPdfStatus = 0;

// --- Report ------------------------------------------------------------------------------------

const statuses = (answers: Answer[]) => {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([s, n]) => (n === 1 ? String(s || 'none') : `${s || 'none'} x${n}`)).join(', ');
};

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// --- Main --------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'resdiff-abuse-'));
  stopServersOnExit(() => rmSync(dir, { recursive: true, force: true }));
  // The stand-in: a slow drip for A/RES/99/999 and 99/998 (Word and PDF), 404 for every other symbol.
  const drip = { kind: 'drip' as const, body: new Uint8Array(64 * 1024), type: 'application/octet-stream', chunkBytes: 16, everyMs: 200 };
  const ods = await startFakeOds({ 'A/RES/99/999|en|docx': drip, 'A/RES/99/999|en|pdf': drip, 'A/RES/99/998|en|docx': drip, 'A/RES/99/998|en|pdf': drip });
  let server: ServerProcess | undefined;
  let watcher: ReturnType<typeof watch> | undefined;
  try {
    const all = cases(ods);
    const chosen = picked ? all.filter((c) => picked.has(c.id)) : all;
    if (picked && chosen.length !== picked.size) {
      console.error(`bench:abuse: unknown case in --cases; the cases are ${all.map((c) => c.id).join(', ')}`);
      return 2;
    }
    server = await startServer('resdiff server', [APP_MAIN], {
      HOST,
      PORT: '0',
      RESDIFF_QUIET: '1',
      RESDIFF_DB: join(dir, 'abuse.sqlite'),
      RESDIFF_CACHE: join(dir, 'cache'),
      RESDIFF_ODS_URL: ods.url,
      RESDIFF_FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS),
    });
    base = server.base;
    console.log(`resdiff abuse bench${quick ? ' (--quick)' : ''}: node ${process.version}, server pid ${server.pid} on ${server.base}, ODS stand-in on ${ods.url}`);
    console.log(`/healthz polled every ${HEALTH_EVERY_MS} ms, RSS (VmRSS, worker threads included) sampled every ${RSS_EVERY_MS} ms\n`);
    watcher = watch(server);
    // The server starts its job workers and their PDF readers (pdfjs loads in each) just after it
    // listens: 2 s idle first, so the first case is not charged with that. Those polls still
    // count in the run's /healthz p99 below.
    const idleFrom = performance.now();
    await new Promise((r) => setTimeout(r, STARTUP_IDLE_MS));
    const idle = watcher.during(idleFrom, performance.now());

    const rows: string[][] = [];
    const results: { c: Case; r: CaseResult }[] = [];
    for (const c of chosen) {
      if (performance.now() - started > RUN_LIMIT_MS) {
        console.log(`stopping: the run passed ${RUN_LIMIT_MS / 60_000} minutes`);
        break;
      }
      process.stdout.write(`${c.id}: ${c.title} ... `);
      const from = performance.now();
      const r = await c.run();
      const to = performance.now();
      const seen = watcher.during(from, to);
      const died = server.exited ? `server died (${server.exited.signal ?? `exit ${server.exited.code}`})` : '';
      results.push({ c, r: died ? { ...r, ok: false } : r });
      const slowest = Math.max(...r.answers.map((a) => a.ms));
      console.log(`${r.ok && !died ? 'ok' : 'FAILED'}${died ? ` — ${died}` : ''}`);
      const messages = [...new Set(r.answers.filter((a) => a.status >= 400 || a.status === 0).map((a) => a.text))].slice(0, 2);
      rows.push([
        c.id,
        statuses(r.answers),
        `${(slowest / 1000).toFixed(2)} s`,
        `${((to - from) / 1000).toFixed(2)} s`,
        `${seen.worstHealthMs.toFixed(1)} ms`,
        `${seen.peakRss.toFixed(0)} MiB`,
        `${r.ok && !died ? 'ok' : 'FAIL'}: ${r.expected}${r.note ? `; ${r.note}` : ''}${messages.length ? `; "${messages.join('" / "')}"` : ''}`,
      ]);
      if (server.exited) break;
    }
    await watcher.stop();

    console.log(`\nStartup, ${STARTUP_IDLE_MS / 1000} s idle before the cases: peak RSS ${idle.peakRss.toFixed(0)} MiB, /healthz worst ${idle.worstHealthMs.toFixed(1)} ms (${idle.polls} polls)\n`);
    console.log(table(['case', 'statuses', 'slowest', 'case time', 'worst /healthz', 'peak RSS', 'verdict'], rows));

    const latencies = watcher.health.map((h) => h.end - h.start);
    const p99 = percentile(latencies, 99);
    const worst = Math.max(...latencies);
    const failedPolls = watcher.health.filter((h) => h.status !== 200).length;
    const peak = Math.max(...watcher.rss.map((r) => r.mib));
    const alive = !server.exited;
    const targets: [string, string, boolean][] = [
      ['the server never died', alive ? 'alive at the end' : `died: ${server.exited?.signal ?? `exit ${server.exited?.code}`}`, alive],
      [`/healthz p99 < ${TARGET.healthP99Ms} ms throughout`, `p99 ${p99.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${latencies.length} polls, ${failedPolls} not 200`, p99 < TARGET.healthP99Ms && failedPolls === 0],
      [`peak RSS < ${TARGET.peakRssMiB} MiB`, `${peak.toFixed(0)} MiB`, peak < TARGET.peakRssMiB],
    ];
    if (chosen.some((c) => c.id === 'pdfs')) {
      targets.push([`small PDF answered within ${TARGET.smallPdfMs / 1000} s of its arrival`, `${smallPdfStatus} in ${smallPdfMs.toFixed(0)} ms`, (smallPdfStatus === 303 || smallPdfStatus === 200) && smallPdfMs <= TARGET.smallPdfMs]);
    }
    // The heavy cases (requests that are costly for this server) and the upstream ones (the UN's
    // server failing) are judged apart: a 5xx is never right for the first, and is the honest
    // answer for the second, each saying why.
    const heavyCases = chosen.filter((c) => c.id !== 'slow-drip');
    const heavyResults = results.filter(({ r }) => !r.upstream);
    const bad = heavyResults.filter(({ r }) => !r.ok).map(({ c }) => c.id);
    const fivexx = heavyResults.filter(({ r }) => r.answers.some((a) => a.status >= 500)).map(({ c }) => c.id);
    const ran = heavyResults.length === heavyCases.length ? `${heavyResults.length} cases ok, no 5xx` : `only ${heavyResults.length} of ${heavyCases.length} cases ran`;
    if (heavyCases.length) {
      targets.push([
        'every heavy case answered 4xx or 200/303 within its budget, never 5xx',
        bad.length ? `failed: ${bad.join(', ')}${fivexx.length ? ` (5xx in ${fivexx.join(', ')})` : ''}` : ran,
        bad.length === 0 && fivexx.length === 0 && heavyResults.length === heavyCases.length,
      ]);
    }
    for (const { c, r } of results.filter(({ r }) => r.upstream)) {
      targets.push([`${c.id}, a failure of the UN's server, not a heavy request: ${r.expected}`, `${r.note ?? ''}. Why a 5xx: ${r.upstream}`, r.ok]);
    }
    if (chosen.some((c) => c.id === 'slow-drip') && !results.some(({ c }) => c.id === 'slow-drip')) targets.push(['slow-drip', 'did not run', false]);
    console.log('\nTargets:');
    for (const [name, value, ok] of targets) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (server.exited) console.error(`\nserver stderr:\n${server.stderr()}`);
    return targets.every(([, , ok]) => ok) ? 0 : 1;
  } finally {
    await watcher?.stop();
    if (server) await stopServer(server, 3000);
    await ods.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The message of an error answer: JSON's error.message, or a page's notice, shortened. */
function messageOf(text: string): string {
  try {
    const m = (JSON.parse(text) as { error?: { message?: string } }).error?.message;
    if (m) return m.slice(0, 140);
  } catch {
    // a page
  }
  const notice = /role="alert"><strong>([\s\S]*?)<\/strong><div>([\s\S]*?)<\/div>/.exec(text);
  const entities: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  if (notice) return `${notice[1]}: ${notice[2]}`.replace(/<[^>]+>/g, '').replace(/&#39;|&quot;|&lt;|&gt;|&amp;/g, (e) => entities[e]!).slice(0, 140);
  return text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 140);
}

// A hard stop, whatever is still pending: the run is bounded.
const hardStop = setTimeout(() => {
  console.error(`bench:abuse: still running after ${(RUN_LIMIT_MS + 60_000) / 60_000} minutes: stopped`);
  process.exit(1);
}, RUN_LIMIT_MS + 60_000);
hardStop.unref();
let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`bench:abuse: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(code);
