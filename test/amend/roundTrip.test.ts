// Amendments out, then in: reading the amendment list resdiff writes for old -> new and applying it
// to old gives new's paragraph texts, over every corpus pair and derived variants, in all six
// languages: zh, en and fr on the real corpus texts (fr: A/RES/52/131 -> A/RES/56/153 among them),
// es, ru and ar on variants of the DERIVED fixtures test/lang/fixtures/derived.{es,ru,ar}.txt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { applyInstructions } from '../../src/amend/applyInstructions.js';
import { readInstructions } from '../../src/amend/readInstructions.js';
import { amendedTexts, amendments } from '../../src/insight/amendments.js';
import { rulesFor } from '../../src/lang/index.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { arbVersionPair } from '../helpers/arbitraries.js';
import { CORPUS_FILES, parseCorpus } from '../helpers/corpus.js';
import { VariantBuilder } from '../helpers/variants.js';

/** The renumbering line of a list, in any language: it is no instruction. */
const isRenumberLine = (line: string, language: Resolution['language']) => line === rulesFor(language).renumberLine;

/**
 * Builders of variants of the DERIVED fixtures (no real Spanish, Russian or Arabic text is
 * available offline): they are laid out as right-docs texts are (a paragraph a line, blank lines
 * between), so a builder of that layout writes their variants.
 */
const derivedBuilder = (language: 'es' | 'ru' | 'ar') =>
  new VariantBuilder('E-CN.4-RES-2000-70.en.txt', readFileSync(join(packageRoot(), 'test', 'lang', 'fixtures', `derived.${language}.txt`), 'utf8'));

/**
 * amend(old, amendmentLines(amendments(compare(old, new)))) has new's paragraph texts, every
 * instruction applied; where a partial text stops mid-paragraph, the words past the cut are the
 * old text's (the list leaves them alone: amendedTexts), and only there.
 */
function roundTrip(old: Resolution, neu: Resolution): void {
  const c = compareResolutions(old, neu);
  const lines = amendmentLines(amendments(c));
  const instructions = readInstructions(lines.join('\n'), old.language);
  expect(instructions).toHaveLength(lines.filter((l) => !isRenumberLine(l, old.language)).length);
  const amended = applyInstructions(old, instructions);
  const failed = amended.results.filter((r) => r.status === 'failed').map((r) => ({ ...r, text: instructions[r.n - 1]!.text.slice(0, 200) }));
  expect(failed).toEqual([]);
  const expected = amendedTexts(c);
  expect(amended.preamble).toEqual(expected.preamble);
  expect(amended.operative).toEqual(expected.operative);
  const cut = new Set(c.changes.filter((ch) => ch.cutAt !== undefined).map((ch) => ch.new!.id));
  // … but for what the language does not count as a change (’ for ', tashkeel: foldForCompare).
  const fold = rulesFor(neu.language).foldForCompare;
  for (const section of ['preamble', 'operative'] as const) neu[section].forEach((p, k) => cut.has(p.id) || expect(fold(amended[section][k]!)).toBe(fold(p.text)));
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
      tokens.splice(pick(k * 7 + 3), 0, tokens[pick(k)]!, rulesFor(language).instructions.spacedWords ? ' ' : '');
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
    const docs = CORPUS_FILES.map((f) => parseCorpus(f));
    let pairs = 0;
    for (const a of docs) {
      for (const b of docs) {
        if (a.language !== b.language) continue;
        roundTrip(a, b);
        pairs++;
      }
    }
    expect(pairs).toBe(3 * 3 + 6 * 6 + 3 * 3); // zh: 68/160, 55/109, 52/131; en: six texts; fr: 52/134, 52/131, 56/153
  });

  it('for derived variants of every layout, in zh and en (property)', () => {
    const builders = CORPUS_FILES.filter((f) => !f.includes('DEC') && /\.(?:zh|en)\.txt$/.test(f)).map((f) => new VariantBuilder(f));
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
    const builders = CORPUS_FILES.filter((f) => !f.includes('DEC') && /\.(?:zh|en)\.txt$/.test(f)).map((f) => new VariantBuilder(f));
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

/** The builders of French, Spanish, Russian and Arabic variants: the French corpus texts, and the derived fixtures. */
const otherBuilders = () => [...CORPUS_FILES.filter((f) => f.endsWith('.fr.txt')).map((f) => new VariantBuilder(f)), derivedBuilder('es'), derivedBuilder('ru'), derivedBuilder('ar')];

type Op = 'delete' | 'insert' | 'swap' | 'move' | 'verb';

/**
 * A derived variant planned paragraph by paragraph: one deleted, one inserted after it (the text of
 * another paragraph of the same section with a word dropped: derived from the text itself), two
 * swapped, one moved after another, or a lead verb changed to another paragraph's. Operative
 * paragraphs are numbered on from the first one's number.
 */
function planned(b: VariantBuilder, op: Op, x: number, y: number, k: number): string | null {
  const paragraphs = allParagraphs(b.resolution);
  const p = paragraphs[x % paragraphs.length]!;
  const section = paragraphs.filter((q) => q.section === p.section);
  const other = section[y % section.length]!;
  let order: { section: Resolution['preamble'][number]['section']; text: string; copyOf?: (typeof paragraphs)[number] }[] = paragraphs.map((q) => ({ section: q.section, text: q.text, copyOf: q }));
  const at = paragraphs.indexOf(p);
  switch (op) {
    case 'delete':
      if (paragraphs.length < 2) return null;
      order.splice(at, 1);
      break;
    case 'insert':
      order.splice(at + 1, 0, { section: p.section, text: editWords(other.text, b.resolution.language, 'dropWord', k) });
      break;
    case 'swap': {
      const j = paragraphs.indexOf(other);
      if (j === at) return null;
      [order[at], order[j]] = [order[j]!, order[at]!];
      break;
    }
    case 'move': {
      const j = paragraphs.indexOf(other);
      if (j === at) return null;
      const [moved] = order.splice(at, 1);
      order.splice(order.findIndex((q) => q.copyOf === other) + 1, 0, moved!);
      break;
    }
    case 'verb': {
      const verb = paragraphs.find((q, j) => j > (y % paragraphs.length) - 1 && q.leadVerb && q.leadVerb !== p.leadVerb)?.leadVerb;
      if (!verb || !p.leadVerb || !p.text.startsWith(p.leadVerb)) return null;
      order[at] = { section: p.section, text: verb + p.text.slice(p.leadVerb.length) };
      break;
    }
  }
  order = order.filter((q) => q.section === 'preamble').concat(order.filter((q) => q.section === 'operative'));
  let n = b.resolution.operative[0]?.number ?? 1;
  return b.write(order.map((q) => ({ ...q, number: q.section === 'operative' ? n++ : null })));
}

describe('amend(old, amendment list of old -> new) == new in French, Spanish, Russian and Arabic', () => {
  it('on the real French pair A/RES/52/131 -> A/RES/56/153, and back', () => {
    const [a, b] = ['A-RES-52-131.fr.txt', 'A-RES-56-153.fr.txt'].map((f) => parseCorpus(f));
    const lines = amendmentLines(amendments(compareResolutions(a!, b!)));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((l) => l.startsWith('Après le deuxième alinéa du préambule, insérer'))).toBe(true);
    roundTrip(a!, b!);
    roundTrip(b!, a!);
  });

  it('for derived variants of the French corpus texts and of the derived es, ru and ar fixtures: paragraphs deleted, inserted, swapped, moved, lead verbs changed (property)', () => {
    const builders = otherBuilders();
    const languages = new Set<string>();
    fc.assert(
      fc.property(fc.nat(builders.length - 1), fc.nat(999), fc.nat(999), fc.nat(999), fc.constantFrom<Op>('delete', 'insert', 'swap', 'move', 'verb'), (bi, x, y, k, op) => {
        const b = builders[bi]!;
        const raw = planned(b, op, x, y, k);
        if (raw === null) return;
        languages.add(b.resolution.language);
        roundTrip(b.resolution, parseResolution(raw));
      }),
      { numRuns: 200, seed: 12 },
    );
    expect([...languages].sort()).toEqual(['ar', 'es', 'fr', 'ru']);
  });

  it('for word edits of their paragraphs: deleted commas, dropped and repeated words, scattered edits, in fr, es, ru and ar (property)', () => {
    const builders = otherBuilders();
    const forms = new Map<string, Set<string>>();
    fc.assert(
      fc.property(fc.nat(builders.length - 1), fc.nat(999), fc.nat(999), fc.constantFrom(...WORD_EDITS), fc.boolean(), (bi, x, k, op, twice) => {
        const b = builders[bi]!;
        const language = b.resolution.language;
        const paragraphs = allParagraphs(b.resolution);
        const targets = new Set([x % paragraphs.length, twice ? (x * 5 + 1) % paragraphs.length : -1]);
        const plan = paragraphs.map((p, i) => ({ section: p.section, number: p.number, copyOf: p, text: targets.has(i) ? editWords(p.text, language, op, k) : p.text }));
        const neu = parseResolution(b.write(plan));
        const seen = forms.get(language) ?? new Set<string>();
        forms.set(language, seen);
        for (const a of amendments(compareResolutions(b.resolution, neu)).amendments) seen.add(a.kind === 'edit' ? a.edits.map((e) => e.op).join(' ') : a.kind);
        roundTrip(b.resolution, neu);
      }),
      { numRuns: 300, seed: 18 },
    );
    // Every language met word edits.
    for (const language of ['fr', 'es', 'ru', 'ar']) expect([...(forms.get(language) ?? [])].join(' '), language).toMatch(/\b(?:replace|deleteMark|insertAfter|insertBefore)\b/);
  });

  it('for paragraphs reworked past the "should read" point (their words after the first two swapped pairwise), in fr, es, ru and ar', () => {
    const rewritten = new Set<string>();
    for (const b of otherBuilders()) {
      const paragraphs = allParagraphs(b.resolution);
      paragraphs.forEach((target, i) => {
        const rework = (text: string) => {
          const tokens = rulesFor(b.resolution.language).tokens(text);
          const words = tokens.map((t, j) => [t, j] as const).filter(([t]) => /[\p{L}\p{N}]/u.test(t)).slice(2);
          const order = words.map(([t]) => t);
          for (let k = 0; k + 1 < order.length; k += 2) [order[k], order[k + 1]] = [order[k + 1]!, order[k]!];
          words.forEach(([, j], k) => (tokens[j] = order[k]!));
          return tokens.join('');
        };
        const plan = paragraphs.map((p, j) => ({ section: p.section, number: p.number, copyOf: p, text: j === i ? rework(p.text) : p.text }));
        const neu = parseResolution(b.write(plan));
        for (const a of amendments(compareResolutions(b.resolution, neu)).amendments) if (a.kind === 'replaceParagraph') rewritten.add(b.resolution.language);
        roundTrip(b.resolution, neu);
        void target;
      });
    }
    // Short paragraphs so reworked become one removed and one added; longer ones are rewritten whole
    // (each language's "should read" form is also read and applied in test/lang/instructions.test.ts).
    expect(rewritten.size).toBeGreaterThan(0);
  });
});
