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
// - Word's own list numbering (w:numPr in the paragraph or its style, word/numbering.xml) is
//   written as text ("3.\t"), counted in each version apart: a paragraph inserted before OP 3
//   makes it OP 4 in the new text only. The old numbering a w:pPrChange holds is not read.
// Footnote references become marks on lines of their own and the footnotes follow a rule, as
// docx.ts writes them from mammoth's HTML, so the parser reads both the same way.
import { Parser } from 'htmlparser2';
import { InputError } from '../model/errors.js';
import { docxScanner, isScannedPart } from './docxBudget.js';
import { reportedPair, type ReportedText } from './docxReport.js';
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
  /** The file's custom document properties that hold text, by name. */
  properties: Record<string, string>;
  /**
   * When the file is a Word report resdiff wrote: the symbols and titles of the two texts it
   * compares (its body's heading names both, which a parser would take for each text's symbol).
   * Give each parsed text its own with namedAsReported (docxReport.ts). Null for other files.
   */
  reported: { old: ReportedText; new: ReportedText } | null;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const OFFICE_DOCUMENT = /\/officeDocument$/;
const FOOTNOTES = /\/footnotes$/;
const NUMBERING = /\/numbering$/;
const STYLES = /\/styles$/;
const CUSTOM_PROPERTIES = /\/custom-properties$/;

/**
 * Elements skipped with all they hold: the properties a formatting change replaced, and text
 * boxes (not part of the running text; mc:Fallback, the older copy of a drawing, is skipped too).
 */
const SKIPPED = new Set(['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'tblPrExChange', 'tblGridChange', 'trPrChange', 'tcPrChange', 'numberingChange', 'txbxContent']);
/** Revision elements around runs (or, inside w:pPr/w:rPr, the paragraph mark). */
const REVISIONS: Record<string, 'ins' | 'del'> = { ins: 'ins', moveTo: 'ins', del: 'del', moveFrom: 'del' };

/** One version being written: its paragraphs so far and its footnote marks. */
class VersionText {
  /** Paragraphs ended, each with its separator. */
  private readonly done: string[] = [];
  /** The paragraph being written (several Word paragraphs when their marks are gone in this version). */
  private current = '';
  /** Footnote references side by side, waiting for the next text to be written as one run. */
  private run: number[] = [];
  /** Word numbers the notes 1, 2, 3 … in the order they are first cited: per version. */
  readonly marks = new Map<string, number>();

  get text(): string {
    return this.done.join('') + this.current;
  }

  write(s: string): void {
    if (s === '') return;
    this.flush();
    this.current += s;
  }

  /** Ends the paragraph being written, its list number (if Word numbers it) first. */
  endParagraph(separator: string, number = ''): void {
    this.flush();
    this.done.push((this.current.trim() === '' ? '' : number) + this.current + separator);
    this.current = '';
  }

  cite(id: string): void {
    if (!this.marks.has(id)) this.marks.set(id, this.marks.size + 1);
    this.run.push(this.marks.get(id)!);
  }

  flush(): void {
    if (this.run.length > 0) this.current += `\n${this.run.join('\n')}\n`;
    this.run = [];
  }
}

/** One level of a Word list: how its number is written. */
interface ListLevel {
  start: number;
  format: string;
  /** "%1." and the like: %n is the number at level n. */
  text: string;
  /** What follows the number: a tab (Word's default), a space, or nothing. */
  suffix: string;
}

/** Word's list definitions (word/numbering.xml): each list's levels, by w:numId. */
interface ListDefinitions {
  /** numId -> its abstract list (lists sharing one count together) and the levels' restarts. */
  lists: Map<string, { abstract: string; restarts: Map<number, number> }>;
  levels: Map<string, Map<number, ListLevel>>;
  /** Paragraph styles (word/styles.xml) by id: the style they are based on, and their own list numbering. */
  styles: Map<string, { basedOn?: string; numId?: string; ilvl?: number }>;
}

const NO_LISTS: ListDefinitions = { lists: new Map(), levels: new Map(), styles: new Map() };

/** The local name of an element or attribute of a part that uses one namespace (numbering, styles). */
const localOf = (name: string) => name.slice(name.indexOf(':') + 1);
const valueOf = (attribs: Record<string, string>, key: string) => Object.entries(attribs).find(([k]) => localOf(k) === key)?.[1];

/** Reads word/styles.xml into `defs.styles`: each paragraph style's base and list numbering (w:pPr/w:numPr). */
function readStyles(xml: string | undefined, defs: ListDefinitions): void {
  if (xml === undefined) return;
  let style: { id: string; basedOn?: string; numId?: string; ilvl?: number } | null = null;
  const stack: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = localOf(name);
        stack.push(tag);
        const val = valueOf(attribs, 'val');
        if (tag === 'style' && valueOf(attribs, 'type') === 'paragraph' && valueOf(attribs, 'styleId') !== undefined) style = { id: valueOf(attribs, 'styleId')! };
        else if (style !== null && tag === 'basedOn' && val !== undefined) style.basedOn = val;
        else if (style !== null && stack[stack.length - 2] === 'numPr' && stack[stack.length - 3] === 'pPr' && val !== undefined) {
          if (tag === 'numId') style.numId = val;
          else if (tag === 'ilvl') style.ilvl = Number(val) || 0;
        }
      },
      onclosetag(name) {
        stack.pop();
        if (localOf(name) === 'style' && style !== null) {
          const { id, ...rest } = style;
          defs.styles.set(id, rest);
          style = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
}

/**
 * A paragraph's list and level: its own w:numPr, else its style's (or the style that style is
 * based on …). A w:numId of 0 in the paragraph says it is not numbered, whatever its style says.
 */
function listOf(defs: ListDefinitions, own: { numId?: string; ilvl?: number }, styleId: string | undefined): { numId: string; ilvl: number } | null {
  let numId = own.numId;
  let ilvl = own.ilvl;
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id) && (numId === undefined || ilvl === undefined); ) {
    seen.add(id);
    const style = defs.styles.get(id);
    if (style === undefined) break;
    numId ??= style.numId;
    ilvl ??= style.ilvl;
    id = style.basedOn;
  }
  return numId === undefined || numId === '0' ? null : { numId, ilvl: ilvl ?? 0 };
}

/** Reads word/numbering.xml: abstract lists and their levels, and the lists (w:num) that use them. */
function listDefinitions(xml: string | undefined, stylesXml?: string): ListDefinitions {
  const defs: ListDefinitions = { lists: new Map(), levels: new Map(), styles: new Map() };
  if (xml === undefined) return defs;
  let abstract: string | null = null;
  let level: { ilvl: number; def: ListLevel } | null = null;
  let num: { id: string; abstract: string; restarts: Map<number, number> } | null = null;
  let override: number | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = localOf(name);
        const val = valueOf(attribs, 'val');
        if (tag === 'abstractNum') abstract = valueOf(attribs, 'abstractNumId') ?? null;
        else if (tag === 'lvl' && abstract !== null) level = { ilvl: Number(valueOf(attribs, 'ilvl') ?? 0), def: { start: 1, format: 'decimal', text: '', suffix: '\t' } };
        else if (level !== null && val !== undefined) {
          if (tag === 'start') level.def.start = Number(val) || 0;
          else if (tag === 'numFmt') level.def.format = val;
          else if (tag === 'lvlText') level.def.text = val;
          else if (tag === 'suff') level.def.suffix = val === 'space' ? ' ' : val === 'nothing' ? '' : '\t';
        } else if (tag === 'num') num = { id: valueOf(attribs, 'numId') ?? '', abstract: '', restarts: new Map() };
        else if (num !== null && tag === 'abstractNumId' && val !== undefined) num.abstract = val;
        else if (num !== null && tag === 'lvlOverride') override = Number(valueOf(attribs, 'ilvl') ?? 0);
        else if (num !== null && override !== null && tag === 'startOverride' && val !== undefined) num.restarts.set(override, Number(val) || 0);
      },
      onclosetag(name) {
        const tag = localOf(name);
        if (tag === 'lvl' && level !== null && abstract !== null) {
          const levels = defs.levels.get(abstract) ?? new Map<number, ListLevel>();
          levels.set(level.ilvl, level.def);
          defs.levels.set(abstract, levels);
          level = null;
        } else if (tag === 'abstractNum') abstract = null;
        else if (tag === 'lvlOverride') override = null;
        else if (tag === 'num' && num !== null) {
          defs.lists.set(num.id, { abstract: num.abstract, restarts: num.restarts });
          num = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  readStyles(stylesXml, defs);
  return defs;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}
const letters = (n: number) => (n < 1 ? String(n) : String.fromCharCode(96 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1));

/** A number in a list level's format (decimal for the formats not written here). */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** Counts one version's numbered paragraphs, list by list and level by level, as Word does. */
class ListCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly restarted = new Set<string>();

  constructor(private readonly defs: ListDefinitions) {}

  /** The number of the next paragraph of list `numId` at level `ilvl` ("3.\t"), or "" when it shows none. */
  next(numId: string, ilvl: number): string {
    const list = this.defs.lists.get(numId);
    const levels = list && this.defs.levels.get(list.abstract);
    const level = levels?.get(ilvl);
    if (!list || !levels || !level || level.format === 'bullet' || level.format === 'none') return '';
    const counts = this.counts.get(list.abstract) ?? [];
    this.counts.set(list.abstract, counts);
    // A list that restarts a level (w:startOverride) does so where it is first used.
    if (!this.restarted.has(numId)) {
      this.restarted.add(numId);
      for (const [k, start] of list.restarts) counts[k] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    // Deeper levels start again under a new number.
    counts.length = ilvl + 1;
    const text = level.text.replace(/%(\d)/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const at = levels.get(k);
      return formatNumber(counts[k] ?? at?.start ?? 1, at?.format ?? 'decimal');
    });
    return text === '' ? '' : text + level.suffix;
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
function walk(xml: string, lists: ListDefinitions = NO_LISTS): Walked {
  const out: Walked = { old: new VersionText(), new: new VersionText(), authors: [], changes: 0, notes: new Map() };
  const counters = { old: new ListCounter(lists), new: new ListCounter(lists) };
  /** The paragraph's style and own list (w:pPr/w:pStyle, w:pPr/w:numPr), and whether that numbering is itself a tracked insertion. */
  let numbering: { style?: string; numId?: string; ilvl?: number; inserted: boolean } = { inserted: false };
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
          } else if (stack[stack.length - 2] === 'numPr' && inPPr > 0 && revision === 'ins') {
            // The paragraph's list numbering was added: no number in the old version.
            numbering.inserted = true;
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
            numbering = { inserted: false };
            break;
          case 'numId':
          case 'ilvl': {
            const val = attribute(name, tag, attribs, 'val');
            if (inPPr > 0 && stack[stack.length - 2] === 'numPr' && val !== undefined) {
              if (tag === 'numId') numbering.numId = val;
              else numbering.ilvl = Number(val) || 0;
            }
            break;
          }
          case 'pStyle': {
            const val = attribute(name, tag, attribs, 'val');
            if (stack[stack.length - 2] === 'pPr' && val !== undefined) numbering.style = val;
            break;
          }
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
            const list = note ? null : listOf(lists, numbering, numbering.style);
            const number = (side: 'old' | 'new') => (list === null || (side === 'old' && numbering.inserted) ? '' : counters[side].next(list.numId, list.ilvl));
            if (mark !== 'ins') t.old.endParagraph(end, number('old'));
            if (mark !== 'del') t.new.endParagraph(end, number('new'));
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
export function trackedVersionsOfXml(documentXml: string, parts: { footnotes?: string | undefined; numbering?: string | undefined; styles?: string | undefined } = {}): TrackedVersions {
  const body = walk(documentXml, parts.numbering === undefined ? NO_LISTS : listDefinitions(parts.numbering, parts.styles));
  const notes = parts.footnotes === undefined ? new Map<string, { old: string; new: string }>() : walk(parts.footnotes).notes;
  return { old: finish(body.old, notes, 'old'), new: finish(body.new, notes, 'new'), authors: body.authors, changes: body.changes, properties: {}, reported: null };
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
 *   budgets, as any Word file), EMPTY (no text, or none in one version: its `side` says which),
 *   NO_CHANGES (no tracked change to its text: compare it as a document instead).
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
  const documentRelationships = relationships(utf8(parts.get(relsName)));
  const related = (type: RegExp) => {
    const found = documentRelationships.find((r) => type.test(r.type));
    return found ? utf8(parts.get(partName(mainName, found.target))) : undefined;
  };
  const versions = trackedVersionsOfXml(documentXml, { footnotes: related(FOOTNOTES), numbering: related(NUMBERING), styles: related(STYLES) });
  versions.properties = custom ? customProperties(utf8(parts.get(partName('', custom.target)))) : {};
  versions.reported = reportedPair(versions.properties);
  if (versions.old.trim() === '' && versions.new.trim() === '') throw new InputError('EMPTY', `${label} is a Word file with no text`);
  if (versions.old.trim() === '') {
    throw new InputError('EMPTY', `${label} holds no text once every change is rejected: all of it is tracked as inserted, so there is no old version; compare it as a document instead, against the text it revises`).about('old');
  }
  if (versions.new.trim() === '') {
    throw new InputError('EMPTY', `${label} holds no text once every change is accepted: all of it is tracked as deleted, so there is no new version`).about('new');
  }
  if (versions.changes === 0) {
    throw new InputError('NO_CHANGES', `${label} has no tracked changes to its text: compare it as a document instead, against another text (resdiff diff OLD ${label})`);
  }
  checkText(versions.old, label, limits);
  checkText(versions.new, label, limits);
  return versions;
}
