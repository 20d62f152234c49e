// Text from a Word file with mammoth: one line per Word paragraph, footnotes after a rule.
import { InputError } from '../model/errors.js';

/** The document's paragraphs, separated by blank lines (footnote texts are left out). */
export async function docxToText(bytes: Uint8Array, label: string): Promise<string> {
  const mammoth = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (e) {
    throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file (${(e as Error).message})`);
  }
  if (value.trim() === '') throw new InputError('EMPTY', `${label} is a Word file with no text`);
  return value;
}
