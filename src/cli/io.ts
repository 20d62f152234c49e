// The CLI's view of the outside world, injectable so tests run commands in-process.
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../util/atomicWrite.js';
import { stdoutError } from '../util/ioError.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Whether stdout is a terminal (colour is only ever used on one). */
  isTTY: boolean;
  /** Terminal width in columns, when known. */
  columns: number | undefined;
  env: Record<string, string | undefined>;
  /** Writes a file completely or not at all (temporary file, then rename). */
  writeFile: (path: string, content: string | Uint8Array) => void;
}

/** The exit status of trouble (EXIT.trouble in commands.ts). */
const TROUBLE = 2;

let guarded = false;

/**
 * Standard output and standard error fail as streams do, with an 'error' event after the write
 * (a full disk, /dev/full, a closed pipe): unheard, node prints a stack trace and exits 1. Here
 * a failed standard output ends the run at once with exit 2: one line on standard error saying
 * why (ENOSPC, EIO, EACCES...), except for a broken pipe (EPIPE: `resdiff diff A B | head -1`),
 * which ends quietly, as a program killed by SIGPIPE would, the reader having asked for no more.
 * It still exits 2, not 0: the output was not all delivered, and `set -o pipefail` should see so.
 * Nothing is left to flush: both streams are written synchronously to files and pipes on Linux,
 * and the stream that failed cannot take more.
 */
function guardStandardStreams(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') {
      try {
        process.stderr.write(`resdiff: ${stdoutError(e).message}\n`);
      } catch {
        // standard error is gone too: the exit status says it
      }
    }
    process.exit(TROUBLE);
  });
  // Standard error failing leaves nowhere to say so: the exit status does.
  process.stderr.on('error', () => process.exit(TROUBLE));
}

/**
 * Whether `fd` is a terminal. node:tty (which loads node's sockets and streams) is asked only
 * about a character device: a file or a pipe is no terminal.
 */
function isatty(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** Waits `ms` without spinning (a write to a full non-blocking pipe is tried again after it). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Writes all of `text` to file descriptor `fd` before returning, as process.stdout does for files
 * and pipes on Linux, without creating node's stream for it (a socket for a pipe: about 3% of a
 * bare node start, `npm run bench -- --start`). A full non-blocking pipe is waited for.
 */
function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      pause(1);
    }
  }
}

/** Standard output written synchronously; failing, it ends the run as guardStandardStreams says. */
function writeStdout(text: string): void {
  try {
    writeAllSync(1, text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') writeStderr(`resdiff: ${stdoutError(e).message}\n`);
    process.exit(TROUBLE);
  }
}

/** Standard error written synchronously; failing, nowhere is left to say so: the exit status does. */
function writeStderr(text: string): void {
  try {
    writeAllSync(2, text);
  } catch {
    process.exit(TROUBLE);
  }
}

/** Standard input as an async iterable that creates node's stream only when it is read. */
const lazyStdin: AsyncIterable<Uint8Array | string> = {
  [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
};

/**
 * The real process: stdout, stderr, stdin, environment. Standard output and error on a terminal
 * go through node's streams (guardStandardStreams); to files and pipes they are written
 * synchronously, with the same outcome on failure.
 */
export function processIo(): CliIo {
  const tty = isatty(1);
  if (tty || isatty(2)) guardStandardStreams();
  return {
    stdout: tty ? (t) => process.stdout.write(t) : writeStdout,
    stderr: isatty(2) ? (t) => process.stderr.write(t) : writeStderr,
    stdin: lazyStdin,
    isTTY: tty,
    columns: tty ? process.stdout.columns : undefined,
    env: process.env,
    writeFile: writeFileAtomic,
  };
}
