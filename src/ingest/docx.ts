// Text from a Word file with mammoth: one line per Word paragraph, footnotes after a rule.
import { InputError } from '../model/errors.js';
import { checkZip } from './zip.js';

/** The document's paragraphs, separated by blank lines (footnote texts are left out). */
export async function docxToText(bytes: Uint8Array, label: string): Promise<string> {
  // A ZIP bomb or a damaged archive is refused here, before mammoth unpacks anything.
  await checkZip(bytes, label);
  const mammoth = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (e) {
    const message = (e as Error).message;
    if (/main document part/i.test(message)) throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: it is a ZIP archive with no Word document in it`);
    throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file (${message})`);
  }
  if (value.trim() === '') throw new InputError('EMPTY', `${label} is a Word file with no text`);
  return value;
}
