// The corpus texts as the parser reads them, written by the build beside the CLI bundle
// (scripts/bundle-cli.mjs: dist/corpus-parsed.json), so that a command of the bundled CLI does not
// parse a corpus text again. Used only by the bundle of the same build (its build id is compiled
// into it; the modules of dist/src/ and src/ never use the file, so a parser being edited is
// never answered by an older parse), and only for a text that is exactly the one parsed.
// Layer: source. Imports model/ and util/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resolution } from '../model/resolution.js';
import { packageRoot } from '../util/packageRoot.js';

// Defined by the bundler in the bundle only (scripts/bundle-cli.mjs); undeclared everywhere else.
declare const __RESDIFF_BUILD_ID__: string | undefined;

/** The id of the build this code was bundled by; undefined outside the bundle. */
export function bundleBuildId(): string | undefined {
  return typeof __RESDIFF_BUILD_ID__ === 'string' ? __RESDIFF_BUILD_ID__ : undefined;
}

/** Where the build leaves the parsed corpus texts. */
export function corpusParsedPath(): string {
  return join(packageRoot(), 'dist', 'corpus-parsed.json');
}

interface ParsedFile {
  build: string;
  /** By corpus file name: the text parsed (compared whole: no hashing, no node:crypto to load) and the parse, as JSON. */
  texts: Record<string, { text: string; resolution: string }>;
}

/** The file's content (the build's): each resolution kept as its JSON text, parsed only when asked for. */
export function corpusParsedFile(build: string, texts: ParsedFile['texts']): string {
  return `${JSON.stringify({ build, texts } satisfies ParsedFile)}\n`;
}

/** The file as read, by path and build (null: absent, unreadable or another build's). */
const loaded = new Map<string, ParsedFile | null>();

function readParsed(path: string, build: string): ParsedFile | null {
  const key = `${path}\n${build}`;
  let file = loaded.get(key);
  if (file === undefined) {
    try {
      const f = JSON.parse(readFileSync(path, 'utf8')) as ParsedFile;
      file = f.build === build && typeof f.texts === 'object' && f.texts !== null ? f : null;
    } catch {
      file = null;
    }
    loaded.set(key, file);
  }
  return file;
}

/**
 * The build's parse of corpus file `file` when `text` is the text it parsed and this is the
 * bundle of that build; else undefined (the caller parses). A fresh object at each call.
 */
export function parsedByBuild(file: string, text: string, path = corpusParsedPath(), build = bundleBuildId()): Resolution | undefined {
  if (build === undefined) return undefined;
  const hit = readParsed(path, build)?.texts[file];
  if (hit === undefined || typeof hit.resolution !== 'string' || hit.text !== text) return undefined;
  return JSON.parse(hit.resolution) as Resolution;
}
