// The Compilation model: one base text and the proposals of several delegations, paragraph by
// paragraph (issue 13). What src/compile/ produces and the compilation renderers read.
// Layer: model, the ground floor. Plain data only: every value is JSON-serialisable.
import type { Segment } from './comparison.js';
import type { Language, Section } from './resolution.js';

/** Where a proposal came from, as the front end found it (the engine only carries it). */
export type ProposalOrigin = 'text' | 'tracked' | 'amendments';

/** One delegation's proposal as the compilation lists it. */
export interface ProposalInfo {
  /** The delegation's tag: "EU", "G77", "CARICOM". Unique within a compilation. */
  label: string;
  /** Its place in the list (0-based): renderers pick its colour by it. */
  index: number;
  /** A full revised text, a tracked-changes Word file, or an amendment document; null when not told. */
  origin: ProposalOrigin | null;
  /** What the front end noticed while reading it ("2 of 7 instructions failed: …"). */
  notes: string[];
}

/**
 * One proposed change to a base paragraph, shared by every delegation that proposed exactly the
 * same thing (identical proposals are shown once, with all their tags).
 */
export interface ParagraphProposal {
  /** The delegations proposing it, in the order they were given. */
  labels: string[];
  /** `modify`: words inserted and deleted; `delete`: the whole paragraph goes. */
  kind: 'modify' | 'delete';
  /**
   * For `modify`: the base paragraph's words, inserted and deleted. Joining equal+delete gives
   * the base text, equal+insert the proposed text. For `delete`: one delete segment.
   */
  segments: Segment[];
  /**
   * Character ranges of the base paragraph's text that this proposal changes (end exclusive);
   * an insertion between two words is an empty range at that point.
   */
  ranges: { start: number; end: number }[];
  /** True when the paragraph is deleted here because the proposal moves it elsewhere. */
  moved: boolean;
}

/** Two proposals changing overlapping words of one base paragraph (indexes into `proposals`). */
export interface Collision {
  /** The two entries of the paragraph's `proposals` that collide. */
  between: [number, number];
  /** Every delegation involved, in the order given. */
  labels: string[];
}

/** A paragraph a proposal adds (or moves here), after a base paragraph. */
export interface NewParagraph {
  labels: string[];
  section: Section;
  text: string;
  /** Set when the paragraph is a base paragraph moved here: the base paragraph's id. */
  movedFrom: string | null;
}

/** One paragraph of the base and everything proposed to it. */
export interface CompiledParagraph {
  /** The base paragraph's id ("pp3", "op5"), section and printed number. */
  id: string;
  section: Section;
  number: number | null;
  /** The base paragraph's text. */
  text: string;
  /** Changes proposed to it, grouped so that identical ones appear once. */
  proposals: ParagraphProposal[];
  collisions: Collision[];
  /** New paragraphs proposed right after it, in order. */
  after: NewParagraph[];
}

export interface CompilationCounts {
  /** Per delegation (in the order given): changed paragraphs, deleted paragraphs, new paragraphs. */
  perProposal: { label: string; modified: number; deleted: number; added: number; total: number }[];
  /** Base paragraphs changed or deleted by at least one proposal. */
  paragraphsTouched: number;
  /** New paragraphs proposed (identical ones counted once). */
  newParagraphs: number;
  collisions: number;
}

/** The compilation text: the base, in order, with every proposal to each paragraph. */
export interface Compilation {
  /** Identifies the shape of this object for other tools. */
  kind: 'compilation';
  base: { symbol: string | null; title: string | null; language: Language };
  proposals: ProposalInfo[];
  /** New paragraphs proposed before the first paragraph of the base. */
  before: NewParagraph[];
  paragraphs: CompiledParagraph[];
  counts: CompilationCounts;
}

/**
 * The formats of `resdiff compile`: their own small list (a compilation is no comparison, so
 * model/formats.ts, the diff formats, does not list them). Data only: reading it costs nothing.
 */
export const COMPILE_FORMATS = {
  html: { ext: 'html', label: 'HTML page', binary: false },
  markdown: { ext: 'md', label: 'Markdown', binary: false },
  docx: { ext: 'docx', label: 'Word (tracked changes by delegation)', binary: true },
  json: { ext: 'json', label: 'JSON', binary: false },
} as const;
export type CompileFormat = keyof typeof COMPILE_FORMATS;
