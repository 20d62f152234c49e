// Where a partial text stops mid-paragraph the words past the cut are not changes; two texts in
// different languages get a notice instead of "0% common".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResolutions, stopsIn } from '../../src/align/compareResolutions.js';
import { knownSegments, sideText, type Segment } from '../../src/model/comparison.js';
import { rulesFor } from '../../src/lang/index.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { DiffOutputSchema } from '../../src/model/contracts.js';
import { diffOutput } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { comparisonNotes } from '../../src/wording/labels.js';
import { CORPUS_FILES, compareCorpusPair, parseCorpus } from '../helpers/corpus.js';

const sides = (segments: readonly Segment[]) => ({ old: sideText(segments, 'old'), new: sideText(segments, 'new') });

describe('a partial text that stops mid-paragraph (A/HRC/RES/19/33 -> A/HRC/RES/28/2, PP4)', () => {
  it('both copies stop in PP4: 19/33 at "Durban Review Co", 28/2 at "Durban Review Conference, held"', () => {
    expect(stopsIn(parseCorpus('A-HRC-RES-19-33.en.txt'))?.text).toMatch(/Durban Review Co$/);
    expect(stopsIn(parseCorpus('A-HRC-RES-28-2.en.txt'))?.text).toMatch(/Durban Review Conference, held$/);
    expect(stopsIn(parseCorpus('A-RES-68-160.zh.txt'))).toBeNull();
  });

  it('an Arabic text whose last paragraph ends with the Arabic comma or semicolon has not stopped mid-sentence', () => {
    // The derived Arabic fixture (built from src/lang/ar.ts, test/lang/fixtures/README.md) cut after
    // its second preambular paragraph ("…الثاني،") and after its second operative one ("…الخامس؛").
    const arabic = readFileSync(join(packageRoot(), 'test/lang/fixtures/derived.ar.txt'), 'utf8');
    for (const end of ['بند الاختبار الثاني،', 'بند الاختبار الخامس؛']) {
      const cut = parseResolution(arabic.slice(0, arabic.indexOf(end) + end.length));
      expect(cut.complete).toBe(false);
      expect(stopsIn(cut)).toBeNull();
    }
    // Cut inside a word, it has.
    const inside = parseResolution(arabic.slice(0, arabic.indexOf('بند الاختبار الخامس') + 'بند الاخت'.length));
    expect(stopsIn(inside)?.text).toMatch(/الاخت$/);
  });

  it("takes each language's closing marks from its module, not from a list of its own (LanguageRules.closingMarks)", () => {
    expect(rulesFor('ar').closingMarks).toContain('،');
    expect(rulesFor('ar').closingMarks).toContain('؛');
    expect(rulesFor('zh').closingMarks).toContain('，');
    // The code of compareResolutions.ts (its comments aside) names no Arabic or CJK punctuation.
    const code = readFileSync(join(packageRoot(), 'src/align/compareResolutions.ts'), 'utf8').replace(/\/\*[^]*?\*\/|\/\/[^\n]*/g, '');
    expect(code).not.toMatch(/[\u0600-\u06FF。；，：！？]/u);
  });

  it('PP4 compares the words both have; the segments past the cut still rebuild both texts', () => {
    for (const [a, b] of [
      ['A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'],
      ['A-HRC-RES-28-2.en.txt', 'A-HRC-RES-19-33.en.txt'],
    ] as const) {
      const c = compareCorpusPair(a, b);
      const pp4 = c.changes.find((ch) => ch.new?.id === 'pp4')!;
      expect(pp4.cutAt).toBeDefined();
      const known = knownSegments(pp4);
      // The only change both texts show in PP4 is the comma after "Africa".
      expect(known.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual([',']);
      expect(sides(known).old).toMatch(/and the Durban Review $/);
      const [oldP, newP] = [parseCorpus(a).preamble[3]!, parseCorpus(b).preamble[3]!];
      expect(sides(pp4.segments)).toEqual({ old: oldP.text, new: newP.text });
      expect(pp4).toMatchObject({ kind: 'modified', technical: false });
      expect(pp4.similarity).toBeGreaterThan(0.98);
    }
  });

  it('renderers show the shared words and mark the cut, never [-Co-]{+Conference, held+}', () => {
    const c = compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt');
    const terminal = renderTerminal(c, { width: 200, color: false, visibility: 'all' });
    expect(terminal).not.toContain('Conference, held');
    expect(terminal).not.toContain('[-Co-]');
    expect(terminal).toMatch(/Durban Review \[…\]\n/);
    const md = renderMarkdown(c, { visibility: 'all' });
    expect(md).not.toMatch(/<del>Co<\/del>|<ins>Conference/);
    expect(comparisonNotes(c)).toContainEqual(expect.stringMatching(/^PP4: a partial text stops in the middle of this paragraph/));
    const json = DiffOutputSchema.parse(diffOutput(c));
    expect(json.changes.find((ch) => ch.new?.id === 'pp4')?.cutAt).toBe(c.changes.find((ch) => ch.new?.id === 'pp4')!.cutAt);
  });

  it('only the paragraph a text stops in is ever cut, in every corpus pair', () => {
    for (const fa of CORPUS_FILES)
      for (const fb of CORPUS_FILES) {
        const [a, b] = [parseCorpus(fa), parseCorpus(fb)];
        const c = compareResolutions(a, b);
        const [sa, sb] = [stopsIn(a), stopsIn(b)];
        for (const ch of c.changes) if (ch.cutAt !== undefined) expect(ch.old?.id === sa?.id || ch.new?.id === sb?.id).toBe(true);
      }
  });
});

describe('two texts in different languages', () => {
  it('carry languageMismatch and a notice instead of "0% common"', () => {
    const c = compareCorpusPair('A-RES-51-100.en.txt', 'A-RES-68-160.zh.txt');
    expect(c.languageMismatch).toEqual({ old: 'en', new: 'zh' });
    const notes = comparisonNotes(c);
    expect(notes[0]).toMatch(/^The two texts are in different languages \(old: English, new: Chinese\)/);
    expect(notes.join(' ')).not.toMatch(/% of the text is common/);
    expect(renderMarkdown(c, { visibility: 'all' })).toContain('different languages');
    expect(DiffOutputSchema.parse(diffOutput(c)).languageMismatch).toEqual({ old: 'en', new: 'zh' });
  });

  it('one language: no such field', () => {
    expect(compareResolutions(parseCorpus('A-RES-68-160.zh.txt'), parseCorpus('A-RES-55-109.zh.txt')).languageMismatch).toBeUndefined();
  });
});
