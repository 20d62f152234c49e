// Fuzzing: fast-check generators for raw text that looks like a resolution, and the pipeline
// invariants every generated pair must keep. Used by the short run in `npm test`
// (test/fuzz/fuzz.test.ts, as many cases as a time budget allows) and the long run
// `npm run fuzz` (scripts/fuzz.ts, a count of cases).
//
// The generated texts are test inputs, never stand-ins for real resolutions: every sentence in
// them is a real paragraph (or header line, or footnote) of a corpus text, cut, shuffled, edited
// and wrapped in structure (numbering, sub-paragraphs, footnote marks, page furniture) and noise
// (zero-width characters, CRLF, NUL bytes, stray bytes of any kind).
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { performance } from 'node:perf_hooks';
import { compareResolutions, DEFAULT_COMPARE_OPTIONS, type CompareOptions } from '../../src/align/compareResolutions.js';
import { amendedTexts, amendments, applyAmendments } from '../../src/insight/amendments.js';
import { insightOf } from '../../src/insight/report.js';
import { rulesFor } from '../../src/lang/index.js';
import { sideText, type Comparison } from '../../src/model/comparison.js';
import { DiffOutputSchema } from '../../src/model/contracts.js';
import { InputError, ResdiffError } from '../../src/model/errors.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { renderHtml } from '../../src/render/html.js';
import { diffOutput, renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { decodeText } from '../../src/ingest/decode.js';
import { CORPUS_FILES, corpusText, parseCorpus } from './corpus.js';

// ---- pools, all from the real corpus ----

const docs = CORPUS_FILES.map((f) => ({ file: f, raw: corpusText(f), parsed: parseCorpus(f) }));
const paragraphsOf = (lang: 'zh' | 'en') => docs.filter((d) => d.parsed.language === lang).flatMap((d) => allParagraphs(d.parsed).map((p) => p.text));
const POOL = { zh: paragraphsOf('zh'), en: paragraphsOf('en') };
/** The lines before each text's opening ("大会，", "The General Assembly,"): real headers. */
const HEADERS = docs.map((d) => {
  const lines = d.raw.split('\n');
  const opening = lines.findIndex((l) => /^\s*(大会，|The (General Assembly|Human Rights Council),)\s*$/.test(l));
  return lines.slice(0, Math.max(0, opening)).filter((l) => l.trim() !== '');
});
const FOOTNOTES = docs.flatMap((d) => d.parsed.footnotes.map((f) => f.text));
const OPENINGS = ['大会，', 'The General Assembly,', 'The Human Rights Council,', ''];
/** Page furniture shapes seen in the corpus: job numbers, page counters, running symbols, form feeds. */
const FURNITURE = ['13-44922 (C)', '2/5', 'A/RES/68/160', '\f', '- 3 -', 'https://undocs.org/A/RES/68/160', '_______________'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad'];
const FULLWIDTH_DIGITS = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

// ---- the generators ----

const arbWordEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'replace'), from: fc.nat() });

/** Edits words of a real paragraph with words of other real paragraphs. */
function editWords(text: string, edits: { at: number; kind: string; from: number }[], pool: readonly string[]): string {
  const tokens = text.match(/[\p{L}\p{N}]+|\s+|./gsu) ?? [];
  for (const e of edits) {
    const donor = pool[e.from % pool.length]!.match(/[\p{L}\p{N}]+/gu) ?? ['2014'];
    const word = donor[e.at % donor.length]!;
    const k = tokens.length === 0 ? 0 : e.at % tokens.length;
    if (e.kind === 'delete' && tokens.length > 1) tokens.splice(k, 1);
    else if (e.kind === 'insert') tokens.splice(k, 0, word);
    else tokens[k] = word;
  }
  return tokens.join('');
}

const arbParagraph = fc.record({
  pick: fc.nat(),
  edits: fc.array(arbWordEdit, { maxLength: 3 }),
  subparagraphs: fc.array(fc.nat(), { maxLength: 3 }),
  footnoteMark: fc.option(fc.integer({ min: 1, max: 40 }), { freq: 4 }),
  numbering: fc.constantFrom('dot', 'dot', 'fullwidth-dot', 'fullwidth-digits', 'none', 'paren'),
});

type ParagraphSpec = typeof arbParagraph extends fc.Arbitrary<infer T> ? T : never;

/** The structure of a generated text: which real paragraphs, how numbered, what furniture. */
export const arbSpec = fc.record({
  language: fc.constantFrom('zh', 'en', 'mixed'),
  header: fc.option(fc.nat(), { freq: 3 }),
  opening: fc.constantFrom(...OPENINGS),
  preamble: fc.array(arbParagraph, { maxLength: 8 }),
  operative: fc.array(arbParagraph, { maxLength: 12 }),
  footnotes: fc.array(fc.nat(), { maxLength: 3 }),
  indent: fc.constantFrom('', ' ', '  ', '\t'),
  blankLines: fc.boolean(),
  wrap: fc.option(fc.integer({ min: 8, max: 90 }), { freq: 3 }),
});
export type Spec = typeof arbSpec extends fc.Arbitrary<infer T> ? T : never;

function poolFor(language: Spec['language'], pick: number): readonly string[] {
  if (language === 'mixed') return pick % 2 === 0 ? POOL.zh : POOL.en;
  return POOL[language];
}

function number(style: string, n: number, zh: boolean): string {
  switch (style) {
    case 'dot': return `${n}. `;
    case 'fullwidth-dot': return `${n}．`;
    case 'fullwidth-digits': return `${FULLWIDTH_DIGITS(n)}.${zh ? '' : ' '}`;
    case 'paren': return `(${n}) `;
    default: return '';
  }
}

function wrapLine(text: string, width: number | null): string[] {
  if (width === null || text.length <= width) return [text];
  const out: string[] = [];
  for (let k = 0; k < text.length; k += width) out.push(text.slice(k, k + width));
  return out;
}

/** Writes a spec out as raw text, the way an extraction might. */
export function writeSpec(spec: Spec): string {
  const lines: string[] = [];
  const gap = () => spec.blankLines && lines.push('');
  if (spec.header !== null) for (const l of HEADERS[spec.header % HEADERS.length]!) lines.push(l);
  gap();
  if (spec.opening) lines.push(spec.opening);
  gap();
  const para = (p: ParagraphSpec, n: number | null) => {
    const pool = poolFor(spec.language, p.pick);
    const zh = pool === POOL.zh;
    let text = editWords(pool[p.pick % pool.length]!, p.edits, pool);
    if (p.footnoteMark !== null) {
      const cut = text.search(zh ? /[，。；]/u : /[,;.]/);
      text = cut > 0 ? `${text.slice(0, cut)}${p.footnoteMark}${text.slice(cut)}` : `${text}${p.footnoteMark}`;
    }
    const head = n === null ? '' : number(p.numbering, n, zh);
    wrapLine(spec.indent + head + text, spec.wrap).forEach((l) => lines.push(l));
    p.subparagraphs.forEach((s, k) => {
      const sub = pool[s % pool.length]!;
      lines.push(`${spec.indent}${zh ? `（${String.fromCharCode(97 + k)}）` : `(${String.fromCharCode(97 + k)}) `}${sub}`);
    });
    gap();
  };
  spec.preamble.forEach((p) => para(p, null));
  spec.operative.forEach((p, k) => para(p, k + 1));
  if (spec.footnotes.length) {
    lines.push('_______________');
    spec.footnotes.forEach((f, k) => FOOTNOTES.length && lines.push(`${k + 1} ${FOOTNOTES[f % FOOTNOTES.length]!}`));
  }
  return lines.join('\n');
}

/** Noise laid over a raw text: zero-width characters, CRLF, NUL bytes, furniture, stray characters. */
export const arbNoise = fc.record({
  zeroWidth: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ZERO_WIDTH)), { maxLength: 6 }),
  crlf: fc.boolean(),
  nul: fc.array(fc.nat(), { maxLength: 2 }),
  furniture: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FURNITURE)), { maxLength: 3 }),
  stray: fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 2 }),
  // A long run of one character (spaces, tabs, digits, dots, rules...): regexes that backtrack
  // over such runs are quadratic in them.
  run: fc.option(fc.tuple(fc.nat(), fc.constantFrom(' ', '\t', '\u3000', '.', '1', '_', '-', '，', ' 1', '\n'), fc.integer({ min: 1000, max: 20_000 })), { freq: 8 }),
});
export type Noise = typeof arbNoise extends fc.Arbitrary<infer T> ? T : never;

export function addNoise(raw: string, noise: Noise): string {
  let out = raw;
  const insertAt = (at: number, s: string) => {
    const k = out.length === 0 ? 0 : at % (out.length + 1);
    out = out.slice(0, k) + s + out.slice(k);
  };
  for (const [at, line] of noise.furniture) {
    const lines = out.split('\n');
    lines.splice(at % (lines.length + 1), 0, line);
    out = lines.join('\n');
  }
  for (const [at, zw] of noise.zeroWidth) insertAt(at, zw);
  for (const [at, s] of noise.stray) insertAt(at, s);
  for (const at of noise.nul) insertAt(at, '\u0000');
  if (noise.run) insertAt(noise.run[0], noise.run[1].repeat(noise.run[2]));
  if (noise.crlf) out = out.replace(/\n/g, '\r\n');
  return out;
}

/** Changes between two versions of a spec: paragraphs dropped, added, swapped, moved, edited. */
const arbSpecEdit = fc.record({
  kind: fc.constantFrom('drop', 'add', 'swap', 'move', 'edit', 'renumber-style', 'section'),
  at: fc.nat(),
  to: fc.nat(),
  paragraph: arbParagraph,
});

export function editSpec(spec: Spec, edits: (typeof arbSpecEdit extends fc.Arbitrary<infer T> ? T : never)[]): Spec {
  const next: Spec = { ...spec, preamble: [...spec.preamble], operative: [...spec.operative] };
  for (const e of edits) {
    const list = e.at % 2 === 0 ? next.preamble : next.operative;
    const k = list.length === 0 ? 0 : e.at % list.length;
    const j = list.length === 0 ? 0 : e.to % list.length;
    switch (e.kind) {
      case 'drop': list.splice(k, 1); break;
      case 'add': list.splice(k, 0, e.paragraph); break;
      case 'swap': if (list.length > 1) [list[k], list[j]] = [list[j]!, list[k]!]; break;
      case 'move': if (list.length > 1) list.splice(j, 0, ...list.splice(k, 1)); break;
      case 'edit': if (list.length) list[k] = { ...list[k]!, edits: [...list[k]!.edits, ...e.paragraph.edits] }; break;
      case 'renumber-style': if (list.length) list[k] = { ...list[k]!, numbering: e.paragraph.numbering }; break;
      case 'section': {
        // A paragraph crosses from one part to the other.
        const other = list === next.preamble ? next.operative : next.preamble;
        if (list.length) other.splice(j % (other.length + 1), 0, ...list.splice(k, 1));
        break;
      }
    }
  }
  return next;
}

/** A real corpus text, whole, with raw line edits: lines dropped, doubled, swapped, cut short. */
const arbCorpusPair = fc
  .record({
    file: fc.nat(),
    lineEdits: fc.array(fc.record({ kind: fc.constantFrom('drop', 'double', 'swap', 'truncate'), at: fc.nat(), to: fc.nat() }), { maxLength: 5 }),
    oldNoise: arbNoise,
    newNoise: arbNoise,
  })
  .map(({ file, lineEdits, oldNoise, newNoise }) => {
    const raw = docs[file % docs.length]!.raw;
    const lines = raw.split('\n');
    for (const e of lineEdits) {
      const k = e.at % lines.length;
      const j = e.to % lines.length;
      if (e.kind === 'drop' && lines.length > 1) lines.splice(k, 1);
      else if (e.kind === 'double') lines.splice(k, 0, lines[k]!);
      else if (e.kind === 'swap') [lines[k], lines[j]] = [lines[j]!, lines[k]!];
      else lines[k] = lines[k]!.slice(0, e.to % (lines[k]!.length + 1));
    }
    return { source: `corpus ${docs[file % docs.length]!.file}`, old: addNoise(raw, oldNoise), new: addNoise(lines.join('\n'), newNoise) };
  });

/** A generated pair of versions. */
const arbGeneratedPair = fc
  .record({ spec: arbSpec, edits: fc.array(arbSpecEdit, { maxLength: 6 }), oldNoise: arbNoise, newNoise: arbNoise })
  .map(({ spec, edits, oldNoise, newNoise }) => ({
    source: 'generated',
    old: addNoise(writeSpec(spec), oldNoise),
    new: addNoise(writeSpec(editSpec(spec, edits)), newNoise),
  }));

/** Pure junk on one side: any characters at all. */
const arbJunkPair = fc
  .record({ junk: fc.string({ unit: 'binary', maxLength: 400 }), spec: arbSpec, junkFirst: fc.boolean() })
  .map(({ junk, spec, junkFirst }) => ({ source: 'junk', old: junkFirst ? junk : writeSpec(spec), new: junkFirst ? writeSpec(spec) : junk }));

export const arbRawPair = fc.oneof(
  { weight: 6, arbitrary: arbGeneratedPair },
  { weight: 3, arbitrary: arbCorpusPair },
  { weight: 1, arbitrary: arbJunkPair },
);

/** Work caps: the defaults, or tiny ones that force the engine to give up precision. */
export const arbCaps: fc.Arbitrary<{ name: string; options: CompareOptions }> = fc.constantFrom(
  { name: 'default caps', options: DEFAULT_COMPARE_OPTIONS },
  {
    name: 'tiny caps',
    options: {
      align: { ...DEFAULT_COMPARE_OPTIONS.align, exhaustivePairs: 4, candidatesPerParagraph: 2 },
      inline: { maxEditLength: 3, maxWork: 20_000_000 },
    },
  },
);

// ---- the invariants ----

class Violation extends Error {}
function must(condition: boolean, what: string): void {
  if (!condition) throw new Violation(`invariant broken: ${what}`);
}

/** Parses, or returns the typed error; any other exception escapes (and fails the property). */
function parseOrRefuse(raw: string): Resolution | ResdiffError {
  try {
    return parseResolution(raw);
  } catch (e) {
    if (e instanceof ResdiffError) return e;
    throw e;
  }
}

/** Bytes -> text keeps every character, or refuses with a typed error. */
function checkDecoding(generated: string): void {
  // A JS string may hold lone surrogates, which no file can: bytes carry U+FFFD in their place.
  const raw = generated.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const attempts: [string, Uint8Array, string][] = [
    ['utf-8', new Uint8Array(Buffer.from(raw, 'utf8')), raw.replace(/^\ufeff/, '')],
    ['utf-16le with BOM', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(raw, 'utf16le')])), raw],
  ];
  // GB18030 is told apart from UTF-8 by its bytes: only where there is enough Chinese to tell.
  if ((raw.match(/\p{Script=Han}/gu)?.length ?? 0) >= 20 && !raw.includes('\ufeff')) attempts.push(['gb18030', new Uint8Array(iconv.encode(raw, 'gb18030')), raw]);
  for (const [name, bytes, expected] of attempts) {
    try {
      const decoded = decodeText(bytes, 'fuzz');
      must(decoded.text === expected.replace(/^\ufeff/, ''), `${name} bytes decode back to the same text (got ${decoded.encoding})`);
    } catch (e) {
      if (e instanceof Violation) throw e;
      must(e instanceof InputError, `decoding ${name} throws only InputError, not ${(e as Error).name}: ${(e as Error).message}`);
    }
  }
}

// An equal run reads its `old` form on the old side (a word the language folds: l'homme / l’homme).
const rebuild = (c: Comparison['changes'][number], side: 'old' | 'new') => sideText(c.segments, side);

export interface Outcome {
  outcome: 'compared' | 'refused';
  approximate: boolean;
}

/**
 * Runs the whole pipeline on a pair and checks every invariant; throws on a violation.
 * Nothing may throw except the typed errors; both texts rebuild from the diff; the JSON matches
 * its schema; every renderer copes; a diff that gave up precision says so; the amendments,
 * applied to the old text, give the new one.
 */
export function checkPair(oldRaw: string, newRaw: string, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): Outcome {
  checkDecoding(oldRaw);
  const a = parseOrRefuse(oldRaw);
  const b = parseOrRefuse(newRaw);
  for (const r of [a, b]) if (r instanceof ResdiffError) must(r.message.trim().length > 0 && !/\n\s+at /.test(r.message), 'a refusal has a message and no stack');
  if (a instanceof ResdiffError || b instanceof ResdiffError) return { outcome: 'refused', approximate: false };

  const c = compareResolutions(a, b, options);
  const oldText = new Map(allParagraphs(a).map((p) => [p.id, p.text]));
  const newText = new Map(allParagraphs(b).map((p) => [p.id, p.text]));
  const oldIds = c.changes.flatMap((x) => (x.old ? [x.old.id] : [])).sort();
  const newIds = c.changes.flatMap((x) => (x.new ? [x.new.id] : [])).sort();
  must(JSON.stringify(oldIds) === JSON.stringify([...oldText.keys()].sort()), 'every old paragraph is in exactly one change');
  must(JSON.stringify(newIds) === JSON.stringify([...newText.keys()].sort()), 'every new paragraph is in exactly one change');
  for (const ch of c.changes) {
    must(rebuild(ch, 'old') === (ch.old ? oldText.get(ch.old.id) : ''), `the old text of ${ch.old?.id ?? ch.new?.id} rebuilds from the diff`);
    must(rebuild(ch, 'new') === (ch.new ? newText.get(ch.new.id) : ''), `the new text of ${ch.new?.id ?? ch.old?.id} rebuilds from the diff`);
    must(ch.segments.every((s) => s.text.length > 0), 'no empty segments');
  }
  const counted = { unchanged: 0, modified: 0, added: 0, removed: 0, moved: 0 };
  for (const ch of c.changes) counted[ch.kind]++;
  must(Object.entries(counted).every(([k, v]) => c.summary[k as keyof typeof counted] === v), 'the summary counts the changes');
  must(c.summary.technical + c.summary.substantive === c.changes.filter((x) => x.kind !== 'unchanged' || x.renumbered).length, 'technical + substantive = every change but the unchanged in place');

  const json = diffOutput(c);
  const schema = DiffOutputSchema.safeParse(JSON.parse(renderJson(json)));
  must(schema.success, `the JSON matches its schema: ${schema.success ? '' : schema.error.message.slice(0, 300)}`);

  const insight = insightOf(c);
  const markdown = renderMarkdown(c, { visibility: 'all', insight });
  const html = renderHtml(c, { visibility: 'all', insight, generator: 'fuzz' });
  renderTerminal(c, { width: 40, color: true, visibility: 'changed' });
  renderTerminal(c, { width: 100, color: false, visibility: 'substantive' });
  must(!/<script/i.test(html), 'the HTML report never holds a script element');
  if (c.approximate) must(markdown.includes('work cap was reached'), 'a diff that gave up precision says so');

  // The amendments give the new text; where a partial text stops mid-paragraph (cutAt), the old
  // words past the cut stay as they are (amendedTexts), and only there.
  const applied = applyAmendments(a, amendments(c));
  const expected = amendedTexts(c);
  must(JSON.stringify(applied.preamble) === JSON.stringify(expected.preamble), 'the amendments give the new preamble');
  must(JSON.stringify(applied.operative) === JSON.stringify(expected.operative), 'the amendments give the new operative part');
  const cut = new Set(c.changes.filter((ch) => ch.cutAt !== undefined).map((ch) => ch.new?.id));
  for (const section of ['preamble', 'operative'] as const)
    // … but for what the language does not count as a change (’ for ', tashkeel: foldForCompare).
    b[section].forEach((p, k) => must(cut.has(p.id) || rulesFor(b.language).foldForCompare(expected[section][k]!) === rulesFor(b.language).foldForCompare(p.text), 'only a paragraph a text stops in differs from the new text'));
  return { outcome: 'compared', approximate: c.approximate };
}

// ---- the short run: a time budget, not a case count ----

/** The short run's default budget: on a 2-core machine under load this is still well inside vitest's timeout. */
export const DEFAULT_FUZZ_BUDGET_MS = 8_000;

/** The short run's budget in milliseconds: `RESDIFF_FUZZ_BUDGET_MS` when it is a positive number, else 8 s. */
export function fuzzBudgetMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RESDIFF_FUZZ_BUDGET_MS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_FUZZ_BUDGET_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`RESDIFF_FUZZ_BUDGET_MS must be a positive number of milliseconds, not ${JSON.stringify(raw)}`);
  return ms;
}

/** What a run of cases reached: how many, and of which outcome. */
export interface FuzzTally {
  cases: number;
  compared: number;
  refused: number;
  approximate: number;
  /** Of `cases`, how many were the fixed first cases (the same on every machine). */
  fixedCases: number;
  ms: number;
}

/**
 * Runs generated pairs through `checkPair` until `budgetMs` is spent, but never fewer than
 * `minCases`: first `minCases` cases with `seed` (the same cases on a fast machine and a busy
 * one), then more with `seed + 1` until the budget is gone. fast-check checks the clock between
 * cases, so one slow case can overrun the budget by its own length. A broken invariant throws
 * fast-check's report, with the seed and path to replay it.
 *
 * @example fuzzForBudget({ budgetMs: fuzzBudgetMs(), minCases: 20, seed: 20261128 })
 */
export function fuzzForBudget({ budgetMs, minCases, seed }: { budgetMs: number; minCases: number; seed: number }): FuzzTally {
  const tally: FuzzTally = { cases: 0, compared: 0, refused: 0, approximate: 0, fixedCases: 0, ms: 0 };
  const started = performance.now();
  const property = fc.property(arbRawPair, arbCaps, (pair, caps) => {
    const r = checkPair(pair.old, pair.new, caps.options);
    tally.cases++;
    tally[r.outcome]++;
    if (r.approximate) tally.approximate++;
  });
  fc.assert(property, { numRuns: minCases, seed });
  tally.fixedCases = tally.cases;
  const left = budgetMs - (performance.now() - started);
  if (left > 0) {
    fc.assert(property, { numRuns: Number.MAX_SAFE_INTEGER, seed: seed + 1, interruptAfterTimeLimit: left, markInterruptAsFailure: false });
  }
  tally.ms = performance.now() - started;
  return tally;
}
