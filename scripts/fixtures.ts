// Test fixtures made from the corpus texts: a Word file and a PDF of a resolution, as ODS serves them.
//
// The DOCX is built with the `docx` package (one Word paragraph per resolution paragraph, the
// footnotes as real Word footnotes); the PDF is printed by Chromium from an HTML page set in a
// CJK-capable font (Debian's fonts-noto-cjk), so it embeds the font and has a real text layer.
// These are derived fixtures for tests, never stand-ins for real resolutions.
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import type { Resolution } from '../src/model/resolution.js';

const OPENING = { zh: '大会，', en: 'The General Assembly,' } as Record<string, string>;

function headerLines(r: Resolution): string[] {
  const number = (r.symbol ?? '').replace(/^A\/RES\//, '');
  return [r.symbol ?? '', `${number}. ${r.title ?? ''}`];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** The closing as the document prints it: meeting and date. */
function closingLines(r: Resolution): string[] {
  if (!r.adopted || !r.meeting) return [];
  const [y, m, d] = r.adopted.split('-').map(Number) as [number, number, number];
  return r.language === 'zh'
    ? [`${y}年${m}月${d}日`, `第${r.meeting}次全体会议`]
    : [`${ordinal(Number(r.meeting))} plenary meeting`, `${d} ${MONTHS[m - 1]} ${y}`];
}

/** A Word document of the resolution's paragraphs. */
export async function buildDocx(r: Resolution): Promise<Uint8Array> {
  const runs = (text: string, marks: number[]) => [new TextRun(text), ...marks.map((m) => new FootnoteReferenceRun(m))];
  const paragraphs = [
    ...headerLines(r).map((t) => new Paragraph({ children: [new TextRun(t)] })),
    new Paragraph({ children: [new TextRun(OPENING[r.language] ?? OPENING.en!)] }),
    ...r.preamble.map((p) => new Paragraph({ children: runs(p.text, p.footnotes) })),
    ...r.operative.map((p) => new Paragraph({ children: runs(p.number === null ? p.text : `${p.number}. ${p.text}`, p.footnotes) })),
    ...closingLines(r).map((t) => new Paragraph({ children: [new TextRun(t)] })),
  ];
  const footnotes = Object.fromEntries(r.footnotes.map((f) => [f.mark, { children: [new Paragraph({ children: [new TextRun(f.text)] })] }]));
  const doc = new Document({ footnotes, sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML page that Chromium prints to PDF: paragraphs with an indented first line. */
export function pdfHtml(r: Resolution, options: { textLayer: boolean } = { textLayer: true }): string {
  if (!options.textLayer) {
    // A "scanned" page: only a drawing, no text at all.
    return '<!doctype html><html><body><svg width="400" height="300"><rect x="20" y="20" width="360" height="260" fill="#ccc"/><line x1="40" y1="60" x2="360" y2="60" stroke="#333" stroke-width="6"/></svg></body></html>';
  }
  const body = [
    ...headerLines(r).map((t) => `<p class="head">${escape(t)}</p>`),
    `<p class="para">${escape(OPENING[r.language] ?? OPENING.en!)}</p>`,
    ...r.preamble.map((p) => `<p class="para">${escape(p.text)}</p>`),
    ...r.operative.map((p) => `<p class="para">${p.number === null ? '' : `${p.number}. `}${escape(p.text)}</p>`),
    ...closingLines(r).map((t) => `<p class="closing">${escape(t)}</p>`),
  ].join('\n');
  return `<!doctype html><html lang="${r.language}"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "DejaVu Serif", serif; font-size: 12pt; margin: 0; }
    p { margin: 0 0 6pt; line-height: 1.5; }
    .para { text-indent: 2em; }
    .closing { text-align: right; }
  </style></head><body>${body}</body></html>`;
}

/** Chromium's launch flags for this machine (closed network, no sandbox as root, no GPU). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Prints HTML to an A4 PDF with Debian's Chromium. */
export async function printPdf(html: string, executablePath = process.env.RESDIFF_CHROMIUM ?? '/usr/bin/chromium'): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' } }));
  } finally {
    await browser.close();
  }
}
