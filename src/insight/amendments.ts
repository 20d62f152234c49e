// The changes as formal amendments in UN drafting style, and applying them back to the old text.
//
// Amendments refer to the old text's paragraphs (its numbering). A paragraph's word changes are
// quoted in the smallest phrase that occurs once in the paragraph at that point (edits of one
// paragraph apply in order). Paragraphs are deleted, moved ("to follow" a paragraph that stays
// in place) and inserted after such a paragraph; several items placed after the same paragraph
// follow one another in the order listed. `applyAmendments` is the exact inverse, so the list can
// be checked: applying it to the old text gives the new text.
import { MARK_KINDS, type Amendment, type TextEdit } from '../model/amendment.js';
import type { Change, Comparison, ParagraphEntry, ParagraphRef } from '../model/comparison.js';
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

/** The new text of a change: its kept and inserted segments. */
const newTextOf = (change: Change) => change.segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('');

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) if (++n > 1) return n;
  return n;
}

/** Token boundaries of a text (offsets where a token starts, plus its end). */
function boundaries(text: string, rules: LanguageRules): number[] {
  const out = [0];
  let at = 0;
  for (const t of rules.tokens(text)) out.push((at += t.length));
  return out;
}

const spaceAt = (text: string, at: number) => /\s/.test(text[at] ?? 'x');

/** Quotes hold a word: a quote of punctuation alone ("，" or "”") is hard to read. */
const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** A quote may not start or end with white space, nor start with Latin punctuation ("…, and"), and holds a word. */
function cleanQuote(text: string, a: number, b: number): boolean {
  return b > a && !spaceAt(text, a) && !spaceAt(text, b - 1) && !/[,;:.)\]]/.test(text[a]!) && hasWord(text.slice(a, b));
}

/**
 * The shortest window [a, b) of `text`, on token boundaries, holding [from, to), that quotes
 * cleanly and occurs only once in `text`. Windows with fewer added tokens are tried first.
 */
function uniqueWindow(text: string, cuts: readonly number[], from: number, to: number): [number, number] {
  const i0 = cuts.findLastIndex((c) => c <= from);
  let j0 = cuts.findIndex((c) => c >= to);
  if (j0 < 0) j0 = cuts.length - 1;
  // Bounded: past 60 extra tokens the whole paragraph is quoted.
  const most = Math.min(cuts.length, 60);
  for (let extra = 0; extra <= most; extra++) {
    let best: [number, number] | null = null;
    for (let left = 0; left <= extra; left++) {
      const i = i0 - left;
      const j = j0 + (extra - left);
      if (i < 0 || j >= cuts.length) continue;
      const a = cuts[i]!;
      const b = cuts[j]!;
      if (!cleanQuote(text, a, b) || occurrences(text, text.slice(a, b)) !== 1) continue;
      if (!best || b - a < best[1] - best[0]) best = [a, b];
    }
    if (best) return best;
  }
  return [0, text.length];
}

/** The smallest anchor ending at `at` (for "after") that occurs once, or null. */
function anchorBefore(text: string, cuts: readonly number[], at: number): string | null {
  const before = cuts.filter((c) => c < at);
  for (let k = before.length - 1; k >= 0; k--) {
    const w = text.slice(before[k]!, at);
    if (!spaceAt(w, 0) && !spaceAt(w, w.length - 1) && hasWord(w) && occurrences(text, w) === 1) return w;
  }
  return null;
}

/** The smallest anchor starting at `at` (for "before") that occurs once, or null. */
function anchorAfter(text: string, cuts: readonly number[], at: number): string | null {
  for (const c of cuts.filter((x) => x > at)) {
    const w = text.slice(at, c);
    if (!spaceAt(w, 0) && !spaceAt(w, w.length - 1) && hasWord(w) && occurrences(text, w) === 1) return w;
  }
  return null;
}

const edgeSpace = (s: string) => /^\s|\s$/.test(s);

/** The word changes that turn `oldText` into `newText`, given the comparison's segments. */
function textEdits(change: Change, rules: { old: LanguageRules; new: LanguageRules }): TextEdit[] {
  const oldText = change.segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('');
  const newText = change.segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('');
  // Segment each side once. Before hunk k the text is the new text up to the hunk and the old
  // text after it, so its token boundaries are the new side's before and the old side's after.
  const oldCuts = boundaries(oldText, rules.old);
  const newCuts = boundaries(newText, rules.new);
  let text = oldText;
  const edits: TextEdit[] = [];
  let shift = 0;
  for (const h of hunksOf(change.segments)) {
    const at = h.oldAt + shift;
    const cuts = [...new Set([...newCuts.filter((c) => c <= h.newAt), ...oldCuts.filter((c) => c >= h.oldAt).map((c) => c + shift)])].sort((x, y) => x - y);
    const { deleted, inserted } = h;
    let edit: TextEdit | null = null;
    if (inserted === '' && !edgeSpace(deleted) && hasWord(deleted) && occurrences(text, deleted) === 1) edit = { op: 'delete', find: deleted };
    if (inserted === '' && MARK_KINDS[deleted] !== undefined) {
      const before = anchorBefore(text, cuts, at);
      if (before !== null) edit = { op: 'deleteMark', anchor: before, mark: deleted };
    }
    if (deleted === '' && !edgeSpace(inserted) && hasWord(inserted)) {
      const before = anchorBefore(text, cuts, at);
      const after = before === null ? anchorAfter(text, cuts, at) : null;
      if (before !== null) edit = { op: 'insertAfter', anchor: before, text: inserted };
      else if (after !== null) edit = { op: 'insertBefore', anchor: after, text: inserted };
    }
    if (edit === null) {
      const [a, b] = uniqueWindow(text, cuts, at, at + deleted.length);
      edit = { op: 'replace', find: text.slice(a, b), with: text.slice(a, at) + inserted + text.slice(at + deleted.length, b) };
    }
    edits.push(edit);
    text = text.slice(0, at) + inserted + text.slice(at + deleted.length);
    shift += inserted.length - deleted.length;
  }
  return edits;
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
    else if ((ch.kind === 'modified' || ch.kind === 'moved') && ch.segments.some((s) => s.op !== 'equal')) {
      keyed.push({ key: [sectionRank(p.section), k, seq++], amendment: { kind: 'edit', target: refOf(p), edits: textEdits(ch, rules) } });
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
