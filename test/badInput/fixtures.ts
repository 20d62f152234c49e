// Bad inputs built at test time: a ZIP bomb posing as a Word file, an encrypted Word file
// (an OLE compound file), PDFs (plain, encrypted, cut short), and derived variants of corpus
// texts. Nothing here is a resolution text of its own: every resolution-like fixture is a
// corpus text, cut or altered as its comment says.
import { createRequire } from 'node:module';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { CONTENT_TYPES, RELS } from '../../bench/abuse/wordBomb.js';

const require = createRequire(import.meta.url);
// jszip's own classes: a CompressedObject is written into the archive as it is, never re-compressed.
const CompressedObject = require('jszip/lib/compressedObject.js') as new (compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array) => object;
const compressions = require('jszip/lib/compressions.js') as { DEFLATE: unknown };

const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const DOC_TAIL = '</w:t></w:r></w:p></w:body></w:document>';

/** The size word/document.xml of the ZIP bomb inflates to: 1 GiB. */
export const BOMB_BYTES = 2 ** 30;

/**
 * A Word file that is a ZIP bomb: word/document.xml is one paragraph of 1 GiB of "a", stored
 * as about 1 MB of deflate data. The deflate stream is assembled from independent pieces (a
 * full flush resets the compressor, so one compressed megabyte of "a" can be repeated 1,024
 * times) and handed to jszip as already compressed. With `lie`, the archive's directory claims
 * the part is 1,000 bytes, as a bomb would to pass a check of declared sizes.
 */
export async function zipBomb(options: { lie?: boolean } = {}): Promise<Uint8Array> {
  bomb ??= bombData();
  const { data, crc } = bomb;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', new CompressedObject(data.length, options.lie ? 1000 : BOMB_BYTES, crc, compressions.DEFLATE, data) as unknown as string);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

let bomb: { data: Buffer; crc: number } | undefined;

/** The deflate data of the bomb's word/document.xml and the CRC-32 of what it inflates to. */
function bombData(): { data: Buffer; crc: number } {
  const piece = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  const head = Buffer.from(DOC_HEAD);
  const tail = Buffer.from(DOC_TAIL);
  const fill = BOMB_BYTES - head.length - tail.length;
  const middle = piece(chunk);
  const parts: Buffer[] = [piece(head)];
  let crc = crc32(head);
  for (let left = fill; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    parts.push(part === chunk ? middle : piece(part));
    crc = crc32(part, crc);
  }
  parts.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  return { data: Buffer.concat(parts), crc: crc >>> 0 };
}

/**
 * An OLE compound file (the container of old Word .doc files, and of any Office file saved
 * with a password) holding the named streams: a 512-byte header, one FAT sector, one directory
 * sector, then each stream in 4,096 bytes of its own (so no mini stream is needed).
 */
export function compoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const SECTOR = 512;
  const STREAM = 4096;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const perStream = STREAM / SECTOR;
  const out = Buffer.alloc(SECTOR * (3 + streams.length * perStream));
  // Header.
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24); // minor version
  out.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  out.writeUInt16LE(0xfffe, 28); // byte order
  out.writeUInt16LE(9, 30); // sector shift
  out.writeUInt16LE(6, 32); // mini sector shift
  out.writeUInt32LE(1, 44); // FAT sectors
  out.writeUInt32LE(1, 48); // first directory sector
  out.writeUInt32LE(4096, 56); // mini stream cutoff
  out.writeUInt32LE(END, 60); // no mini FAT
  out.writeUInt32LE(END, 68); // no DIFAT sectors
  out.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let k = 1; k < 109; k++) out.writeUInt32LE(FREE, 76 + 4 * k);
  const sector = (n: number) => SECTOR * (n + 1);
  // FAT: sector 0 is the FAT, sector 1 the directory, then one chain per stream.
  const fat = sector(0);
  for (let k = 0; k < SECTOR / 4; k++) out.writeUInt32LE(FREE, fat + 4 * k);
  out.writeUInt32LE(0xfffffffd, fat);
  out.writeUInt32LE(END, fat + 4);
  streams.forEach((_, s) => {
    const first = 2 + s * perStream;
    for (let k = 0; k < perStream; k++) out.writeUInt32LE(k === perStream - 1 ? END : first + k + 1, fat + 4 * (first + k));
  });
  // Directory: the root, then the streams as a chain of right siblings in the format's order.
  const order = streams.map((st, k) => ({ ...st, k })).sort((a, b) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1));
  const entry = (id: number, name: string, type: number, right: number, child: number, start: number, size: number) => {
    const at = sector(1) + 128 * id;
    out.write(name, at, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out.writeUInt8(type, at + 66);
    out.writeUInt8(1, at + 67); // black
    out.writeUInt32LE(FREE, at + 68);
    out.writeUInt32LE(right, at + 72);
    out.writeUInt32LE(child, at + 76);
    out.writeUInt32LE(start, at + 116);
    out.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, FREE, order.length ? 1 : FREE, END, 0);
  order.forEach((st, n) => entry(n + 1, st.name, 2, n + 1 < order.length ? n + 2 : FREE, FREE, 2 + st.k * perStream, STREAM));
  streams.forEach((st, s) => Buffer.from(st.data.subarray(0, STREAM)).copy(out, sector(2 + s * perStream)));
  return new Uint8Array(out);
}

/**
 * A Word file saved with a password, as Office writes it: a compound file with an
 * "EncryptionInfo" stream (agile encryption, version 4.4, an XML descriptor) and an
 * "EncryptedPackage" stream (the size of the ZIP, then its encrypted bytes; here filler, since
 * no reader gets past the missing password).
 */
export function encryptedDocx(): Uint8Array {
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>'),
  ]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(12_345, 0);
  const filler = Buffer.alloc(4088);
  for (let k = 0; k < filler.length; k++) filler[k] = (k * 131 + 7) & 0xff;
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: Buffer.concat([size, filler]) },
  ]);
}

/** An old Word 97-2003 file: a compound file with a "WordDocument" stream (its content is filler). */
export function oldWordDoc(): Uint8Array {
  return compoundFile([{ name: 'WordDocument', data: Buffer.alloc(4096, 0x20) }]);
}

/**
 * A one-page PDF typesetting `lines` in Helvetica (no font embedded), with an honest
 * cross-reference table. With `encrypt`, the trailer names a standard security handler whose
 * user-password check fails for the empty password, as a PDF that needs a password to open
 * does; with `drawingOnly`, the page is a drawing with no text at all (a scan).
 */
export function minimalPdf(lines: readonly string[], options: { encrypt?: boolean; drawingOnly?: boolean; flate?: Buffer } = {}): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  // With `flate`, the content stream is those bytes (raw deflate data), not the lines.
  const content = options.flate
    ? `${options.flate.toString('latin1')}\n`
    : options.drawingOnly
      ? '0.5 g 50 400 495 300 re f\n'
      : `BT /F1 9 Tf 40 800 Td 11 TL\n${lines.map((l) => `(${esc(l)}) '`).join('\n')}\nET\n`;
  const filter = options.flate ? ' /Filter /FlateDecode' : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1') - (options.flate ? 1 : 0)}${filter} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  if (options.encrypt) objects.push(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = options.encrypt ? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A ZIP archive that is not a Word document: one text file. */
export async function plainZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('notes.txt', 'Some notes, not a Word document.\n');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A copy of a Word file whose word/document.xml data is overwritten with noise halfway through. */
export function damagedDocx(docx: Uint8Array): Uint8Array {
  const copy = new Uint8Array(docx);
  const name = Buffer.from('word/document.xml');
  const at = Buffer.from(copy).indexOf(name); // the local header's name comes first
  const start = at + name.length + 40;
  for (let k = 0; k < 200; k++) copy[start + k] = (k * 97 + 13) & 0xff;
  return copy;
}

/** The size the PDF bomb's content stream inflates to: 1 GiB of spaces. */
export const PDF_BOMB_BYTES = 2 ** 30;

/**
 * A PDF bomb: a one-page PDF of about 1 MB whose content stream (FlateDecode) inflates to
 * 1 GiB of spaces, assembled from full-flush pieces as the ZIP bomb is, with a true Adler-32
 * (for n bytes of value v: A = 1 + n·v, B = n + v·n(n+1)/2, both mod 65521).
 */
export function pdfBomb(): Uint8Array {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const piece = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  const n = BigInt(PDF_BOMB_BYTES);
  const adler = Buffer.alloc(4);
  adler.writeUInt16BE(Number((n + (0x20n * n * (n + 1n)) / 2n) % 65521n), 0);
  adler.writeUInt16BE(Number((1n + n * 0x20n) % 65521n), 2);
  const stream = Buffer.concat([Buffer.from([0x78, 0x9c]), ...new Array<Buffer>(PDF_BOMB_BYTES / chunk.length).fill(piece), deflateRawSync(Buffer.alloc(0)), adler]);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}
