// Loads the bundled CLI (dist/cli/resdiff.cjs, written by `npm run build`: scripts/bundle-cli.mjs)
// with the V8 code cache the build left beside it, in this process: a plain node start that
// compiles almost nothing (`npm run bench -- --start` counts the cost). The bundle is the same
// source as dist/src/cli/main.js, esbuild'd into one script; a cache V8 rejects (another node)
// is ignored and the script compiled as usual. Without a bundle, the modules of dist/src/.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle's path and the path of its code cache. */
export const BUNDLE = join(root, 'dist', 'cli', 'resdiff.cjs');
export const BUNDLE_CACHE = `${BUNDLE}.cache`;

/**
 * Compiles the bundle as a CommonJS-style function (its `import.meta.url` is the parameter
 * `__resdiffUrl`; it holds no `import()`, which node 20 refuses in a script compiled from a
 * code cache: packages it loads late are `require`d) and runs it.
 * Returns its exports and the compiled script (the build makes the cache from it).
 */
export function loadBundle({ useCache = true } = {}) {
  // ASCII (scripts/bundle-cli.mjs makes it so): read as Latin-1, the same text with no UTF-8 to decode.
  const source = readFileSync(BUNDLE, 'latin1');
  const cachedData = useCache && existsSync(BUNDLE_CACHE) ? readFileSync(BUNDLE_CACHE) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __resdiffUrl) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), pathToFileURL(BUNDLE).href);
  return { exports: module.exports, script };
}

/** `runCli` of the bundle when the build made one, else of dist/src/cli/main.js. */
export async function loadCli() {
  if (existsSync(BUNDLE)) return loadBundle().exports.runCli;
  return (await import('../dist/src/cli/main.js')).runCli;
}
