// The built CLI (bin/resdiff.js, running dist/: `npm run build`, which `npm test` does first) as
// a process of its own, for what an in-process run cannot show: standard output on a device or a
// closed pipe, a read that has to be stopped, the real file system. Every run is bounded: a time
// limit (then SIGKILL) and a data limit of 1 GB (ulimit -d), so a regression that reads without
// end fails the test instead of taking the machine's memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/packageRoot.js';

export const BIN = join(packageRoot(), 'bin', 'resdiff.js');

export interface BuiltCliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed at the time limit. */
  timedOut: boolean;
  ms: number;
}

export interface BuiltCliOptions {
  /** Where standard output goes: a pipe read to the end (default), /dev/full, or a pipe whose reader has already gone. */
  stdout?: 'pipe' | 'dev-full' | 'closed-pipe';
  /** Killed after this long (default 20 s). */
  timeoutMs?: number;
  cwd?: string;
}

/** Runs `resdiff ARGV` as a process and collects how it ended. */
export function runBuiltCli(argv: string[], options: BuiltCliOptions = {}): Promise<BuiltCliResult> {
  const started = Date.now();
  const devFull = options.stdout === 'dev-full' ? openSync('/dev/full', 'w') : undefined;
  // `exec` keeps the process the one that is timed and killed; $0 is node, "$@" the script and its arguments.
  const child = spawn('/bin/sh', ['-c', 'ulimit -d 1048576 && exec "$0" "$@"', process.execPath, BIN, ...argv], {
    cwd: options.cwd,
    env: process.env,
    stdio: ['ignore', devFull ?? 'pipe', 'pipe'],
  });
  if (devFull !== undefined) closeSync(devFull);
  let stdout = '';
  let stderr = '';
  if (options.stdout === 'closed-pipe') child.stdout!.destroy();
  else child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 20_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/**
 * A writer that never ends: a process that opens the named pipe `fifo` and writes to it until
 * its reader goes away (EPIPE ends it) or it is killed. Kill it when done: if nothing ever
 * opens the pipe, it waits for a reader for ever.
 */
export function endlessWriter(fifo: string): ChildProcess {
  const script = `const fs = require('node:fs'); const fd = fs.openSync(process.argv[1], 'w'); const b = Buffer.alloc(65536, 0x61); for (;;) fs.writeSync(fd, b);`;
  return spawn(process.execPath, ['-e', script, fifo], { stdio: 'ignore' });
}
