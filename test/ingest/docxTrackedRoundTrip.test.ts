// The Word files resdiff writes (render/docx.ts: NEW as tracked changes against OLD), read back
// with readTrackedDocx: every change rejected gives OLD's paragraphs, every change accepted NEW's,
// exactly, and the two compare as the original pair did. Checked on the corpus pairs of each
// language and, as a property, on derived variants of corpus texts (test/helpers/variants.ts);
// and after LibreOffice has opened and saved them again (its own WordprocessingML).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { readTrackedDocx } from '../../src/ingest/docxTracked.js';
import { hasDifferences, type Comparison } from '../../src/model/comparison.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { openingLine, renderDocx } from '../../src/render/docx.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';
import { requireProgram, skipWithout } from '../helpers/programs.js';
import { VariantBuilder } from '../helpers/variants.js';

const OPTS = { author: 'Delegation of 秘书处 & "Co"', date: new Date('2025-03-14T09:26:53Z') };

/** What a paragraph is, as the comparison sees it (footnotes aside: the Word report writes none). */
const paragraphs = (r: Resolution) => allParagraphs(r).map((p) => ({ id: p.id, section: p.section, number: p.number, text: p.text, leadVerb: p.leadVerb }));

/** What a comparison says, without the documents' headers. */
const changes = (c: Comparison) => ({
  summary: c.summary,
  changes: c.changes.map((x) => ({ kind: x.kind, section: x.section, old: x.old, new: x.new, similarity: x.similarity, leadVerb: x.leadVerb, segments: x.segments })),
});

/** The paragraphs as the Word report prints them: the opening line, then each paragraph with its number. */
const printed = (r: Resolution) => [openingLine(r), ...allParagraphs(r).map((p) => (p.number === null ? p.text : `${p.number}. ${p.text}`))].filter((x): x is string => x !== null);

async function readBack(old: Resolution, neu: Resolution) {
  const c = compareResolutions(old, neu);
  if (!hasDifferences(c)) throw new Error('readBack: the pair has no differences');
  const bytes = await renderDocx(c, OPTS);
  const versions = await readTrackedDocx(bytes, 'report.docx');
  return { c, versions, old: parseResolution(versions.old), neu: parseResolution(versions.new) };
}

async function expectRoundTrip(old: Resolution, neu: Resolution): Promise<void> {
  if (!hasDifferences(compareResolutions(old, neu))) {
    // Nothing tracked: the report reads back as a Word file without tracked changes, refused as such.
    const bytes = await renderDocx(compareResolutions(old, neu), OPTS);
    await expect(readTrackedDocx(bytes, 'report.docx')).rejects.toMatchObject({ code: 'NO_CHANGES' });
    return;
  }
  const back = await readBack(old, neu);
  // The texts themselves: the report's three heading lines, then exactly the printed paragraphs.
  expect(back.versions.old.split('\n\n').slice(3).join('\n\n')).toBe(`${printed(old).join('\n\n')}\n`);
  expect(back.versions.new.split('\n\n').slice(3).join('\n\n')).toBe(`${printed(neu).join('\n\n')}\n`);
  // The report names both texts in its properties: symbols and titles come back too.
  // Two texts without a symbol (A/RES/52/131 in French starts at its opening) name nothing to
  // read back: reportedPair gives null then, as for a Word file resdiff did not write.
  const named = old.symbol !== null || neu.symbol !== null;
  expect(back.versions.reported).toEqual(named ? { old: { symbol: old.symbol, title: old.title }, new: { symbol: neu.symbol, title: neu.title } } : null);
  // Parsed: the same paragraphs, and the same comparison.
  expect(paragraphs(back.old)).toEqual(paragraphs(old));
  expect(paragraphs(back.neu)).toEqual(paragraphs(neu));
  expect(changes(compareResolutions(back.old, back.neu))).toEqual(changes(back.c));
  expect(back.versions.changes).toBeGreaterThan(0);
}

describe('a Word report read back with readTrackedDocx', () => {
  it('gives back A/RES/55/109 -> A/RES/68/160 (zh): the same paragraphs, the same comparison', async () => {
    const old = parseCorpus('A-RES-55-109.zh.txt');
    const neu = parseCorpus('A-RES-68-160.zh.txt');
    await expectRoundTrip(old, neu);
    const back = await readBack(old, neu);
    expect(back.versions.authors).toEqual([OPTS.author]);
    expect(back.versions.changes).toBeGreaterThan(50);
  });

  it('gives back the A/HRC pairs (en): 19/33 -> 28/2, 19/33 -> DEC/22/116, DEC/22/116 -> 28/2', async () => {
    const [r19, dec, r28] = ['A-HRC-RES-19-33.en.txt', 'A-HRC-DEC-22-116.en.txt', 'A-HRC-RES-28-2.en.txt'].map((f) => parseCorpus(f)) as [Resolution, Resolution, Resolution];
    await expectRoundTrip(r19, r28);
    await expectRoundTrip(r19, dec);
    await expectRoundTrip(dec, r28);
  });

  it('gives back every ordered pair of corpus texts in one language', async () => {
    const docs = CORPUS_FILES.map((f) => parseCorpus(f));
    for (const a of docs) for (const b of docs) if (a !== b && a.language === b.language) await expectRoundTrip(a, b);
  });

  it('gives back derived variants of every layout, edits chained (property)', async () => {
    const files = ['A-RES-68-160.zh.txt', 'A-RES-55-109.zh.txt', 'A-RES-51-100.en.txt', 'A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'];
    const originals = files.map((f) => new VariantBuilder(f));
    const edit = fc.record({ op: fc.constantFrom('delete', 'insert', 'swap', 'move', 'verb'), x: fc.nat(999), y: fc.nat(999) });
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), async (fi, edits) => {
        let b = originals[fi]!;
        for (const { op, x, y } of edits) {
          const r = b.resolution;
          const list = x % 2 === 0 || r.operative.length < 2 ? r.preamble : r.operative;
          if (list.length === 0) continue;
          const p = list[x % list.length]!;
          const other = list[y % list.length]!;
          if ((op === 'swap' || op === 'move') && p === other) continue;
          if (op === 'insert' && b.insertText(p.id) === undefined) continue;
          const raw =
            op === 'delete' && list.length > 1
              ? b.delete(p.id).raw
              : op === 'insert'
                ? b.insertAfter(p.id).raw
                : op === 'swap'
                  ? b.swap(p.id, other.id).raw
                  : op === 'move'
                    ? b.moveAfter(p.id, other.id).raw
                    : b.changeLeadVerb(p.id, r.language === 'zh' ? '鼓励' : 'Welcoming').raw;
          b = new VariantBuilder(files[fi]!, raw);
        }
        await expectRoundTrip(originals[fi]!.resolution, b.resolution);
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 120_000);
});

/** Word files opened and saved again as .docx by LibreOffice (one run, its own throwaway profile). */
async function resavedByLibreOffice(files: Record<string, Uint8Array>): Promise<Record<string, Uint8Array>> {
  const soffice = requireProgram('soffice');
  const dir = mkdtempSync(join(tmpdir(), 'resdiff-tracked-lo-'));
  try {
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await promisify(execFile)(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), ...inputs], {
      timeout: 170_000,
      killSignal: 'SIGKILL',
    });
    return Object.fromEntries(Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(join(dir, 'out', `${name}.docx`)))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(skipWithout('tracked Word files saved again by LibreOffice', ['soffice']))('a Word report saved again by LibreOffice', () => {
  it('still reads back as the pair: 19/33 -> 28/2 (en) and a derived 68/160 (zh) with a paragraph moved, one deleted and one inserted', { timeout: 180_000 }, async () => {
    const en = { old: parseCorpus('A-HRC-RES-19-33.en.txt'), neu: parseCorpus('A-HRC-RES-28-2.en.txt') };
    const zhFile = 'A-RES-68-160.zh.txt';
    const moved = new VariantBuilder(zhFile).moveAfter('op2', 'op9').raw;
    const deleted = new VariantBuilder(zhFile, moved).delete('pp3').raw;
    const inserted = new VariantBuilder(zhFile, deleted).insertAfter('op5').raw;
    const zh = { old: parseCorpus(zhFile), neu: parseResolution(inserted) };
    const pairs = { en, zh };
    const comparisons = { en: compareResolutions(en.old, en.neu), zh: compareResolutions(zh.old, zh.neu) };
    expect(comparisons.zh.summary).toMatchObject({ moved: 1, removed: 1, added: 1 });
    const resaved = await resavedByLibreOffice({ en: await renderDocx(comparisons.en, OPTS), zh: await renderDocx(comparisons.zh, OPTS) });
    for (const name of ['en', 'zh'] as const) {
      const versions = await readTrackedDocx(resaved[name]!, `${name}.docx`);
      const old = parseResolution(versions.old);
      const neu = parseResolution(versions.new);
      expect(paragraphs(old), name).toEqual(paragraphs(pairs[name].old));
      expect(paragraphs(neu), name).toEqual(paragraphs(pairs[name].neu));
      expect(changes(compareResolutions(old, neu)), name).toEqual(changes(comparisons[name]));
      expect(versions.reported?.new.symbol, name).toBe(pairs[name].neu.symbol);
    }
  });
});
