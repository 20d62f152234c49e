// What the French, Spanish, Russian and Arabic amendment grammars share: quotation slots, the
// edit clauses of one paragraph, whole-instruction forms and the grammar around them. Nothing
// here knows a language: each <code>Instructions.ts holds its words.
import type { Edit } from '../model/instruction.js';
import type { Section } from '../model/resolution.js';
import type { InstructionGrammar, ReadInstruction } from './types.js';

export type Groups = Record<string, string | undefined>;
export type Quotes = readonly string[];

/** A quotation slot in a skeleton (see QUOTE_SLOT in src/model/instruction.ts). */
export const Q = '⟦\\d+⟧';

/** One or more quotations joined by commas and `and` ("« A », « B » et « C »"). */
export const quoteList = (and: string, comma = ',') => `${Q}(?:\\s*${comma}?\\s*(?:${and})?\\s*${Q})*`;

export const rx = (source: string) => new RegExp(`^${source}$`, 'iu');

/** The quotations a matched part holds, in order. */
export const slots = (part: string | undefined, quotes: Quotes): string[] => [...(part ?? '').matchAll(/⟦(\d+)⟧/g)].map((m) => quotes[Number(m[1])]!);
export const one = (part: string | undefined, quotes: Quotes): string => slots(part, quotes)[0]!;

export type ClauseForm = [RegExp, (g: Groups, quotes: Quotes) => Edit | null];
export type Form = [RegExp, (g: Groups, quotes: Quotes) => ReadInstruction | null];

/** Paragraph targets: "PP3", "OP 5", "OP 2 (c)". */
export const sectionOfTarget = (target: string): Section => (target.startsWith('PP') ? 'preamble' : 'operative');

/** A map from ordinal words to numbers, built on first use (the word lists live in modules that import this one's users). */
export function lazyOrdinals(build: () => Iterable<readonly [string, number]>): (word: string) => number | null {
  let map: Map<string, number> | null = null;
  return (word) => {
    map ??= new Map([...build()].map(([w, n]) => [w.toLowerCase(), n] as const));
    return map.get(word.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
  };
}

/** The edits of one paragraph: pieces split on `between` (";"), each read by the first clause form that fits. */
export function clausesReader(forms: readonly ClauseForm[], between: RegExp, tidy: (piece: string) => string) {
  const clause = (text: string, quotes: Quotes): Edit | null => {
    const t = tidy(text.trim()).trim();
    for (const [form, build] of forms) {
      const m = form.exec(t);
      if (m) return build(m.groups ?? {}, quotes);
    }
    return null;
  };
  return (text: string, quotes: Quotes): Edit[] | null => {
    const edits: Edit[] = [];
    for (const piece of text.split(between).filter((p) => p.trim() !== '')) {
      const e = clause(piece, quotes);
      if (!e) return null;
      edits.push(e);
    }
    return edits.length ? edits : null;
  };
}

/**
 * How a grammar names paragraphs, read back: its REF pattern's groups `<p>pn` (a preambular
 * paragraph by number), `<p>on` and `<p>sub` (an operative one, "5 (b)"), `<p>pp` and `<p>oo`
 * (either by an ordinal word) give "PP3" or "OP 5 (b)"; `withRef` builds an instruction on the
 * target named by the `t` groups. `number` reads the digits (Arabic-Indic ones in Arabic).
 */
export function paragraphRefs(ordinal: (word: string) => number | null, number: (digits: string) => number = Number) {
  const refOf = (g: Groups, p: string): string | null => {
    if (g[`${p}pn`] !== undefined) return `PP${number(g[`${p}pn`]!)}`;
    if (g[`${p}on`] !== undefined) return `OP ${number(g[`${p}on`]!)}${g[`${p}sub`] ? ` (${g[`${p}sub`]!.toLowerCase()})` : ''}`;
    const word = g[`${p}pp`] ?? g[`${p}oo`];
    if (word === undefined) return null;
    const n = ordinal(word);
    return n === null ? null : g[`${p}pp`] !== undefined ? `PP${n}` : `OP ${n}`;
  };
  const withRef = (g: Groups, build: (target: string) => ReadInstruction | null): ReadInstruction | null => {
    const target = refOf(g, 't');
    return target === null ? null : build(target);
  };
  return { refOf, withRef };
}

/** The first listed paragraph takes the new text (and any more new paragraphs follow it). */
export function substitute(target: string, texts: string[]): ReadInstruction {
  const edits: Edit[] = [{ op: 'replace-paragraph', text: texts[0]! }];
  if (texts.length > 1) edits.push({ op: 'insert-paragraph', section: sectionOfTarget(target), texts: texts.slice(1) });
  return { target, edits };
}

/** A grammar from its forms: the skeleton, its closing mark taken off, read by the first form that gives an instruction. */
export function grammarOf(parts: Omit<InstructionGrammar, 'read' | 'spacedWords'> & { forms: () => readonly Form[]; end: RegExp }): InstructionGrammar {
  let forms: readonly Form[] | null = null;
  const { forms: build, end, ...rest } = parts;
  return {
    ...rest,
    spacedWords: true,
    read(skeleton, quotes) {
      forms ??= build();
      const s = skeleton.trim().replace(end, '');
      for (const [form, make] of forms) {
        const m = form.exec(s);
        if (!m) continue;
        const read = make(m.groups ?? {}, quotes);
        if (read) return read;
      }
      return null;
    },
  };
}
