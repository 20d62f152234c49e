// Derived proposals for the compilation tests: real corpus texts with paragraphs deleted, moved,
// inserted (from INSERT_TEXT, wording of real texts of the series) or with a run of their own
// words cut out. Test fixtures derived from the real texts, never stand-ins for resolutions.
import type { Paragraph, Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { VariantBuilder, type PlannedParagraph } from '../helpers/variants.js';

/** One edit of a derived proposal. */
export type DerivedEdit =
  | { op: 'cut'; id: string; words: string } // the words, as they stand in the paragraph, cut out
  | { op: 'cutAt'; id: string; from: number; to: number } // a share (0..1) of the words after the lead verb
  | { op: 'delete'; id: string }
  | { op: 'insertAfter'; id: string }
  | { op: 'moveAfter'; id: string; after: string };

/** The text of a paragraph with a run of its characters cut out, lead verb and closing mark kept. */
function cutShare(p: Paragraph, from: number, to: number, latin: boolean): string {
  const head = (p.leadVerb ?? '').length;
  const body = p.text.slice(head, -1);
  let a = head + Math.floor(Math.min(from, to) * body.length);
  let b = head + Math.floor(Math.max(from, to) * body.length);
  if (latin) {
    // Whole words: from a space to before a space.
    a = p.text.indexOf(' ', a);
    b = p.text.indexOf(' ', b);
    if (a < 0 || b <= a || b >= p.text.length - 1) return p.text;
  }
  if (b <= a) return p.text;
  return p.text.slice(0, a) + p.text.slice(b);
}

/** A derived proposal: the corpus file's text with the edits made, written in its layout and parsed. */
export function deriveProposal(file: string, edits: readonly DerivedEdit[]): { raw: string; resolution: Resolution } {
  const builder = new VariantBuilder(file);
  const latin = builder.resolution.language !== 'zh';
  let plan: (PlannedParagraph & { id: string | null })[] = builder.paragraphs.map((p) => ({ section: p.section, text: p.text, number: p.number, copyOf: p, id: p.id }));
  for (const e of edits) {
    const at = plan.findIndex((q) => q.id === e.id);
    if (at < 0) continue;
    const q = plan[at]!;
    switch (e.op) {
      case 'cut': {
        const k = q.text.indexOf(e.words);
        if (k < 0) throw new Error(`${e.id} does not hold “${e.words}”`);
        plan[at] = { ...q, text: q.text.slice(0, k) + q.text.slice(k + e.words.length) };
        break;
      }
      case 'cutAt':
        plan[at] = { ...q, text: cutShare(builder.paragraphs.find((p) => p.id === e.id)!, e.from, e.to, latin) };
        break;
      case 'delete':
        if (plan.filter((x) => x.section === q.section).length > 1) plan.splice(at, 1);
        break;
      case 'insertAfter': {
        const text = builder.insertText(e.id);
        if (text !== undefined && !plan.some((x) => x.text === text)) plan.splice(at + 1, 0, { section: q.section, text, number: null, id: null });
        break;
      }
      case 'moveAfter': {
        const to = plan.findIndex((x) => x.id === e.after);
        if (to < 0 || plan[to]!.section !== q.section || e.after === e.id) break;
        plan.splice(at, 1);
        plan.splice(plan.findIndex((x) => x.id === e.after) + 1, 0, q);
        break;
      }
    }
  }
  // Operative numbers in printed order; unnumbered texts (decisions) stay unnumbered.
  let n = 0;
  const numbered = builder.resolution.operative.some((p) => p.number !== null);
  plan = plan.map((q) => (q.section === 'operative' && numbered ? { ...q, number: ++n } : q));
  const raw = builder.write(plan);
  return { raw, resolution: parseResolution(raw) };
}

/** A text's paragraphs per section, as `proposalText` gives them back. */
export function sections(r: Resolution): { preamble: string[]; operative: string[] } {
  return { preamble: r.preamble.map((p) => p.text), operative: r.operative.map((p) => p.text) };
}

const FILE_68_160 = 'A-RES-68-160.zh.txt';

/** Three derived proposals to A/RES/68/160 (its own words cut out, a paragraph deleted or added). */
export function threeProposals() {
  return {
    // Derived: OP 4 loses "包容、正义、"; OP 9 loses its closing clause on non-governmental organizations.
    EU: deriveProposal(FILE_68_160, [
      { op: 'cut', id: 'op4', words: '包容、正义、' },
      { op: 'cut', id: 'op9', words: '，并鼓励非政府组织积极为此作出贡献' },
    ]).resolution,
    // Derived: OP 4 loses "正义、平等和公平、" (overlapping the EU's cut at 正义); OP 12 deleted.
    G77: deriveProposal(FILE_68_160, [
      { op: 'cut', id: 'op4', words: '正义、平等和公平、' },
      { op: 'delete', id: 'op12' },
    ]).resolution,
    // Derived: the same cut in OP 9 as the EU's; a preambular paragraph of A/RES/55/109 after PP4.
    CARICOM: deriveProposal(FILE_68_160, [
      { op: 'cut', id: 'op9', words: '，并鼓励非政府组织积极为此作出贡献' },
      { op: 'insertAfter', id: 'pp8' },
    ]).resolution,
  };
}
