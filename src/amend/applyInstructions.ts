// Applying instructions to a draft: the amended paragraphs and, for every instruction, applied or
// failed and why. Pure: no I/O, and a failed instruction never stops the others.
//
// Every reference is to the draft as tabled (its own numbering, before any amendment): paragraphs
// are kept by their draft id, and a deleted or moved paragraph leaves its place behind, so "after
// the third preambular paragraph" means the same place whatever came before. Several paragraphs
// placed after the same one follow one another in the order of the instructions.
//
// Quoted words are looked for in the paragraph as tabled first (an amendment list quotes the
// original paragraph) and, when they are not there once and intact, in the paragraph as amended
// so far (a list whose edits apply in turn). An instruction applies whole or not at all.
import { rulesFor } from '../lang/index.js';
import { parseTarget, type Edit, type FailureReason, type Instruction, type InstructionResult } from '../model/instruction.js';
import type { Paragraph, Resolution, Section } from '../model/resolution.js';
import { allParagraphs } from '../model/resolution.js';

/** The amended draft: paragraph texts in order, and what became of each instruction. */
export interface AmendedDraft {
  preamble: string[];
  operative: string[];
  /** The draft paragraph (id) each amended paragraph comes from, or null for a new one; in the same order. */
  sources: { preamble: (string | null)[]; operative: (string | null)[] };
  results: InstructionResult[];
}

/** A paragraph's text with, for each character, its offset in the tabled text (-1 for new characters). */
interface Text {
  chars: string;
  origin: number[];
  tabled: string;
}

/** A place in a section: a draft paragraph (by id) or a new one; `key` is unique within a run. */
type Slot = ({ id: string } | { text: string }) & { key: number; live: boolean };

class Failure extends Error {
  constructor(
    readonly reason: FailureReason,
    detail: string,
  ) {
    super(detail);
  }
}

const SECTIONS: readonly Section[] = ['preamble', 'operative'];

interface State {
  texts: Map<string, Text>;
  slots: Record<Section, Slot[]>;
  /** Where the last item placed after a paragraph went ("after:op3" -> its slot key). */
  cursor: Map<string, number>;
  nextKey: number;
}

const clone = (s: State): State => ({
  texts: new Map([...s.texts].map(([k, v]) => [k, { ...v, origin: [...v.origin] }])),
  slots: { preamble: s.slots.preamble.map((x) => ({ ...x })), operative: s.slots.operative.map((x) => ({ ...x })) },
  cursor: new Map(s.cursor),
  nextKey: s.nextKey,
});

/** The draft paragraph a target names: "PP3", "OP 5" (printed number, else position when unnumbered). */
function paragraphOf(draft: Resolution, target: string): Paragraph | null {
  const ref = parseTarget(target);
  if (!ref) return null;
  if (ref.section === 'preamble') return draft.preamble[ref.number - 1] ?? null;
  const numbered = draft.operative.find((p) => p.number === ref.number);
  if (numbered) return numbered;
  const at = draft.operative[ref.number - 1];
  return at && at.number === null ? at : null;
}

/** A letter or digit of a spaced script an insertion must not glue to (Cyrillic and Arabic words are spaced too, Han ones not). */
const isLetter = (c: string | undefined) => c !== undefined && /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Greek}\p{N}]/u.test(c);
const isMark = (c: string | undefined) => c !== undefined && /^[,;:.，；：。、]$/.test(c);
/** Two marks that are the same but for width ("," and "，", "." and "。"). */
const TWINS = [',，', ';；', ':：', '.。'];
const sameMark = (a: string, b: string) => a === b || TWINS.some((t) => t.includes(a) && t.includes(b));

function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  if (part === '') return out;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) out.push(at);
  return out;
}

/** The span [start, end) of `words` in the paragraph now, found as the edit's doc comment says. */
function locate(t: Text, words: string, window: [number, number]): [number, number] {
  const [w0, w1] = window;
  const tabled = occurrences(t.tabled, words).filter((o) => {
    const i = t.origin.indexOf(o);
    return i >= w0 && i + words.length <= w1;
  });
  if (tabled.length === 1) {
    const a = tabled[0]!;
    const i = t.origin.indexOf(a);
    const intact = i >= 0 && t.origin.slice(i, i + words.length).every((o, k) => o === a + k);
    if (intact) return [i, i + words.length];
  }
  const now = occurrences(t.chars.slice(w0, w1), words);
  if (now.length === 1) return [w0 + now[0]!, w0 + now[0]! + words.length];
  if (now.length > 1 || tabled.length > 1) throw new Failure('words found more than once', `“${words}” occurs ${Math.max(now.length, tabled.length)} times`);
  // Typed by hand, a quotation may use straight quotes and apostrophes where the text has curly ones (or the reverse).
  const loose = occurrences(straighten(t.chars.slice(w0, w1)), straighten(words));
  if (loose.length === 1) return [w0 + loose[0]!, w0 + loose[0]! + words.length];
  if (loose.length > 1) throw new Failure('words found more than once', `“${words}” occurs ${loose.length} times`);
  throw new Failure('words not found', `“${words}” is not in the paragraph`);
}

/** Curly quotes and apostrophes as straight ones, character for character (offsets stay). */
const straighten = (s: string) => s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');

function splice(t: Text, start: number, end: number, insert: string): void {
  t.chars = t.chars.slice(0, start) + insert + t.chars.slice(end);
  t.origin.splice(start, end - start, ...new Array<number>(insert.length).fill(-1));
}

/**
 * Collapses the doubled space a deletion leaves between two words, and a space left at either end
 * (paragraph texts never hold either). A space left before a punctuation mark stays: the text
 * amended may hold one, and the amendment list quotes exactly what goes.
 */
function tidy(t: Text, at: number): void {
  if (t.chars[at - 1] === ' ' && (t.chars[at] === ' ' || at >= t.chars.length)) splice(t, at - 1, at, '');
  else if (at === 0 && t.chars[0] === ' ') splice(t, 0, 1, '');
}

/** An insertion, with a space on either side where it would otherwise glue two words (spaced languages). */
function insertAt(t: Text, at: number, text: string, spaced: boolean): void {
  let piece = text;
  if (spaced && isLetter(t.chars[at - 1]) && isLetter(piece[0])) piece = ` ${piece}`;
  if (spaced && isLetter(piece[piece.length - 1]) && isLetter(t.chars[at])) piece = `${piece} `;
  splice(t, at, at, piece);
}

/** Where the text's closing punctuation starts (its length when it has none). */
const closingAt = (s: string, end: number) => (isMark(s[end - 1]) ? end - 1 : end);

/** The span of sub-paragraph `sub` ("c") of a paragraph now: from "(c)" to the next sub-paragraph or the end. */
function subWindow(t: Text, sub: string): [number, number] {
  const marks = occurrences(t.chars, `(${sub})`);
  if (marks.length !== 1) throw new Failure('paragraph not found', marks.length ? `(${sub}) occurs ${marks.length} times` : `the paragraph has no sub-paragraph (${sub})`);
  const start = marks[0]!;
  const next = /\((?:[a-z]{1,2}|[ivx]{1,5})\)\s/g;
  next.lastIndex = start + sub.length + 2;
  const m = next.exec(t.chars);
  const end = m ? m.index : t.chars.length;
  return [start, t.chars[end - 1] === ' ' ? end - 1 : end];
}

function wordEdit(t: Text, e: Edit, window: [number, number], spaced: boolean): void {
  const [w0, w1] = window;
  switch (e.op) {
    case 'replace': {
      const [a, b] = locate(t, e.words, window);
      splice(t, a, b, e.with);
      return;
    }
    case 'delete': {
      let span: [number, number];
      if (e.after !== undefined || e.before !== undefined) {
        const anchor = locate(t, (e.after ?? e.before)!, window);
        if (e.after !== undefined) {
          let at = anchor[1];
          if (t.chars[at] === ' ' && !isMark(e.words[0])) at++;
          const here = t.chars.slice(at, at + e.words.length);
          if (!(here === e.words || (e.words.length === 1 && sameMark(here, e.words)))) throw new Failure('words not found', `“${e.words}” does not follow “${e.after}”`);
          span = [at, at + e.words.length];
        } else {
          let at = anchor[0];
          if (t.chars[at - 1] === ' ') at--;
          const here = t.chars.slice(at - e.words.length, at);
          if (!(here === e.words || (e.words.length === 1 && sameMark(here, e.words)))) throw new Failure('words not found', `“${e.words}” does not come before “${e.before}”`);
          span = [at - e.words.length, at];
        }
      } else span = locate(t, e.words, window);
      splice(t, span[0], span[1], '');
      tidy(t, span[0]);
      return;
    }
    case 'insert': {
      if (e.at === 'start') return insertAt(t, w0, e.text, spaced);
      if (e.at === 'end') {
        const end = isMark(e.text[e.text.length - 1]) ? w1 : closingAt(t.chars, w1);
        return insertAt(t, end, e.text, spaced);
      }
      const [a, b] = locate(t, (e.after ?? e.before)!, window);
      return insertAt(t, e.after !== undefined ? b : a, e.text, spaced);
    }
    case 'replace-rest':
    case 'delete-rest': {
      const [, b] = locate(t, e.after, window);
      const close = closingAt(t.chars, w1);
      const text = e.op === 'replace-rest' ? e.text : '';
      const keepClose = !(text !== '' && isMark(text[text.length - 1]));
      splice(t, b, keepClose ? close : w1, '');
      if (text !== '') insertAt(t, b, text, spaced);
      return;
    }
    default:
      throw new Failure('instruction not understood', `${e.op} is not an edit of words`);
  }
}

function findSlot(state: State, id: string, live: boolean): { section: Section; k: number } | null {
  for (const section of SECTIONS) {
    const k = state.slots[section].findIndex((s) => 'id' in s && s.id === id && (!live || s.live));
    if (k >= 0) return { section, k };
  }
  return null;
}

/** Puts items after the draft paragraph `after` (or at the start of `section`), after any placed there before. */
function place(state: State, items: Slot[], section: Section, after: Paragraph | null): void {
  const key = after ? `after:${after.id}` : `start:${section}`;
  const last = state.cursor.get(key);
  const where = last === undefined ? undefined : SECTIONS.find((s) => state.slots[s].some((x) => x.key === last));
  let list: Slot[];
  let at: number;
  if (where !== undefined) {
    list = state.slots[where];
    at = list.findIndex((x) => x.key === last) + 1;
  } else if (after === null) {
    list = state.slots[section];
    at = 0;
  } else {
    // The paragraph's place as tabled: its first slot, live or left behind.
    const found = findSlot(state, after.id, false)!;
    list = state.slots[found.section];
    at = found.k + 1;
  }
  list.splice(at, 0, ...items);
  state.cursor.set(key, items[items.length - 1]!.key);
}

function applyOne(draft: Resolution, state: State, ins: Instruction, spaced: boolean): void {
  if (ins.unread !== undefined || ins.edits.length === 0) throw new Failure('instruction not understood', ins.unread ?? 'no edits');
  const atStart = ins.edits.some((e) => (e.op === 'insert-paragraph' || e.op === 'move-paragraph') && e.at === 'start') && parseTarget(ins.target) === null;
  const target = atStart ? null : paragraphOf(draft, ins.target);
  if (!atStart && target === null) throw new Failure('paragraph not found', `the draft has no ${ins.target}`);
  const sub = parseTarget(ins.target)?.sub;
  const liveText = (p: Paragraph) => {
    if (!findSlot(state, p.id, true)) throw new Failure('paragraph not found', `${ins.target} was deleted by an earlier instruction`);
    return state.texts.get(p.id)!;
  };
  for (const e of ins.edits) {
    switch (e.op) {
      case 'insert-paragraph':
        place(state, e.texts.map((text) => ({ text, live: true, key: state.nextKey++ })), e.section, e.at === 'start' ? null : target);
        break;
      case 'move-paragraph': {
        const moved = target!;
        const after = e.at === 'start' ? null : paragraphOf(draft, e.after ?? '');
        if (e.at !== 'start' && after === null) throw new Failure('paragraph not found', `the draft has no ${e.after}`);
        const from = findSlot(state, moved.id, true);
        if (!from) throw new Failure('paragraph not found', `${ins.target} was deleted by an earlier instruction`);
        state.slots[from.section][from.k]!.live = false;
        place(state, [{ id: moved.id, live: true, key: state.nextKey++ }], e.section, after);
        break;
      }
      case 'delete-paragraph': {
        const p = e.paragraph !== undefined ? paragraphOf(draft, e.paragraph) : target;
        if (!p) throw new Failure('paragraph not found', `the draft has no ${e.paragraph}`);
        const t = liveText(p);
        if (sub && e.paragraph === undefined) {
          const [a, b] = subWindow(t, sub);
          splice(t, a, b, '');
          tidy(t, a);
          break;
        }
        const at = findSlot(state, p.id, true)!;
        state.slots[at.section][at.k]!.live = false;
        break;
      }
      case 'replace-paragraph': {
        const t = liveText(target!);
        if (sub) {
          const [a, b] = subWindow(t, sub);
          const head = `(${sub}) `;
          splice(t, a, b, e.text.startsWith(`(${sub})`) ? e.text : head + e.text);
        } else splice(t, 0, t.chars.length, e.text);
        break;
      }
      default: {
        const t = liveText(target!);
        wordEdit(t, e, sub ? subWindow(t, sub) : [0, t.chars.length], spaced);
      }
    }
  }
}

/** The instruction with every ’ of its quoted words read as ”, or null when it has none. */
function withClosingQuotes(ins: Instruction): Instruction | null {
  if (!JSON.stringify(ins.edits).includes('’')) return null;
  return { ...ins, edits: JSON.parse(JSON.stringify(ins.edits).replace(/’/g, '”')) as Edit[] };
}

/**
 * Applies instructions to a draft, each on its own: the amended paragraph texts, section by
 * section, and a result per instruction (applied, or failed with the reason).
 *
 * @example applyInstructions(draft, readInstructions('Delete operative paragraph 4', 'en')).results // [{ n: 1, status: 'applied' }]
 */
export function applyInstructions(draft: Resolution, instructions: readonly Instruction[]): AmendedDraft {
  const spaced = rulesFor(draft.language).instructions.spacedWords;
  let state: State = {
    texts: new Map(allParagraphs(draft).map((p) => [p.id, { chars: p.text, tabled: p.text, origin: Array.from({ length: p.text.length }, (_, k) => k) }])),
    slots: { preamble: draft.preamble.map((p, k) => ({ id: p.id, live: true, key: k })), operative: draft.operative.map((p, k) => ({ id: p.id, live: true, key: 1000000 + k })) },
    cursor: new Map(),
    nextKey: 2000000,
  };
  const results: InstructionResult[] = [];
  for (const ins of instructions) {
    let trial = clone(state);
    try {
      try {
        applyOne(draft, trial, ins, spaced);
      } catch (e) {
        // A ’ the reader took for an apostrophe may close a nested quotation the quote cuts through
        // (“Declaration’ and” for 'Declaration” and'): read so, if the words are not found otherwise.
        const closing = withClosingQuotes(ins);
        if (!(e instanceof Failure) || e.reason !== 'words not found' || closing === null) throw e;
        trial = clone(state);
        applyOne(draft, trial, closing, spaced);
      }
      state = trial;
      results.push({ n: ins.n, status: 'applied' });
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      results.push({ n: ins.n, status: 'failed', reason: e.reason, detail: e.message });
    }
  }
  const textOf = (s: Slot) => ('id' in s ? state.texts.get(s.id)!.chars : s.text);
  const live = (section: Section) => state.slots[section].filter((s) => s.live);
  const sourceOf = (s: Slot) => ('id' in s ? s.id : null);
  return {
    preamble: live('preamble').map(textOf),
    operative: live('operative').map(textOf),
    sources: { preamble: live('preamble').map(sourceOf), operative: live('operative').map(sourceOf) },
    results,
  };
}
