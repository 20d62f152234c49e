// What every compilation renderer says: tags, paragraph labels, the counts line, the colours.
import type { Collision, Compilation, CompiledParagraph, NewParagraph, ParagraphProposal } from '../model/compilation.js';
import { refLabel } from '../wording/labels.js';

/**
 * One colour per delegation, in the order given (Okabe-Ito, safe for colour-blind readers), then
 * round again. Renderers draw tags and borders in it; words stay in the ins/del colours.
 */
export const DELEGATION_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7a5c00', '#555555'] as const;

export function delegationColour(index: number): string {
  return DELEGATION_COLOURS[index % DELEGATION_COLOURS.length]!;
}

/** "[EU]", "[EU] [CARICOM]". */
export function tags(labels: readonly string[]): string {
  return labels.map((l) => `[${l}]`).join(' ');
}

/** "PP3", "OP 5". */
export function paragraphLabel(p: Pick<CompiledParagraph, 'id' | 'number' | 'section'>): string {
  return refLabel({ id: p.id, number: p.number, section: p.section });
}

/** "deletes the paragraph", "moves the paragraph elsewhere", "changes the words". */
export function proposalVerb(g: ParagraphProposal): string {
  if (g.kind === 'delete') return g.moved ? 'moves the paragraph elsewhere' : 'deletes the paragraph';
  return 'changes the words';
}

/** "new preambular paragraph", "moved here from OP 3". */
export function newParagraphLine(n: NewParagraph, c: Compilation): string {
  const kind = n.section === 'preamble' ? 'preambular' : 'operative';
  if (n.movedFrom === null) return `new ${kind} paragraph`;
  const from = c.paragraphs.find((p) => p.id === n.movedFrom);
  return `${kind} paragraph moved here${from ? ` from ${paragraphLabel(from)}` : ''}`;
}

/** "Collision: [EU] and [G77]/[CARICOM] change the same words" (G77 and CARICOM propose the same). */
export function collisionLine(p: Pick<CompiledParagraph, 'proposals'>, x: Collision): string {
  const [a, b] = x.between.map((k) => p.proposals[k]!.labels.map((l) => `[${l}]`).join('/'));
  return `Collision: ${a} and ${b} change the same words`;
}

/** "EU: 2 (2 changed)" per delegation. */
export function perProposalLine(p: Compilation['counts']['perProposal'][number]): string {
  const parts = [p.modified ? `${p.modified} changed` : '', p.deleted ? `${p.deleted} deleted` : '', p.added ? `${p.added} new` : ''].filter(Boolean);
  return `${p.label}: ${p.total} proposal${p.total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** "3 paragraphs touched, 1 new paragraph, 1 collision". */
export function countsLine(c: Compilation): string {
  const n = c.counts;
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${plural(n.paragraphsTouched, 'paragraph', 'paragraphs')} of the base touched, ${plural(n.newParagraphs, 'new paragraph', 'new paragraphs')}, ${plural(n.collisions, 'collision', 'collisions')}`;
}

/** The base's name: its symbol, else "the base text". */
export function baseName(c: Compilation): string {
  return c.base.symbol ?? 'the base text';
}
