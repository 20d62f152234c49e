// The Resolution model: what the parser produces and every later stage reads.

/** Language codes the UN publishes in; the parser has full rules for `zh` and `en`. */
export type Language = 'zh' | 'en' | 'fr' | 'es' | 'ru' | 'ar';

export const LANGUAGES: readonly Language[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

/** The two parts of a resolution's body. */
export type Section = 'preamble' | 'operative';

/** Where a paragraph came from in the parsed text (offsets into the text after line-ending normalisation). */
export interface SourceSpan {
  start: number;
  end: number;
}

/**
 * One preambular or operative paragraph.
 *
 * `text` is the paragraph's words with layout removed: no number, no footnote marks,
 * lines joined, white space normalised (see `normalizeParagraphText`).
 */
export interface Paragraph {
  /** Stable within one document: `pp1`, `pp2`, … and `op1`, `op2`, … in reading order. */
  id: string;
  section: Section;
  /** The printed number of an operative paragraph; null for preambular and unnumbered ones. */
  number: number | null;
  text: string;
  /** The opening participle or verb: "Recalling also", "Takes note of", "又回顾", "表示注意到". */
  leadVerb: string | null;
  /** Footnote marks cited in this paragraph, in order of appearance. */
  footnotes: number[];
  span: SourceSpan;
}

export interface Footnote {
  mark: number;
  text: string;
  /** Ids of the paragraphs that cite this footnote. */
  citedBy: string[];
}

/**
 * What a draft's masthead and sponsors line say (A/C.3/66/L.32, A/HRC/32/L.11, …/Rev.1,
 * …/Corr.1). Facts the text does not state are null (or empty).
 */
export interface DraftFacts {
  /** "draft" ("Cuba:* draft resolution", 决议草案) or "revised draft" (revised draft resolution, 订正决议草案). */
  kind: 'draft' | 'revised draft';
  /** 1 for …/Rev.1; null for a first draft. */
  revision: number | null;
  /** 1 for …/Corr.1; null when the text is no corrigendum. */
  corrigendum: number | null;
  /** The sponsors as the sponsors line names them, in order: ["Algeria", "Cuba", "Egypt"], ["古巴"]. */
  sponsors: string[];
  /** The starred footnote of the sponsors line: "On behalf of the States Members …". */
  sponsorsNote: string | null;
  /** "Limited" of "Distr.: Limited". */
  distribution: string | null;
  /** ISO date of the masthead. */
  date: string | null;
  /** "English" of "Original: English". */
  original: string | null;
  /** "Sixty-sixth session", "第六十六届会议". */
  session: string | null;
  /** "Third Committee", "第三委员会", "Human Rights Council". */
  committee: string | null;
  /** "69 (b)" of "Agenda item 69 (b)". */
  agendaItem: string | null;
  /** The agenda item's title, when the masthead prints it. */
  agendaTitle: string | null;
}

/** A parsed resolution (or decision, or draft). */
export interface Resolution {
  symbol: string | null;
  language: Language;
  /** "General Assembly", "Human Rights Council", … when the text says so. */
  body: string | null;
  kind: 'resolution' | 'decision' | 'draft';
  title: string | null;
  /** ISO date (YYYY-MM-DD) of adoption, when the text states it. */
  adopted: string | null;
  /** The meeting number at which it was adopted ("70" for the 70th plenary meeting). */
  meeting: string | null;
  /** The report it was adopted on: "A/68/456/Add.2". */
  basis: string | null;
  /**
   * What a draft's masthead and sponsors line say; null (or absent, in models built by hand)
   * for adopted texts.
   */
  draft?: DraftFacts | null;
  /**
   * True when the text runs from the opening to the closing with nothing cut off. A draft has
   * no closing: it is complete when its last paragraph is.
   */
  complete: boolean;
  /** Why a text is not complete, in words ("no operative paragraphs"); empty when it is. */
  incomplete: string[];
  preamble: Paragraph[];
  operative: Paragraph[];
  footnotes: Footnote[];
  /** Things the parser noticed but could not place: dropped lines, odd numbering. */
  warnings: string[];
  /**
   * Set when the text came with broken spacing ("Reaf firming its comm itment") and was repaired
   * before parsing (src/repair/): how many spaces were taken out of words. Absent otherwise.
   */
  spacingRepair?: SpacingRepairNote;
}

/** What the spacing repair did to a text: the spaces it took out of words ("comm itment" -> "commitment" is one). */
export interface SpacingRepairNote {
  joins: number;
}

/** All paragraphs in reading order. */
export function allParagraphs(resolution: Resolution): Paragraph[] {
  return [...resolution.preamble, ...resolution.operative];
}
