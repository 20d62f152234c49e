// Text from a Word file with mammoth: one paragraph per Word paragraph, each footnote reference
// as a mark on a line of its own (as the UN's PDFs print them), the footnotes after a rule.
import { InputError } from '../model/errors.js';
import { checkZip } from './zip.js';

/**
 * The document's paragraphs, separated by blank lines. A footnote reference becomes its number
 * on a line of its own inside the paragraph; the footnotes follow a `__________` rule, one a
 * line ("1 A/CONF.157/24 …"), which is the layout the parser reads from the UN's own texts.
 */
export async function docxToText(bytes: Uint8Array, label: string): Promise<string> {
  // A ZIP bomb or a damaged archive is refused here, before mammoth unpacks anything.
  await checkZip(bytes, label);
  const mammoth = await import('mammoth');
  const buffer = Buffer.from(bytes);
  let text: string;
  try {
    const { value: html } = await mammoth.convertToHtml(
      { buffer },
      // Pictures are not text: mammoth would otherwise inline each as base64.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    text = mammothHtmlToText(html);
  } catch {
    // mammoth's HTML writer stops at some flaws its text reader passes over (a reference to a
    // footnote the file does not have): read the text alone, without footnotes.
    try {
      ({ value: text } = await mammoth.extractRawText({ buffer }));
    } catch (e) {
      const message = (e as Error).message;
      if (/main document part/i.test(message)) throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: it is a ZIP archive with no Word document in it`);
      throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file (${message})`);
    }
  }
  if (text.trim() === '') throw new InputError('EMPTY', `${label} is a Word file with no text`);
  return text;
}

// mammoth's HTML is its own, and regular: notes are `<li id="footnote-7">` items of a list at the
// end, each with a back link; a reference is `<sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup>`.
const NOTE_ITEM = /<li id="(?:footnote|endnote)-([^"]+)">([\s\S]*?)<\/li>/g;
const BACK_LINK = /\s*<a href="#(?:footnote|endnote)-ref-[^"]+">[^<]*<\/a>/g;
const REFERENCE = /<sup><a href="#(?:footnote|endnote)-([^"]+)" id="(?:footnote|endnote)-ref-[^"]+">[^<]*<\/a><\/sup>/g;
const BLOCK_END = /<\/(?:p|h[1-6]|li|td|th)>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** mammoth's HTML as the parser's plain text (exported for tests). */
export function mammothHtmlToText(html: string): string {
  const notes = new Map<string, string>();
  let body = html.replace(NOTE_ITEM, (_all, id: string, content: string) => {
    notes.set(id, plain(content.replace(BACK_LINK, '').replace(BLOCK_END, ' ')).replace(/\s+/g, ' ').trim());
    return '';
  });
  body = body.replace(/<ol>\s*<\/ol>/g, '');
  // Word numbers the notes 1, 2, 3 … in the order they are first cited.
  const marks = new Map<string, number>();
  // Placeholders first (XML cannot hold U+0000), so that references side by side share one run.
  body = body.replace(REFERENCE, (_all, id: string) => {
    if (!marks.has(id)) marks.set(id, marks.size + 1);
    return `\u0000${marks.get(id)!}\u0000`;
  });
  const lines = plain(body.replace(BLOCK_END, '\n\n').replace(/<br\s*\/?>/g, '\n'))
    .replace(/(?:\u0000\d+\u0000)+/g, (run) => `\n${run.split('\u0000').filter(Boolean).join('\n')}\n`)
    .split('\n')
    .map((line) => line.trimEnd());
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const cited = [...marks].filter(([id]) => notes.has(id));
  if (cited.length === 0) return `${text}\n`;
  return `${text}\n\n__________\n\n${cited.map(([id, mark]) => `${mark} ${notes.get(id)!}`).join('\n')}\n`;
}
