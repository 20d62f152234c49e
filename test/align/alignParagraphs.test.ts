// The aligner's steps on small cases built from real paragraphs.
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/align/alignParagraphs.js';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { heaviestChain } from '../../src/align/sequence.js';
import { makeResolution } from '../helpers/arbitraries.js';
import { parseCorpus } from '../helpers/corpus.js';

const en = parseCorpus('A-RES-51-100.en.txt');
const zh = parseCorpus('A-RES-68-160.zh.txt');
const pp = (r: typeof en) => r.preamble.map((p) => p.text);
const op = (r: typeof en) => r.operative.map((p) => p.text);

describe('alignParagraphs', () => {
  it('finds a preambular paragraph that became operative (step 3)', () => {
    const recognizing = pp(en)[0]!; // "Recognizing that the enhancement … of human rights,"
    const asOperative = recognizing.replace(/^Recognizing/, 'Recognizes').replace(/,$/, ';');
    const old = makeResolution('en', pp(en), op(en));
    const neu = makeResolution('en', pp(en).slice(1), [asOperative, ...op(en)]);
    const c = compareResolutions(old, neu);
    const change = c.changes.find((ch) => ch.old?.id === 'pp1')!;
    expect(change.kind).toBe('moved');
    expect(change.old!.section).toBe('preamble');
    expect(change.new!.section).toBe('operative');
    expect(change.section).toBe('operative');
    expect(change.leadVerb).toEqual({ old: 'Recognizing', new: 'Recognizes' });
    expect(c.summary).toMatchObject({ moved: 1, added: 0, removed: 0 });
  });

  it('reports a far move that was also edited as one moved change with its edits (step 2)', () => {
    const texts = op(zh);
    const edited = texts[1]!.replace('集体责任', '共同责任');
    const neu = [texts[0]!, ...texts.slice(2, 12), edited, ...texts.slice(12)];
    const c = compareResolutions(makeResolution('zh', [], texts), makeResolution('zh', [], neu));
    const moved = c.changes.filter((ch) => ch.kind === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.old!.id).toBe('op2');
    expect(moved[0]!.new!.id).toBe('op12');
    expect(moved[0]!.segments.some((s) => s.op === 'insert' && s.text.includes('共同'))).toBe(true);
  });

  it('a copy inserted beside its original: the original stays in place, the copy is added', () => {
    const texts = pp(zh);
    const neu = [...texts.slice(0, 3), texts[2]!, ...texts.slice(3)];
    const a = alignParagraphs({ preamble: makeResolution('zh', texts, []).preamble, operative: [] }, { preamble: makeResolution('zh', neu, []).preamble, operative: [] });
    expect(a.added.map((p) => p.id)).toEqual(['pp4']);
    expect(a.matches.find((m) => m.old.id === 'pp3')!.new.id).toBe('pp3');
  });

  it('an unrelated paragraph in the same place is removed + added, not modified', () => {
    const texts = pp(zh);
    const foreign = parseCorpus('A-RES-55-109.zh.txt').preamble[3]!.text; // 又认识到必须确保审议人权问题时…
    const neu = [...texts.slice(0, 4), foreign, ...texts.slice(5)];
    const c = compareResolutions(makeResolution('zh', texts, []), makeResolution('zh', neu, []));
    expect(c.summary).toMatchObject({ added: 1, removed: 1, modified: 0, unchanged: 8 });
  });
});

describe('heaviestChain', () => {
  it('keeps pairs in order, each item once, and prefers one strong pair to two weak ones', () => {
    const chain = heaviestChain(
      [
        { i: 0, j: 1, weight: 0.7 },
        { i: 0, j: 0, weight: 0.25 },
        { i: 1, j: 1, weight: 0.25 },
        { i: 2, j: 2, weight: 0.5 },
      ],
      3,
    );
    expect(chain.map((p) => [p.i, p.j])).toEqual([
      [0, 1],
      [2, 2],
    ]);
  });
});
