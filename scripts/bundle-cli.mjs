// Part of `npm run build`, after tsc: bundles the CLI (dist/src/cli/main.js and what it imports,
// lazily imported commands included) into one script, dist/cli/resdiff.cjs, and writes the V8
// code cache of that script after a warm-up run (dist/cli/resdiff.cjs.cache), so that a command
// starts without compiling its modules. bin/resdiff.js runs it through bin/load-cli.js.
//
// Bundled: resdiff's own code and the small packages a diff needs (diff, get-east-asian-width,
// htmlparser2). Left to node, required when a command first needs them: the large or native
// packages (pdfjs-dist, mammoth, better-sqlite3, docx, zod, hono, piscina, yauzl, csv-parse,
// lru-cache), each with a CommonJS build (pdfjs-dist is only named here: the PDF reader's
// thread imports it by its own path).
import { build } from 'esbuild';
import { deepStrictEqual } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE, BUNDLE_CACHE, loadBundle } from '../bin/load-cli.js';
import { loadCorpusIndex } from '../dist/src/source/corpus.js';
import { corpusParsedFile, corpusParsedPath } from '../dist/src/source/corpusParsed.js';
import { corpusSource, parseSource } from '../dist/src/source/loadDocument.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const EXTERNAL = ['pdfjs-dist', 'mammoth', 'better-sqlite3', 'docx', 'zod', 'hono', '@hono/*', 'piscina', 'yauzl', 'csv-parse', 'lru-cache'];

/** Commands run once before the cache is taken: their functions are compiled, so cached. */
const WARM_UP = [
  ['diff', 'A/RES/51/100', 'A/HRC/RES/19/33'],
  ['diff', 'A/RES/51/100', 'A/HRC/RES/19/33', '--format', 'json'],
  ['diff', 'A/RES/55/109', 'A/RES/68/160'],
  ['diff', 'A/RES/55/109', 'A/RES/68/160', '--format', 'json'],
];

/**
 * Every corpus text parsed by this build's parser (the modules of dist/src/, the same source as
 * the bundle), for the bundle of this build only (src/source/corpusParsed.ts). A parse that JSON
 * would not give back exactly is left out (the bundle parses that text itself).
 */
function writeParsedCorpus(build) {
  const texts = {};
  for (const entry of loadCorpusIndex().texts) {
    const source = corpusSource(entry.symbol, entry.language);
    const resolution = parseSource(source);
    const json = JSON.stringify(resolution);
    try {
      deepStrictEqual(JSON.parse(json), resolution);
    } catch {
      continue;
    }
    texts[entry.file] = { text: source.text, resolution: json };
  }
  writeFileSync(corpusParsedPath(), corpusParsedFile(build, texts));
}

/**
 * The bundle in ASCII, so that bin/load-cli.js reads it as Latin-1 into a one-byte string (no
 * UTF-8 to decode; half the memory). esbuild escapes strings, but leaves other characters as
 * written in regular expression literals (`/[，；]/`, `/⟦(\d+)⟧/g`): each becomes `\uXXXX`, the
 * same character in a pattern (with or without the u flag), a string or a name. Refused: a
 * character after a backslash (`\⟦` would become `\\u27E6`) or beyond U+FFFF (a name cannot
 * take it as two escapes); neither occurs now.
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/gu, (c, at) => {
    if (c.length > 1) throw new Error(`${BUNDLE}: ${c} (beyond U+FFFF) at ${at}`);
    if (text[at - 1] === '\\') throw new Error(`${BUNDLE}: ${c} after a backslash at ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

try {
  rmSync(BUNDLE_CACHE, { force: true });
  const buildId = randomUUID();
  mkdirSync(dirname(BUNDLE), { recursive: true });
  await build({
    entryPoints: [join(root, 'dist', 'src', 'cli', 'main.js')],
    outfile: BUNDLE,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    external: EXTERNAL,
    // The script is run as a function with `__resdiffUrl` (bin/load-cli.js). No import() in it:
    // node 20 cannot run one in a script compiled from a code cache ("A dynamic import callback
    // was not specified"), so a package loaded late (mammoth) is require()d when first needed.
    define: { 'import.meta.url': '__resdiffUrl', __RESDIFF_BUILD_ID__: JSON.stringify(buildId) },
    // Regular expressions stay literals as written (esbuild would rewrite those with \p{…} as
    // `new RegExp(…)`, built again at each evaluation): node 20's V8 has every feature they use.
    supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true, 'regexp-named-capture-groups': true, 'regexp-match-indices': true, 'regexp-sticky-and-unicode-flags': true, 'regexp-dot-all-flag': true },
    logLevel: 'warning',
  });
  writeFileSync(BUNDLE, asciiOnly(readFileSync(BUNDLE, 'utf8')));
  writeParsedCorpus(buildId);
  const { exports, script } = loadBundle({ useCache: false });
  const silent = { stdout() {}, stderr() {}, stdin: [], isTTY: false, columns: 80, env: { RESDIFF_OFFLINE: '1' }, writeFile() {} };
  for (const argv of WARM_UP) {
    const status = await exports.runCli(argv, silent);
    if (status === 2) throw new Error(`the warm-up run "resdiff ${argv.join(' ')}" failed`);
  }
  writeFileSync(BUNDLE_CACHE, script.createCachedData());
} catch (e) {
  console.error(`resdiff build: bundling the CLI: ${e.message}`);
  process.exit(1);
}
