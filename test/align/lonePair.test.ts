// A single paragraph against a single paragraph (an oral amendment): compared as a paragraph,
// whatever section the parser guessed for each from its verb form.
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { amendments } from '../../src/insight/amendments.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { changeHeadline } from '../../src/wording/labels.js';
import { parseCorpus } from '../helpers/corpus.js';

describe('one paragraph against one paragraph', () => {
  // OP 1 of A/RES/51/100 as printed, and derived from it: the same words with the preambular
  // participle and comma ("Supporting …,"), which the parser reads as a preambular paragraph.
  const op1 = parseCorpus('A-RES-51-100.en.txt').operative[0]!.text;
  const participle = op1.replace(/^Supports/, 'Supporting').replace(/;$/, ',');

  it('is modified in place, not "moved from PP1 (preamble -> operative)", both ways', () => {
    const [a, b] = [parseResolution(op1), parseResolution(participle)];
    expect([a.operative.length, b.preamble.length]).toEqual([1, 1]);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const c = compareResolutions(x, y);
      expect(c.changes).toHaveLength(1);
      expect(c.changes[0]).toMatchObject({ kind: 'modified' });
      expect(changeHeadline(c.changes[0]!)).toMatch(/^modified, \d+% kept$/);
      expect(c.summary).toMatchObject({ modified: 1, moved: 0, added: 0, removed: 0 });
      // The amendment edits the paragraph; nothing is moved.
      const lines = amendmentLines(amendments(c));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^In (the first operative paragraph|the first preambular paragraph), replace “Supports?(ing)?” with/);
    }
  });

  it('two paragraphs on a side are aligned as before: a section change there is a move', () => {
    const two = parseCorpus('A-RES-51-100.en.txt').operative.map((p) => p.text);
    const c = compareResolutions(parseResolution(`${two[0]}\n\n${two[1]}`), parseResolution(participle));
    expect(c.changes.some((ch) => ch.kind === 'moved')).toBe(true);
  });
});
