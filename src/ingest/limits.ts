// The limits on the text a Word or PDF file converts to, stated once: checked while the file is
// converted (docxBudget.ts as word/document.xml is unpacked, pdfSandbox.ts page by page), so a
// file that would convert to far more text than a resolution is refused early, with little work.
import { InputError } from '../model/errors.js';
import { count } from '../text/clip.js';

/** How much text a converted file may hold. */
export interface TextLimits {
  /** UTF-8 bytes of the converted text (the web's 2 MB a text holds after conversion too). */
  maxTextBytes: number;
  /** Paragraphs (Word paragraphs; PDF lines that start a paragraph). */
  maxParagraphs: number;
  /** Lines (paragraphs plus line breaks in Word; physical lines in a PDF). */
  maxLines: number;
  /** XML elements in the Word file's parts together (mammoth builds a tree of every one). */
  maxXmlElements: number;
  /** Pages of a PDF. */
  maxPages: number;
}

/**
 * The defaults. A resolution is a few hundred paragraphs and under 200 KB of text; its Word file
 * has some thousands of XML elements, its PDF some tens of pages. mammoth takes about 2 KB of
 * memory per element (120,000 elements: about 250 MB and 2 s), which sets the element limit.
 */
export const TEXT_LIMITS: TextLimits = {
  maxTextBytes: 2 * 1024 * 1024,
  maxParagraphs: 20_000,
  maxLines: 50_000,
  maxXmlElements: 120_000,
  maxPages: 2_000,
};

/** Which limit a text passed. */
export type TextLimit = 'text' | 'paragraphs' | 'lines' | 'elements' | 'pages';


/**
 * The refusal for a file past one limit: TOO_LARGE (413 on the server), saying which limit.
 *
 * @example tooMuchText('a.docx', 'paragraphs', TEXT_LIMITS) // "a.docx holds more than 20,000 paragraphs …"
 */
export function tooMuchText(label: string, limit: TextLimit, limits: TextLimits): InputError {
  const what =
    limit === 'text'
      ? `more than ${limits.maxTextBytes % 1048576 === 0 ? `${limits.maxTextBytes / 1048576} MB` : `${count(limits.maxTextBytes)} bytes`} of text once converted (the limit on a text's size)`
      : limit === 'paragraphs'
        ? `more than ${count(limits.maxParagraphs)} paragraphs (the limit on paragraphs)`
        : limit === 'lines'
          ? `more than ${count(limits.maxLines)} lines (the limit on lines)`
          : limit === 'elements'
            ? `more than ${count(limits.maxXmlElements)} XML elements (the limit on a Word file's elements)`
            : `more than ${count(limits.maxPages)} pages (the limit on a PDF's pages)`;
  return new InputError('TOO_LARGE', `${label} holds ${what}, far more than a resolution: refused`);
}

/**
 * Counts converted text against the limits as it comes, and throws the moment one is passed.
 *
 * @example const budget = new TextBudget('a.pdf'); budget.line(); budget.text(42);
 */
export class TextBudget {
  bytes = 0;
  paragraphs = 0;
  lines = 0;
  elements = 0;

  constructor(
    readonly label: string,
    readonly limits: TextLimits = TEXT_LIMITS,
  ) {}

  /** Text of this many UTF-8 bytes. */
  text(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > this.limits.maxTextBytes) throw tooMuchText(this.label, 'text', this.limits);
  }

  /** A new paragraph (which is a new line too). */
  paragraph(): void {
    if (++this.paragraphs > this.limits.maxParagraphs) throw tooMuchText(this.label, 'paragraphs', this.limits);
    this.line();
  }

  /** A new line. */
  line(): void {
    if (++this.lines > this.limits.maxLines) throw tooMuchText(this.label, 'lines', this.limits);
  }

  /** An XML element. */
  element(): void {
    if (++this.elements > this.limits.maxXmlElements) throw tooMuchText(this.label, 'elements', this.limits);
  }
}

/**
 * Checks a whole converted text against the limits (bytes, paragraphs as runs of lines between
 * blank lines, lines): the last check after a conversion, whatever the counts during it said.
 *
 * @throws InputError TOO_LARGE, naming the limit.
 */
export function checkText(text: string, label: string, limits: TextLimits = TEXT_LIMITS): void {
  if (Buffer.byteLength(text, 'utf8') > limits.maxTextBytes) throw tooMuchText(label, 'text', limits);
  let lines = 0;
  let paragraphs = 0;
  let blank = true;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const empty = text.slice(at, end).trim() === '';
    if (!empty) {
      if (++lines > limits.maxLines) throw tooMuchText(label, 'lines', limits);
      if (blank && ++paragraphs > limits.maxParagraphs) throw tooMuchText(label, 'paragraphs', limits);
    }
    blank = empty;
    at = end + 1;
  }
}
