// The changes as formal amendments in UN drafting style, and applying them back to the old text.
//
// Amendments refer to the old text's paragraphs (its numbering). A paragraph's word changes are
// quoted in the smallest phrase that occurs once in the paragraph at that point (edits of one
// paragraph apply in order). Paragraphs are deleted, moved ("to follow" a paragraph that stays
// in place) and inserted after such a paragraph; several items placed after the same paragraph
// follow one another in the order listed. `applyAmendments` is the exact inverse, so the list can
// be checked: applying it to the old text gives the new text.
import { MARK_KINDS, type Amendment, type TextEdit } from '../model/amendment.js';
import { knownSegments, segmentText, sideText, type Change, type Comparison, type ParagraphEntry, type ParagraphRef } from '../model/comparison.js';
import type { Language, Resolution, Section } from '../model/resolution.js';
import { allParagraphs } from '../model/resolution.js';
import { rulesFor, type LanguageRules } from '../lang/index.js';
import { hunksOf } from './technical.js';

export type { Amendment, TextEdit } from '../model/amendment.js';

export interface AmendmentList {
  language: Language;
  amendments: Amendment[];
  /** True when operative paragraphs are renumbered ("Renumber … accordingly"). */
  renumber: boolean;
}

const refOf = (p: ParagraphRef): ParagraphRef => ({ id: p.id, number: p.number, section: p.section });

/**
 * The new text of a change: its kept and inserted segments. Where a partial text stops in the
 * paragraph, the words both have, as changed, then the old text's own words past the cut (what
 * follows is unknown, so it is left as the old text has it). Kept words are as the old text writes
 * them (Segment.old): what the language does not count as a change (’ for ', tashkeel) is not amended.
 */
const newTextOf = (change: Change) => {
  const known = knownSegments(change);
  const tail = change.segments.slice(known.length);
  return [...known.filter((s) => s.op !== 'delete'), ...tail.filter((s) => s.op !== 'insert')].map((s) => segmentText(s, 'old')).join('');
};

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) if (++n > 1) return n;
  return n;
}

const han = /\p{Script=Han}/u;

/**
 * Where a quotation may begin or end: the boundaries of the language's tokens, less one kind in
 * Chinese. The segmenter splits a word's suffix off as a token of its own (联合|国|的, 会员|国,
 * 非|选择|性: this ICU has no 联合国 in its dictionary), so a boundary between a Chinese token of two
 * or more characters and a one-character token right after it is not one a quotation may use: no
 * quotation starts with the 国 of 联合国 or the 性 of 选择性. (The rule also keeps 人权|的 together,
 * which only makes some quotations a character longer.)
 */
function boundaries(text: string, rules: LanguageRules): number[] {
  const tokens = rules.tokens(text);
  const starts = [0];
  for (const t of tokens) starts.push(starts[starts.length - 1]! + t.length);
  return starts.filter((_, i) => {
    if (i === 0 || i === tokens.length) return true;
    const left = [...tokens[i - 1]!];
    const right = [...tokens[i]!];
    return !(left.length >= 2 && right.length === 1 && left.every((c) => han.test(c)) && han.test(right[0]!));
  });
}

const spaceAt = (text: string, at: number) => /\s/.test(text[at] ?? 'x');

/** Quotes hold a word: a quote of punctuation alone ("，" or "”") is hard to read. */
const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);

/**
 * Quotation marks of a quoted string are written as ‘ ’ inside the amendment's “ ”, and a reader
 * turns balanced ‘…’ back into “…”. That only works when the string's “ ” are balanced and it has
 * no ‘ of its own.
 */
function quotable(s: string): boolean {
  if (s.includes('‘')) return false;
  let depth = 0;
  for (const ch of s) {
    if (ch === '“') depth++;
    else if (ch === '”' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A quote may not start or end with white space, nor start with Latin punctuation ("…, and"), and holds a word. */
function cleanQuote(text: string, a: number, b: number): boolean {
  return b > a && !spaceAt(text, a) && !spaceAt(text, b - 1) && !/[,;:.)\]]/.test(text[a]!) && hasWord(text.slice(a, b)) && quotable(text.slice(a, b));
}

/** The words of one paragraph's edits, for the "should read" rule. */
export function quotedLength(e: TextEdit): number {
  switch (e.op) {
    case 'replace':
      return e.find.length + e.with.length;
    case 'delete':
      return e.find.length;
    case 'deleteMark':
      return e.anchor.length + e.mark.length;
    case 'insertAfter':
    case 'insertBefore':
      return e.anchor.length + e.text.length;
  }
}

/**
 * Where a chain of edits gives way to "Operative paragraph 3 should read: “…”": when the words the
 * chain quotes (every quotation and every new text, counted once each) are more than the new
 * paragraph itself. Past that point a delegate reads less by reading the paragraph as it would
 * stand, which is why amendment documents switch to "should read" for heavily reworked
 * paragraphs. Measured on the 14 ordered corpus pairs in one language (34 paragraphs with word
 * changes), the ratio falls in two groups: 0.15-0.97 for paragraphs kept with a few local edits
 * (all of 19/33 -> 28/2: 0.18-0.24; 55/109 -> 68/160 PP2, PP3, PP6, PP7, OP 1-3: 0.24-0.87) and
 * 1.03-2.22 for the reworked ones (55/109 -> 68/160 PP5, six edits in one line, 1.05, and PP8,
 * 27% kept, 2.22; the Council decision against the resolutions, 1.14-2.15). 10 of the 34 are
 * written as "should read", 2 of them in 55/109 -> 68/160. A paragraph whose changes no chain of
 * clean quotations expresses is written as "should read" whatever the ratio.
 */
export const SHOULD_READ_RATIO = 1;

/**
 * The word changes that turn a paragraph's old text into its new text, or null when no chain of
 * clean quotations does it, or when the words it quotes pass `budget` (see SHOULD_READ_RATIO): a
 * "should read" is written instead.
 *
 * Every quotation (a `find` or an `anchor`) lies in a stretch of the original paragraph that no
 * earlier edit touched, begins and ends on the original's word boundaries (see `boundaries`: in
 * Chinese the segmenter's, less those that split a suffix off, so never 国的 out of 联合国的) and
 * occurs exactly once both in the original paragraph
 * and in the text as it stands when the edit is applied: the list reads the same whether quotations
 * are looked up before any amendment or one edit after another. A change whose smallest such
 * quotation would reach over the next change takes that change in (one "replace" for both).
 */
export function textEdits(change: Change, rules: { old: LanguageRules; new: LanguageRules }, budget = Infinity): TextEdit[] | null {
  // The whole old paragraph, for lookups; where a partial text stops mid-paragraph, only the
  // words before the cut are edited and quoted (knownSegments).
  const original = sideText(change.segments, 'old');
  const known = knownSegments(change);
  const knownLength = sideText(known, 'old').length;
  const cuts = boundaries(original, rules.old).filter((c) => c <= knownLength);
  const cutSet = new Set(cuts);
  const hunks = hunksOf(known);
  let text = original;
  let shift = 0;
  let done = 0; // old offset up to which the original has been edited
  const edits: TextEdit[] = [];
  let quoted = 0;
  /** A quotation [a, b) of the original, unique there and in the current text. */
  const unique = (a: number, b: number) => {
    const w = original.slice(a, b);
    return occurrences(original, w) === 1 && occurrences(text, w) === 1;
  };
  for (let k = 0; k < hunks.length; ) {
    const h = hunks[k]!;
    const nextFrom = hunks[k + 1]?.oldAt ?? original.length;
    const from = h.oldAt;
    const to = from + h.deleted.length;
    const { deleted, inserted } = h;
    let edit: TextEdit | null = null;
    let last = k; // the last hunk this edit covers
    const onCuts = cutSet.has(from) && cutSet.has(to);
    if (onCuts && inserted === '' && deleted.length > 0 && cleanQuote(original, from, to) && unique(from, to)) edit = { op: 'delete', find: deleted };
    if (!edit && onCuts && inserted === '' && MARK_KINDS[deleted] !== undefined) {
      const a = anchorEndingAt(original, cuts, done, from, unique);
      if (a !== null) edit = { op: 'deleteMark', anchor: original.slice(a, from), mark: deleted };
    }
    if (!edit && onCuts && deleted === '' && !/^\s|\s$/.test(inserted) && hasWord(inserted) && quotable(inserted)) {
      const a = anchorEndingAt(original, cuts, done, from, unique);
      const b = a === null ? anchorStartingAt(original, cuts, from, nextFrom, unique) : null;
      if (a !== null) edit = { op: 'insertAfter', anchor: original.slice(a, from), text: inserted };
      else if (b !== null) edit = { op: 'insertBefore', anchor: original.slice(from, b), text: inserted };
    }
    if (!edit) {
      // A replacement: the smallest clean, unique window; one that reaches the next change takes it in.
      let window = uniqueWindow(original, cuts, done, from, to, unique);
      while (window && last + 1 < hunks.length && window[1] > hunks[last + 1]!.oldAt) {
        last++;
        const end = hunks[last]!.oldAt + hunks[last]!.deleted.length;
        window = uniqueWindow(original, cuts, done, from, end, unique);
      }
      if (!window) return null;
      const [a, b] = window;
      let replacement = original.slice(a, from);
      for (let j = k; j <= last; j++) {
        const hj = hunks[j]!;
        const endJ = hj.oldAt + hj.deleted.length;
        replacement += hj.inserted + original.slice(endJ, j < last ? hunks[j + 1]!.oldAt : b);
      }
      if (!quotable(replacement)) return null;
      edit = { op: 'replace', find: original.slice(a, b), with: replacement };
    }
    edits.push(edit);
    // Past the budget the paragraph is written whole ("should read"): no need to go on.
    if ((quoted += quotedLength(edit)) > budget) return null;
    for (let j = k; j <= last; j++) {
      const hj = hunks[j]!;
      const at = hj.oldAt + shift;
      text = text.slice(0, at) + hj.inserted + text.slice(at + hj.deleted.length);
      shift += hj.inserted.length - hj.deleted.length;
    }
    done = hunks[last]!.oldAt + hunks[last]!.deleted.length;
    if (edit.op === 'replace') done = Math.max(done, original.indexOf(edit.find) + edit.find.length);
    k = last + 1;
  }
  return edits;
}

/** The start of the smallest quotation [a, at) of untouched original text (a >= from) that reads cleanly and is unique, or null. */
function anchorEndingAt(original: string, cuts: readonly number[], from: number, at: number, unique: (a: number, b: number) => boolean): number | null {
  for (let k = cuts.findLastIndex((c) => c < at); k >= 0 && cuts[k]! >= from; k--) {
    if (cleanQuote(original, cuts[k]!, at) && unique(cuts[k]!, at)) return cuts[k]!;
  }
  return null;
}

/** The end of the smallest quotation [at, b) ending at or before `to` that reads cleanly and is unique, or null. */
function anchorStartingAt(original: string, cuts: readonly number[], at: number, to: number, unique: (a: number, b: number) => boolean): number | null {
  for (const c of cuts) if (c > at && c <= to && cleanQuote(original, at, c) && unique(at, c)) return c;
  return null;
}

/**
 * The shortest window [a, b) of the original, on its token boundaries, holding [from, to), not
 * reaching back before `done`, that quotes cleanly and is unique; windows with fewer added tokens
 * are tried first. Null when there is none (bounded: past 60 added tokens the paragraph is
 * better read whole).
 */
function uniqueWindow(original: string, cuts: readonly number[], done: number, from: number, to: number, unique: (a: number, b: number) => boolean): [number, number] | null {
  const i0 = cuts.findLastIndex((c) => c <= from);
  const j0 = cuts.findIndex((c) => c >= to);
  if (i0 < 0 || j0 < 0) return null;
  const most = Math.min(cuts.length, 60);
  for (let extra = 0; extra <= most; extra++) {
    let best: [number, number] | null = null;
    for (let left = 0; left <= extra; left++) {
      const i = i0 - left;
      const j = j0 + (extra - left);
      if (i < 0 || j >= cuts.length || cuts[i]! < done) continue;
      const a = cuts[i]!;
      const b = cuts[j]!;
      if (!cleanQuote(original, a, b) || !unique(a, b)) continue;
      if (!best || b - a < best[1] - best[0]) best = [a, b];
    }
    if (best) return best;
  }
  return null;
}

const sectionRank = (s: Section) => (s === 'preamble' ? 0 : 1);

/**
 * Writes a comparison out as amendments to the old text.
 *
 * @example amendments(compareResolutions(a, b)).amendments[0] // { kind: 'edit', target: { id: 'op5', … }, edits: [{ op: 'replace', find: '邀请', with: '鼓励' }] }
 */
export function amendments(c: Comparison): AmendmentList {
  const rules = { old: rulesFor(c.old.language), new: rulesFor(c.new.language) };
  const oldList = c.old.paragraphs;
  const newList = c.new.paragraphs;
  const oldIndex = new Map(oldList.map((p, k) => [p.id, k]));
  const byNew = new Map<string, Change>();
  const byOld = new Map<string, Change>();
  for (const ch of c.changes) {
    if (ch.new) byNew.set(ch.new.id, ch);
    if (ch.old) byOld.set(ch.old.id, ch);
  }
  const keyed: { key: [number, number, number]; amendment: Amendment }[] = [];
  let seq = 0;

  // Word changes and deletions, at their old places.
  for (const p of oldList) {
    const ch = byOld.get(p.id)!;
    const k = oldIndex.get(p.id)!;
    if (ch.kind === 'removed') keyed.push({ key: [sectionRank(p.section), k, seq++], amendment: { kind: 'delete', target: refOf(p) } });
    else if ((ch.kind === 'modified' || ch.kind === 'moved') && knownSegments(ch).some((s) => s.op !== 'equal')) {
      const text = newTextOf(ch);
      // A paragraph cut short is not rewritten whole by choice: its end is unknown.
      const edits = textEdits(ch, rules, ch.cutAt === undefined ? SHOULD_READ_RATIO * text.length : Infinity);
      const rewrite = edits === null;
      const amendment: Amendment = rewrite ? { kind: 'replaceParagraph', target: refOf(p), text } : { kind: 'edit', target: refOf(p), edits };
      keyed.push({ key: [sectionRank(p.section), k, seq++], amendment });
    }
  }

  // Insertions and moves, after the nearest preceding paragraph that stays in place.
  for (const section of ['preamble', 'operative'] as const) {
    let anchor: ParagraphEntry | null = null;
    let pending: { texts: string[]; after: ParagraphEntry | null } | null = null;
    const flush = () => {
      if (!pending) return;
      const at = pending.after ? oldIndex.get(pending.after.id)! : -1;
      keyed.push({ key: [sectionRank(section), at + 0.5, seq++], amendment: { kind: 'insert', section, after: pending.after && refOf(pending.after), texts: pending.texts } });
      pending = null;
    };
    for (const p of newList.filter((x) => x.section === section)) {
      const ch = byNew.get(p.id)!;
      if (ch.kind === 'added') {
        pending ??= { texts: [], after: anchor };
        pending.texts.push(newTextOf(ch));
        continue;
      }
      flush();
      const origin = oldList.find((x) => x.id === ch.old!.id)!;
      if (ch.kind === 'moved') {
        const at = anchor ? oldIndex.get(anchor.id)! : -1;
        keyed.push({ key: [sectionRank(section), at + 0.5, seq++], amendment: { kind: 'move', target: refOf(origin), section, after: anchor && refOf(anchor) } });
      } else anchor = origin;
    }
    flush();
  }

  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return { language: c.new.language, amendments: keyed.map((x) => x.amendment), renumber: c.changes.some((ch) => ch.renumbered || (ch.section === 'operative' && ch.kind !== 'unchanged' && ch.kind !== 'modified')) };
}

/**
 * The new text as the amendment list can give it, section by section: each new paragraph as the
 * new text has it, except where a partial text stops in the paragraph (cutAt), where it is the
 * shared words as changed and then the old text's own words past the cut, which the list leaves
 * alone. A round trip checks `applyAmendments(old, amendments(c))` against this.
 */
export function amendedTexts(c: Comparison): Record<Section, string[]> {
  const byNew = new Map(c.changes.filter((ch) => ch.new).map((ch) => [ch.new!.id, ch]));
  const out: Record<Section, string[]> = { preamble: [], operative: [] };
  for (const p of c.new.paragraphs) out[p.section].push(newTextOf(byNew.get(p.id)!));
  return out;
}

/** Thrown when an amendment does not fit the text it is applied to. */
export class AmendmentError extends Error {}

function applyEdit(text: string, edit: TextEdit): string {
  const find = edit.op === 'replace' || edit.op === 'delete' ? edit.find : edit.anchor;
  if (occurrences(text, find) !== 1) throw new AmendmentError(`"${find}" does not occur exactly once in "${text.slice(0, 80)}…"`);
  const at = text.indexOf(find);
  switch (edit.op) {
    case 'deleteMark':
      if (text.slice(at + find.length, at + find.length + edit.mark.length) !== edit.mark) throw new AmendmentError(`"${edit.mark}" does not follow "${find}"`);
      return text.slice(0, at + find.length) + text.slice(at + find.length + edit.mark.length);
    case 'replace':
      return text.slice(0, at) + edit.with + text.slice(at + find.length);
    case 'delete':
      return text.slice(0, at) + text.slice(at + find.length);
    case 'insertAfter':
      return text.slice(0, at + find.length) + edit.text + text.slice(at + find.length);
    case 'insertBefore':
      return text.slice(0, at) + edit.text + text.slice(at);
  }
}

/** Applies amendments to the old text: the resulting paragraph texts, section by section. */
export function applyAmendments(old: Resolution, list: AmendmentList): Record<Section, string[]> {
  const texts = new Map(allParagraphs(old).map((p) => [p.id, p.text]));
  type Item = { id: string } | { text: string };
  const sections: Record<Section, Item[]> = {
    preamble: old.preamble.map((p) => ({ id: p.id })),
    operative: old.operative.map((p) => ({ id: p.id })),
  };
  const take = (id: string) => {
    for (const s of ['preamble', 'operative'] as const) sections[s] = sections[s].filter((x) => !('id' in x) || x.id !== id);
  };
  for (const a of list.amendments) {
    if (a.kind === 'edit') texts.set(a.target.id, a.edits.reduce(applyEdit, texts.get(a.target.id)!));
    if (a.kind === 'replaceParagraph') texts.set(a.target.id, a.text);
    if (a.kind === 'delete' || a.kind === 'move') take(a.target.id);
  }
  // Items placed after the same paragraph follow one another: remember where the last one went.
  const cursor = new Map<string, Item>();
  for (const a of list.amendments) {
    if (a.kind !== 'insert' && a.kind !== 'move') continue;
    const items: Item[] = a.kind === 'insert' ? a.texts.map((text) => ({ text })) : [{ id: a.target.id }];
    const list2 = sections[a.section];
    const anchorKey = `${a.section}:${a.after?.id ?? '^'}`;
    const last = cursor.get(anchorKey);
    let at: number;
    if (last) at = list2.indexOf(last) + 1;
    else if (a.after === null) at = 0;
    else {
      const k = list2.findIndex((x) => 'id' in x && x.id === a.after!.id);
      if (k < 0) throw new AmendmentError(`paragraph ${a.after.id} is not in the ${a.section} to insert after`);
      at = k + 1;
    }
    list2.splice(at, 0, ...items);
    cursor.set(anchorKey, items[items.length - 1]!);
  }
  const textOf = (x: Item) => ('id' in x ? texts.get(x.id)! : x.text);
  return { preamble: sections.preamble.map(textOf), operative: sections.operative.map(textOf) };
}
