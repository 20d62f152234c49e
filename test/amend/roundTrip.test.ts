// Amendments out, then in: reading the amendment list resdiff writes for old -> new and applying it
// to old gives new's paragraph texts, over every corpus pair and derived variants, in zh and en.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { applyInstructions } from '../../src/amend/applyInstructions.js';
import { readInstructions } from '../../src/amend/readInstructions.js';
import { amendedTexts, amendments } from '../../src/insight/amendments.js';
import { rulesFor } from '../../src/lang/index.js';
import { NOT_YET_READ } from '../../src/lang/pending.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { arbVersionPair } from '../helpers/arbitraries.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';
import { VariantBuilder } from '../helpers/variants.js';

/** Whether amendment documents in a language are read back (French, Spanish, Russian, Arabic: not yet). */
const readsAmendments = (language: Resolution['language']) => rulesFor(language).instructions !== NOT_YET_READ;
const languageOf = (file: string) => file.split('.').at(-2) as Resolution['language'];

/**
 * amend(old, amendmentLines(amendments(compare(old, new)))) has new's paragraph texts, every
 * instruction applied; where a partial text stops mid-paragraph, the words past the cut are the
 * old text's (the list leaves them alone: amendedTexts), and only there.
 */
function roundTrip(old: Resolution, neu: Resolution): void {
  const c = compareResolutions(old, neu);
  const lines = amendmentLines(amendments(c));
  const instructions = readInstructions(lines.join('\n'), old.language);
  expect(instructions).toHaveLength(lines.filter((l) => !/accordingly|相应重新编号/.test(l)).length);
  const amended = applyInstructions(old, instructions);
  const failed = amended.results.filter((r) => r.status === 'failed').map((r) => ({ ...r, text: instructions[r.n - 1]!.text.slice(0, 200) }));
  expect(failed).toEqual([]);
  const expected = amendedTexts(c);
  expect(amended.preamble).toEqual(expected.preamble);
  expect(amended.operative).toEqual(expected.operative);
  const cut = new Set(c.changes.filter((ch) => ch.cutAt !== undefined).map((ch) => ch.new!.id));
  for (const section of ['preamble', 'operative'] as const) neu[section].forEach((p, k) => cut.has(p.id) || expect(amended[section][k]).toBe(p.text));
}

/**
 * Corpus paragraphs with word changes of the kinds amendments are made of (derived, never new
 * words): a deleted comma, a dropped word, a word repeated elsewhere, every third word swapped
 * (many scattered edits: "should read"). As in test/insight/amendments.test.ts.
 */
const WORD_EDITS = ['comma', 'dropWord', 'repeatWord', 'scatter'] as const;
function editWords(text: string, language: Resolution['language'], op: (typeof WORD_EDITS)[number], k: number): string {
  const tokens = rulesFor(language).tokens(text);
  const words = tokens.map((t, i) => [t, i] as const).filter(([t]) => /[\p{L}\p{N}]/u.test(t));
  if (words.length < 3) return text;
  const pick = (j: number) => words[j % words.length]![1];
  switch (op) {
    case 'comma': {
      const marks = tokens.map((t, i) => [t, i] as const).filter(([t]) => /^[,，、;；]$/.test(t));
      if (marks.length === 0) return text;
      tokens.splice(marks[k % marks.length]![1], 1);
      break;
    }
    case 'dropWord':
      tokens.splice(pick(k), 1);
      break;
    case 'repeatWord':
      tokens.splice(pick(k * 7 + 3), 0, tokens[pick(k)]!, language === 'zh' ? '' : ' ');
      break;
    case 'scatter':
      for (let j = k % 3; j + 1 < words.length; j += 3) {
        const [a, b] = [words[j]![1], words[j + 1]![1]];
        [tokens[a], tokens[b]] = [tokens[b]!, tokens[a]!];
      }
      break;
  }
  return tokens.join('');
}

describe('amend(old, amendment list of old -> new) == new', () => {
  it('for every pair of corpus texts in one language (and each with itself)', () => {
    // Only languages whose amendment documents are read back (French: not yet, NOT_YET_READ).
    const docs = CORPUS_FILES.map((f) => parseCorpus(f)).filter((r) => readsAmendments(r.language));
    let pairs = 0;
    for (const a of docs) {
      for (const b of docs) {
        if (a.language !== b.language) continue;
        roundTrip(a, b);
        pairs++;
      }
    }
    expect(pairs).toBe(3 * 3 + 6 * 6); // zh: 68/160, 55/109, 52/131; en: six texts
  });

  it('for derived variants of every layout, in zh and en (property)', () => {
    const builders = CORPUS_FILES.filter((f) => !f.includes('DEC') && readsAmendments(languageOf(f))).map((f) => new VariantBuilder(f));
    fc.assert(
      fc.property(fc.nat(builders.length - 1), fc.nat(999), fc.nat(999), fc.constantFrom('delete', 'insert', 'swap', 'move', 'verb'), (bi, x, y, op) => {
        const b = builders[bi]!;
        const list = x % 2 === 0 || b.resolution.operative.length < 2 ? b.resolution.preamble : b.resolution.operative;
        const p = list[x % list.length]!;
        const other = list[y % list.length]!;
        if ((op === 'swap' || op === 'move') && p === other) return;
        const raw =
          op === 'delete' ? b.delete(p.id).raw : op === 'insert' ? b.insertAfter(p.id).raw : op === 'swap' ? b.swap(p.id, other.id).raw : op === 'move' ? b.moveAfter(p.id, other.id).raw : b.changeLeadVerb(p.id, b.resolution.language === 'zh' ? '鼓励' : 'Welcoming').raw;
        roundTrip(b.resolution, parseResolution(raw));
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('for word edits of corpus paragraphs: deleted commas, dropped and repeated words, scattered edits, in zh and en (property)', () => {
    const builders = CORPUS_FILES.filter((f) => !f.includes('DEC') && readsAmendments(languageOf(f))).map((f) => new VariantBuilder(f));
    const forms = new Set<string>();
    fc.assert(
      fc.property(fc.nat(builders.length - 1), fc.nat(999), fc.nat(999), fc.constantFrom(...WORD_EDITS), fc.boolean(), (bi, x, k, op, twice) => {
        const b = builders[bi]!;
        const paragraphs = allParagraphs(b.resolution);
        const targets = new Set([x % paragraphs.length, twice ? (x * 5 + 1) % paragraphs.length : -1]);
        const plan = paragraphs.map((p, i) => ({ section: p.section, number: p.number, copyOf: p, text: targets.has(i) ? editWords(p.text, b.resolution.language, op, k) : p.text }));
        const neu = parseResolution(b.write(plan));
        for (const line of amendmentLines(amendments(compareResolutions(b.resolution, neu)))) forms.add(/should read|应改为/.test(line) ? 'should read' : /comma after|之后的逗号/.test(line) ? 'comma' : 'other');
        roundTrip(b.resolution, neu);
      }),
      { numRuns: 200, seed: 17 },
    );
    expect([...forms].sort()).toEqual(['comma', 'other', 'should read']);
  });

  it('for generated version pairs with edits, additions, deletions and moves (property)', () => {
    fc.assert(
      fc.property(arbVersionPair, ({ old, new: neu }) => roundTrip(old, neu)),
      { numRuns: 300, seed: 111 },
    );
  });
});
