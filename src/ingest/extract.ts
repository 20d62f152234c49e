// Any input file's bytes to text: plain text (UTF-8, UTF-16, GB18030), PDF (pdfjs) or Word (mammoth).
import { InputError } from '../model/errors.js';
import { decodeText, type Encoding } from '../source/decode.js';
import { docxToText } from './docx.js';
import { pdfToText } from './pdf.js';

export type InputFormat = 'txt' | 'pdf' | 'docx';

export interface ExtractedText {
  text: string;
  format: InputFormat;
  /** For plain text: the encoding it was found in. */
  encoding?: Encoding;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, k) => bytes[k] === b);

/** Recognises a file by its first bytes, not by its name. */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  return 'txt';
}

/**
 * The text of a file, whatever its format.
 *
 * @throws InputError for binary or undecodable text, unreadable or encrypted PDFs, PDFs without
 *   a text layer, and ZIP files that are not Word documents.
 */
export async function extractText(bytes: Uint8Array, label: string): Promise<ExtractedText> {
  if (bytes.length === 0) throw new InputError('EMPTY', `${label} is empty`);
  switch (sniffFormat(bytes)) {
    case 'pdf':
      return { text: await pdfToText(bytes, label), format: 'pdf' };
    case 'docx':
      return { text: await docxToText(bytes, label), format: 'docx' };
    case 'txt': {
      const { text, encoding } = decodeText(bytes, label);
      return { text, format: 'txt', encoding };
    }
  }
}
