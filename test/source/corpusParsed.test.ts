// The corpus texts parsed by the build, for the bundled CLI of that build only
// (src/source/corpusParsed.ts): never answered outside the bundle, never for a changed text or
// another build, and exactly the parser's result.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleBuildId, corpusParsedFile, parsedByBuild } from '../../src/source/corpusParsed.js';
import { loadCorpusIndex } from '../../src/source/corpus.js';
import { corpusSource, parseSource } from '../../src/source/loadDocument.js';
import { CORPUS_DIR, corpusText } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'resdiff-parsed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = 'A-RES-68-160.zh.txt';
const text = corpusText(FILE);
// A derived stand-in for the parse (not the parser's): it shows when the file is what answered.
const stand = { symbol: 'A/RES/68/160', marker: 'from the file' };
const path = join(dir, 'parsed.json');
writeFileSync(path, corpusParsedFile('build-1', { [FILE]: { text, resolution: JSON.stringify(stand) } }));

describe('parsed corpus texts', () => {
  it('are never used outside the bundle (src/ and dist/src/ always parse)', () => {
    expect(bundleBuildId()).toBeUndefined();
    expect(parsedByBuild(FILE, text, path)).toBeUndefined();
  });

  it("answer the bundle of the build that wrote them, for the very text parsed, with a fresh object each time", () => {
    const a = parsedByBuild(FILE, text, path, 'build-1');
    expect(a).toEqual(stand);
    expect(parsedByBuild(FILE, text, path, 'build-1')).not.toBe(a);
  });

  it('do not answer for a changed text, another file, or another build', () => {
    expect(parsedByBuild(FILE, text.replace('重申', '确认'), path, 'build-1')).toBeUndefined();
    expect(parsedByBuild('A-RES-55-109.zh.txt', corpusText('A-RES-55-109.zh.txt'), path, 'build-1')).toBeUndefined();
    expect(parsedByBuild(FILE, text, path, 'build-2')).toBeUndefined();
    expect(parsedByBuild(FILE, text, join(dir, 'missing.json'), 'build-1')).toBeUndefined();
  });

  it('hold what the parser gives: every corpus parse comes back from JSON exactly', () => {
    for (const entry of loadCorpusIndex(CORPUS_DIR).texts) {
      const r = parseSource(corpusSource(entry.symbol, entry.language));
      expect(JSON.parse(JSON.stringify(r)), entry.file).toStrictEqual(r);
    }
  });
});
