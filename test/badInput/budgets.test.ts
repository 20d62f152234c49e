// The PDF reader's other budgets, on their own: wall time (a content stream that takes pdfjs
// minutes to scan) and characters of text. The catalogue covers the memory budget.
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { readPdfItems } from '../../src/ingest/pdfSandbox.js';
import { corpusText } from '../helpers/corpus.js';
import { minimalPdf } from './fixtures.js';

const plain = minimalPdf(corpusText('A-RES-51-100.en.txt').split('\n'));
const huge = { timeMs: 600_000, memoryBytes: 8 * 1024 ** 3, chars: 1e9 };

describe('the PDF reader budget', () => {
  it('reads a plain PDF within the default budget', async () => {
    const pages = await readPdfItems(plain, 'plain.pdf');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.map((item) => item[0]).join('')).toContain('Enhancement of international');
  });

  it('stops at the character budget, and reads again after', async () => {
    await expect(readPdfItems(plain, 'chatty.pdf', { ...huge, chars: 100 })).rejects.toThrow(/chatty\.pdf holds more than 100 characters of text/);
    expect(await readPdfItems(plain, 'plain.pdf')).toHaveLength(1);
  });

  it('stops at the time budget (the worker is terminated), and a new reader takes the next PDF', async () => {
    // A content stream of 64 MB of text operators (from 64 kB of deflate data): pdfjs scans it for minutes.
    const op = Buffer.from('BT /F1 9 Tf 40 800 Td (Recalling also) Tj ET\n');
    const chunk = Buffer.concat(new Array<Buffer>(Math.floor((1 << 20) / op.length)).fill(op));
    const piece = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
    // A zlib stream (pdfjs reads FlateDecode as zlib): header, the pieces, an end, and an Adler-32 pdfjs does not check.
    const zlib = Buffer.concat([Buffer.from([0x78, 0x9c]), ...new Array<Buffer>(64).fill(piece), deflateRawSync(Buffer.alloc(0)), Buffer.alloc(4)]);
    const slow = minimalPdf([], { flate: zlib });
    const refused = await readPdfItems(slow, 'slow.pdf', { ...huge, timeMs: 500, chars: 1e9 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).code).toBe('TOO_LARGE');
    expect((refused as InputError).message).toMatch(/slow\.pdf takes more than 500 ms to read/);
    expect(await readPdfItems(plain, 'plain.pdf')).toHaveLength(1);
  });
});
