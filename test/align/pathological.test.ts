// Pathological inputs (fixtures derived from the corpus, see test/helpers/pathological.ts): the
// results must be honest and the pipeline must finish or refuse. Their time and memory are
// measured by `npm run bench`, not here.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { keptShare, REWRITTEN_BELOW } from '../../src/wording/labels.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { run } from '../helpers/io.js';
import { manyFootnoteMarks, manyParagraphs, shuffledText, singleLine } from '../helpers/pathological.js';

const dir = mkdtempSync(join(tmpdir(), 'resdiff-pathological-'));

describe('pathological inputs', () => {
  it('two unrelated 1 MB texts: nothing is paired as unchanged, and the output says the text was largely rewritten', () => {
    const a = parseResolution(shuffledText('zh', 1_000_000, 1));
    const b = parseResolution(shuffledText('zh', 1_000_000, 2));
    expect(a.preamble.length + a.operative.length).toBeGreaterThan(3000);
    const c = compareResolutions(a, b);
    expect(c.summary.unchanged).toBe(0);
    expect(keptShare(c)).toBeLessThan(REWRITTEN_BELOW);
    const text = renderTerminal(c, { width: 100, color: false, visibility: 'changed' });
    expect(text.slice(0, 2000)).toMatch(/Largely rewritten: only \d+% of the text is common to both versions/);
  }, 60_000);

  it('a related pair is not called rewritten', () => {
    const t = shuffledText('en', 50_000, 3);
    const c = compareResolutions(parseResolution(t), parseResolution(t.replace('\n2. ', '\n2. Further ')));
    expect(keptShare(c)).toBeGreaterThan(0.99);
    expect(renderTerminal(c, { width: 100, color: false, visibility: 'changed' })).not.toContain('Largely rewritten');
  });

  it('a 10 MB file on one line gets one clear error line and exit status 2', async () => {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, singleLine(10_000_000));
    const r = await run(['diff', file, 'A/RES/68/160']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/does not look like a resolution/);
  }, 60_000);

  it('100,000 short paragraphs (many of them the same) with one changed: that change, and nothing else', () => {
    const t = manyParagraphs(100_000);
    const c = compareResolutions(parseResolution(t), parseResolution(t.replace('\n50000. ', '\n50000. 又')));
    expect(c.summary).toMatchObject({ unchanged: 99_999, modified: 1, added: 0, removed: 0, moved: 0 });
    expect(c.changes.find((ch) => ch.kind === 'modified')!.new!.number).toBe(50_000);
  }, 60_000);

  it('10,000 footnote marks: read, and the one changed word found', () => {
    const t = manyFootnoteMarks(10_000);
    const a = parseResolution(t);
    const c = compareResolutions(a, parseResolution(t.replace('Reaffirming', 'Reaffirms')));
    expect(c.summary.modified).toBe(1);
    expect(c.summary.added + c.summary.removed + c.summary.moved).toBe(0);
  }, 60_000);
});
