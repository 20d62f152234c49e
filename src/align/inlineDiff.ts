// Inline changes within one paragraph: word-level diff, then a clean-up so changes read as phrases.
import { diffArrays } from 'diff';
import type { Segment } from '../model/comparison.js';
import { diffTokens } from '../text/tokenize.js';

export interface InlineDiffOptions {
  /** Give up the word-level diff beyond this many edits (jsdiff `maxEditLength`). */
  maxEditLength: number;
  /**
   * A deterministic work cap: Myers' algorithm does about (tokens of both sides) x (edits)
   * steps, so the edit cap shrinks as paragraphs grow, keeping that product under this. It
   * replaces a time limit, which made the result depend on how busy the machine was (wikidiff2
   * skips its word diff past 4e7 in the same spirit).
   */
  maxWork: number;
}

export const DEFAULT_INLINE_OPTIONS: InlineDiffOptions = { maxEditLength: 4000, maxWork: 20_000_000 };

/** The edit cap for two token lists: the configured one, lowered so tokens x edits stays under maxWork. */
export function editCap(tokens: number, options: InlineDiffOptions): number {
  return Math.max(1, Math.min(options.maxEditLength, Math.floor(options.maxWork / Math.max(1, tokens))));
}

export interface InlineDiff {
  segments: Segment[];
  /** Share of the two texts' visible characters that is kept (0..1). */
  similarity: number;
  /** True when the diff gave up and fell back to deleting the old text and inserting the new. */
  approximate: boolean;
}

type Op = Segment['op'];
interface Run {
  op: Op;
  /** The run's tokens; for an equal run, as the new text writes them. */
  tokens: string[];
  /** An equal run's tokens as the old text writes them (the same words once folded); absent on changes. */
  old?: string[];
}

/** An equal run's old tokens (its own tokens when the old text writes them alike). */
const oldTokens = (run: Run): string[] => run.old ?? run.tokens;

const isBlank = (tokens: readonly string[]) => tokens.every((t) => /^[\s\p{P}\p{S}]*$/u.test(t));
const visibleLength = (tokens: readonly string[]) => tokens.reduce((n, t) => n + t.replace(/\s+/g, '').length, 0);

/** Puts every stretch of changes in the order delete-then-insert, merging neighbours. */
function regroup(runs: Run[]): Run[] {
  const out: Run[] = [];
  let del: string[] = [];
  let ins: string[] = [];
  const flush = () => {
    if (del.length) out.push({ op: 'delete', tokens: del });
    if (ins.length) out.push({ op: 'insert', tokens: ins });
    del = [];
    ins = [];
  };
  for (const run of runs) {
    if (run.tokens.length === 0) continue;
    if (run.op === 'delete') del = del.concat(run.tokens);
    else if (run.op === 'insert') ins = ins.concat(run.tokens);
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') {
        last.old = oldTokens(last).concat(oldTokens(run));
        last.tokens = last.tokens.concat(run.tokens);
      } else out.push({ op: 'equal', tokens: [...run.tokens], old: [...oldTokens(run)] });
    }
  }
  flush();
  return out;
}

/**
 * Semantic clean-up (after diff-match-patch's `diff_cleanupSemantic`): a short kept stretch
 * between two changes, no longer than the changes on either side of it, or nothing but
 * spaces and punctuation, is folded into them. "[-16/22-]{+25/3+} of [-25-]{+27+}" reads
 * better as "[-16/22 of 25-]{+25/3 of 27+}"; a lone CJK character between two edits too.
 */
function foldShortEqualities(runs: Run[]): Run[] {
  let current = regroup(runs);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < current.length; k++) {
      const run = current[k]!;
      if (run.op !== 'equal') continue;
      const before: Run[] = [];
      for (let b = k - 1; b >= 0 && current[b]!.op !== 'equal'; b--) before.push(current[b]!);
      const after: Run[] = [];
      for (let a = k + 1; a < current.length && current[a]!.op !== 'equal'; a++) after.push(current[a]!);
      if (before.length === 0 || after.length === 0) continue;
      const side = (rs: Run[]) => Math.max(...rs.map((r) => visibleLength(r.tokens)));
      const len = visibleLength(run.tokens);
      if (isBlank(run.tokens) || (len <= side(before) && len <= side(after))) {
        current.splice(k, 1, { op: 'delete', tokens: oldTokens(run) }, { op: 'insert', tokens: run.tokens });
        current = regroup(current);
        changed = true;
        break;
      }
    }
  }
  return current;
}

const isSpace = (t: string | undefined) => t !== undefined && /^\s+$/.test(t);

/**
 * Moves white space out of the edges of changes, as diff-match-patch's lossless clean-up
 * slides edits to word boundaries: "[-Welcomes -]{+Takes note of +}the" becomes
 * "[-Welcomes-]{+Takes note of+} the". The texts each side rebuilds are unchanged.
 */
function tidyEdges(runs: Run[]): Run[] {
  const out: Run[] = runs.map((r) => (r.op === 'equal' ? { op: r.op, tokens: [...r.tokens], old: [...oldTokens(r)] } : { op: r.op, tokens: [...r.tokens] }));
  const equalAt = (k: number) => (out[k]?.op === 'equal' ? out[k]! : undefined);
  for (let k = 0; k < out.length; k++) {
    if (out[k]!.op === 'equal') continue;
    // The stretch of changes k..end (a delete, an insert, or both).
    let end = k;
    while (end + 1 < out.length && out[end + 1]!.op !== 'equal') end++;
    const sides = out.slice(k, end + 1);
    // Only a replacement (delete and insert) can give up space it shares on both sides:
    // moving space out of a lone insertion or deletion would change the other text.
    if (sides.length < 2) {
      k = end;
      continue;
    }
    // Shared trailing space: give it to the equality after.
    while (sides.every((r) => isSpace(r.tokens[r.tokens.length - 1]) && r.tokens[r.tokens.length - 1] === sides[0]!.tokens[sides[0]!.tokens.length - 1]) && sides.every((r) => r.tokens.length > 1)) {
      const space = sides[0]!.tokens[sides[0]!.tokens.length - 1]!;
      for (const r of sides) r.tokens.pop();
      const next = equalAt(end + 1);
      if (next) {
        next.tokens.unshift(space);
        next.old!.unshift(space);
      } else out.splice(end + 1, 0, { op: 'equal', tokens: [space], old: [space] });
    }
    // Shared leading space: give it to the equality before.
    while (sides.every((r) => isSpace(r.tokens[0]) && r.tokens[0] === sides[0]!.tokens[0]) && sides.every((r) => r.tokens.length > 1)) {
      const space = sides[0]!.tokens[0]!;
      for (const r of sides) r.tokens.shift();
      const prev = equalAt(k - 1);
      if (prev) {
        prev.tokens.push(space);
        prev.old!.push(space);
      } else {
        out.splice(k, 0, { op: 'equal', tokens: [space], old: [space] });
        k++;
        end++;
      }
    }
    k = end;
  }
  return out;
}

function toSegments(runs: Run[]): Segment[] {
  return runs
    .filter((r) => r.tokens.length > 0)
    .map((r) => {
      const text = r.tokens.join('');
      const old = r.op === 'equal' ? oldTokens(r).join('') : text;
      return old === text ? { op: r.op, text } : { op: r.op, text, old };
    });
}

function similarityOf(runs: Run[], oldText: string, newText: string): number {
  const total = visibleLength([oldText]) + visibleLength([newText]);
  if (total === 0) return 1;
  // Each side's kept characters, as that side writes them.
  const kept = runs.filter((r) => r.op === 'equal').reduce((n, r) => n + visibleLength(r.tokens) + visibleLength(oldTokens(r)), 0);
  return kept / total;
}

/**
 * The tokenizers of the two sides: each text's language's (`LanguageRules.tokens`), and the form
 * each side's tokens are compared in (`LanguageRules.foldForCompare`; none: as written).
 */
export interface SideTokenizers {
  old: (text: string) => string[];
  new: (text: string) => string[];
  fold?: { old: (token: string) => string; new: (token: string) => string };
}

/** Without a language: words and spaces, Han runs through Intl.Segmenter (what en and zh use). */
const SCRIPT_TOKENS: SideTokenizers = { old: diffTokens, new: diffTokens };

/**
 * The runs of jsdiff's changes over the folded tokens, in the tokens as written: an equal run
 * takes the new text's tokens and keeps the old text's beside them.
 */
function runsOf(changes: readonly { added?: boolean; removed?: boolean; count?: number; value: string[] }[], a: readonly string[], b: readonly string[]): Run[] {
  let i = 0;
  let j = 0;
  return changes.map((c) => {
    const n = c.value.length;
    if (c.added) return { op: 'insert', tokens: b.slice(j, (j += n)) };
    if (c.removed) return { op: 'delete', tokens: a.slice(i, (i += n)) };
    return { op: 'equal', tokens: b.slice(j, (j += n)), old: a.slice(i, (i += n)) };
  });
}

/**
 * Word-level inline diff of two paragraph texts, each split by its tokenizer (CJK through
 * `Intl.Segmenter`), tokens compared in their folded form. Joining the equal (in their `old`
 * form where they have one) and delete segments gives `oldText`; equal and insert give `newText`
 * (`sideText` in model/comparison.ts). Deterministic: the same texts give the same segments however busy the machine is.
 */
export function inlineDiff(oldText: string, newText: string, options: InlineDiffOptions = DEFAULT_INLINE_OPTIONS, tokens: SideTokenizers = SCRIPT_TOKENS): InlineDiff {
  if (oldText === newText) {
    return { segments: oldText === '' ? [] : [{ op: 'equal', text: oldText }], similarity: 1, approximate: false };
  }
  const a = tokens.old(oldText);
  const b = tokens.new(newText);
  // Compared folded (a word differing only in tashkeel is the same word), shown as written.
  const fa = tokens.fold ? a.map(tokens.fold.old) : a;
  const fb = tokens.fold ? b.map(tokens.fold.new) : b;
  const changes = diffArrays(fa, fb, { maxEditLength: editCap(a.length + b.length, options) });
  if (changes === undefined) {
    const runs: Run[] = [
      { op: 'delete', tokens: a },
      { op: 'insert', tokens: b },
    ];
    return { segments: toSegments(runs), similarity: 0, approximate: true };
  }
  const runs = runsOf(changes, a, b);
  const folded = tidyEdges(foldShortEqualities(runs));
  return { segments: toSegments(folded), similarity: similarityOf(folded, oldText, newText), approximate: false };
}
