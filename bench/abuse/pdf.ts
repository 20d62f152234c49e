// A tiny hand-written PDF writer for the abuse bench: Helvetica text lines on A4 pages, and a
// "heavy" PDF whose many pages all share one content stream (so 12,500 pages fit in a small
// file while pdfjs still has to read every page's text).
const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');

/** Objects numbered from 1, then the cross-reference table and trailer. */
function assemble(objects: string[]): Uint8Array {
  const parts: string[] = ['%PDF-1.4\n'];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(length);
    const part = `${k + 1} 0 obj\n${o}\nendobj\n`;
    parts.push(part);
    length += Buffer.byteLength(part, 'latin1');
  });
  parts.push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) parts.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  parts.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

const contentOf = (lines: readonly string[]) => `BT /F1 9 Tf 40 800 Td 11 TL\n${lines.map((l) => `(${esc(l)}) '`).join('\n')}\nET\n`;

const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`;

/** A PDF of these lines, `perPage` lines a page (non-ASCII characters written as "?"). */
export function textPdf(lines: readonly string[], perPage = 70): Uint8Array {
  const pages: string[][] = [];
  for (let k = 0; k < lines.length; k += perPage) pages.push(lines.slice(k, k + perPage) as string[]);
  // 1 catalog, 2 pages, 3 font, then page k at 4 + 2k and its content at 5 + 2k.
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${pages.map((_, k) => `${4 + 2 * k} 0 R`).join(' ')}] /Count ${pages.length} >>`, FONT];
  pages.forEach((page, k) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * k} 0 R >>`);
    objects.push(stream(contentOf(page)));
  });
  return assemble(objects);
}

/**
 * A heavy PDF: `pages` pages (default 12,500) that all show the same `linesPerPage` synthetic
 * lines ("Line 1 of a synthetic page, not a resolution …"), sharing one content stream.
 */
export function heavyPdf(pages = 12_500, linesPerPage = 60): Uint8Array {
  const lines = Array.from({ length: linesPerPage }, (_, k) => `Line ${k + 1} of a synthetic page, not a resolution: abcdefghijklmnopqrstuvwxyz 0123456789`);
  // 1 catalog, 2 pages, 3 font, 4 the shared content, then the pages from 5.
  // The pages inherit their size and font from the page tree: each page object is a few dozen bytes.
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', FONT, stream(contentOf(lines))];
  const kids: string[] = [];
  for (let k = 0; k < pages; k++) {
    kids.push(`${5 + k} 0 R`);
    objects.push('<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>');
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>`;
  return assemble(objects);
}
