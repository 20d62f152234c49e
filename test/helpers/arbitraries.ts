// fast-check generators built from real corpus paragraphs: resolutions and edited versions of them.
import fc from 'fast-check';
import type { Paragraph, Resolution, Section } from '../../src/model/resolution.js';
import { allParagraphs } from '../../src/model/resolution.js';
import { CORPUS_FILES, parseCorpus } from './corpus.js';

const corpus = CORPUS_FILES.map((f) => parseCorpus(f));
export const REAL_TEXTS = {
  zh: corpus.filter((r) => r.language === 'zh').flatMap(allParagraphs).map((p) => p.text),
  en: corpus.filter((r) => r.language === 'en').flatMap(allParagraphs).map((p) => p.text),
};

/** Builds a Resolution model directly (no parsing) from paragraph texts. */
export function makeResolution(language: 'zh' | 'en', preamble: string[], operative: string[]): Resolution {
  const para = (section: Section, text: string, k: number): Paragraph => ({
    id: `${section === 'preamble' ? 'pp' : 'op'}${k + 1}`,
    section,
    number: section === 'operative' ? k + 1 : null,
    text,
    leadVerb: text.split(/[\s，,]/)[0] ?? null,
    footnotes: [],
    span: { start: 0, end: 1 },
  });
  return {
    symbol: null, language, body: null, kind: 'resolution', title: null, adopted: null, meeting: null, basis: null,
    complete: true, incomplete: [], warnings: [], footnotes: [],
    preamble: preamble.map((t, k) => para('preamble', t, k)),
    operative: operative.map((t, k) => para('operative', t, k)),
  };
}

/** A word-level edit of a text: delete, duplicate or replace a token at some position. */
const arbTextEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'replace'), word: fc.constantFrom('new', 'further', '进一步', '各国', 'States', '2014', '，', ',') });

export function applyTextEdits(text: string, edits: { at: number; kind: string; word: string }[]): string {
  const tokens = text.match(/[\p{L}\p{N}]+|\s+|./gsu) ?? [];
  for (const e of edits) {
    const k = tokens.length === 0 ? 0 : e.at % tokens.length;
    if (e.kind === 'delete' && tokens.length > 1) tokens.splice(k, 1);
    else if (e.kind === 'insert') tokens.splice(k, 0, e.word);
    else tokens[k] = e.word;
  }
  const out = tokens.join('').replace(/\s+/g, ' ').trim();
  return out === '' ? 'Decides' : out;
}

/** A pair of versions: the new one is the old with paragraphs edited, dropped, added and shuffled. */
export const arbVersionPair = fc
  .record({
    language: fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>,
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 14 }),
    split: fc.nat(),
    ops: fc.array(
      fc.record({ kind: fc.constantFrom('keep', 'keep', 'edit', 'drop', 'add', 'swap'), pick: fc.nat(), edits: fc.array(arbTextEdit, { maxLength: 4 }) }),
      { maxLength: 16 },
    ),
  })
  .map(({ language, picks, split, ops }) => {
    const pool = REAL_TEXTS[language];
    const texts = picks.map((p) => pool[p % pool.length]!);
    const cut = split % (texts.length + 1);
    const old = makeResolution(language, texts.slice(0, cut), texts.slice(cut));
    const next = [...texts];
    ops.forEach((op, k) => {
      const at = next.length === 0 ? 0 : op.pick % next.length;
      if (op.kind === 'edit' && next.length) next[at] = applyTextEdits(next[at]!, op.edits);
      else if (op.kind === 'drop' && next.length > 1) next.splice(at, 1);
      else if (op.kind === 'add') next.splice(at, 0, applyTextEdits(pool[(op.pick + k) % pool.length]!, op.edits));
      else if (op.kind === 'swap' && next.length > 1) [next[0], next[at]] = [next[at]!, next[0]!];
    });
    const newCut = Math.min(cut, next.length);
    return { old, new: makeResolution(language, next.slice(0, newCut), next.slice(newCut)) };
  });
