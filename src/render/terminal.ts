// Terminal renderer: summary line first, wrapped to the width (CJK counts two columns), colour only when asked.
// Colour through the namespace: util.styleText exists from Node 20.12 on, and a named import
// would stop the module loading at all on an older Node.
import * as util from 'node:util';
import { knownSegments, type Change, type Comparison, type Segment } from '../model/comparison.js';
import { rulesFor } from '../lang/index.js';
import type { Language } from '../model/resolution.js';
import { CJK_CLASS } from '../text/cjk.js';
import { charWidth, displayWidth } from '../text/width.js';
import { bySection, CUT_MARK, changeHeadline, changeLabel, comparisonNotes, documentName, foldUnchanged, foldedLabel, kindCounts, leadVerbLine, SECTION_TITLES, summaryCounts, type Visibility } from '../wording/labels.js';
import { draftLine } from '../wording/draft.js';

export interface TerminalOptions {
  /** Total columns available. */
  width: number;
  /** ANSI colour and text attributes; without it, changes are marked [-deleted-] and {+inserted+}. */
  color: boolean;
  /** Fold runs of unchanged (and, for "substantive", technical) paragraphs into one line. */
  visibility: Visibility;
}

type Style = 'plain' | 'delete' | 'insert' | 'dim' | 'bold' | 'label';

type Format = Extract<Parameters<typeof util.styleText>[0], unknown[]>;

/** Each style's text attributes, written by Node's util.styleText. */
const FORMATS: Record<Exclude<Style, 'plain'>, Format> = {
  delete: ['red', 'strikethrough'],
  insert: ['green', 'underline'],
  dim: ['dim'],
  bold: ['bold'],
  label: ['bold', 'cyan'],
};

/**
 * One run of text in a style. The renderer decides about colour itself (its `color` option:
 * a terminal, NO_COLOR, --color): `validateStream: false` stops styleText from deciding again
 * by process.stdout and NO_COLOR, which Node 20.20 does for a single format.
 */
const styled = (style: Style, text: string) => (style === 'plain' || text === '' ? text : util.styleText(FORMATS[style], text, { validateStream: false }));

interface Atom {
  text: string;
  style: Style;
  space: boolean;
}

// A CJK character is a unit on its own; opening brackets stay with the character after them
// and closing punctuation with the one before (no line starts with "，" or ends with "《").
const ATOM = new RegExp(`\\s+|[《“‘（「『〈【]*[${CJK_CLASS}][，。；：、）》」』”’！？〉】]*|[^\\s${CJK_CLASS}]+`, 'gu');

function atomsOf(text: string, style: Style): Atom[] {
  return (text.match(ATOM) ?? []).map((t) => ({ text: t, style, space: /^\s+$/.test(t) }));
}

/** Atoms of a paragraph's segments; without colour the markers are glued to the first and last atoms. */
function segmentAtoms(segments: readonly Segment[], color: boolean, base: Style): Atom[] {
  const atoms: Atom[] = [];
  for (const seg of segments) {
    const style: Style = seg.op === 'equal' ? base : seg.op;
    const own = atomsOf(seg.text, style);
    if (!color && seg.op !== 'equal') {
      const [open, close] = seg.op === 'delete' ? ['[-', '-]'] : ['{+', '+}'];
      const solid = own.filter((a) => !a.space);
      if (solid.length === 0) {
        atoms.push({ text: `${open}${seg.text}${close}`, style, space: false });
        continue;
      }
      solid[0]!.text = open + solid[0]!.text;
      solid[solid.length - 1]!.text += close;
    }
    atoms.push(...own);
  }
  return atoms;
}

/** Fills lines of at most `width` columns with atoms; spaces at a line break are dropped. */
export function wrapAtoms(atoms: readonly Atom[], width: number): Atom[][] {
  const lines: Atom[][] = [];
  let line: Atom[] = [];
  let used = 0;
  let pending: Atom | null = null;
  const push = (atom: Atom) => {
    line.push(atom);
    used += displayWidth(atom.text);
  };
  for (const atom of atoms) {
    if (atom.space) {
      if (line.length > 0) pending = { ...atom, text: ' ' };
      continue;
    }
    const w = displayWidth(atom.text);
    const gap = pending ? 1 : 0;
    if (line.length > 0 && used + gap + w > width) {
      lines.push(line);
      line = [];
      used = 0;
      pending = null;
    } else if (pending) push(pending);
    pending = null;
    if (w > width) {
      // A word longer than the line (a URL, a long symbol run): break it by columns.
      let chunk = '';
      let cw = 0;
      for (const ch of atom.text) {
        const c = charWidth(ch);
        if (cw + c > width - used && (chunk !== '' || line.length > 0)) {
          if (chunk) push({ ...atom, text: chunk });
          lines.push(line);
          line = [];
          used = 0;
          chunk = '';
          cw = 0;
        }
        chunk += ch;
        cw += c;
      }
      if (chunk) push({ ...atom, text: chunk });
      continue;
    }
    push(atom);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function paint(line: readonly Atom[], color: boolean): string {
  if (!color) return line.map((a) => a.text).join('');
  let out = '';
  let run = '';
  let style: Style = 'plain';
  for (const atom of line) {
    if (atom.style !== style) {
      out += styled(style, run);
      run = '';
      style = atom.style;
    }
    run += atom.text;
  }
  return out + styled(style, run);
}

function block(text: string, style: Style, opts: TerminalOptions, indent = 0): string[] {
  const width = Math.max(20, opts.width - indent);
  return wrapAtoms(atomsOf(text, style), width).map((l) => ' '.repeat(indent) + paint(l, opts.color));
}

/** Unicode's right-to-left isolate and its end (pop directional isolate). */
const RLI = '\u2067';
const PDI = '\u2069';

function renderChange(change: Change, opts: TerminalOptions, language: Language): string[] {
  const head = `${changeLabel(change)}  ${changeHeadline(change)}`;
  const lines = block(head, 'label', opts);
  const verb = leadVerbLine(change, '->', language);
  if (verb) lines.push(...block(verb, 'bold', opts, 2));
  const base: Style = change.kind === 'unchanged' ? 'dim' : 'plain';
  const atoms = segmentAtoms(knownSegments(change), opts.color, base);
  if (change.cutAt !== undefined) atoms.push(...atomsOf(` ${CUT_MARK}`, 'dim'));
  const width = Math.max(20, opts.width - 4);
  // A right-to-left language's lines (Arabic) sit in a right-to-left isolate (U+2067 … U+2069),
  // so that a terminal that applies the bidi algorithm orders each line right to left.
  const [open, close] = rulesFor(language).direction === 'rtl' ? [RLI, PDI] : ['', ''];
  for (const l of wrapAtoms(atoms, width)) lines.push(`    ${open}${paint(l, opts.color)}${close}`);
  return lines;
}

/**
 * Renders a comparison for a terminal.
 *
 * @example renderTerminal(comparison, { width: 80, color: false, onlyChanged: true })
 */
export function renderTerminal(c: Comparison, opts: TerminalOptions): string {
  const out: string[] = [];
  out.push(...block(`Summary: ${summaryCounts(c.summary)}`, 'bold', opts));
  out.push(...block(kindCounts(c.summary), 'plain', opts));
  out.push(...block(`Old: ${documentName(c.old)}${c.old.title ? ` ${c.old.title}` : ''}`, 'plain', opts));
  out.push(...block(`New: ${documentName(c.new)}${c.new.title ? ` ${c.new.title}` : ''}`, 'plain', opts));
  if (c.old.draft) out.push(...block(`Old draft: ${draftLine(c.old.draft)}`, 'plain', opts));
  if (c.new.draft) out.push(...block(`New draft: ${draftLine(c.new.draft)}`, 'plain', opts));
  if (c.title) out.push(...block('The title changed.', 'plain', opts));
  for (const note of comparisonNotes(c)) out.push(...block(`Note: ${note}`, 'plain', opts));
  if (!opts.color) out.push(...block('Deleted text is shown as [-deleted-], inserted text as {+inserted+}.', 'plain', opts));
  for (const group of bySection(c.changes)) {
    out.push('');
    out.push(...block(SECTION_TITLES[group.section], 'bold', opts));
    for (const item of foldUnchanged(group.changes, opts.visibility)) {
      out.push('');
      if ('folded' in item) out.push(...block(`... ${foldedLabel(item.folded)}`, 'dim', opts));
      else out.push(...renderChange(item.change, opts, c.new.language));
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * The inline changes of one paragraph as wrapped, optionally coloured lines of at most `width`
 * columns (callers indent them, so no floor of 20 here: it would push an indented line past the width).
 */
export function segmentLines(segments: readonly Segment[], width: number, color: boolean, dim = false): string[] {
  return wrapAtoms(segmentAtoms(segments, color, dim ? 'dim' : 'plain'), Math.max(2, width)).map((l) => paint(l, color));
}

/** Wraps plain text to `width` columns (CJK counts two), for listings and table cells outside a comparison. */
export function wrapText(text: string, width: number): string[] {
  return wrapAtoms(atomsOf(text, 'plain'), Math.max(2, width)).map((l) => paint(l, false));
}
