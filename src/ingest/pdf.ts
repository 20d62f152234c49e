// Text from a PDF with pdfjs: lines rebuilt from positioned text, paragraph starts kept as indents.
import { InputError } from '../model/errors.js';

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

/** The pages' text, one physical line per line; lines that start right of the margin get one leading space. */
export async function pdfToText(bytes: Uint8Array, label: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new InputError('ENCRYPTED', `${label} is a password-protected PDF: open it, save an unprotected copy, and give that`);
    throw new InputError('BAD_FILE', `${label} is not a readable PDF (${(e as Error).message})`);
  }
  try {
    const lines: PdfLine[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let line: PdfLine | null = null;
      let lastY = Number.NaN;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item: Item = { str: raw.str, x: raw.transform[4], y: raw.transform[5], size: Math.hypot(raw.transform[2], raw.transform[3]) || 10, eol: raw.hasEOL };
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
      page.cleanup();
    }
    const real = lines.filter((l) => l.text.trim() !== '' && Number.isFinite(l.x));
    if (real.length === 0) {
      throw new InputError('NO_TEXT', `${label} is a PDF without a text layer (a scanned document?): get the text version (Word or text) of the document`);
    }
    // The left margin: the most common line start, so indented first lines of paragraphs stand out.
    const starts = new Map<number, number>();
    for (const l of real) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
    const margin = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    return `${real.map((l) => (l.x > margin + l.size * 0.8 ? ` ${l.text.trim()}` : l.text.trim())).join('\n')}\n`;
  } finally {
    await doc.destroy();
  }
}
