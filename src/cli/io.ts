// The CLI's view of the outside world, injectable so tests run commands in-process.
import { writeFileAtomic } from '../util/atomicWrite.js';

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

/** The real process: stdout, stderr, stdin, environment. */
export function processIo(): CliIo {
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
