// Locates the installed package's root (where corpus/ and views/ live), from src/ or dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding resdiff's package.json. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"resdiff"/.test(readFileSync(manifest, 'utf8'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('resdiff: cannot find the package root (package.json named "resdiff")');
    dir = up;
  }
}
