// Derived variants of real texts, in their raw layouts, must align exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import type { Comparison } from '../../src/model/comparison.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { VariantBuilder, type Variant } from '../helpers/variants.js';

function compareVariant(builder: VariantBuilder, v: Variant): Comparison {
  return compareResolutions(builder.resolution, parseResolution(v.raw));
}

/** Checks every old paragraph went where the edit put it, and nothing else changed. */
function expectExactAlignment(builder: VariantBuilder, v: Variant): Comparison {
  const c = compareVariant(builder, v);
  const seenOld = new Set<string>();
  for (const [oldId, newId] of v.expected) {
    const change = c.changes.find((ch) => ch.old?.id === oldId);
    expect(change, `${v.name}: ${oldId} is reported`).toBeDefined();
    seenOld.add(oldId);
    if (newId === null) expect(change!.kind, `${v.name}: ${oldId}`).toBe('removed');
    else {
      expect(change!.new?.id, `${v.name}: ${oldId} aligns with ${newId}`).toBe(newId);
      if (v.leadVerbs.has(oldId)) {
        expect(change!.kind).toBe('modified');
        expect(change!.leadVerb?.new).toBe(v.leadVerbs.get(oldId));
      } else {
        expect(['unchanged', 'moved'], `${v.name}: ${oldId} -> ${newId} is ${change!.kind}`).toContain(change!.kind);
        expect(change!.segments).toEqual([{ op: 'equal', text: builder.paragraphs.find((p) => p.id === oldId)!.text }]);
      }
    }
  }
  expect(c.summary.added, v.name).toBe(v.added.length);
  for (const id of v.added) expect(c.changes.find((ch) => ch.new?.id === id)?.kind, `${v.name}: ${id} added`).toBe('added');
  expect(c.summary.removed, v.name).toBe([...v.expected.values()].filter((x) => x === null).length);
  expect(c.summary.modified, v.name).toBe(v.leadVerbs.size);
  return c;
}

describe('A/RES/68/160 (zh, PDF layout) variants', () => {
  const b = new VariantBuilder('A-RES-68-160.zh.txt');

  it.each(b.paragraphs.map((p) => p.id))('deleting %s removes just that paragraph', (id) => {
    const c = expectExactAlignment(b, b.delete(id));
    if (id.startsWith('op')) expect(c.summary.renumbered).toBe(14 - Number(id.slice(2)));
  });

  it.each(b.paragraphs.map((p) => p.id))('inserting a paragraph after %s adds just that paragraph', (id) => {
    expectExactAlignment(b, b.insertAfter(id));
  });

  it('reports renumbering as "OP n (was OP m)", not as an edit', () => {
    const c = expectExactAlignment(b, b.delete('op3'));
    const op9 = c.changes.find((ch) => ch.old?.id === 'op10')!;
    expect(op9.kind).toBe('unchanged');
    expect(op9.renumbered).toBe(true);
    expect(op9.old!.number).toBe(10);
    expect(op9.new!.number).toBe(9);
  });

  it('swapping two preambular paragraphs reports one move', () => {
    const c = expectExactAlignment(b, b.swap('pp4', 'pp5'));
    expect(c.summary.moved).toBe(1);
    expect(c.summary.unchanged).toBe(22);
  });

  it('a far move of an operative paragraph is one move', () => {
    const c = expectExactAlignment(b, b.moveAfter('op2', 'op13'));
    expect(c.summary.moved).toBe(1);
  });

  it('lead-verb changes are reported on their own', () => {
    const c = expectExactAlignment(b, b.changeLeadVerb('op13', '鼓励'));
    const change = c.changes.find((ch) => ch.old?.id === 'op13')!;
    expect(change.leadVerb).toEqual({ old: '请', new: '鼓励' });
    expect(c.summary.leadVerbChanged).toBe(1);
    expectExactAlignment(b, b.changeLeadVerb('pp7', '着重指出'));
  });
});

describe.each([
  ['A-RES-51-100.en.txt', 'op1', 'Urges'],
  ['A-RES-55-109.zh.txt', 'op1', '再次重申'],
  ['A-HRC-RES-19-33.en.txt', 'pp2', 'Recalling with appreciation'],
  ['A-HRC-RES-28-2.en.txt', 'pp1', 'Reiterating'],
])('%s variants', (file, verbTarget, verb) => {
  const b = new VariantBuilder(file);
  const ids = b.paragraphs.map((p) => p.id);

  it.each(ids)('delete %s', (id) => {
    expectExactAlignment(b, b.delete(id));
  });

  it.each(ids)('insert after %s', (id) => {
    expectExactAlignment(b, b.insertAfter(id));
  });

  it('swaps and moves', () => {
    const pps = b.resolution.preamble.map((p) => p.id);
    expect(expectExactAlignment(b, b.swap(pps[0]!, pps[1]!)).summary.moved).toBe(1);
    expect(expectExactAlignment(b, b.moveAfter(pps[0]!, pps[pps.length - 1]!)).summary.moved).toBe(1);
  });

  it(`changes the lead verb of ${verbTarget} to ${verb}`, () => {
    expectExactAlignment(b, b.changeLeadVerb(verbTarget, verb));
  });
});

describe('random single edits on every layout (property)', () => {
  const builders = ['A-RES-68-160.zh.txt', 'A-RES-55-109.zh.txt', 'A-RES-51-100.en.txt', 'A-HRC-RES-19-33.en.txt'].map(
    (f) => new VariantBuilder(f),
  );
  it('align exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: builders.length - 1 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('delete', 'insert', 'swap', 'move'),
        (bi, x, y, op) => {
          const b = builders[bi]!;
          const section = x % 2 === 0 || b.resolution.operative.length < 2 ? b.resolution.preamble : b.resolution.operative;
          const p = section[x % section.length]!;
          const q = section[y % section.length]!;
          if ((op === 'swap' || op === 'move') && p === q) return;
          const v =
            op === 'delete' ? b.delete(p.id) : op === 'insert' ? b.insertAfter(p.id) : op === 'swap' ? b.swap(p.id, q.id) : b.moveAfter(p.id, q.id);
          expectExactAlignment(b, v);
        },
      ),
      { numRuns: 200, seed: 20131218 },
    );
  });
});
