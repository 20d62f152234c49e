// A Word file is a ZIP archive: check its directory and unpack every part against a budget
// before mammoth reads it, so a ZIP bomb is refused after a bounded amount of work and memory.
import { createInflateRaw } from 'node:zlib';
import { InputError } from '../model/errors.js';

/** The most a Word file may unpack to, all parts together (a resolution's parts come to well under 5 MB). */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** The most parts a Word file may have (a resolution has about 10 to 30). */
export const MAX_ZIP_ENTRIES = 5000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  offset: number;
}

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Finds the end-of-central-directory record as jszip does: the last signature in the file. */
function findEnd(view: DataView): number {
  for (let k = view.byteLength - 22; k >= Math.max(0, view.byteLength - 22 - 0xffff); k--) {
    if (view.getUint32(k, true) === EOCD) return k;
  }
  return -1;
}

/** The archive's directory, read the way jszip reads it (the central directory decides sizes and offsets). */
function readDirectory(bytes: Uint8Array, label: string): ZipEntry[] {
  const damaged = (why: string) => new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: ${why}; open it in Word and save it again`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length >= 22 ? findEnd(view) : -1;
  if (end < 0) throw damaged('its ZIP directory is missing (the file may be cut short)');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    throw new InputError('BAD_FILE', `${label} is a ZIP64 archive, which a Word document of a resolution never is`);
  }
  // Data put in front of the archive shifts every offset (jszip allows for it the same way).
  const shift = end - (start + size);
  if (shift < 0) throw damaged(`${-shift} bytes of its ZIP directory are missing`);
  const zero = shift;
  const entries: ZipEntry[] = [];
  let at = start + zero;
  if (count > 0 && !(at + 4 <= bytes.length && view.getUint32(at, true) === CENTRAL)) throw damaged('its ZIP directory is broken');
  // As jszip: every directory record that follows, whatever the count says.
  while (at + 46 <= bytes.length && view.getUint32(at, true) === CENTRAL) {
    if (entries.length === MAX_ZIP_ENTRIES) throw new InputError('TOO_LARGE', `${label} has more than ${MAX_ZIP_ENTRIES} parts, more than a Word file of a resolution ever has`);
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true) + zero,
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.offset - zero === 0xffffffff) {
      throw new InputError('BAD_FILE', `${label} is a ZIP64 archive, which a Word document of a resolution never is`);
    }
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** How many bytes deflate data unpacks to, stopping as soon as it passes `budget` (then: Infinity). */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    let settled = false;
    const finish = (value: number | Error) => {
      if (settled) return;
      settled = true;
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        finish(Number.POSITIVE_INFINITY);
        inflate.destroy();
      }
    });
    inflate.on('end', () => finish(total));
    inflate.on('error', (e) => finish(e));
    inflate.end(data);
  });
}

/**
 * Checks a ZIP archive before it is unpacked for real: a readable directory, no encryption,
 * only the compression methods Word uses, and all parts together unpacking to at most
 * MAX_UNZIPPED_BYTES. The declared sizes are checked first (no work at all for an honest
 * bomb), then the parts are actually inflated, discarding the output, against what is left
 * of the budget (a bomb that lies about its sizes stops there).
 *
 * @throws InputError BAD_FILE (damaged, ZIP64, unknown compression), ENCRYPTED, TOO_LARGE.
 */
export async function checkZip(bytes: Uint8Array, label: string): Promise<void> {
  const entries = readDirectory(bytes, label);
  const tooLarge = () =>
    new InputError('TOO_LARGE', `${label} unpacks to more than ${MB(MAX_UNZIPPED_BYTES)} (a Word file of a resolution unpacks to well under 5 MB): refused as a possible ZIP bomb`);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_UNZIPPED_BYTES) throw tooLarge();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = MAX_UNZIPPED_BYTES;
  for (const entry of entries) {
    if (entry.flags & 1) throw new InputError('ENCRYPTED', `${label} is an encrypted archive: open it, save an unprotected copy as .docx, and give that`);
    const at = entry.offset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
      throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: the part ${entry.name.slice(0, 80)} is missing (the file may be cut short)`);
    }
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (dataStart + entry.compressedSize > bytes.length) {
      throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: the part ${entry.name.slice(0, 80)} is cut short`);
    }
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      try {
        size = await inflatedSize(data, left);
      } catch {
        throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: the part ${entry.name.slice(0, 80)} does not unpack`);
      }
    } else {
      throw new InputError('BAD_FILE', `${label} uses a compression method (${entry.method}) that Word files do not use`);
    }
    left -= size;
    if (left < 0) throw tooLarge();
  }
}
