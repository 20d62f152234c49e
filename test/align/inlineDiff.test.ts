// Inline diffs read as phrases; CJK is segmented into words; work caps fall back honestly.
import { describe, expect, it } from 'vitest';
import { inlineDiff } from '../../src/align/inlineDiff.js';

const show = (segments: { op: string; text: string }[]) =>
  segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'delete' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');

describe('inlineDiff', () => {
  it('keeps identical text as one equal segment', () => {
    expect(inlineDiff('Decides to remain seized of the matter.', 'Decides to remain seized of the matter.').segments).toEqual([
      { op: 'equal', text: 'Decides to remain seized of the matter.' },
    ]);
  });

  it('folds a short word between two edits into one phrase', () => {
    const d = inlineDiff('resolution 16/22 of 25 March 2011', 'resolution 25/3 of 27 March 2014');
    expect(show(d.segments)).toBe('resolution [-16/22 of 25-]{+25/3 of 27+} March [-2011-]{+2014+}');
  });

  it('segments Chinese into words, not characters', () => {
    const d = inlineDiff('重申各宗教、文化、文明之间进行人权领域的对话', '重申不同宗教、文化和文明之间在人权领域开展对话');
    const inserted = d.segments.filter((s) => s.op === 'insert').map((s) => s.text);
    expect(inserted).toContain('不同');
    // No change is a lone character between two kept words when it is part of a word.
    expect(show(d.segments)).toContain('{+不同+}');
  });

  it('a lead-verb change is one phrase', () => {
    const d = inlineDiff('Welcomes the report of the Secretary-General;', 'Takes note of the report of the Secretary-General;');
    expect(show(d.segments)).toBe('[-Welcomes-]{+Takes note of+} the report of the Secretary-General;');
  });

  it('reports similarity from the kept characters', () => {
    expect(inlineDiff('a b c d', 'a b c d').similarity).toBe(1);
    const d = inlineDiff('alpha beta', 'gamma delta');
    expect(d.similarity).toBe(0);
    expect(show(d.segments)).toBe('[-alpha beta-]{+gamma delta+}');
  });

  it('falls back to delete + insert, flagged approximate, past the edit cap', () => {
    const a = Array.from({ length: 300 }, (_, k) => `w${k}`).join(' ');
    const b = Array.from({ length: 300 }, (_, k) => `v${k}`).join(' ');
    const d = inlineDiff(a, b, { maxEditLength: 10, maxWork: 20_000_000 });
    expect(d.approximate).toBe(true);
    expect(d.segments).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });
});
