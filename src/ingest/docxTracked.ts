// A Word file with tracked changes read as two texts: the old one (every change rejected) and the
// new one (every change accepted). mammoth drops deleted text, so the WordprocessingML is read
// here with htmlparser2 in XML mode, from the parts unpacked and counted by zip.ts and
// docxBudget.ts (the same ZIP and text budgets as any Word file).
//
// What counts, per run of text (w:t, w:delText):
// - inside w:ins or w:moveTo: the new text only; inside w:del or w:moveFrom: the old text only;
//   inside both (inserted by one reviewer, deleted by another): neither;
// - a paragraph mark tracked as inserted (w:pPr/w:rPr/w:ins or w:moveTo): the paragraph does not
//   end in the old text, it runs on into the next; tracked as deleted (w:del, w:moveFrom): the
//   same in the new text (accepting the deletion joins the two paragraphs);
// - formatting changes (w:rPrChange, w:pPrChange and the other *PrChange elements) hold only
//   the old properties: skipped.
// Footnote references become marks on lines of their own and the footnotes follow a rule, as
// docx.ts writes them from mammoth's HTML, so the parser reads both the same way.
import { Parser } from 'htmlparser2';
import { InputError } from '../model/errors.js';
import { docxScanner, isScannedPart } from './docxBudget.js';
import { checkText, TEXT_LIMITS, type TextLimits } from './limits.js';
import { unzipChecked } from './zip.js';

/** The two versions a Word file with tracked changes holds. */
export interface TrackedVersions {
  /** The text with every tracked change rejected. */
  old: string;
  /** The text with every tracked change accepted. */
  new: string;
  /** The authors of the tracked changes, in the order first met. */
  authors: string[];
  /** How many tracked changes (insertions, deletions, moves, paragraph marks) the body holds. */
  changes: number;
  /** The file's custom document properties that hold text, by name (docxReport.ts reads resdiff's own from them). */
  properties: Record<string, string>;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const OFFICE_DOCUMENT = /\/officeDocument$/;
const FOOTNOTES = /\/footnotes$/;
const CUSTOM_PROPERTIES = /\/custom-properties$/;

/** Elements that hold only the properties a formatting change replaced, or a choice Word shows instead of another. */
const SKIPPED = new Set(['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'tblPrExChange', 'tblGridChange', 'trPrChange', 'tcPrChange', 'numberingChange', 'txbxContent']);
/** Revision elements around runs (or, inside w:pPr/w:rPr, the paragraph mark). */
const REVISIONS: Record<string, 'ins' | 'del'> = { ins: 'ins', moveTo: 'ins', del: 'del', moveFrom: 'del' };

/** One version being written: its paragraphs so far and its footnote marks. */
class VersionText {
  text = '';
  /** Footnote references side by side, waiting for the next text to be written as one run. */
  private run: number[] = [];
  /** Word numbers the notes 1, 2, 3 … in the order they are first cited: per version. */
  readonly marks = new Map<string, number>();

  write(s: string): void {
    if (s === '') return;
    this.flush();
    this.text += s;
  }

  cite(id: string): void {
    if (!this.marks.has(id)) this.marks.set(id, this.marks.size + 1);
    this.run.push(this.marks.get(id)!);
  }

  flush(): void {
    if (this.run.length > 0) this.text += `\n${this.run.join('\n')}\n`;
    this.run = [];
  }
}

/** What the walk over one XML part found. */
interface Walked {
  old: VersionText;
  new: VersionText;
  authors: string[];
  changes: number;
  /** Footnotes by id, when the part is word/footnotes.xml: each note's old and new text. */
  notes: Map<string, { old: string; new: string }>;
}

/** The local name of a WordprocessingML element, or null for another namespace. */
function localNamer(prefix: string | null): (name: string) => string | null {
  if (prefix === null) return (name) => (name.includes(':') ? null : name);
  const head = `${prefix}:`;
  return (name) => (name.startsWith(head) ? name.slice(head.length) : null);
}

/**
 * Walks one part of WordprocessingML (the main document or the footnotes), writing the old and
 * the new text at once. In the footnotes part, each w:footnote is written apart into `notes`.
 */
function walk(xml: string): Walked {
  const out: Walked = { old: new VersionText(), new: new VersionText(), authors: [], changes: 0, notes: new Map() };
  const authors = new Set<string>();
  let local: (name: string) => string | null = localNamer('w');
  let rootSeen = false;
  /** Element names open, so that a closing tag knows what it closes. */
  const stack: (string | null)[] = [];
  let skipping = 0;
  /** Revision elements open around the current content. */
  let inserted = 0;
  let deleted = 0;
  let inPPr = 0;
  /** Inside table properties (a row or cell tracked as inserted or deleted: its runs say so themselves). */
  let inProperties = 0;
  let inRun = 0;
  let inText = 0;
  /** The paragraph mark of the paragraph being read: tracked as inserted, deleted, or not. */
  let mark: 'ins' | 'del' | null = null;
  /** The note being read in the footnotes part, and where its text goes. */
  let note: { id: string; old: VersionText; new: VersionText } | null = null;
  const target = () => (note ? note : out);

  const write = (s: string) => {
    const t = target();
    if (inserted === 0) t.old.write(s);
    if (deleted === 0) t.new.write(s);
  };
  /** An attribute of a WordprocessingML element, by its local name (attributes carry the element's prefix). */
  const attribute = (name: string, tag: string, attribs: Record<string, string>, key: string): string | undefined => attribs[`${name.slice(0, name.length - tag.length)}${key}`];
  const count = (name: string, tag: string, attribs: Record<string, string>) => {
    out.changes++;
    const author = attribute(name, tag, attribs, 'author');
    if (author !== undefined && author !== '') authors.add(author);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!rootSeen) {
          rootSeen = true;
          // The prefix the part binds to WordprocessingML (always "w" in practice, but a file may choose another).
          const binding = Object.entries(attribs).find(([k, v]) => v === MAIN_NS && (k === 'xmlns' || k.startsWith('xmlns:')));
          if (binding) local = localNamer(binding[0] === 'xmlns' ? null : binding[0].slice('xmlns:'.length));
        }
        const tag = local(name);
        stack.push(tag);
        if (skipping > 0 || tag === null) {
          if (skipping > 0 || /(^|:)Fallback$/.test(name)) skipping++;
          return;
        }
        if (SKIPPED.has(tag)) {
          skipping++;
          return;
        }
        const revision = REVISIONS[tag];
        if (revision !== undefined) {
          if (stack[stack.length - 2] === 'rPr' && stack[stack.length - 3] === 'pPr') {
            // The paragraph mark itself (w:pPr/w:rPr/w:ins …).
            mark = revision;
            count(name, tag, attribs);
          } else if (inPPr === 0 && inRun === 0 && inProperties === 0) {
            if (revision === 'ins') inserted++;
            else deleted++;
            count(name, tag, attribs);
          }
          return;
        }
        switch (tag) {
          case 'p':
            mark = null;
            break;
          case 'pPr':
            inPPr++;
            break;
          case 'tblPr':
          case 'trPr':
          case 'tcPr':
            inProperties++;
            break;
          case 'r':
            inRun++;
            break;
          case 't':
          case 'delText':
            if (inRun > 0) inText++;
            break;
          case 'tab':
            if (inRun > 0 && inPPr === 0) write('\t');
            break;
          case 'br': {
            // A line break; page and column breaks are layout, as mammoth reads them.
            const type = attribute(name, tag, attribs, 'type');
            if (inRun > 0 && (type === undefined || type === 'textWrapping')) write('\n');
            break;
          }
          case 'cr':
            if (inRun > 0) write('\n');
            break;
          case 'noBreakHyphen':
            if (inRun > 0) write('\u2011');
            break;
          case 'footnoteReference':
            if (inRun > 0 && note === null) {
              const id = attribute(name, tag, attribs, 'id');
              if (id !== undefined) {
                if (inserted === 0) out.old.cite(id);
                if (deleted === 0) out.new.cite(id);
              }
            }
            break;
          case 'footnote': {
            const type = attribute(name, tag, attribs, 'type');
            const id = attribute(name, tag, attribs, 'id');
            // Separators and continuation notices are not notes.
            if (id !== undefined && (type === undefined || type === 'normal')) note = { id, old: new VersionText(), new: new VersionText() };
            break;
          }
        }
      },
      ontext(text) {
        if (skipping === 0 && inText > 0) write(text);
      },
      onclosetag() {
        const tag = stack.pop();
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (tag === null || tag === undefined) return;
        const revision = REVISIONS[tag];
        if (revision !== undefined) {
          if (inPPr === 0 && inRun === 0 && inProperties === 0) {
            if (revision === 'ins') inserted--;
            else deleted--;
          }
          return;
        }
        switch (tag) {
          case 'p': {
            // A paragraph ends in a version unless its mark was inserted (old) or deleted (new).
            const t = target();
            const end = note ? ' ' : '\n\n';
            if (mark !== 'ins') t.old.write(end);
            if (mark !== 'del') t.new.write(end);
            mark = null;
            break;
          }
          case 'pPr':
            inPPr--;
            break;
          case 'tblPr':
          case 'trPr':
          case 'tcPr':
            inProperties--;
            break;
          case 'r':
            inRun--;
            break;
          case 't':
          case 'delText':
            if (inText > 0) inText--;
            break;
          case 'footnote':
            if (note) {
              note.old.flush();
              note.new.flush();
              out.notes.set(note.id, { old: squash(note.old.text), new: squash(note.new.text) });
              note = null;
            }
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  out.old.flush();
  out.new.flush();
  out.authors = [...authors];
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text as the parser reads Word text (docx.ts): lines trimmed at the end, at most one blank line, the footnotes after a rule. */
function finish(version: VersionText, notes: Map<string, { old: string; new: string }>, side: 'old' | 'new'): string {
  const text = version.text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cited = [...version.marks].filter(([id]) => (notes.get(id)?.[side] ?? '') !== '');
  if (cited.length === 0) return text === '' ? '' : `${text}\n`;
  return `${text}\n\n__________\n\n${cited.map(([id, mark]) => `${mark} ${notes.get(id)![side]}`).join('\n')}\n`;
}

/**
 * Both versions of a Word file's main document XML (and its footnotes part, if any), without
 * the checks on the whole file (exported for tests; readTrackedDocx is the entry point).
 *
 * @example trackedVersionsOfXml(xml).new // the text with every change accepted
 */
export function trackedVersionsOfXml(documentXml: string, footnotesXml?: string): TrackedVersions {
  const body = walk(documentXml);
  const notes = footnotesXml === undefined ? new Map<string, { old: string; new: string }>() : walk(footnotesXml).notes;
  return { old: finish(body.old, notes, 'old'), new: finish(body.new, notes, 'new'), authors: body.authors, changes: body.changes, properties: {} };
}

/** The custom properties of docProps/custom.xml that hold a value as text (`<property name="…"><vt:lpwstr>…`). */
function customProperties(xml: string | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  if (xml === undefined) return found;
  let name: string | null = null;
  let value = '';
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        if (/(^|:)property$/.test(tag) && attribs.name !== undefined) {
          name = attribs.name;
          value = '';
          depth = 0;
        } else if (name !== null) depth++;
      },
      ontext(text) {
        if (name !== null && depth > 0) value += text;
      },
      onclosetag(tag) {
        if (name === null) return;
        if (/(^|:)property$/.test(tag) && depth === 0) {
          if (!Object.hasOwn(found, name)) Object.defineProperty(found, name, { value, enumerable: true, writable: true, configurable: true });
          name = null;
        } else depth--;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return found;
}

/** Relationship targets by type, from a .rels part. */
function relationships(xml: string | undefined): { type: string; target: string }[] {
  if (xml === undefined) return [];
  const found: { type: string; target: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (/(^|:)Relationship$/.test(name) && attribs.Type !== undefined && attribs.Target !== undefined && attribs.TargetMode !== 'External') {
          found.push({ type: attribs.Type, target: attribs.Target });
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return found;
}

/** A relationship's target as a part name: relative to the folder of the part that holds it, or from the root. */
function partName(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

const utf8 = (data: Buffer | undefined) => (data === undefined ? undefined : new TextDecoder('utf-8').decode(data));

/**
 * Reads a Word file with tracked changes as two versions: `old` with every change rejected and
 * `new` with every change accepted, each as the plain text the parser reads (paragraphs apart,
 * footnote marks on lines of their own, footnotes after a rule). Pure over its bytes: no file
 * system, no clock; usable in a worker thread.
 *
 * @example const { old, new: neu } = await readTrackedDocx(bytes, 'proposal.docx');
 * @throws InputError BAD_FILE (not a Word file), ENCRYPTED, TOO_LARGE (past the ZIP or text
 *   budgets, as any Word file), EMPTY (no text), NO_CHANGES (no tracked change to its text:
 *   compare it as a document instead).
 */
export async function readTrackedDocx(bytes: Uint8Array, label = 'the Word file', limits: TextLimits = TEXT_LIMITS): Promise<TrackedVersions> {
  const scanner = docxScanner(label, limits);
  const parts = await unzipChecked(bytes, label, (name) => (isScannedPart(name) ? scanner.part(name) : undefined));
  const packageRelationships = relationships(utf8(parts.get('_rels/.rels')));
  const main = packageRelationships.find((r) => OFFICE_DOCUMENT.test(r.type));
  const custom = packageRelationships.find((r) => CUSTOM_PROPERTIES.test(r.type));
  const mainName = main ? partName('', main.target) : 'word/document.xml';
  const documentXml = utf8(parts.get(mainName));
  if (documentXml === undefined) throw new InputError('BAD_FILE', `${label} is not a readable Word (.docx) file: it is a ZIP archive with no Word document in it`);
  const relsName = partName(mainName, `_rels/${mainName.split('/').pop()}.rels`);
  const footnotes = relationships(utf8(parts.get(relsName))).find((r) => FOOTNOTES.test(r.type));
  const footnotesXml = footnotes ? utf8(parts.get(partName(mainName, footnotes.target))) : undefined;
  const versions = trackedVersionsOfXml(documentXml, footnotesXml);
  versions.properties = custom ? customProperties(utf8(parts.get(partName('', custom.target)))) : {};
  if (versions.old.trim() === '' && versions.new.trim() === '') throw new InputError('EMPTY', `${label} is a Word file with no text`);
  if (versions.changes === 0) {
    throw new InputError('NO_CHANGES', `${label} has no tracked changes to its text: compare it as a document instead, against another text (resdiff diff OLD ${label})`);
  }
  checkText(versions.old, label, limits);
  checkText(versions.new, label, limits);
  return versions;
}
