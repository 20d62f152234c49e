// A series over three versions: A/HRC/RES/19/33, A/HRC/RES/28/2 and a third version derived from 28/2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { historyOutput } from '../../src/render/history.js';
import { buildSeries } from '../../src/series/history.js';
import { parseCorpus } from '../helpers/corpus.js';
import { run } from '../helpers/io.js';
import { VariantBuilder } from '../helpers/variants.js';

// Test fixture derived from the real 28/2 in its raw layout: PP2 deleted, the lead verb of PP3
// changed, and a paragraph inserted after PP4 (A/HRC/DEC/22/116's PP5, see helpers/variants.ts).
function derivedThird(): string {
  const deleted = new VariantBuilder('A-HRC-RES-28-2.en.txt').delete('pp2').raw;
  const verb = new VariantBuilder('A-HRC-RES-28-2.en.txt', deleted).changeLeadVerb('pp2', 'Reaffirming').raw;
  return new VariantBuilder('A-HRC-RES-28-2.en.txt', verb).insertAfter('pp3').raw;
}

describe('history over three versions', () => {
  const v1 = parseCorpus('A-HRC-RES-19-33.en.txt');
  const v2 = parseCorpus('A-HRC-RES-28-2.en.txt');
  const v3 = parseResolution(derivedThird());
  const series = historyOutput(buildSeries([v1, v2, v3], ['A/HRC/RES/19/33', 'A/HRC/RES/28/2', 'derived']));
  const story = (id: number) => series.paragraphs.find((p) => p.id === id)!.events.map((e) => `${e.version}:${e.kind}`);

  it('the derived version is what the fixture says', () => {
    expect(v3.preamble.map((p) => p.leadVerb)).toEqual(['Reaffirming', 'Reaffirming', 'Recalling further', 'Acknowledging']);
  });

  it('follows each paragraph from its appearance to its removal', () => {
    expect(series.paragraphs).toHaveLength(5);
    expect(story(1)).toEqual(['1:appeared', '2:unchanged', '3:unchanged']); // PP1, untouched
    expect(story(2)).toEqual(['1:appeared', '2:modified', '3:removed']); // PP2: edited in 2015, deleted in the third
    expect(story(3)).toEqual(['1:appeared', '2:modified', '3:modified']); // PP3: new citation, then its lead verb
    expect(story(4)).toEqual(['1:appeared', '2:modified', '3:unchanged']); // PP4, now PP3
    expect(story(5)).toEqual(['3:appeared']); // the inserted paragraph
  });

  it('records the changes of each step, with lead verbs and ids', () => {
    const pp3 = series.paragraphs.find((p) => p.id === 3)!.events;
    expect(pp3[2]).toMatchObject({ kind: 'modified', paragraph: { id: 'pp2' }, leadVerb: { old: 'Recalling also', new: 'Reaffirming' } });
    const pp4 = series.paragraphs.find((p) => p.id === 4)!.events;
    expect(pp4.map((e) => ('paragraph' in e ? e.paragraph?.id : ''))).toEqual(['pp4', 'pp4', 'pp3']);
    expect(series.versions.map((v) => v.label)).toEqual(['A/HRC/RES/19/33', 'A/HRC/RES/28/2', 'derived']);
  });

  it('resdiff history prints the same over symbols and a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resdiff-history-'));
    writeFileSync(join(dir, 'third.txt'), derivedThird());
    const json = await run(['history', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', join(dir, 'third.txt'), '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).paragraphs.map((p: { events: { kind: string }[] }) => p.events.map((e) => e.kind))).toEqual(series.paragraphs.map((p) => p.events.map((e) => e.kind)));
    const text = await run(['history', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', join(dir, 'third.txt'), '--width', '100']);
    expect(text.stdout).toMatch(/^History of 3 versions: 5 paragraphs, 1 unchanged throughout, 1 appeared later, 1 removed/);
    expect(text.stdout).toContain('¶2  PP2 +  PP2 ~  x');
    const md = await run(['history', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', join(dir, 'third.txt'), '--format', 'markdown']);
    expect(md.stdout).toContain('| 5 | · | · | PP4 + |');
    expect((await run(['history', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2'])).stderr).toMatch(/history takes three or more versions/);
  });
});
