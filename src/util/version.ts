// The package's version, read once from package.json: one neutral place for every layer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './packageRoot.js';

let version: string | undefined;

/** resdiff's version as package.json states it ("0.1.0"). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
