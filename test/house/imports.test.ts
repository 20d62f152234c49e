// The house: imports point one way. Front ends (cli/, server/) stand on top, side by side, and
// nothing imports them; below them every folder is a layer that imports only the layers beneath
// it. The import graph is read from the source text (static imports, re-exports and literal
// dynamic imports), so a wrong-way import fails here before anyone draws the house.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/util/packageRoot.js';
import { sourceFiles } from '../helpers/sourceFiles.js';

const ROOT = packageRoot();

/**
 * Top first. A folder may import its own files and the folders below it; cli and server share
 * the top and never import each other. Each folder's entry file states its place in a comment.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['src/cli', 'src/server'],
  ['src/batch'],
  ['src/render'],
  ['views'],
  // The compilation text (issue 13): one base, several delegations' proposals; drawn by views and render.
  ['src/compile'],
  ['src/wording'],
  ['src/series'],
  ['src/source'],
  ['src/ingest'],
  ['src/align'],
  ['src/insight'],
  // Amendment documents read and applied to a draft (issue 11): lang's grammars, parse for drafts.
  ['src/amend'],
  // Broken spacing (issue 12): undone before the parser reads a text.
  ['src/repair'],
  ['src/parse'],
  // One module per language (issue 12): parse, insight, series, wording and render take its rules.
  ['src/lang'],
  ['src/text'],
  ['src/model', 'src/util'],
];

const FRONT_ENDS = ['src/cli', 'src/server'];

function folderOf(file: string): string | undefined {
  return LAYERS.flat().find((f) => file === f || file.startsWith(`${f}/`));
}

function rankOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

const IMPORT = /(?:^|[^\w.$])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The project files a file imports (relative specifiers only), as paths from the root. */
export function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    if (!spec.startsWith('.')) continue;
    const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '');
    out.push(target);
  }
  return out;
}

const files = [...sourceFiles('src'), ...sourceFiles('views')];
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe('the house', () => {
  it('knows the layer of every source folder', () => {
    const unknown = files.filter((f) => folderOf(f) === undefined);
    expect(unknown, 'folders missing from LAYERS').toEqual([]);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = edges
      .filter(({ from, to }) => {
        const a = folderOf(from)!;
        const b = folderOf(to);
        return b !== undefined && a !== b && rankOf(b) <= rankOf(a);
      })
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(upward).toEqual([]);
  });

  it('has nothing import the front ends (cli/, server/) but themselves', () => {
    const intoFrontEnds = edges
      .filter(({ from, to }) => {
        const b = folderOf(to);
        return b !== undefined && FRONT_ENDS.includes(b) && folderOf(from) !== b;
      })
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(intoFrontEnds).toEqual([]);
  });

  it('reads imports as they are written (the reader itself can fail)', () => {
    // A file known to import across layers: the dispatch loads the views' HTML renderer lazily.
    expect(importsOf('src/render/renderAs.ts')).toContain('src/render/html');
    expect(importsOf('src/render/html.ts')).toContain('views/report');
  });
});
