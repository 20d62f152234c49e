// The project's own source files, for the tests that read the house (imports, language codes).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/packageRoot.js';

/** Every .ts and .tsx file under `dir` (relative to the package root), as paths relative to it. */
export function sourceFiles(dir: string): string[] {
  const root = packageRoot();
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
