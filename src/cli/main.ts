// The `resdiff` command: dispatch, and turning every error into one line on stderr and exit status 2.
// Layer: front end (top, beside server/). Imports any layer below; nothing imports it.
import { ResdiffError } from '../model/errors.js';
import { FileError } from '../util/ioError.js';
import { clip } from '../text/clip.js';
import { EXIT } from './exit.js';
import { HELP, VERSION } from './help.js';
import { processIo, type CliIo } from './io.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

// The commands are imported when one runs, not before: `resdiff --help` loads only the help
// text, and each command loads what it needs (`npm run bench -- --start` counts the cost).
const COMMANDS: Record<string, () => Promise<Command>> = {
  diff: async () => (await import('./commands.js')).diffCommand,
  report: async () => (await import('./commands.js')).reportCommand,
  batch: async () => (await import('./commands.js')).batchCommand,
  parse: async () => (await import('./commands.js')).parseCommand,
  list: async () => (await import('./commands.js')).listCommand,
  fetch: async () => (await import('./commands.js')).fetchCommand,
  history: async () => (await import('./commands.js')).historyCommand,
  previous: async () => (await import('./commands.js')).previousCommand,
  amend: async () => (await import('./amend.js')).amendCommand,
  compile: async () => (await import('./compile.js')).compileCommand,
};

/**
 * A message as one line of plain text: control characters (a line break in a file name, a
 * terminal escape sequence) and bidirectional overrides are shown as escapes, never acted on.
 */
export function oneLine(message: string): string {
  const names: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => names[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Runs the CLI with `argv` (without node and script) and returns the exit status. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      io.stdout(`${HELP.main}\n`);
      return command === undefined ? EXIT.trouble : EXIT.same;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`resdiff ${VERSION}\n`);
      return EXIT.same;
    }
    if (command === 'help') {
      const topic = rest[0] ?? 'main';
      const text = HELP[topic];
      if (text === undefined) throw new ResdiffError('USAGE', `no help on "${clip(topic, 40)}" (commands: diff, report, amend, compile, batch, parse, list, fetch, history, previous)`);
      io.stdout(`${text}\n`);
      return EXIT.same;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new ResdiffError('USAGE', `unknown command "${clip(command, 40)}" (commands: diff, report, amend, compile, batch, parse, list, fetch, history, previous; see 'resdiff help')`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${HELP[command]}\n`);
      return EXIT.same;
    }
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof ResdiffError || e instanceof FileError) {
      io.stderr(`resdiff: ${oneLine(e.message)}\n`);
    } else if ((e as NodeJS.ErrnoException).code === 'EPIPE') {
      return EXIT.trouble;
    } else {
      const detail = io.env.RESDIFF_DEBUG ? `\n${(e as Error).stack}` : ' (set RESDIFF_DEBUG=1 for details; please report it)';
      io.stderr(`resdiff: internal error: ${oneLine((e as Error).message)}${detail}\n`);
    }
    return EXIT.trouble;
  }
}
