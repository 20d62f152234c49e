// Test fixture builder: derived variants of real corpus texts, written in the original's raw
// layout (inserted, deleted, swapped, moved and renumbered paragraphs, changed lead verbs).
// These are test fixtures derived from the real texts, never stand-ins for real resolutions.
import type { Paragraph, Resolution, Section } from '../../src/model/resolution.js';
import { allParagraphs } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { corpusText } from './corpus.js';
import { wrapWords } from './reflow.js';

/** A text replacement in the raw string. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(raw: string, edits: Edit[]): string {
  let out = raw;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export type Layout = 'pdf-zh' | 'one-line-zh' | 'old-html-en' | 'right-docs-en' | 'lines-fr' | 'one-line-fr';

export const LAYOUTS: Record<string, Layout> = {
  'A-RES-68-160.zh.txt': 'pdf-zh',
  'A-RES-55-109.zh.txt': 'one-line-zh',
  'A-RES-51-100.en.txt': 'old-html-en',
  'A-HRC-RES-19-33.en.txt': 'right-docs-en',
  'A-HRC-RES-28-2.en.txt': 'right-docs-en',
  'A-HRC-DEC-22-116.en.txt': 'right-docs-en',
  // Paragraphs separated by blank lines, like right-docs' (one line each).
  'E-CN.4-RES-1998-81.en.txt': 'right-docs-en',
  'E-CN.4-RES-2000-70.en.txt': 'right-docs-en',
  'A-RES-52-131.zh.txt': 'pdf-zh',
  // One paragraph per line, no blank lines.
  'A-RES-52-134.fr.txt': 'lines-fr',
  'A-RES-52-131.fr.txt': 'lines-fr',
  // The whole text on one line.
  'A-RES-56-153.fr.txt': 'one-line-fr',
};

/** A paragraph written the way the layout writes a paragraph start. */
function layoutParagraph(layout: Layout, text: string, number: number | null): string {
  const numbered = number === null ? text : `${number}. ${text}`;
  switch (layout) {
    case 'pdf-zh':
      return `\n\n ${numbered} \n`;
    case 'one-line-zh':
    case 'one-line-fr':
      return ` ${numbered}`;
    case 'lines-fr':
      return `\n${numbered}\n`;
    case 'old-html-en':
      return `\n\n      ${number === null ? text : `${number}.    ${text}`}\n`;
    case 'right-docs-en':
      return `\n\n${numbered}\n`;
  }
}

/**
 * Text to insert, from other real texts of the series in the same language; the first one
 * that the target does not already hold is used.
 */
export const INSERT_TEXT = {
  zh: {
    preamble: [
      '又认识到必须确保审议人权问题时注意到普遍性、客观性和非选择性，并强调促进就人权问题进行对话至关重要，', // A/RES/55/109 PP4
      '又认识到促进和保护人权应以合作和真诚对话原则为基础，以加强会员国为全人类利益而遵守人权义务的能力为目的，', // A/RES/68/160 PP5
    ],
    operative: ['鼓励各国按照《联合国宪章》所载的宗旨和原则，在人权领域开展真诚合作；'], // derived from A/RES/55/109 OP2 wording
  },
  en: {
    preamble: [
      'Acknowledging the holding of the seminar on the enhancement of international cooperation in the field of human rights on 15 February 2013, with the participation of States, relevant United Nations agencies, funds and programmes, and other stakeholders, including academic experts and civil society,', // A/HRC/DEC/22/116 PP5
    ],
    operative: [
      'Acknowledges the holding of the seminar on the enhancement of international cooperation in the field of human rights on 15 February 2013, with the participation of States and other stakeholders;', // derived from A/HRC/DEC/22/116 PP5
    ],
  },
} as const;

/**
 * One paragraph of a derived variant for `VariantBuilder.write`: its section, text and printed
 * number, and the original paragraph it is a copy of, if any (same section, same text): a copy
 * keeps the original's raw lines, footnote marks included; other paragraphs are written afresh.
 */
export interface PlannedParagraph {
  section: Section;
  text: string;
  number: number | null;
  copyOf?: Paragraph;
}

/** One derived variant: the raw text and, for every old paragraph id, the new id it must align with. */
export interface Variant {
  name: string;
  raw: string;
  /** old id -> new id, or null when the paragraph was deleted. */
  expected: Map<string, string | null>;
  /** New ids that must be reported as added. */
  added: string[];
  /** Old ids whose lead verb was changed, with the new verb. */
  leadVerbs: Map<string, string>;
}

export class VariantBuilder {
  readonly raw: string;
  readonly resolution: Resolution;
  readonly layout: Layout;

  /** `raw` defaults to the corpus file; pass a variant's text to chain edits. */
  constructor(
    readonly file: string,
    raw?: string,
  ) {
    this.raw = raw ?? corpusText(file);
    this.resolution = parseResolution(this.raw);
    const layout = LAYOUTS[file];
    if (!layout) throw new Error(`no layout known for ${file}`);
    this.layout = layout;
  }

  get paragraphs(): Paragraph[] {
    return allParagraphs(this.resolution);
  }

  private identity(): Map<string, string | null> {
    return new Map(this.paragraphs.map((p) => [p.id, p.id]));
  }

  /** OP numbers are rewritten in the first line of each operative paragraph. */
  private renumber(edits: Edit[], numbering: Map<Paragraph, number>): void {
    for (const [p, n] of numbering) {
      const head = this.raw.slice(p.span.start, p.span.end);
      const m = /^(\s*)(\d+)\./.exec(head);
      if (m && Number(m[2]) !== n) edits.push({ start: p.span.start + m[1]!.length, end: p.span.start + m[1]!.length + m[2]!.length, text: String(n) });
    }
  }

  private shiftIds(expected: Map<string, string | null>, section: 'pp' | 'op', from: number, delta: number): void {
    for (const [oldId, newId] of expected) {
      if (newId === null || !newId.startsWith(section)) continue;
      const k = Number(newId.slice(2));
      if (k >= from) expected.set(oldId, `${section}${k + delta}`);
    }
  }

  delete(id: string): Variant {
    const p = this.paragraphs.find((x) => x.id === id)!;
    const edits: Edit[] = [{ start: p.span.start, end: p.span.end, text: '' }];
    const expected = this.identity();
    expected.set(id, null);
    const section = id.slice(0, 2) as 'pp' | 'op';
    this.shiftIds(expected, section, Number(id.slice(2)) + 1, -1);
    if (section === 'op') {
      const ops = this.resolution.operative;
      const k = ops.indexOf(p);
      this.renumber(edits, new Map(ops.slice(k + 1).map((q) => [q, q.number! - 1])));
    }
    return { name: `delete ${id}`, raw: applyEdits(this.raw, edits), expected, added: [], leadVerbs: new Map() };
  }

  /** Inserts a paragraph after `afterId` (in its section); OPs after it are renumbered. */
  /** The text `insertAfter(afterId)` would insert: the first of INSERT_TEXT the text does not hold yet, or undefined when it holds them all. */
  insertText(afterId: string): string | undefined {
    const p = this.paragraphs.find((x) => x.id === afterId)!;
    const lang = this.resolution.language === 'zh' ? 'zh' : 'en';
    const present = new Set(this.paragraphs.map((x) => x.text));
    return INSERT_TEXT[lang][p.section].find((t) => !present.has(t));
  }

  insertAfter(afterId: string): Variant {
    const p = this.paragraphs.find((x) => x.id === afterId)!;
    const section = p.section;
    const number = section === 'operative' ? p.number! + 1 : null;
    const text = this.insertText(afterId);
    if (text === undefined) throw new Error(`insertAfter(${afterId}): the text already holds every paragraph INSERT_TEXT offers for its section`);
    const piece = layoutParagraph(this.layout, text, number);
    const edits: Edit[] = [{ start: p.span.end, end: p.span.end, text: piece }];
    const prefix = section === 'preamble' ? 'pp' : 'op';
    const k = Number(afterId.slice(2));
    const expected = this.identity();
    this.shiftIds(expected, prefix, k + 1, +1);
    if (section === 'operative') {
      const ops = this.resolution.operative;
      this.renumber(edits, new Map(ops.slice(ops.indexOf(p) + 1).map((q) => [q, q.number! + 1])));
    }
    return { name: `insert after ${afterId}`, raw: applyEdits(this.raw, edits), expected, added: [`${prefix}${k + 1}`], leadVerbs: new Map() };
  }

  /** Exchanges two paragraphs of one section; operative numbers stay in printed order. */
  swap(idA: string, idB: string): Variant {
    const a = this.paragraphs.find((x) => x.id === idA)!;
    const b = this.paragraphs.find((x) => x.id === idB)!;
    const body = (p: Paragraph) => {
      const text = this.raw.slice(p.span.start, p.span.end);
      return p.number === null ? { lead: '', text } : { lead: /^\s*\d+\./.exec(text)![0], text: text.replace(/^\s*\d+\./, '') };
    };
    const ta = body(a);
    const tb = body(b);
    const edits: Edit[] = [
      { start: a.span.start, end: a.span.end, text: ta.lead + tb.text },
      { start: b.span.start, end: b.span.end, text: tb.lead + ta.text },
    ];
    const expected = this.identity();
    expected.set(idA, idB);
    expected.set(idB, idA);
    return { name: `swap ${idA} ${idB}`, raw: applyEdits(this.raw, edits), expected, added: [], leadVerbs: new Map() };
  }

  /** Moves a paragraph to stand after another of its section (a far move), renumbering OPs. */
  moveAfter(id: string, afterId: string): Variant {
    const list = id.startsWith('pp') ? this.resolution.preamble : this.resolution.operative;
    const from = list.findIndex((p) => p.id === id);
    const to = list.findIndex((p) => p.id === afterId);
    const order = list.filter((p) => p.id !== id);
    order.splice(order.findIndex((p) => p.id === afterId) + 1, 0, list[from]!);
    // Rewrite the section in its new order, slot by slot, each slot keeping its printed number.
    const edits: Edit[] = [];
    const expected = this.identity();
    list.forEach((slot, k) => {
      const moved = order[k]!;
      const text = this.raw.slice(moved.span.start, moved.span.end);
      const numberless = slot.number === null ? text : text.replace(/^(\s*)\d+\./, (_m, sp: string) => `${sp}${slot.number}.`);
      edits.push({ start: slot.span.start, end: slot.span.end, text: numberless });
      expected.set(moved.id, slot.id);
    });
    void to;
    return { name: `move ${id} after ${afterId}`, raw: applyEdits(this.raw, edits), expected, added: [], leadVerbs: new Map() };
  }

  /**
   * Writes a whole derived variant from a plan of its paragraphs, in reading order, in this
   * text's layout: the header, the text between paragraphs (page furniture, footnote blocks),
   * slot by slot, and the closing are kept; a paragraph copied from the original keeps its raw
   * lines (its number rewritten), others are written the way the layout writes a paragraph.
   */
  write(plan: readonly PlannedParagraph[]): string {
    const olds = this.paragraphs;
    if (olds.length === 0 || plan.length === 0) throw new Error('write needs paragraphs on both sides');
    const gaps = olds.slice(0, -1).map((p, k) => this.raw.slice(p.span.end, olds[k + 1]!.span.start));
    const defaultGap = this.layout === 'one-line-zh' || this.layout === 'one-line-fr' ? ' ' : this.layout === 'lines-fr' ? '\n' : '\n\n';
    let out = this.raw.slice(0, olds[0]!.span.start);
    plan.forEach((q, k) => {
      if (k > 0) out += gaps[k - 1] ?? defaultGap;
      out += this.piece(q);
    });
    return out + this.raw.slice(olds[olds.length - 1]!.span.end);
  }

  /** One planned paragraph as raw text, without the text around it. */
  private piece(q: PlannedParagraph): string {
    const c = q.copyOf;
    if (c && c.section === q.section && c.text === q.text) {
      const raw = this.raw.slice(c.span.start, c.span.end);
      if (c.number === q.number) return raw;
      const m = /^(\s*)(\d+)\./.exec(raw);
      if (m && q.number !== null) return raw.slice(0, m[1]!.length) + String(q.number) + raw.slice(m[1]!.length + m[2]!.length);
    }
    const numbered = q.number === null ? q.text : `${q.number}. ${q.text}`;
    switch (this.layout) {
      case 'pdf-zh':
        return ` ${numbered} `;
      case 'one-line-zh':
      case 'one-line-fr':
      case 'lines-fr':
        return numbered;
      case 'old-html-en': {
        const head = `      ${q.number === null ? '' : `${q.number}.    `}`;
        const lines = wrapWords(q.text, 70);
        return [head + lines[0], ...lines.slice(1)].join('\n');
      }
      case 'right-docs-en':
        return numbered;
    }
  }

  /** Replaces a paragraph's lead verb. */
  changeLeadVerb(id: string, verb: string): Variant {
    const p = this.paragraphs.find((x) => x.id === id)!;
    const text = this.raw.slice(p.span.start, p.span.end);
    const at = text.indexOf(p.leadVerb!);
    if (at < 0) throw new Error(`lead verb ${p.leadVerb} not found in ${id}`);
    const edits: Edit[] = [{ start: p.span.start + at, end: p.span.start + at + p.leadVerb!.length, text: verb }];
    return { name: `lead verb of ${id} -> ${verb}`, raw: applyEdits(this.raw, edits), expected: this.identity(), added: [], leadVerbs: new Map([[id, verb]]) };
  }
}
