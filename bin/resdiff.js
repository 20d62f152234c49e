#!/usr/bin/env node
// Entry point of the `resdiff` command: runs the compiled CLI (built by `npm run build`,
// which `npm ci` runs through the `prepare` script). The help and the version come from the
// small module graph of dist/src/cli/main.js; every command from the bundle with its code
// cache (bin/load-cli.js). Both are the same source, src/cli/main.ts.
const argv = process.argv.slice(2);
const light = argv.length === 0 || ['--help', '-h', '--version', '-V', 'help'].includes(argv[0]);
const runCli = light ? (await import('../dist/src/cli/main.js')).runCli : await (await import('./load-cli.js')).loadCli();

process.exitCode = await runCli(argv);
