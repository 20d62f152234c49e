// The ZIP check of Word files (yauzl): budgets, encryption, damage, unknown compression, and
// that a bomb lying about its sizes is stopped by the byte count within the budget.
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docxToText } from '../../src/ingest/docx.js';
import { InputError } from '../../src/model/errors.js';
import { checkZip, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, unzipChecked } from '../../src/ingest/zip.js';
import { zipBomb } from '../badInput/fixtures.js';

async function refusal(bytes: Uint8Array): Promise<InputError> {
  try {
    await checkZip(bytes, 'x.docx');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('accepted');
}

/** Counts the bytes every raw inflate stream made from here on puts out. */
function countInflated(): { total: number } {
  const count = { total: 0 };
  const real = zlib.createInflateRaw;
  vi.spyOn(zlib, 'createInflateRaw').mockImplementation((options?: zlib.ZlibOptions) => {
    const inflate = real(options);
    inflate.on('data', (chunk: Buffer) => {
      count.total += chunk.length;
    });
    return inflate;
  });
  return count;
}

const small = async (files: Record<string, string>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE') => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression });
};

/** The offsets of a 4-byte little-endian signature in the archive (test fixtures only). */
const offsets = (bytes: Uint8Array, signature: number) => {
  const found: number[] = [];
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let k = 0; k + 4 <= view.length; k++) if (view.readUInt32LE(k) === signature) found.push(k);
  return found;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkZip', () => {
  it('unpacks an ordinary archive, stored or deflated, leaving folders out', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = new JSZip();
      zip.file('word/document.xml', 'a'.repeat(10_000));
      zip.folder('empty');
      const parts = await unzipChecked(await zip.generateAsync({ type: 'uint8array', compression }), 'x.docx');
      expect([...parts.keys()]).toEqual(['word/document.xml']);
      expect(parts.get('word/document.xml')!.toString()).toBe('a'.repeat(10_000));
    }
  });

  it('refuses an honest bomb by its declared sizes, inflating nothing', async () => {
    const count = countInflated();
    const e = await refusal(await zipBomb());
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/unpacks to more than 64 MB .* refused as a possible ZIP bomb/);
    expect(count.total).toBe(0);
  });

  it('stops a bomb that lies about its sizes once the bytes unpacked pass the budget', async () => {
    const count = countInflated();
    const e = await refusal(await zipBomb({ lie: true }));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/refused as a possible ZIP bomb/);
    // 1 GiB if read to the end; the budget, plus at most what zlib had in hand when stopped.
    expect(count.total).toBeGreaterThan(MAX_UNZIPPED_BYTES - 1024 * 1024);
    expect(count.total).toBeLessThan(MAX_UNZIPPED_BYTES + 1024 * 1024);
  });

  it('refuses more than MAX_ZIP_ENTRIES parts', async () => {
    const zip = new JSZip();
    for (let k = 0; k <= MAX_ZIP_ENTRIES; k++) zip.file(`p${k}`, '');
    const e = await refusal(await zip.generateAsync({ type: 'uint8array' }));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe(`x.docx has more than ${MAX_ZIP_ENTRIES} parts, more than a Word file of a resolution ever has`);
  });

  it('refuses an encrypted part', async () => {
    const bytes = await small({ 'word/document.xml': '<w:document/>' }, 'STORE');
    // Set "encrypted" (bit 0 of the flags) in the local header and the directory record.
    for (const at of offsets(bytes, 0x04034b50)) bytes[at + 6]! |= 1;
    for (const at of offsets(bytes, 0x02014b50)) bytes[at + 8]! |= 1;
    const e = await refusal(bytes);
    expect(e.code).toBe('ENCRYPTED');
    expect(e.message).toBe('x.docx is an encrypted archive: open it, save an unprotected copy as .docx, and give that');
  });

  it('refuses a compression method Word does not use', async () => {
    const bytes = await small({ 'word/document.xml': '<w:document/>' });
    for (const at of offsets(bytes, 0x04034b50)) bytes[at + 8] = 12;
    for (const at of offsets(bytes, 0x02014b50)) bytes[at + 10] = 12;
    const e = await refusal(bytes);
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toBe('x.docx uses a compression method (12) that Word files do not use');
  });

  it('says a damaged or cut archive is not readable', async () => {
    const words = Array.from({ length: 1000 }, (_, k) => ((k * 7919) % 1009).toString(36)).join(' ');
    const bytes = await small({ 'document.xml': words, 'b.xml': 'y' });
    expect((await refusal(bytes.slice(0, bytes.length - 30))).message).toBe(
      'x.docx is not a readable Word (.docx) file: its ZIP directory is missing (the file may be cut short); open it in Word and save it again',
    );
    const directory = offsets(bytes, 0x02014b50)[0]!;
    const broken = bytes.slice();
    broken[directory] = 0;
    expect((await refusal(broken)).message).toBe('x.docx is not a readable Word (.docx) file: its ZIP directory is broken; open it in Word and save it again');
    const noLocal = bytes.slice();
    noLocal[offsets(bytes, 0x04034b50)[0]!] = 0;
    expect((await refusal(noLocal)).message).toBe('x.docx is not a readable Word (.docx) file: the part document.xml is missing (the file may be cut short)');
    const noise = bytes.slice();
    for (let k = 0; k < 20; k++) noise[60 + k] = (k * 97 + 13) & 0xff;
    const e = await refusal(noise);
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toBe('x.docx is not a readable Word (.docx) file: the part document.xml does not unpack');
  });

  it('hands mammoth only the parts it checked: a bomb hidden past the directory count is never unpacked', async () => {
    // The bomb's directory lists 5 entries (3 files, 2 folders), word/document.xml last; its end
    // record now says 4. yauzl reads the 4 counted (jszip, reading the archive itself, reads
    // every record that follows and would unpack the 1 GiB part).
    const bytes = await zipBomb();
    const end = offsets(bytes, 0x06054b50).at(-1)!;
    expect([bytes[end + 8], bytes[end + 10]]).toEqual([5, 5]);
    bytes[end + 8] = 4;
    bytes[end + 10] = 4;
    const count = countInflated();
    let err: unknown;
    try {
      await docxToText(bytes, 'hidden.docx');
    } catch (e) {
      err = e;
    }
    expect((err as InputError).code).toBe('BAD_FILE');
    expect((err as InputError).message).toBe('hidden.docx is not a readable Word (.docx) file: it is a ZIP archive with no Word document in it');
    expect(count.total).toBeLessThan(1024 * 1024);
  });
});
