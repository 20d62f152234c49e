// The CLI's view of the outside world, injectable so tests run commands in-process.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // Random, not time and pid: worker threads of one process write at the same moment.
  const tmp = join(dir, `.${randomBytes(8).toString('hex')}.resdiff.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
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
