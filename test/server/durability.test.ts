// Share links are durable: every paste the server acknowledged (303) before it was killed with
// SIGKILL opens after a restart on the same database, and the database passes integrity_check.
// The built server (dist/) runs as a child process; the kill is triggered by the number of
// acknowledgements, never by a timer, so the test does not depend on the machine's speed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { contentId, type SubmittedPair } from '../../src/server/store.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { VariantBuilder } from '../helpers/variants.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'server', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'resdiff-durability-'));
const db = join(dir, 'share.sqlite');
const running = new Set<ChildProcess>();

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the built server on a port the kernel picks; resolves once it announces its address. */
function start(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', RESDIFF_DB: db, RESDIFF_OFFLINE: '1', RESDIFF_QUIET: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => {
        running.delete(child);
        done({ code, signal });
        reject(new Error(`the server exited (${signal ?? code}) before listening: ${out}`));
      }),
    );
    let out = '';
    child.stderr!.on('data', (d) => (out += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /resdiff web viewer on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ child, base: m[1]!, exited });
    });
  });
}

/** Distinct pastes of real corpus texts: A/RES/55/109 and A/RES/68/160, each with one paragraph removed. */
function pastes(): SubmittedPair[] {
  const variants = (file: string, symbol: string) => {
    const b = new VariantBuilder(file);
    return b.paragraphs.map((p) => ({ label: `${symbol} without ${p.id.toUpperCase()}`, raw: b.delete(p.id).raw }));
  };
  const olds = variants('A-RES-55-109.zh.txt', 'A/RES/55/109');
  const news = variants('A-RES-68-160.zh.txt', 'A/RES/68/160');
  const out: SubmittedPair[] = [];
  for (const n of news) for (const o of olds) out.push({ oldText: o.raw, newText: n.raw, oldLabel: o.label, newLabel: n.label });
  return out;
}

describe('share links survive SIGKILL', () => {
  it('every acknowledged paste opens after a restart, and integrity_check is ok', async () => {
    const all = pastes();
    const KILL_AFTER = 30;
    const CONNECTIONS = 6;
    const acked: SubmittedPair[] = [];
    let next = 0;
    let cutOff = 0;
    const first = await start();

    // The burst: CONNECTIONS pastes in flight at all times; SIGKILL as the KILL_AFTER-th 303 arrives.
    const worker = async () => {
      while (next < all.length && first.child.exitCode === null && first.child.signalCode === null) {
        const pair = all[next++]!;
        try {
          const res = await fetch(`${first.base}/paste`, {
            method: 'POST',
            redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ ...pair }).toString(),
          });
          await res.arrayBuffer();
          expect(res.status).toBe(303);
          expect(res.headers.get('location')).toBe(`/c/${contentId(pair)}`);
          acked.push(pair);
          if (acked.length === KILL_AFTER) first.child.kill('SIGKILL');
        } catch (error) {
          if ((error as Error).name === 'AssertionError') throw error;
          cutOff++; // the kill cut this request off: not acknowledged, so nothing is promised
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acked.length + cutOff).toBeLessThan(all.length); // the kill came in the middle of the burst

    // Restart on the same file: the server recovers the WAL, and every acknowledged link opens.
    const second = await start();
    for (const pair of acked) {
      const res = await fetch(`${second.base}/c/${contentId(pair)}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(pair.oldLabel);
      expect(html).toContain(pair.newLabel);
    }

    // The database itself, read beside the running server (through its WAL): intact, and holding
    // exactly the texts that were acknowledged.
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
      const select = reader.prepare('SELECT old_text, new_text, old_label, new_label FROM comparisons WHERE id = ?');
      for (const pair of acked) {
        expect(select.get(contentId(pair))).toEqual({ old_text: pair.oldText, new_text: pair.newText, old_label: pair.oldLabel, new_label: pair.newLabel });
      }
    } finally {
      reader.close();
    }

    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  });
});
