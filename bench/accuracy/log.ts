// The generator's log of edits (the ground truth of the accuracy benchmark) and a plain replay
// of it on paragraph texts. The replay is deliberately independent of the generator's own
// bookkeeping: the tests check that replaying the log on the old paragraphs gives exactly the
// paragraphs the parser reads back from the derived text.

export type Section = 'preamble' | 'operative';

/** Kinds of edit the generator makes; a comparison is labelled with one (`mixed`: several kinds at once). */
export const KINDS = ['insert', 'delete', 'swap', 'move', 'split', 'merge', 'words', 'leadverb', 'renumber', 'reflow', 'mixed'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * One edit, applied to the paragraph lists as they stand after the edits before it.
 * Indices are positions within a section (0-based).
 */
export type Edit =
  /** A paragraph of another real text inserted before position `index` (index = length: at the end). */
  | { op: 'insert'; section: Section; index: number; text: string; source: string }
  | { op: 'delete'; section: Section; index: number }
  /** Taken out of `from` at `fromIndex`, then put at `toIndex` of `to` (an index in the list without it). */
  | { op: 'move'; from: Section; fromIndex: number; to: Section; toIndex: number }
  | { op: 'swap'; section: Section; a: number; b: number }
  /** Cut at `at` (an offset in the text): the head stays, the tail becomes the next paragraph. */
  | { op: 'split'; section: Section; index: number; at: number }
  /** Paragraph index+1 appended to paragraph index after `joiner`, its first letter lower-cased when `lowerFirst`. */
  | { op: 'merge'; section: Section; index: number; joiner: string; lowerFirst: boolean }
  /** Text [start, end) of one paragraph replaced (word edits and lead-verb changes). */
  | { op: 'replace'; section: Section; index: number; start: number; end: number; text: string; why: 'words' | 'leadverb' }
  /** Printed operative numbers from position `from` on shift by `delta`: no text changes. */
  | { op: 'renumber'; from: number; delta: number }
  /** Lines re-flowed (layout only): no paragraph changes. */
  | { op: 'reflow'; style: string };

export interface SectionTexts {
  preamble: string[];
  operative: string[];
}

function lowerFirstLetter(text: string): string {
  return text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Applies a log to plain paragraph texts. Throws on an edit that does not fit the lists. */
export function replay(old: SectionTexts, log: readonly Edit[]): SectionTexts {
  const out: SectionTexts = { preamble: [...old.preamble], operative: [...old.operative] };
  const at = (section: Section, index: number): string => {
    const text = out[section][index];
    if (text === undefined) throw new Error(`no ${section} paragraph at ${index}`);
    return text;
  };
  for (const e of log) {
    switch (e.op) {
      case 'insert':
        if (e.index < 0 || e.index > out[e.section].length) throw new Error(`insert out of range`);
        out[e.section].splice(e.index, 0, e.text);
        break;
      case 'delete':
        at(e.section, e.index);
        out[e.section].splice(e.index, 1);
        break;
      case 'move': {
        const text = at(e.from, e.fromIndex);
        out[e.from].splice(e.fromIndex, 1);
        if (e.toIndex < 0 || e.toIndex > out[e.to].length) throw new Error(`move out of range`);
        out[e.to].splice(e.toIndex, 0, text);
        break;
      }
      case 'swap': {
        const a = at(e.section, e.a);
        const b = at(e.section, e.b);
        out[e.section][e.a] = b;
        out[e.section][e.b] = a;
        break;
      }
      case 'split': {
        const text = at(e.section, e.index);
        out[e.section].splice(e.index, 1, text.slice(0, e.at).trimEnd(), text.slice(e.at).trimStart());
        break;
      }
      case 'merge': {
        const first = at(e.section, e.index);
        const second = at(e.section, e.index + 1);
        out[e.section].splice(e.index, 2, first + e.joiner + (e.lowerFirst ? lowerFirstLetter(second) : second));
        break;
      }
      case 'replace': {
        const text = at(e.section, e.index);
        out[e.section][e.index] = text.slice(0, e.start) + e.text + text.slice(e.end);
        break;
      }
      case 'renumber':
      case 'reflow':
        break;
    }
  }
  return out;
}

/** The printed operative numbers after a log, for a text whose operative paragraphs are numbered 1, 2, 3 … */
export function operativeNumbers(count: number, log: readonly Edit[]): number[] {
  const numbers = Array.from({ length: count }, (_, k) => k + 1);
  for (const e of log) {
    if (e.op !== 'renumber') continue;
    for (let k = e.from; k < numbers.length; k++) numbers[k]! += e.delta;
  }
  return numbers;
}
