// Golden outputs recorded before the language seam (issue 12): the parse of every corpus text and
// the comparison, amendments and tone of a few pairs must stay exactly as they were. Regenerate
// only on purpose, with RESDIFF_UPDATE_GOLDEN=1; a difference is a change of behaviour to explain.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { insightOf } from '../../src/insight/report.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { diffOutput } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { openingLine } from '../../src/render/docx.js';
import { citations, findPredecessor } from '../../src/series/predecessor.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { leadVerbLine, toneLine } from '../../src/wording/labels.js';
import { CORPUS_FILES, corpusText } from '../helpers/corpus.js';
import { VariantBuilder } from '../helpers/variants.js';

const GOLDEN_DIR = join(packageRoot(), 'test', 'lang', 'golden');
const UPDATE = process.env.RESDIFF_UPDATE_GOLDEN === '1';

/** Compares with the recorded file, or writes it when asked to (never on its own). */
function golden(name: string, value: unknown): void {
  const file = join(GOLDEN_DIR, `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden file ${file}: record it with RESDIFF_UPDATE_GOLDEN=1`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

function parseRecord(r: Resolution) {
  const paragraph = (p: Resolution['preamble'][number]) => ({ section: p.section, id: p.id, number: p.number, text: p.text, leadVerb: p.leadVerb, footnotes: p.footnotes });
  return {
    symbol: r.symbol,
    language: r.language,
    body: r.body,
    kind: r.kind,
    title: r.title,
    adopted: r.adopted,
    meeting: r.meeting,
    basis: r.basis,
    complete: r.complete,
    incomplete: r.incomplete,
    warnings: r.warnings,
    paragraphs: [...r.preamble, ...r.operative].map(paragraph),
    footnotes: r.footnotes,
    citations: citations(r),
    predecessor: findPredecessor(r)?.symbol ?? null,
    openingLine: openingLine(r),
  };
}

function comparisonRecord(old: Resolution, neu: Resolution) {
  const c = compareResolutions(old, neu);
  const insight = insightOf(c);
  return {
    diff: diffOutput(c),
    amendments: amendmentLines(insight.amendments),
    tone: toneLine(insight.shifts),
    leadVerbLines: c.changes.map((ch) => leadVerbLine(ch, '->', c.new.language)).filter((l) => l !== null),
    markdown: renderMarkdown(c, { visibility: 'changed', insight }),
  };
}

const stem = (file: string) => file.replace(/\.txt$/, '');

describe('golden parse of every corpus text', () => {
  for (const file of CORPUS_FILES) {
    it(file, () => golden(`parse.${stem(file)}`, parseRecord(parseResolution(corpusText(file)))));
  }
});

/**
 * Texts in the languages that had no rules at the seam (fr, es, ru, ar). They pin what the parser does with
 * them today (the generic reading), so the seam keeps it.
 * - French: A/RES/52/134, a real text, partial (it stops inside OP 2), now in corpus/ (its
 *   SOURCES.md); recorded before fr.ts, then again with it (the openers read whole, the date).
 * - Spanish, Russian, Arabic: no real text is available offline. These are derived test
 *   fixtures, built from the openers issue 12 names from UN usage ("La Asamblea General,",
 *   "Reafirmando", ...), not resolutions: never put them in corpus/.
 */
const OTHER_LANGUAGE_FIXTURES: Record<string, string> = {
  fr: corpusText('A-RES-52-134.fr.txt'),
  es: 'La Asamblea General,\n\nReafirmando su resolución 51/100,\n\nReconociendo también la importancia de la cooperación,\n\n1. Insta a los Estados a cooperar;\n\n2. Decide seguir examinando la cuestión en su septuagésimo período de sesiones.\n',
  ru: 'Генеральная Ассамблея,\n\nподтверждая свою резолюцию 51/100,\n\nссылаясь на Всеобщую декларацию прав человека,\n\n1. призывает государства сотрудничать;\n\n2. постановляет продолжить рассмотрение этого вопроса на своей семидесятой сессии.\n',
  ar: 'إن الجمعية العامة،\n\nإذ تؤكد من جديد قرارها 51/100،\n\n1. تهيب بالدول أن تتعاون؛\n\n2. تقرر أن تواصل النظر في هذه المسألة في دورتها السبعين.\n',
};

describe('golden parse of texts in languages without rules (derived fixtures)', () => {
  for (const [language, text] of Object.entries(OTHER_LANGUAGE_FIXTURES)) {
    it(language, () => {
      let record: unknown;
      try {
        record = parseRecord(parseResolution(text));
      } catch (e) {
        record = { error: e instanceof Error ? e.message : String(e) };
      }
      golden(`parse.derived.${language}`, record);
    });
  }
});

/** Derived pairs: real texts against variants made from them, and the real pairs of one series. */
const PAIRS: { name: string; make: () => [Resolution, Resolution] }[] = [
  { name: 'real.A-RES-55-109.zh--A-RES-68-160.zh', make: () => [parseResolution(corpusText('A-RES-55-109.zh.txt')), parseResolution(corpusText('A-RES-68-160.zh.txt'))] },
  { name: 'real.A-HRC-RES-19-33.en--A-HRC-RES-28-2.en', make: () => [parseResolution(corpusText('A-HRC-RES-19-33.en.txt')), parseResolution(corpusText('A-HRC-RES-28-2.en.txt'))] },
  { name: 'real.A-RES-51-100.en--A-HRC-RES-19-33.en', make: () => [parseResolution(corpusText('A-RES-51-100.en.txt')), parseResolution(corpusText('A-HRC-RES-19-33.en.txt'))] },
];

function variantPair(file: string, name: string, build: (b: VariantBuilder) => string): void {
  PAIRS.push({
    name: `variant.${stem(file)}.${name}`,
    make: () => {
      const b = new VariantBuilder(file);
      return [b.resolution, parseResolution(build(b))];
    },
  });
}

variantPair('A-RES-68-160.zh.txt', 'verb-op11', (b) => b.changeLeadVerb('op11', '鼓励').raw);
variantPair('A-RES-68-160.zh.txt', 'delete-pp3', (b) => b.delete('pp3').raw);
variantPair('A-RES-68-160.zh.txt', 'insert-after-op4', (b) => b.insertAfter('op4').raw);
variantPair('A-RES-68-160.zh.txt', 'move-op2-after-op6', (b) => b.moveAfter('op2', 'op6').raw);
variantPair('A-RES-55-109.zh.txt', 'swap-pp1-pp2', (b) => b.swap('pp1', 'pp2').raw);
variantPair('A-RES-51-100.en.txt', 'verb-op1', (b) => b.changeLeadVerb('op1', 'Welcomes').raw);
variantPair('A-RES-51-100.en.txt', 'insert-after-pp2', (b) => b.insertAfter('pp2').raw);
variantPair('A-RES-68-160.zh.txt', 'verb-op4-weaker', (b) => b.changeLeadVerb('op4', '欢迎').raw);
variantPair('A-RES-51-100.en.txt', 'verb-op2-weaker', (b) => b.changeLeadVerb('op2', 'Takes note of').raw);
variantPair('A-HRC-DEC-22-116.en.txt', 'verb-pp-stronger', (b) => {
  const p = b.resolution.preamble.find((x) => x.leadVerb === 'Taking note of')!;
  return b.changeLeadVerb(p.id, 'Welcoming').raw;
});
variantPair('A-HRC-RES-19-33.en.txt', 'delete-pp2', (b) => b.delete('pp2').raw);
variantPair('A-HRC-RES-19-33.en.txt', 'verb-pp1-move-pp1', (b) => {
  const v = b.changeLeadVerb('pp1', 'Recalling');
  return new VariantBuilder('A-HRC-RES-19-33.en.txt', v.raw).moveAfter('pp1', 'pp3').raw;
});
// Technical edits (session ordinals, years), written into the raw text.
variantPair('A-RES-51-100.en.txt', 'technical-session', (b) => b.raw.replace('fifty-third session', 'fifty-fourth session'));
variantPair('A-RES-68-160.zh.txt', 'technical-year', (b) => b.raw.replace('2013', '2014'));

// A language without rules: today its amendments are worded in English and its verbs are not ranked.
// Derived from the real French text: PP2's lead verb changed, and PP3 written again after PP1
// (an inserted paragraph made of the text's own words).
PAIRS.push({
  name: 'derived.fr.verb-and-insert',
  make: () => {
    const text = OTHER_LANGUAGE_FIXTURES.fr!;
    const pp3 = text.split('\n').find((line) => line.startsWith("Réaffirmant qu'il importe"))!;
    const changed = text.replace('\nSachant que', `\n${pp3}\nConsidérant que`);
    return [parseResolution(text), parseResolution(changed)];
  },
});

describe('golden comparisons of derived and real pairs', () => {
  for (const pair of PAIRS) {
    it(pair.name, () => {
      const [old, neu] = pair.make();
      golden(`compare.${pair.name}`, comparisonRecord(old, neu));
    });
  }
});
