// An in-memory CliIo for running the CLI inside tests.
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  files: Map<string, string | Uint8Array>;
}

export async function run(argv: string[], opts: Partial<Pick<CliIo, 'isTTY' | 'columns' | 'env'>> & { stdin?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: (async function* () {
      if (opts.stdin !== undefined) yield Buffer.from(opts.stdin);
    })(),
    isTTY: opts.isTTY ?? false,
    columns: opts.columns,
    // The suite's RESDIFF_* settings (offline, a closed ODS port, a temporary cache), then the test's own.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('RESDIFF_'))), ...opts.env },
    writeFile: (path, content) => void files.set(path, content),
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr, files };
}
