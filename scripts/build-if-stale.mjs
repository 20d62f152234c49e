// `npm start` (scripts/start.mjs) builds only when a source file is newer than the last build,
// so a start with dist/ current costs no compile (a compile takes seconds on a busy machine).
// The last build is marked by dist/cli/resdiff.cjs.cache, which `npm run build` writes last (scripts/bundle-cli.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const mark = join(root, 'dist', 'cli', 'resdiff.cjs.cache');

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Runs `npm run build` when a source is newer than the last build; exits on a failed build. */
export function buildIfStale() {
  const sources = ['src', 'views', 'bench', 'test/helpers', 'corpus/index.json', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
  const built = existsSync(mark) ? statSync(mark).mtimeMs : 0;
  const changed = Math.max(...sources.map((s) => newest(join(root, s))));
  if (changed > built) {
    console.error(built === 0 ? 'resdiff: building (first start)…' : 'resdiff: sources changed since the last build: building…');
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

