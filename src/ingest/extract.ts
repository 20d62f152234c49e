// Any input file's bytes to text: plain text (UTF-8, UTF-16, GB18030), PDF (pdfjs) or Word (mammoth).
import { InputError } from '../model/errors.js';
import { decodeText, type Encoding } from './decode.js';
import { docxToText } from './docx.js';
import { TEXT_LIMITS, type TextLimits } from './limits.js';
import { pdfToText } from './pdf.js';
import { sniffFormat, startsWith, type InputFormat } from './sniff.js';

export { sniffFormat, type InputFormat };

export interface ExtractedText {
  text: string;
  format: InputFormat;
  /** For plain text: the encoding it was found in. */
  encoding?: Encoding;
}

/** An OLE compound file: old Word (.doc), and also any Office file saved with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Refuses an OLE compound file, saying which kind: a password-protected Office file (a .docx
 * saved with a password is a compound file holding an "EncryptedPackage" stream) or an old
 * Word 97-2003 (.doc) file. Stream names are stored in UTF-16.
 */
function refuseCompoundFile(bytes: Uint8Array, label: string): never {
  const has = (name: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage')) {
    throw new InputError('ENCRYPTED', `${label} is a password-protected Word file: open it in Word, remove the password (or save an unprotected copy) as .docx, and give that`);
  }
  if (has('WordDocument')) {
    throw new InputError('BAD_FILE', `${label} is an old Word 97-2003 (.doc) file, which resdiff does not read: open it in Word and save it as a Word document (.docx)`);
  }
  throw new InputError('BAD_FILE', `${label} is an old Office (OLE compound) file, not a text, PDF or Word (.docx) file`);
}

/**
 * The text of a file, whatever its format. The text of a Word or PDF file is held to `limits`
 * (text bytes, paragraphs, lines, XML elements, pages) while it is converted; plain text is held
 * to its caller's own limit on the file's size (the web's 2 MB, the command line's 50 MB).
 *
 * @throws InputError for binary or undecodable text, unreadable or encrypted PDFs, PDFs without
 *   a text layer, and ZIP files that are not Word documents; TOO_LARGE past a limit, naming it.
 */
export async function extractText(bytes: Uint8Array, label: string, limits: TextLimits = TEXT_LIMITS): Promise<ExtractedText> {
  if (bytes.length === 0) throw new InputError('EMPTY', `${label} is empty`);
  if (startsWith(bytes, CFB)) refuseCompoundFile(bytes, label);
  switch (sniffFormat(bytes)) {
    case 'pdf':
      return { text: await pdfToText(bytes, label, limits), format: 'pdf' };
    case 'docx':
      return { text: await docxToText(bytes, label, limits), format: 'docx' };
    case 'txt': {
      const { text, encoding } = decodeText(bytes, label);
      if (text.trim() === '') throw new InputError('EMPTY', `${label} holds only white space: there is nothing to compare`);
      return { text, format: 'txt', encoding };
    }
  }
}
