// The text limits of converted files (src/ingest/limits.ts): a Word file is counted as its XML is
// unpacked, a PDF page by page, and each is refused the moment a limit is passed, naming it. The
// bombs are generated (bench/abuse/), obviously synthetic; the ordinary files are the corpus
// texts as Word files (scripts/fixtures.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../scripts/fixtures.js';
import { heavyPdf, textPdf } from '../../bench/abuse/pdf.js';
import { wordBomb, zipArchive } from '../../bench/abuse/wordBomb.js';
import { docxToText } from '../../src/ingest/docx.js';
import { docxScanner, isScannedPart } from '../../src/ingest/docxBudget.js';
import { extractText } from '../../src/ingest/extract.js';
import { checkText, TEXT_LIMITS, type TextLimits } from '../../src/ingest/limits.js';
import { pdfToText, statedPageCount } from '../../src/ingest/pdf.js';
import { unzipChecked } from '../../src/ingest/zip.js';
import { InputError } from '../../src/model/errors.js';
import { allParagraphs } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { CORPUS_FILES, corpusText, parseCorpus } from '../helpers/corpus.js';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A Word file whose body is this XML (synthetic content only). */
const docxOf = (body: string) =>
  zipArchive([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) },
  ]);

async function refusal(work: Promise<unknown>): Promise<InputError> {
  const e = await work.then(
    () => {
      throw new Error('accepted');
    },
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(InputError);
  expect((e as InputError).code).toBe('TOO_LARGE');
  return e as InputError;
}

/** What the scan of a Word file counts: its elements, paragraphs, lines and text bytes. */
async function countsOf(docx: Uint8Array): Promise<{ bytes: number; paragraphs: number; lines: number; elements: number }> {
  const scanner = docxScanner('x.docx', { maxTextBytes: Infinity, maxParagraphs: Infinity, maxLines: Infinity, maxXmlElements: Infinity, maxPages: Infinity });
  await unzipChecked(docx, 'x.docx', (name) => (isScannedPart(name) ? scanner.part(name) : undefined));
  const { bytes, paragraphs, lines, elements } = scanner.budget;
  return { bytes, paragraphs, lines, elements };
}

describe('a Word file is counted while it is unpacked', () => {
  it('the Word bomb (60 MB of tiny paragraphs in a file of a few hundred kB) is refused at the paragraph limit, fast and small', async () => {
    const bomb = wordBomb();
    expect(bomb.length).toBeLessThan(512 * 1024);
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const e = await refusal(docxToText(bomb, 'bomb.docx'));
    const ms = performance.now() - t0;
    expect(e.message).toBe('bomb.docx holds more than 20,000 paragraphs (the limit on paragraphs), far more than a resolution: refused');
    // Before the scan, mammoth ran out of a 3 GB heap on it.
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
  });

  it('each limit is named when it is the one passed: text bytes, lines, XML elements', async () => {
    const limits: TextLimits = { ...TEXT_LIMITS, maxTextBytes: 10_000, maxLines: 500, maxXmlElements: 2_000 };
    // One paragraph of 20,000 "x".
    expect((await refusal(docxToText(docxOf(`<w:p><w:r><w:t>${'x'.repeat(20_000)}</w:t></w:r></w:p>`), 'a.docx', limits))).message).toMatch(/more than 10,000 bytes of text once converted \(the limit on a text's size\)/);
    // One paragraph broken into 1,000 lines.
    expect((await refusal(docxToText(docxOf(`<w:p><w:r>${'<w:t>x</w:t><w:br/>'.repeat(1000)}</w:r></w:p>`), 'b.docx', limits))).message).toMatch(/more than 500 lines \(the limit on lines\)/);
    // Empty runs: no text at all, only elements.
    expect((await refusal(docxToText(docxOf(`<w:p>${'<w:r/>'.repeat(5000)}</w:p>`), 'c.docx', limits))).message).toMatch(/more than 2,000 XML elements/);
    // The default text limit is the web's 2 MB: 3 MB of text in one paragraph.
    expect((await refusal(docxToText(docxOf(`<w:p><w:r><w:t>${'x'.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`), 'd.docx'))).message).toMatch(/more than 2 MB of text once converted/);
  });

  it('a file the scan lets through is still held to the limits once converted', () => {
    expect(() => checkText('a\n\nb\n\nc\n', 't', { ...TEXT_LIMITS, maxParagraphs: 2 })).toThrow(/more than 2 paragraphs/);
    expect(() => checkText('a\nb\nc\n', 't', { ...TEXT_LIMITS, maxLines: 2 })).toThrow(/more than 2 lines/);
    expect(() => checkText('a\n\nb\n', 't', { ...TEXT_LIMITS, maxParagraphs: 2, maxLines: 2 })).not.toThrow();
  });

  it('every corpus text as a Word file converts within the default limits, with room to spare', async () => {
    for (const file of CORPUS_FILES) {
      const original = parseCorpus(file);
      const docx = await buildDocx(original);
      const counts = await countsOf(docx);
      expect(counts.elements, file).toBeLessThan(TEXT_LIMITS.maxXmlElements / 20);
      expect(counts.paragraphs, file).toBeLessThan(TEXT_LIMITS.maxParagraphs / 20);
      expect(counts.bytes, file).toBeLessThan(TEXT_LIMITS.maxTextBytes / 8);
      const read = parseResolution(await docxToText(docx, file));
      expect(allParagraphs(read).map((p) => p.text), file).toEqual(allParagraphs(original).map((p) => p.text));
    }
  });

  it('property: a corpus Word file converts under any limits at or above its own counts, and is refused under any one below them, naming it', async () => {
    const files = await Promise.all(CORPUS_FILES.map(async (file) => ({ file, docx: await buildDocx(parseCorpus(file)) })));
    const counted = await Promise.all(
      files.map(async (f) => {
        const text = await docxToText(f.docx, f.file);
        // Its own counts: the larger of what the scan of its XML counts and what its text holds.
        const scanned = await countsOf(f.docx);
        const lines = text.split('\n').map((l) => l.trim() !== '');
        const paragraphs = lines.filter((full, k) => full && (k === 0 || !lines[k - 1])).length;
        const counts = { ...scanned, bytes: Math.max(scanned.bytes, Buffer.byteLength(text)), lines: Math.max(scanned.lines, lines.filter(Boolean).length), paragraphs: Math.max(scanned.paragraphs, paragraphs) };
        return { ...f, counts, text };
      }),
    );
    const kinds = [
      ['maxTextBytes', 'bytes', /of text once converted/],
      ['maxParagraphs', 'paragraphs', /paragraphs/],
      ['maxLines', 'lines', /lines/],
      ['maxXmlElements', 'elements', /XML elements/],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.nat(counted.length - 1), fc.nat(kinds.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), async (k, j, fraction, above) => {
        const { file, docx, counts, text } = counted[k]!;
        const [limit, count, named] = kinds[j]!;
        const own = counts[count];
        const limits: TextLimits = { ...TEXT_LIMITS, [limit]: above ? own + Math.floor(fraction * own) : Math.floor(fraction * (own - 1)) };
        if (above) expect(await docxToText(docx, file, limits)).toBe(text);
        else expect((await refusal(docxToText(docx, file, limits))).message).toMatch(named);
      }),
      { numRuns: 24 },
    );
  }, 60_000);
});

describe('a PDF is counted page by page', () => {
  it('the page count a page tree states is read from the bytes, without the reader', () => {
    expect(statedPageCount(heavyPdf(12_500))).toBe(12_500);
    expect(statedPageCount(textPdf(corpusText('A-RES-51-100.en.txt').split('\n'), 20))).toBe(3);
    expect(statedPageCount(new TextEncoder().encode('%PDF-1.7\n'))).toBeUndefined();
  });

  it('12,500 pages are refused at the page limit before any page is read', async () => {
    const t0 = performance.now();
    const e = await refusal(pdfToText(heavyPdf(), 'heavy.pdf'));
    expect(e.message).toBe("heavy.pdf holds more than 2,000 pages (the limit on a PDF's pages), far more than a resolution: refused");
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reading stops at the text-byte and line limits, naming them', async () => {
    const pdf = heavyPdf(200, 60);
    expect((await refusal(pdfToText(pdf, 'bytes.pdf', { ...TEXT_LIMITS, maxTextBytes: 30_000 }))).message).toMatch(/bytes\.pdf holds more than 30,000 bytes of text once converted/);
    expect((await refusal(pdfToText(pdf, 'lines.pdf', { ...TEXT_LIMITS, maxLines: 300 }))).message).toMatch(/lines\.pdf holds more than 300 lines/);
    // The same limits let a corpus text typeset as a PDF through.
    const lines = corpusText('A-RES-51-100.en.txt').split('\n');
    expect(await pdfToText(textPdf(lines), 'plain.pdf', { ...TEXT_LIMITS, maxTextBytes: 30_000, maxLines: 300 })).toContain('General Assembly');
  });
});

describe('extractText', () => {
  it('holds converted files to the limits given, and plain text only to its caller (the CLI reads 50 MB)', async () => {
    const big = new TextEncoder().encode(`${corpusText('A-RES-51-100.en.txt')}\n${' '.repeat(3 * 1024 * 1024)}x\n`);
    expect((await extractText(big, 'big.txt')).format).toBe('txt');
    const e = await refusal(extractText(docxOf('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(30)), 'few.docx', { ...TEXT_LIMITS, maxParagraphs: 20 }));
    expect(e.message).toMatch(/few\.docx holds more than 20 paragraphs/);
  });
});
