// Text from a PDF with pdfjs: lines rebuilt from positioned text, paragraph starts kept as indents.
import { InputError } from '../model/errors.js';
import { checkText, TEXT_LIMITS, tooMuchText, type TextLimits } from './limits.js';
import { PdfReadError, readPdfItems, type PdfItem } from './pdfSandbox.js';

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  eol: boolean;
}

interface PdfLine {
  x: number;
  size: number;
  text: string;
}

/** `/Type /Pages … /Count N` (or `/Count N … /Type /Pages`) within one dictionary of the page tree. */
const PAGE_TREE = /\/Type\s*\/Pages\b[^<>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^<>]*?\/Type\s*\/Pages\b/g;

/**
 * The number of pages a PDF's page tree states where it is written in the open (the largest
 * /Count of a /Type /Pages dictionary); undefined when none is (it may sit in a compressed object
 * stream: pdfjs counts then). pdfjs takes its page count from the same /Count, so a PDF refused
 * here would be refused by the reader too, only later.
 */
export function statedPageCount(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let most: number | undefined;
  for (const m of text.matchAll(PAGE_TREE)) most = Math.max(most ?? 0, Number(m[1] ?? m[2]));
  return most;
}

/**
 * The pages' text, one physical line per line; lines that start right of the margin get one
 * leading space.
 *
 * @throws InputError TOO_LARGE past a budget of the PDF reader or a text limit (pages, bytes and
 *   lines while the pages are read; paragraphs once the lines are known).
 */
export async function pdfToText(bytes: Uint8Array, label: string, limits: TextLimits = TEXT_LIMITS): Promise<string> {
  // pdfjs runs in a worker thread with a budget of time and memory (pdfSandbox.ts): a PDF bomb is
  // stopped there, and so is a PDF with more text than the limits allow, page by page.
  // A page tree that says it has too many pages is refused before the reader starts.
  if ((statedPageCount(bytes) ?? 0) > limits.maxPages) throw tooMuchText(label, 'pages', limits);
  let pages: PdfItem[][];
  try {
    pages = await readPdfItems(bytes, label, undefined, limits);
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    if (e.pdfName === 'PasswordException') throw new InputError('ENCRYPTED', `${label} is a password-protected PDF: open it, save an unprotected copy, and give that`);
    throw new InputError('BAD_FILE', `${label} is not a readable PDF (${e.message}): it may be damaged or cut short; give the Word or text version, or a copy saved again`);
  }
  const lines: PdfLine[] = [];
  for (const items of pages) {
    let line: PdfLine | null = null;
    let lastY = Number.NaN;
    for (const [str, b, c, e, f, eol] of items) {
      const item: Item = { str, x: e, y: f, size: Math.hypot(b, c) || 10, eol };
      if (line === null || Math.abs(item.y - lastY) > item.size * 0.4) {
        if (line) lines.push(line);
        line = { x: item.x, size: item.size, text: '' };
      }
      if (line.text === '' && item.str.trim() === '') line.x = Number.POSITIVE_INFINITY;
      else if (line.text === '' && line.x === Number.POSITIVE_INFINITY) line.x = item.x;
      line.text += item.str;
      lastY = item.y;
      if (item.eol) {
        lines.push(line);
        line = null;
      }
    }
    if (line) lines.push(line);
  }
  const real = lines.filter((l) => l.text.trim() !== '' && Number.isFinite(l.x));
  if (real.length === 0) {
    throw new InputError('NO_TEXT', `${label} is a PDF without a text layer (a scanned document?): get the text version (Word or text) of the document`);
  }
  // The left margin: the most common line start, so indented first lines of paragraphs stand out.
  const starts = new Map<number, number>();
  for (const l of real) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
  const margin = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const indented = (l: PdfLine) => l.x > margin + l.size * 0.8;
  // An indented line starts a paragraph (the first line starts one too).
  if (real.reduce((n, l, k) => n + (k === 0 || indented(l) ? 1 : 0), 0) > limits.maxParagraphs) throw tooMuchText(label, 'paragraphs', limits);
  const text = `${real.map((l) => (indented(l) ? ` ${l.text.trim()}` : l.text.trim())).join('\n')}\n`;
  checkText(text, label, limits);
  return text;
}
