// The server as a process: listens on HOST:PORT, answers, and shuts down cleanly on SIGTERM and SIGINT.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/util/packageRoot.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [join(packageRoot(), 'dist', 'src', 'server', 'main.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      done = true;
      resolve(code);
    }),
  );
  for (let k = 0; k < 100 && !done && !out.includes('resdiff web viewer on'); k++) await new Promise((r) => setTimeout(r, 50));
  return { child, exited, output: () => out };
}

describe('server process', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'resdiff-proc-')), 'db.sqlite');

  it.each(['SIGTERM', 'SIGINT'] as const)('serves on 127.0.0.1:PORT and exits 0 on %s', async (signal) => {
    const port = await freePort();
    const server = await startServer({ PORT: String(port), RESDIFF_DB: db });
    expect(server.output()).toContain(`resdiff web viewer on http://127.0.0.1:${port}/`);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    await fetch(`http://127.0.0.1:${port}/compare?old=A/RES/55/109&new=A/RES/68/160`);
    server.child.kill(signal);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain(`${signal} received, closing`);
    expect(server.output()).toMatch(/GET \/healthz 200/);
  });

  it('says so plainly when the port is taken', async () => {
    const port = await freePort();
    const first = await startServer({ PORT: String(port), RESDIFF_DB: db });
    const second = await startServer({ PORT: String(port), RESDIFF_DB: db });
    expect(await second.exited).toBe(2);
    expect(second.output()).toContain(`port ${port} on 127.0.0.1 is in use`);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  // You are root here, so a folder without write permission would still be writable: a path whose
  // parent is a regular file (and /proc, which nobody can write) stand in for it.
  it.each([
    ['a text file', (d: string) => (writeFileSync(join(d, 'notes.txt'), 'not a database\n'), join(d, 'notes.txt')), 'it is not a SQLite database'],
    ['a path under a regular file', (d: string) => (writeFileSync(join(d, 'plain'), 'x'), join(d, 'plain', 'db.sqlite')), 'its folder cannot be made: a part of the path is a file'],
    ['a folder nobody can write', () => '/proc/resdiff-test.sqlite', 'it cannot be created or written there'],
  ])('RESDIFF_DB naming %s: one clear line on stderr and exit 2, no stack trace', async (_name, make, reason) => {
    const path = make(mkdtempSync(join(tmpdir(), 'resdiff-baddb-')));
    const server = await startServer({ PORT: String(await freePort()), RESDIFF_DB: path });
    expect(await server.exited).toBe(2);
    const lines = server.output().trim().split('\n');
    expect(lines).toEqual([`resdiff: cannot use ${path} as the share-link database: ${reason}; set RESDIFF_DB to a file in a folder the server can write (it is created if missing)`]);
  });
});
