// The Comparison model: what the engine produces and every renderer reads.
// Layer: model, the ground floor. Imports nothing of the project; every layer may import it.
import type { DraftFacts, Footnote, Language, Resolution, Section, SpacingRepairNote } from './resolution.js';

/** One run of inline text: kept, inserted in the new text, or deleted from the old. */
export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  /** The text; for an `equal` run, as the new text writes it. */
  text: string;
  /**
   * Set on an `equal` run whose old text is written differently in what its language does not
   * count as a change (Arabic tashkeel, ’ for '; LanguageRules.foldForCompare): the old text's form.
   */
  old?: string;
}

/** What a segment gives one side's text: the old side reads an equal run's `old` form where it has one. */
export const segmentText = (s: Segment, side: 'old' | 'new'): string => (side === 'old' && s.old !== undefined ? s.old : s.text);

/** One side's text rebuilt from segments: equal and delete runs for the old, equal and insert for the new. */
export function sideText(segments: readonly Segment[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return segments.filter((s) => s.op !== skip).map((s) => segmentText(s, side)).join('');
}

/** A paragraph as a change refers to it. */
export interface ParagraphRef {
  id: string;
  /** The operative paragraph's printed number; null for preambular paragraphs. */
  number: number | null;
  section: Section;
}

export type ChangeKind = 'unchanged' | 'modified' | 'added' | 'removed' | 'moved';

interface ChangeBase {
  /** Where the paragraph stands now (the old section for a removed paragraph). */
  section: Section;
  /** 0..1: how much of the text the two versions share (1 for unchanged, 0 for added/removed). */
  similarity: number;
  /** Set when the opening verb changed: "Welcomes" -> "Takes note of". */
  leadVerb: { old: string | null; new: string | null } | null;
  /** Inline changes; joining equal+delete gives the old text, equal+insert the new text. */
  segments: Segment[];
  /** True when the operative number changed ("OP 9, was OP 10"); not an edit by itself. */
  renumbered: boolean;
  /** True when the inline diff hit its work cap and fell back to a coarser result. */
  approximate: boolean;
  /** True for a technical change: only dates, session ordinals, symbols or numbering changed. */
  technical: boolean;
  /**
   * Set where a partial text stops in the middle of this paragraph (a copy cut off at "… the
   * Durban Review Co"): the index of the first segment past the last words both texts share.
   * Those segments still rebuild both texts, but they are not changes: what the cut text says
   * there is unknown. Renderers show `knownSegments` and mark the cut; amendments stop there.
   */
  cutAt?: number;
}

export interface UnchangedChange extends ChangeBase {
  kind: 'unchanged';
  old: ParagraphRef;
  new: ParagraphRef;
}
export interface ModifiedChange extends ChangeBase {
  kind: 'modified';
  old: ParagraphRef;
  new: ParagraphRef;
}
export interface MovedChange extends ChangeBase {
  kind: 'moved';
  old: ParagraphRef;
  new: ParagraphRef;
}
export interface AddedChange extends ChangeBase {
  kind: 'added';
  old: null;
  new: ParagraphRef;
}
export interface RemovedChange extends ChangeBase {
  kind: 'removed';
  old: ParagraphRef;
  new: null;
}

/** A tagged union: renderers switch over `kind` and the compiler checks they handle all. */
export type Change = UnchangedChange | ModifiedChange | MovedChange | AddedChange | RemovedChange;

/** A paragraph of one of the two documents, in its reading order, with the footnote marks it cites. */
export interface ParagraphEntry extends ParagraphRef {
  footnotes: number[];
}

/**
 * One of the two documents as the comparison carries it: its header and its paragraphs in
 * reading order, so that no renderer needs the parsed `Resolution` or guesses order from ids.
 */
export interface DocumentRef {
  symbol: string | null;
  language: Language;
  title: string | null;
  adopted: string | null;
  meeting: string | null;
  basis: string | null;
  /** "General Assembly", "Human Rights Council", … when the text says so. */
  body: string | null;
  kind: Resolution['kind'];
  /** A draft's masthead and sponsors line (kind, revision, sponsors); null for adopted texts. */
  draft: DraftFacts | null;
  complete: boolean;
  /** Why the text is not complete, in words; empty when it is. */
  incomplete: string[];
  /** Set when the text's broken spacing was repaired before parsing (see Resolution.spacingRepair). */
  spacingRepair?: SpacingRepairNote;
  /** Preamble then operative, each in reading order. */
  paragraphs: ParagraphEntry[];
  footnotes: Footnote[];
}

export interface Summary {
  unchanged: number;
  modified: number;
  added: number;
  removed: number;
  moved: number;
  /** Paragraphs whose operative number changed. */
  renumbered: number;
  /** Paragraphs whose lead verb changed. */
  leadVerbChanged: number;
  /** Changes (anything but unchanged-in-place) that are technical, and those that are substantive. */
  technical: number;
  substantive: number;
}

export interface Comparison {
  old: DocumentRef;
  new: DocumentRef;
  summary: Summary;
  /** Set when the two titles differ. */
  title: { old: string; new: string } | null;
  changes: Change[];
  /** True when some step hit a work cap: the result is still complete, but coarser. */
  approximate: boolean;
  /**
   * Set when the two texts are in different languages (an English text against a Chinese one):
   * their words cannot be compared, so renderers say so instead of reporting 0% in common.
   */
  languageMismatch?: { old: Language; new: Language };
}

/** True when the comparison found any difference a reader should see (drives exit status 1). */
export function hasDifferences(comparison: Comparison): boolean {
  const s = comparison.summary;
  return s.modified + s.added + s.removed + s.moved + s.renumbered > 0 || comparison.title !== null;
}

/** The segments of a change that compare words both texts have: all of them, or those before `cutAt`. */
export function knownSegments(change: Pick<Change, 'segments' | 'cutAt'>): Segment[] {
  return change.cutAt === undefined ? change.segments : change.segments.slice(0, change.cutAt);
}

/** Makes the compiler prove that a switch over change kinds is exhaustive. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
