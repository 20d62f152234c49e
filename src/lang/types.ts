// The seam between resdiff and a language: everything the pipeline knows about one language.
// One module per language implements `LanguageRules` (en.ts, zh.ts); `rulesFor` in index.ts
// chooses it once. Every member is required, so a new language that leaves a rule out does
// not compile.
import type { Amendment } from '../model/amendment.js';
import type { Edit } from '../model/instruction.js';
import type { Language } from '../model/resolution.js';

/** A detected opener and the section its grammatical form belongs to. */
export interface LeadVerb {
  text: string;
  form: 'preambular' | 'operative' | 'either';
}

/** A lead-verb strength ladder: weakest rung first; each rung lists equivalent verbs. */
export interface Ladder {
  name: string;
  /** The language whose verbs stand on it (named in the ladder's label: "en operative requests"). */
  language: Language;
  /** Weakest first; each rung lists equivalent verbs (lower-case for Latin scripts). */
  rungs: readonly (readonly string[])[];
}

/** A body that opens resolutions, as the text writes it: "The General Assembly," / "大会，". */
export interface BodyOpening {
  /** Matches the body's name in an opening line (without its comma); null when texts are not yet read for it. */
  pattern: RegExp | null;
  /** The body, named in English whatever the language: "General Assembly". */
  body: string;
  /** The opening line a Word report writes for this body ("The General Assembly,"), or null when it writes none. */
  line: string | null;
}

/** A decision's opening ("… decided to adopt the text below:"); group 1 names the body. */
export interface DecisionOpening {
  pattern: RegExp;
  /** The body (in English) from the name group 1 matched. */
  bodyOf(named: string): string;
}

/** The facts a closing line states: "70th plenary meeting", "18 December 2013", "第 70 次全体会议". */
export interface ClosingFact {
  meeting?: string;
  date?: string;
}

/** Who adopted a cited resolution. */
export type CitedBody = 'GA' | 'HRC' | 'CHR' | 'other';

/** How a language cites resolutions in a preamble, for finding a text's predecessor. */
export interface CitationRules {
  /** A global pattern over a paragraph: each match cites one or more resolutions. */
  pattern: RegExp;
  /** The resolution numbers ("67/169") a match cites. */
  numbers(match: RegExpMatchArray): string[];
  /** Body names read backwards from a citation: the nearest wins ('own': the document's own body). */
  bodies: readonly (readonly [RegExp, CitedBody | 'own'])[];
  /** A title or phrase without the little words, for comparing the two ("of", "the", 的). */
  squeeze(text: string): string;
}

/** The fonts and proofing language of a Word report in this language. */
export interface WordStyle {
  latin: string;
  eastAsia: string;
  lang: { value: string; eastAsia?: string; bidirectional?: string };
}

/**
 * How a draft's masthead and sponsors line read (A/C.3/66/L.32, A/HRC/32/L.11, …/Rev.1):
 * "Cuba:* draft resolution", "Algeria, Cuba and Egypt: revised draft resolution", "古巴*：决议草案".
 * Each pattern is looked for in the header (the text before "The General Assembly,").
 */
export interface DraftRules {
  /**
   * The end of the sponsors line: the colon, the star of its footnote, the kind. Named groups:
   * `star` (the footnote's stars, maybe empty) and `revised` (set for a revised draft).
   */
  sponsorsTail: RegExp | null;
  /** The sponsors at the end of the text before `sponsorsTail` (the masthead comes first), or null. */
  sponsorsBefore(text: string): string | null;
  /** The sponsors one by one: "Algeria, Cuba and Egypt" -> ["Algeria", "Cuba", "Egypt"]. */
  splitSponsors(text: string): string[];
  /** "Distr.: Limited": group 1 the distribution. */
  distribution: RegExp | null;
  /** "Original: English": group 1 the language. */
  original: RegExp | null;
  /** "Sixty-sixth session", "第六十六届会议": the whole match. */
  session: RegExp | null;
  /** "Third Committee", "第三委员会", "Human Rights Council": the whole match. */
  committee: RegExp | null;
  /** "Agenda item 69 (b)", "议程项目69(b)": group 1 the item. */
  agendaItem: RegExp | null;
}

/** What one instruction of an amendment document says: the paragraph it changes and how. */
export interface ReadInstruction {
  /** "PP3", "OP 5", "OP 2 (c)"; for new paragraphs the one they follow, or the section at whose start they go. */
  target: string;
  edits: Edit[];
}

/**
 * How a language words amendment instructions (src/amend/ reads documents with it). The reader
 * takes the quotations out first: the grammar sees an instruction with each quotation replaced by
 * a slot `⟦k⟧` (see QUOTE_SLOT in src/model/instruction.ts) and the quoted texts apart.
 */
export interface InstructionGrammar {
  /** A document's own numbering of an instruction at the start of a line ("1.", "(a)", "一、"), space after it included. */
  numbering: RegExp;
  /** Whether a line (its own numbering "1.", "(a)" taken off) opens an instruction. */
  opens: RegExp;
  /** Lines that close a document and are no instruction: "Renumber the operative paragraphs accordingly." */
  closings: readonly RegExp[];
  /** One instruction's target and edits, or null when no form of the language fits it. */
  read(skeleton: string, quotes: readonly string[]): ReadInstruction | null;
  /** Words stand apart with spaces: an insertion between two words takes one (English), or none (Chinese). */
  spacedWords: boolean;
  /** Quotation marks as [open, close] pairs, besides “ ” and straight "…" (French « », Russian „ “); spaces inside a pair are not quoted. */
  quotes?: readonly (readonly [string, string])[];
}

/**
 * A language's word list, for repairing broken spacing (src/repair/): an npm package whose main
 * file is a JSON array of lower-case words, loaded only when a text looks broken, and the words
 * of resolutions that list lacks (month names: it has no proper nouns).
 */
export interface WordListSource {
  package: string;
  extra: readonly string[];
  /**
   * The only words of one to three letters trusted as words. Full-form lists hold every
   * word-game word ("al", "ti", "da", "ber"), and those are what a broken word falls into; the
   * short words of resolutions are few.
   */
  short: readonly string[];
  /** Pairs of words written apart that the list has as one word ("per cent", not "percent"): never joined. */
  apart: readonly string[];
  /**
   * A Hunspell dictionary package (index.dic) whose capitalised entries are read as names, which
   * the word list lacks ("Dur ban" -> "Durban"); null for none. Only its word column is read.
   */
  names: string | null;
}

export interface LanguageRules {
  language: Language;
  /** The language's name in English, for messages: "Chinese". */
  name: string;
  /**
   * False for a language resdiff has no module for yet: its texts are read generically and a
   * refused text says the language is not supported (every UN language now has its module).
   */
  supported: boolean;

  // ---- Text
  /** The direction the language is written in: Arabic right to left, the others left to right. */
  direction: 'ltr' | 'rtl';
  /** Lines of a paragraph join with no space between them (Chinese), else with one. */
  joinsLinesWithoutSpace: boolean;
  /** Inline-diff tokens covering the text exactly: words, spaces, punctuation; segmented where needed. */
  tokens(text: string): string[];
  /**
   * The word list broken spacing ("Reaf firming") is repaired by, or null: no repair in a spaced
   * language (a language whose lines join without a space joins Han characters without a list).
   */
  wordList: WordListSource | null;

  // ---- Header, body and closing
  /** The bodies whose opening line this language writes ("The General Assembly,"). */
  bodies: readonly BodyOpening[];
  decisionOpenings: readonly DecisionOpening[];
  /** A line saying the text is a decision ("Decision adopted by …", "通过的决定"). */
  decisionMarker: RegExp | null;
  /** "Resolution adopted by the General Assembly": group 1 the kind, group 2 the body. */
  adoptedBy: RegExp | null;
  /** Header lines giving the number and title in another layout than "68/160. Title" (un.org's old French table row "52/134 | Renforcement … |"): group 1 the number, group 2 the title. */
  titleLines?: readonly RegExp[];
  /** The basis line: "[on the report of the Third Committee (A/68/456/Add.2)]"; group 1 the report. */
  basis: readonly RegExp[];
  /** The meeting and date a decision states in its opening ("At its 47th meeting, on 21 March 2013"). */
  meetingFacts(text: string): { meeting: string; adopted: string | null } | null;
  /** A closing line: the meeting or the date of adoption, or null. */
  closing(line: string): ClosingFact | null;
  /** A date written out in a sentence, as an ISO date, or null. */
  findDate(text: string): string | null;
  /** Page furniture in this language: "Please recycle", "United Nations" alone on a line. */
  furniture: readonly RegExp[];
  /** Page numbers in words ("Page 2 of 3"). */
  pageNumbers: readonly RegExp[];

  // ---- Paragraphs
  /** The opener of a paragraph's text (trimmed at the start), or null. */
  detectLeadVerb(text: string): LeadVerb | null;
  /** Whether a detected opener is certain enough to start a paragraph after a line cut off mid-sentence. */
  isStrongOpener(verb: LeadVerb): boolean;
  /**
   * Openers that start a paragraph in the middle of a long one-line text after punctuation
   * ("…human rights, Recalling also …"); looked for in every language.
   */
  midLineOpeners: readonly string[];
  /** Whether a paragraph starts on a line the layout does not mark (pasted or one-line texts). */
  opensParagraph(line: string): boolean;
  /** Whether a numbered paragraph's first capitalised word is its verb when the vocabulary does not know it. */
  numberedFirstWordIsVerb: boolean;
  /** Footnote marks glued to the text: a citation's end (any number), and other glued digits (the next mark only). */
  footnoteMarks: {
    afterCitation: RegExp | null;
    glued: RegExp;
    /**
     * A bare number between words ("on 25 June 1993 1 for enhancing", one-line PDF text) is a
     * mark only when the page's footnote block has that mark; even then not when the text just
     * before it (`notAfter`) or just after it (`notBefore`) says it is a number of the text
     * ("Article 1", "paragraph 3", "2012 年 3 月").
     */
    bare: { notAfter: RegExp; notBefore: RegExp };
  };

  // ---- Drafts
  /** The masthead and sponsors line of a draft. */
  draft: DraftRules;

  // ---- Insight
  /** Strength ladders of lead verbs, weakest rung first, with their source in the module. */
  ladders: readonly Ladder[];
  /** Drops what does not change a verb's strength ("also", 又): the form looked up on a ladder. */
  ladderForm(verb: string): string;
  /** Spans a yearly update changes mechanically: dates in words, then ordinals and supplements (regex sources). */
  technical: { dates: readonly string[]; ordinals: readonly string[] };
  /** How resolutions are cited, for the predecessor. */
  citations: CitationRules;

  // ---- Wording
  /** One amendment in UN drafting style. */
  amendmentLine(amendment: Amendment): string;
  /** Amendment documents read back into instructions (src/amend/). */
  instructions: InstructionGrammar;
  /** The closing line when operative paragraphs are renumbered. */
  renumberLine: string;
  /** Fonts and proofing language of a Word report. */
  word: WordStyle;

  // ---- Comparing (issue 12: what is no change, digits, closing marks)
  /**
   * The form a token (or a text) is compared in: what the language does not count as a change
   * made alike, character by character, spaces untouched (Arabic: tashkeel and tatweel out,
   * Arabic-Indic digits as Latin; French: ’ as '). Two tokens with the same form are the same word.
   */
  foldForCompare(text: string): string;
  /** The digits the language writes, as the body of a regex character class ("0-9"; Arabic adds ٠-٩ and ۰-۹). */
  digits: string;
  /** The number written with those digits ("١٢" -> 12). */
  numberOf(written: string): number;
  /** The marks that close a paragraph besides . ; , : ! ? ("。；，：！？", "،؛؟"), as regex class text. */
  closingMarks: string;
}
