// Word renderer: the OLD text with every change as a real tracked change (w:ins / w:del), the
// form in which a draft that revises an adopted text is circulated. Built with the `docx`
// package only; no XML is written by hand.
//
// Per change (c.changes order, which is the new text's order):
// - unchanged: plain runs (a renumbered one gets its old number deleted and the new inserted);
// - modified: equal segments plain, delete segments as deletions, insert segments as insertions;
// - added: the whole paragraph, number included, as an insertion, its paragraph mark too;
// - removed: the whole paragraph, number included, as a deletion, its paragraph mark too;
// - moved: an insertion of the whole new paragraph where it stands now (its place in
//   c.changes), and a deletion of the whole old paragraph where it stood: right after the
//   paragraph that preceded it in the old text (the nearest preceding old paragraph that did not
//   move itself; at the very start of the body when none did). Several deleted copies anchored at
//   one paragraph keep their old order.
// Operative numbers are text ("5. "); a changed number is a deletion of the old followed by an
// insertion of the new. Accepting every change gives the new text, rejecting every change the
// old one. Footnotes are left out. The file's custom properties name both texts (symbol, title:
// ingest/docxReport.ts), so that `--tracked` (ingest/docxTracked.ts) reads the pair back whole.
//
// Right to left: a paragraph of a text written right to left (LanguageRules.direction: Arabic) is a
// bidi paragraph (w:bidi) whose runs are right-to-left runs (w:rtl); the paragraphs of the new
// text take its direction, deleted copies and removed paragraphs the old text's.
// An equal run the language folds (Segment.old: tashkeel, ’ for ') is no word change, but a Word
// report must give back each text exactly: its characters that differ are tracked one by one
// (l[-'-]{+’+}homme), the rest plain.
import { diffChars } from 'diff';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Change, Comparison, ParagraphRef, Segment } from '../model/comparison.js';
import { assertNever, sideText } from '../model/comparison.js';
import type { DocumentRef } from '../model/comparison.js';
import { rulesFor } from '../lang/index.js';
import { draftLine } from '../wording/draft.js';
import { sideNames, type DocumentLabels } from '../wording/labels.js';
import { reportProperties } from '../ingest/docxReport.js';

export interface DocxOptions {
  /** The texts' names as a person gave them, for the heading (else their symbols). */
  labels?: DocumentLabels;
  /** Shown by Word as the author of every change. */
  author: string;
  /** The time stamp of every change. */
  date: Date;
}

/**
 * The opening line of the body ("The General Assembly,", "大会，"), from the document language's
 * rules; none when the body or its line in that language is unknown.
 */
export function openingLine(r: Pick<DocumentRef, 'body' | 'language'>): string | null {
  if (r.body === null) return null;
  return rulesFor(r.language).bodies.find((b) => b.body === r.body)?.line ?? null;
}

/** "5. " for a numbered operative paragraph, "" otherwise. */
function numberPrefix(ref: ParagraphRef | null): string {
  return ref !== null && ref.number !== null ? `${ref.number}. ` : '';
}

/** Run options of a right-to-left run (w:rtl), or none. */
const runDirection = (rtl: boolean) => (rtl ? { rightToLeft: true } : {});

/** Hands out revision ids (unique in the document) with the one author and date. */
class Revisions {
  private next = 1;
  private readonly date: string;

  constructor(private readonly author: string, date: Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('renderDocx: the date is not a valid date');
    // Word writes whole seconds; keep to that.
    this.date = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  mark(): { id: number; author: string; date: string } {
    return { id: this.next++, author: this.author, date: this.date };
  }

  ins(text: string, rtl = false): ParagraphChild[] {
    return text === '' ? [] : [new InsertedTextRun({ ...this.mark(), text, ...runDirection(rtl) })];
  }

  del(text: string, rtl = false): ParagraphChild[] {
    return text === '' ? [] : [new DeletedTextRun({ ...this.mark(), text, ...runDirection(rtl) })];
  }
}

const plain = (text: string, rtl = false): ParagraphChild[] => (text === '' ? [] : [new TextRun(rtl ? { text, rightToLeft: true } : text)]);

const BODY_PARAGRAPH = { alignment: AlignmentType.BOTH, indent: { firstLine: 567 }, spacing: { after: 120 } } as const;

/** A body paragraph's options: a bidi paragraph (w:bidi) when its text is written right to left. */
const bodyParagraph = (rtl: boolean) => (rtl ? { ...BODY_PARAGRAPH, bidirectional: true } : BODY_PARAGRAPH);

/** Renders a comparison as a Word document: the old text with the changes tracked against it. */
export async function renderDocx(c: Comparison, opts: DocxOptions): Promise<Uint8Array> {
  const rev = new Revisions(opts.author, opts.date);
  // Which text is written right to left (Arabic): its paragraphs are bidi, its runs rtl.
  const rtl = { old: rulesFor(c.old.language).direction === 'rtl', new: rulesFor(c.new.language).direction === 'rtl' };
  // The segments rebuild both texts exactly (the engine's invariant).
  const oldText = (change: Change): string => (change.old === null ? '' : sideText(change.segments, 'old'));
  const newText = (change: Change): string => (change.new === null ? '' : sideText(change.segments, 'new'));

  /** The number: plain when it stayed, else the old deleted and the new inserted. */
  const number = (change: Change): ParagraphChild[] => {
    const was = numberPrefix(change.old);
    const now = numberPrefix(change.new);
    return was === now ? plain(was, rtl.new) : [...rev.del(was, rtl.old), ...rev.ins(now, rtl.new)];
  };

  /** An equal run: plain, or where the old text writes it differently (Segment.old), those characters tracked. */
  const kept = (s: Segment): ParagraphChild[] => {
    if (s.old === undefined) return plain(s.text, rtl.new);
    return diffChars(s.old, s.text).flatMap((d) => (d.removed ? rev.del(d.value, rtl.old) : d.added ? rev.ins(d.value, rtl.new) : plain(d.value, rtl.new)));
  };

  /** A whole paragraph inserted (the paragraph mark too, so rejecting it leaves no empty paragraph). */
  const insertedParagraph = (text: string): Paragraph =>
    new Paragraph({ ...bodyParagraph(rtl.new), run: { insertion: rev.mark() }, children: rev.ins(text, rtl.new) });
  /** A whole paragraph deleted (the paragraph mark too, so accepting it leaves no empty paragraph). */
  const deletedParagraph = (text: string): Paragraph =>
    new Paragraph({ ...bodyParagraph(rtl.old), run: { deletion: rev.mark() }, children: rev.del(text, rtl.old) });

  // Where the deleted copies of moved paragraphs go: after the change that holds the nearest
  // preceding old paragraph that did not move (index -1: before the first change).
  const changeOfOld = new Map<string, number>();
  c.changes.forEach((change, k) => {
    if (change.old !== null) changeOfOld.set(change.old.id, k);
  });
  const movedOld = new Map<string, Change>();
  for (const change of c.changes) if (change.kind === 'moved') movedOld.set(change.old.id, change);
  const copiesAfter = new Map<number, Change[]>();
  let anchor = -1;
  for (const p of c.old.paragraphs) {
    const moved = movedOld.get(p.id);
    if (moved) {
      const list = copiesAfter.get(anchor) ?? [];
      list.push(moved);
      copiesAfter.set(anchor, list);
      movedOld.delete(p.id);
    } else {
      anchor = changeOfOld.get(p.id) ?? anchor;
    }
  }
  // Moved paragraphs whose old id the old document does not list: at the start.
  if (movedOld.size > 0) copiesAfter.set(-1, [...(copiesAfter.get(-1) ?? []), ...movedOld.values()]);

  const deletedCopy = (change: Change): Paragraph => deletedParagraph(numberPrefix(change.old) + oldText(change));

  const changeParagraph = (change: Change): Paragraph => {
    switch (change.kind) {
      case 'unchanged':
        // The new text (past a partial text's cut too, as the new text has it), kept runs as above.
        return new Paragraph({
          ...bodyParagraph(rtl.new),
          children: [...number(change), ...change.segments.flatMap((s) => (s.op === 'equal' ? kept(s) : s.op === 'insert' ? plain(s.text, rtl.new) : []))],
        });
      case 'modified':
        return new Paragraph({
          ...bodyParagraph(rtl.new),
          children: [
            ...number(change),
            ...change.segments.flatMap((s) => (s.op === 'equal' ? kept(s) : s.op === 'delete' ? rev.del(s.text, rtl.old) : rev.ins(s.text, rtl.new))),
          ],
        });
      case 'added':
        return insertedParagraph(numberPrefix(change.new) + newText(change));
      case 'removed':
        return deletedParagraph(numberPrefix(change.old) + oldText(change));
      case 'moved':
        return insertedParagraph(numberPrefix(change.new) + newText(change));
      default:
        return assertNever(change);
    }
  };

  const body: Paragraph[] = [];
  for (const copy of copiesAfter.get(-1) ?? []) body.push(deletedCopy(copy));
  c.changes.forEach((change, k) => {
    body.push(changeParagraph(change));
    for (const copy of copiesAfter.get(k) ?? []) body.push(deletedCopy(copy));
  });

  const name = { old: opts.labels?.old || c.old.symbol || '—', new: opts.labels?.new || c.new.symbol || '—' };
  // The heading lines: both names, each text's title, and for a text that is a draft its kind,
  // revision and sponsors (with the sponsors line's starred note); none of these for adopted texts.
  const lines: ParagraphChild[][] = [];
  for (const side of ['old', 'new'] as const) {
    lines.push([new TextRun({ text: `${name[side]}: `, bold: true }), new TextRun({ text: c[side].title ?? '—', ...runDirection(rtl[side]) })]);
    const draft = c[side].draft;
    if (!draft) continue;
    lines.push([new TextRun({ text: `${name[side]}: `, bold: true }), new TextRun({ text: draftLine(draft), italics: true })]);
    if (draft.sponsorsNote) lines.push([new TextRun({ text: `* ${draft.sponsorsNote}`, size: 20 })]);
  }
  const head: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${name.old} → ${name.new}`)] }),
    // The last line is spaced from the text.
    ...lines.map((children, k) => new Paragraph(k === lines.length - 1 ? { children, spacing: { after: 240 } } : { children })),
  ];
  // The opening line of each text: plain when both have the same, else tracked like any change
  // (a General Assembly text against a Council one), so that both texts read back whole.
  const opening = { old: openingLine(c.old), new: openingLine(c.new) };
  if (opening.old === opening.new) {
    if (opening.old !== null) head.push(new Paragraph({ ...bodyParagraph(rtl.new), children: plain(opening.old, rtl.new) }));
  } else if (opening.old === null) head.push(insertedParagraph(opening.new!));
  else if (opening.new === null) head.push(deletedParagraph(opening.old));
  else head.push(new Paragraph({ ...bodyParagraph(rtl.new), children: [...rev.del(opening.old, rtl.old), ...rev.ins(opening.new, rtl.new)] }));

  // Fonts and proofing language: what UN documents in that language are set in (LanguageRules.word).
  const font = rulesFor(c.old.language).word;
  const doc = new Document({
    creator: opts.author,
    title: `${sideNames(c, opts.labels).old} → ${sideNames(c, opts.labels).new}`,
    features: { trackRevisions: true },
    // Both texts' symbols and titles, for reading the report back (ingest/docxTracked.ts).
    customProperties: reportProperties(c.old, c.new),
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: font.latin, hAnsi: font.latin, cs: font.latin, eastAsia: font.eastAsia },
            size: 24,
            language: font.lang,
          },
        },
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: [...head, ...body] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
