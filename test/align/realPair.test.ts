// The real year-over-year pair of the Council's series: A/HRC/RES/19/33 -> A/HRC/RES/28/2.
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model/comparison.js';
import { compareCorpusPair } from '../helpers/corpus.js';
import { comparisonNotes, cutTitleNote } from '../../src/wording/labels.js';

const c = compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt');
const change = (id: string) => c.changes.find((ch) => ch.new?.id === id)!;
const changed = (segments: Segment[], op: 'insert' | 'delete') => segments.filter((s) => s.op === op).map((s) => s.text.trim());

describe('A/HRC/RES/19/33 -> A/HRC/RES/28/2', () => {
  it('pairs the four preambular paragraphs in order', () => {
    expect(c.changes.map((ch) => [ch.old?.id, ch.new?.id])).toEqual([
      ['pp1', 'pp1'],
      ['pp2', 'pp2'],
      ['pp3', 'pp3'],
      ['pp4', 'pp4'],
    ]);
  });

  it('PP1 is unchanged', () => {
    expect(change('pp1').kind).toBe('unchanged');
    expect(change('pp1').segments).toHaveLength(1);
  });

  it('PP3: only the citation changes, symbols and dates marked, nothing before 16/22', () => {
    const pp3 = change('pp3');
    expect(pp3.kind).toBe('modified');
    expect(pp3.leadVerb).toBeNull();
    const first = pp3.segments.findIndex((s) => s.op !== 'equal');
    const before = pp3.segments.slice(0, first).map((s) => s.text).join('');
    expect(before.endsWith('the latest of which being Council resolution ')).toBe(true);
    expect(pp3.segments[first]!.text.startsWith('16/22')).toBe(true);
    const deleted = changed(pp3.segments, 'delete').join(' | ');
    const inserted = changed(pp3.segments, 'insert').join(' | ');
    for (const gone of ['16/22', '25', '2011', '66/152', '19']) expect(deleted).toContain(gone);
    for (const come of ['25/3', '27', '2014', '69/179', '18']) expect(inserted).toContain(come);
    // Words around the citation's numbers stay unmarked.
    const kept = pp3.segments.filter((s) => s.op === 'equal').map((s) => s.text).join('');
    expect(kept).toContain(' and Assembly resolution ');
    expect(kept).toContain(' March ');
    expect(kept).toContain(' December ');
  });

  it('PP2: the dropped comma, "General" deleted, and the lower-casing', () => {
    const pp2 = change('pp2');
    expect(pp2.kind).toBe('modified');
    const deleted = changed(pp2.segments, 'delete');
    const inserted = changed(pp2.segments, 'insert');
    expect(deleted).toContain(',');
    expect(deleted).toContain('General');
    expect(deleted).toContain('High-level Plenary Meeting');
    expect(inserted).toEqual(['high-level plenary meeting']);
    const comma = pp2.segments.findIndex((s) => s.op === 'delete' && s.text === ',');
    expect(pp2.segments[comma - 1]!.text.endsWith('8 September 2000')).toBe(true);
    const general = pp2.segments.findIndex((s) => s.op === 'delete' && s.text.trim() === 'General');
    expect(pp2.segments[general + 1]!.text.trimStart().startsWith('Assembly on the Millennium')).toBe(true);
  });
});

describe('the cut title of A/HRC/RES/28/2', () => {
  it('is said to be a possible cut, not only a change', () => {
    // The corpus text of 28/2 ends its title line at "... in the field of human" (the source lost "rights").
    expect(c.title).toEqual({ old: 'Enhancement of international cooperation in the field of human rights', new: 'Enhancement of international cooperation in the field of human' });
    const note = cutTitleNote(c);
    expect(note).toContain('"rights"');
    expect(note).toContain('new text is partial');
    expect(comparisonNotes(c)).toContain(note);
  });

  it('is not said when the shorter title belongs to a complete text, or the titles differ otherwise', () => {
    expect(cutTitleNote({ ...c, new: { ...c.new, complete: true } })).toBeNull();
    expect(cutTitleNote({ ...c, title: { old: 'Enhancement of international cooperation', new: 'Strengthening of international cooperation' } })).toBeNull();
    expect(cutTitleNote({ ...c, title: null })).toBeNull();
    // The other way round: the old title is the cut one.
    const swapped = { ...c, title: { old: c.title!.new, new: c.title!.old }, old: { ...c.old, complete: false } };
    expect(cutTitleNote(swapped)).toContain('The old title is the new one without its last words ("rights")');
  });
});
