// The compilation text (issue 13) in its formats: HTML (views/compilation.tsx), Markdown, Word
// with each delegation's changes tracked under its own name, and JSON (the model as it is).
//
// Word: the base paragraph stands as it is; under it, each proposal is a copy of the base
// paragraph with that delegation's words inserted and deleted as tracked changes whose author is
// the delegation (an identical proposal of two delegations is one copy, authored "EU, CARICOM"),
// so Word's reviewing pane shows and filters them by delegation. The tag line before it ("[EU]
// changes the words") is plain text. A new paragraph is a tracked insertion, a deletion a copy
// of the paragraph tracked as deleted; a collision is a plain line naming both.
import { AlignmentType, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { stylesheet } from '../../views/assets.js';
import { CompilationDocument } from '../../views/compilation.js';
import { baseName, collisionLine, countsLine, delegationColour, newParagraphLine, paragraphLabel, perProposalLine, proposalVerb, tags } from '../compile/index.js';
import { rulesFor } from '../lang/index.js';
import type { Compilation, CompileFormat, NewParagraph } from '../model/compilation.js';
import type { Segment } from '../model/comparison.js';
import { escapeMarkdown } from './markdown.js';


export function renderCompilationHtml(c: Compilation, generator: string): string {
  return `<!doctype html>\n${String(CompilationDocument({ compilation: c, css: stylesheet(), generator }))}\n`;
}

function segmentsMd(segments: readonly Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? escapeMarkdown(s.text) : s.op === 'insert' ? `**${escapeMarkdown(s.text)}**` : `~~${escapeMarkdown(s.text)}~~`)).join('');
}

export function renderCompilationMarkdown(c: Compilation): string {
  const out: string[] = [`# Compilation text: ${escapeMarkdown(baseName(c))}`, ''];
  if (c.base.title) out.push(escapeMarkdown(c.base.title), '');
  out.push(...c.counts.perProposal.map((p) => `- ${escapeMarkdown(perProposalLine(p))}`), '', `${countsLine(c)}.`, '');
  for (const p of c.proposals) for (const n of p.notes) out.push(`> ${escapeMarkdown(`[${p.label}] ${n}`)}`, '');
  out.push('Inserted words in **bold**, deleted words ~~struck through~~.', '');
  const newOne = (n: NewParagraph) => out.push(`> ${escapeMarkdown(tags(n.labels))} ${escapeMarkdown(newParagraphLine(n, c))}: **${escapeMarkdown(n.text)}**`, '');
  if (c.before.length > 0 && c.paragraphs[0]) out.push(`### Before ${paragraphLabel(c.paragraphs[0])}`, '');
  c.before.forEach(newOne);
  for (const p of c.paragraphs) {
    out.push(`### ${paragraphLabel(p)}`, '', escapeMarkdown(p.text), '');
    for (const x of p.collisions) out.push(`**${escapeMarkdown(collisionLine(p, x))}.**`, '');
    p.proposals.forEach((g, k) => {
      const clash = p.collisions.some((x) => x.between.includes(k)) ? ' (collides)' : '';
      out.push(`> ${escapeMarkdown(tags(g.labels))} ${proposalVerb(g)}${clash}: ${segmentsMd(g.segments)}`, '');
    });
    p.after.forEach(newOne);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Revision marks: ids unique in the document, the author a delegation (or several). */
class Revisions {
  private next = 1;
  private readonly date: string;
  constructor(date: Date) {
    this.date = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  run(s: Segment, author: string): ParagraphChild {
    if (s.op === 'equal') return new TextRun(s.text);
    const mark = { id: this.next++, author, date: this.date, text: s.text };
    return s.op === 'insert' ? new InsertedTextRun(mark) : new DeletedTextRun(mark);
  }
}

const BODY = { alignment: AlignmentType.BOTH, spacing: { after: 80 } } as const;
const PROPOSAL = { ...BODY, indent: { left: 567 } } as const;
const hex = (index: number) => delegationColour(index).slice(1).toUpperCase();

export async function renderCompilationDocx(c: Compilation, date: Date): Promise<Uint8Array> {
  const rev = new Revisions(date);
  const colourOf = (label: string) => hex(c.proposals.find((p) => p.label === label)?.index ?? 0);
  const tagRuns = (labels: readonly string[], what: string): ParagraphChild[] => [
    ...labels.flatMap((l) => [new TextRun({ text: `[${l}]`, bold: true, color: colourOf(l) }), new TextRun(' ')]),
    new TextRun({ text: what, italics: true, color: '57606A' }),
  ];
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Compilation text: ${baseName(c)}`)] }),
    ...(c.base.title ? [new Paragraph({ children: [new TextRun(c.base.title)] })] : []),
    ...c.counts.perProposal.map((p) => new Paragraph({ children: [new TextRun({ text: `[${p.label}]`, bold: true, color: colourOf(p.label) }), new TextRun(` ${perProposalLine(p).slice(p.label.length + 2)}`)] })),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(`${countsLine(c)}.`)] }),
  ];
  const newOne = (n: NewParagraph) => {
    const author = n.labels.join(', ');
    body.push(new Paragraph({ ...PROPOSAL, keepNext: true, children: tagRuns(n.labels, newParagraphLine(n, c)) }));
    body.push(new Paragraph({ ...PROPOSAL, children: [rev.run({ op: 'insert', text: n.text }, author)] }));
  };
  if (c.before.length > 0 && c.paragraphs[0]) body.push(new Paragraph({ ...BODY, keepNext: true, children: [new TextRun({ text: `Before ${paragraphLabel(c.paragraphs[0])}`, bold: true, color: '57606A' })] }));
  c.before.forEach(newOne);
  for (const p of c.paragraphs) {
    body.push(new Paragraph({ ...BODY, keepNext: p.proposals.length > 0, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: `${paragraphLabel(p)}  `, bold: true, color: '57606A' }), new TextRun(p.text)] }));
    for (const x of p.collisions) body.push(new Paragraph({ ...PROPOSAL, keepNext: true, children: [new TextRun({ text: `⚠ ${collisionLine(p, x)}.`, bold: true, color: 'B42318' })] }));
    p.proposals.forEach((g, k) => {
      const clash = p.collisions.some((x) => x.between.includes(k)) ? ' (collides)' : '';
      body.push(new Paragraph({ ...PROPOSAL, keepNext: true, children: tagRuns(g.labels, `${proposalVerb(g)}${clash}`) }));
      body.push(new Paragraph({ ...PROPOSAL, children: g.segments.map((s) => rev.run(s, g.labels.join(', '))) }));
    });
    p.after.forEach(newOne);
  }
  const font = rulesFor(c.base.language).word;
  const doc = new Document({
    creator: 'resdiff',
    title: `Compilation text: ${baseName(c)}`,
    features: { trackRevisions: true },
    styles: {
      default: {
        document: { run: { font: { ascii: font.latin, hAnsi: font.latin, cs: font.latin, eastAsia: font.eastAsia }, size: 22, language: font.lang } },
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The compilation in one of its formats. */
export async function renderCompilation(format: CompileFormat, c: Compilation, opts: { generator: string; date: Date }): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderCompilationHtml(c, opts.generator);
    case 'markdown':
      return renderCompilationMarkdown(c);
    case 'docx':
      return renderCompilationDocx(c, opts.date);
    case 'json':
      return `${JSON.stringify({ generator: opts.generator, ...c }, null, 2)}\n`;
  }
}
