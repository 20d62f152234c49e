// The CLI's view of the outside world, injectable so tests run commands in-process.
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

/** The real process: stdout, stderr, stdin, environment. */
export function processIo(): CliIo {
  guardStandardStreams();
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: process.stdin,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
    writeFile: writeFileAtomic,
  };
}
