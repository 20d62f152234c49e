// The Word bomb of issue 14: a small .docx whose word/document.xml unpacks to tens of megabytes
// of tiny, obviously synthetic paragraphs ("0", "1" … "9", again and again), under the 64 MB ZIP budget. Written
// with a hand-made ZIP writer (local headers, central directory, end record; deflate from zlib).
import { crc32, deflateRawSync } from 'node:zlib';

/** The parts every Word file needs besides its text (test/badInput/fixtures.ts builds its bombs with them too). */
export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
export const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

/** A ZIP archive of these parts, each deflated. */
export function zipArchive(parts: { name: string; data: Buffer }[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const packed = deflateRawSync(data, { level: 9 });
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6); // needed
    entry.writeUInt16LE(0, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    // extra, comment, disk, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    central.push(entry, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** word/document.xml of about `xmlBytes`: paragraphs numbered 0 to 9 over and over (synthetic, not any document's text). */
export function tinyParagraphsXml(xmlBytes: number): Buffer {
  const pieces: string[] = [DOC_HEAD];
  let size = DOC_HEAD.length + DOC_TAIL.length;
  for (let n = 1; size < xmlBytes; n++) {
    const p = `<w:p><w:r><w:t>${n % 10}</w:t></w:r></w:p>`;
    pieces.push(p);
    size += p.length;
  }
  pieces.push(DOC_TAIL);
  return Buffer.from(pieces.join(''), 'utf8');
}

/**
 * A Word file whose word/document.xml unpacks to about `xmlBytes` (default 60 MB) of tiny
 * numbered paragraphs: about 270 KB on disk.
 */
export function wordBomb(xmlBytes = 60 * 1024 * 1024): Uint8Array {
  return zipArchive([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: tinyParagraphsXml(xmlBytes) },
  ]);
}
