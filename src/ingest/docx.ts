// Text from a Word file with mammoth: one paragraph per Word paragraph, each footnote reference
// as a mark on a line of its own (as the UN's PDFs print them), the footnotes after a rule.
import { Parser } from 'htmlparser2';
import { InputError } from '../model/errors.js';
import { docxScanner, isScannedPart } from './docxBudget.js';
import { checkText, TEXT_LIMITS, type TextLimits } from './limits.js';
import { unzipChecked } from './zip.js';

/**
 * The unpacked parts as mammoth's opened archive: `exists` and `read` (as text in an encoding,
 * as base64, or as bytes), as mammoth's own wrapper of jszip answers them.
 */
function mammothFile(parts: Map<string, Buffer>) {
  return {
    exists: (name: string) => parts.has(name),
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const data = parts.get(name);
      if (data === undefined) throw new Error(`the part ${name} is missing`);
      if (encoding === 'base64') return data.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
  };
}

/**
 * The document's paragraphs, separated by blank lines. A footnote reference becomes its number
 * on a line of its own inside the paragraph; the footnotes follow a `__________` rule, one a
 * line ("1 A/CONF.157/24 …"), which is the layout the parser reads from the UN's own texts.
 *
 * @throws InputError TOO_LARGE when the file would convert to more text than `limits` allow
 *   (counted as its XML parts are unpacked, before mammoth runs) or unpacks past the ZIP budget.
 */
export async function docxToText(bytes: Uint8Array, label: string, limits: TextLimits = TEXT_LIMITS): Promise<string> {
  // A ZIP bomb, a damaged archive, or XML that holds far more text than a resolution is refused
  // here, before mammoth reads anything; mammoth then reads the parts unpacked and checked
  // here, never the archive again.
  const scanner = docxScanner(label, limits);
  const file = mammothFile(await unzipChecked(bytes, label, (name) => (isScannedPart(name) ? scanner.part(name) : undefined)));
  const mammoth = await import('mammoth');
  // mammoth takes an opened archive as `file` (its unzip.openZip), which its typings leave out.
  const input = { file } as unknown as { buffer: Buffer };
  let text: string;
  try {
    const { value: html } = await mammoth.convertToHtml(
      input,
      // Pictures are not text: mammoth would otherwise inline each as base64.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    text = mammothHtmlToText(html);
  } catch {
    // mammoth's HTML writer stops at some flaws its text reader passes over (a reference to a
    // footnote the file does not have): read the text alone, without footnotes.
    try {
      ({ value: text } = await mammoth.extractRawText(input));
    } catch (e) {
      const message = (e as Error).message;
      if (/main document part/i.test(message)) throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: it is a ZIP archive with no Word document in it`);
      throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file (${message})`);
    }
  }
  if (text.trim() === '') throw new InputError('EMPTY', `${label} is a Word file with no text`);
  checkText(text, label, limits);
  return text;
}

// mammoth's HTML, read by htmlparser2 (which decodes entities): notes are `<li id="footnote-7">`
// items of a list at the end, each with a back link `<a href="#footnote-ref-7">`; a reference is
// `<sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup>`. Endnotes are the same with "endnote".
const NOTE_ID = /^(?:footnote|endnote)-(?!ref-)/;
const REFERENCE_HREF = /^#((?:footnote|endnote)-(?!ref-).+)$/;
const REFERENCE_ID = /^(?:footnote|endnote)-ref-/;
const BACK_LINK_HREF = /^#(?:footnote|endnote)-ref-/;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

/** mammoth's HTML as the parser's plain text (exported for tests). */
export function mammothHtmlToText(html: string): string {
  const notes = new Map<string, string>();
  const marks = new Map<string, number>();
  let body = '';
  /** References side by side (nothing but markup between them), waiting to be written as one run. */
  let run: number[] = [];
  /** The note being read (its id and text so far), or null in the body. */
  let note: { id: string; text: string } | null = null;
  /** Inside a link whose text is dropped: a reference in the body, a back link in a note. */
  let skipping = 0;
  /** What each open element is, so that its end tag knows what to close. */
  const open: Array<'note' | 'skip' | 'other'> = [];

  const flush = () => {
    if (run.length > 0) body += `\n${run.join('\n')}\n`;
    run = [];
  };
  const write = (text: string) => {
    if (text === '') return;
    if (note) {
      note.text += text;
      return;
    }
    flush();
    body += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let role: 'note' | 'skip' | 'other' = 'other';
        if (skipping > 0) {
          // Nothing inside a dropped link counts.
        } else if (note) {
          if (name === 'a' && BACK_LINK_HREF.test(attribs.href ?? '')) role = 'skip';
          else if (name === 'br') write(' ');
        } else if (name === 'li' && NOTE_ID.test(attribs.id ?? '')) {
          note = { id: attribs.id!, text: '' };
          role = 'note';
        } else {
          const cited = name === 'a' ? REFERENCE_HREF.exec(attribs.href ?? '') : null;
          if (cited && REFERENCE_ID.test(attribs.id ?? '')) {
            // Word numbers the notes 1, 2, 3 … in the order they are first cited.
            const id = cited[1]!;
            if (!marks.has(id)) marks.set(id, marks.size + 1);
            run.push(marks.get(id)!);
            role = 'skip';
          } else if (name === 'br') write('\n');
        }
        if (role === 'skip') skipping++;
        open.push(role);
      },
      ontext(text) {
        if (skipping === 0) write(text);
      },
      onclosetag(name) {
        const role = open.pop();
        if (role === 'skip') skipping--;
        else if (skipping > 0) return;
        else if (role === 'note' && note) {
          notes.set(note.id, note.text.replace(/\s+/g, ' ').trim());
          note = null;
        } else if (BLOCKS.has(name)) write(note ? ' ' : '\n\n');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();

  const text = body
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cited = [...marks].filter(([id]) => notes.has(id));
  if (cited.length === 0) return `${text}\n`;
  return `${text}\n\n__________\n\n${cited.map(([id, mark]) => `${mark} ${notes.get(id)!}`).join('\n')}\n`;
}
