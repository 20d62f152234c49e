// A Word file is a ZIP archive: yauzl reads its directory and unpacks every part against a
// budget before mammoth sees anything, so a ZIP bomb is refused after a bounded amount of work
// and memory. mammoth then reads the parts unpacked here (docx.ts), never the archive itself:
// what was checked is exactly what is read, whatever tricks the archive's directory plays.
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { InputError } from '../model/errors.js';
import type { PartScanner } from './docxBudget.js';

/** The most a Word file may unpack to, all parts together (a resolution's parts come to well under 5 MB). */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** The most parts a Word file may have (a resolution has about 10 to 30). */
export const MAX_ZIP_ENTRIES = 5000;

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

const damaged = (label: string, why: string) =>
  new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: ${why}; open it in Word and save it again`);

const encrypted = (label: string) =>
  new InputError('ENCRYPTED', `${label} is an encrypted archive: open it, save an unprotected copy as .docx, and give that`);

const tooLarge = (label: string) =>
  new InputError('TOO_LARGE', `${label} unpacks to more than ${MB(MAX_UNZIPPED_BYTES)} (a Word file of a resolution unpacks to well under 5 MB): refused as a possible ZIP bomb`);

/** yauzl's complaint about the archive as a whole (its messages are its only error codes). */
function archiveError(e: unknown, label: string): InputError {
  const message = (e as Error).message ?? String(e);
  if (/end of central directory record signature not found/i.test(message)) return damaged(label, 'its ZIP directory is missing (the file may be cut short)');
  if (/invalid comment length/i.test(message)) return damaged(label, 'it has extra bytes after its ZIP directory');
  if (/strong encryption/i.test(message)) return encrypted(label);
  if (/multi-disk/i.test(message)) return damaged(label, 'it is one part of a ZIP archive split over several files');
  if (/unexpected EOF/i.test(message)) return damaged(label, 'its ZIP directory is cut short');
  if (/file ?name|path/i.test(message)) return damaged(label, `one of its parts has an unusable name (${message.slice(0, 80)})`);
  return damaged(label, 'its ZIP directory is broken');
}

/** yauzl's complaint about one part, met when its data is opened or unpacked. */
function partError(e: unknown, label: string, entry: Entry): InputError {
  const message = (e as Error).message ?? String(e);
  const part = entry.fileName.slice(0, 80);
  if (/invalid local file header signature|unexpected EOF/i.test(message)) {
    return new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: the part ${part} is missing (the file may be cut short)`);
  }
  if (/overflows file bounds/i.test(message)) return new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: the part ${part} is cut short`);
  return new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: the part ${part} does not unpack`);
}

/** Every directory record, in order (yauzl reads them one at a time: lazyEntries). */
function directory(zip: ZipFile, label: string): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (e) => reject(archiveError(e, label)));
    zip.readEntry();
  });
}

const openStream = (zip: ZipFile, entry: Entry) =>
  new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (e, stream) => (e ? reject(e) : resolve(stream))));

/** A refusal raised by a part's scanner: passed on as it is, not taken for a damaged part. */
class Refused {
  constructor(readonly error: unknown) {}
}

/**
 * One part's bytes, unpacked; or null as soon as they pass `budget` (the stream is stopped
 * there: a part that lies about its size costs no more than the budget). Each chunk goes
 * through `scanner` as it comes out; when the scanner throws, the stream is stopped there too.
 */
async function unpack(zip: ZipFile, entry: Entry, budget: number, scanner?: PartScanner): Promise<Buffer | null> {
  const stream = await openStream(zip, entry);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = () => {
      stream.removeAllListeners('data');
      stream.removeAllListeners('end');
      stream.on('error', () => {});
      stream.destroy();
    };
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        stop();
        resolve(null);
        return;
      }
      try {
        scanner?.write(chunk);
      } catch (e) {
        stop();
        reject(new Refused(e));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => {
      try {
        scanner?.end();
      } catch (e) {
        reject(new Refused(e));
        return;
      }
      resolve(Buffer.concat(chunks, total));
    });
    stream.on('error', reject);
  });
}

/**
 * Unpacks a ZIP archive with yauzl, checking it on the way: a readable directory, at most
 * MAX_ZIP_ENTRIES parts, no encryption, only the compression methods Word uses (stored,
 * deflate), and all parts together unpacking to at most MAX_UNZIPPED_BYTES. The declared sizes
 * are checked first (no work at all for an honest bomb), then the parts are unpacked, counting
 * the bytes that actually come out against what is left of the budget (a bomb that lies about
 * its sizes stops there; yauzl's own check of declared sizes is off so that this count, not a
 * mismatch, decides). Returns the files by name (folders left out; a name given twice keeps
 * its last part, as jszip does).
 *
 * `scan` may give a scanner for a part (docxBudget.ts counts the text of a Word file's XML parts):
 * it reads the part's bytes as they are unpacked, and what it throws stops the unpacking there
 * and is thrown as it is.
 *
 * @throws InputError BAD_FILE (damaged, unknown compression), ENCRYPTED, TOO_LARGE; and whatever
 *   a scanner throws.
 */
export async function unzipChecked(bytes: Uint8Array, label: string, scan?: (name: string) => PartScanner | undefined): Promise<Map<string, Buffer>> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: false });
  } catch (e) {
    throw archiveError(e, label);
  }
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) throw new InputError('TOO_LARGE', `${label} has more than ${MAX_ZIP_ENTRIES} parts, more than a Word file of a resolution ever has`);
    const entries = await directory(zip, label);
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > MAX_UNZIPPED_BYTES) throw tooLarge(label);
    const parts = new Map<string, Buffer>();
    let left = MAX_UNZIPPED_BYTES;
    for (const entry of entries) {
      if (entry.isEncrypted()) throw encrypted(label);
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw new InputError('BAD_FILE', `${label} uses a compression method (${entry.compressionMethod}) that Word files do not use`);
      }
      let data: Buffer | null;
      try {
        data = await unpack(zip, entry, left, entry.fileName.endsWith('/') ? undefined : scan?.(entry.fileName));
      } catch (e) {
        if (e instanceof Refused) throw e.error;
        throw partError(e, label, entry);
      }
      if (data === null) throw tooLarge(label);
      left -= data.length;
      if (!entry.fileName.endsWith('/')) parts.set(entry.fileName, data);
    }
    return parts;
  } finally {
    zip.close();
  }
}

/**
 * Checks a ZIP archive as unzipChecked does, keeping nothing.
 *
 * @throws InputError BAD_FILE (damaged, unknown compression), ENCRYPTED, TOO_LARGE.
 */
export async function checkZip(bytes: Uint8Array, label: string): Promise<void> {
  await unzipChecked(bytes, label);
}
