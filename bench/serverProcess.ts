// Server processes for the load benchmarks (bench/server.ts, bench/soak.ts): start one and wait
// for the line announcing its address, stop it, and never leave one behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root: these files run as dist/bench/*.js. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 15_000;

export interface ServerProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** http://HOST:PORT, as the server announced it. */
  base: string;
  /** Set when we asked it to stop. */
  stopping: boolean;
  /** Set when the process has exited. */
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Settles when the process has exited. */
  exitPromise: Promise<void>;
  /** The last few kB of its stderr, for diagnostics. */
  stderr: () => string;
}

/** Every server process still running. */
const children = new Set<ChildProcess>();

export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}

/**
 * Node's own options for the server processes, from BENCH_NODE_ARGS (space-separated), e.g.
 * `BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'` to profile a run (NODE_OPTIONS refuses
 * --cpu-prof). Each thread writes its profile when the server exits cleanly (SIGTERM).
 */
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/**
 * Starts `node ARGS` and resolves once it prints `http://HOST:PORT/`. With PORT=0 the kernel
 * picks a free port and the announced address names it, so there is no race for a port.
 */
export function startServer(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    let settled = false;
    let onExit: () => void = () => {};
    const server: ServerProcess = {
      name,
      child,
      pid: child.pid ?? -1,
      base: '',
      stopping: false,
      exited: undefined,
      exitPromise: new Promise<void>((r) => (onExit = r)),
      stderr: () => err.slice(-4000),
    };
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      kill(child, 'SIGKILL');
      reject(new Error(`${name} failed to start: ${why}${err.trim() ? `\n--- its stderr ---\n${err.trim().slice(-4000)}` : ''}${out.trim() ? `\n--- its stdout ---\n${out.trim().slice(-2000)}` : ''}`));
    };
    const timer = setTimeout(() => fail(`no "listening" line within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (err = (err + chunk).slice(-16_000)));
    child.stdout!.on('data', (chunk: string) => {
      if (settled) return; // keep draining the pipe, but nothing more to look for
      out += chunk;
      const m = /http:\/\/([0-9.]+):(\d+)\//.exec(out);
      if (m) {
        settled = true;
        clearTimeout(timer);
        server.base = `http://${m[1]}:${m[2]}`;
        resolve(server);
      }
    });
    child.on('error', (e) => fail(e.message));
    child.on('exit', (code, signal) => {
      children.delete(child);
      server.exited = { code, signal };
      onExit();
      fail(`exited with ${signal ?? `code ${code}`} before listening`);
    });
  });
}

/** SIGTERM (a clean close), then SIGKILL after `graceMs`; its exit code. */
export async function stopServer(server: ServerProcess, graceMs: number): Promise<number | null> {
  server.stopping = true;
  if (!server.exited) {
    kill(server.child, 'SIGTERM');
    const timer = setTimeout(() => kill(server.child, 'SIGKILL'), graceMs);
    await server.exitPromise;
    clearTimeout(timer);
  }
  return server.exited?.code ?? null;
}

/**
 * Never leave a server behind: on Ctrl-C, and as a last resort when this process exits
 * (`cleanup` runs then too, for temporary folders).
 */
export function stopServersOnExit(cleanup: () => void): void {
  process.on('exit', () => {
    for (const child of children) kill(child, 'SIGKILL');
    cleanup();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      for (const child of children) kill(child, 'SIGTERM');
      process.exit(130);
    });
  }
}
