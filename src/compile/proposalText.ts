// One delegation's text read back from a compilation: the base with that delegation's changes
// applied and every other delegation's ignored. The inverse the compilation must honour.
import type { Compilation } from '../model/compilation.js';
import type { Section } from '../model/resolution.js';

/**
 * The paragraphs of the text `label` proposed, per section, in reading order.
 *
 * @example proposalText(compile(base, [{ label: 'EU', text: eu }]), 'EU').operative // eu's OP texts
 * @throws RangeError when no proposal has that label.
 */
export function proposalText(c: Compilation, label: string): Record<Section, string[]> {
  if (!c.proposals.some((p) => p.label === label)) throw new RangeError(`no proposal is labelled "${label}"`);
  const out: Record<Section, string[]> = { preamble: [], operative: [] };
  const addNew = (list: Compilation['before']) => {
    for (const n of list) if (n.labels.includes(label)) out[n.section].push(n.text);
  };
  addNew(c.before);
  for (const p of c.paragraphs) {
    const mine = p.proposals.find((g) => g.labels.includes(label));
    if (!mine) out[p.section].push(p.text);
    else if (mine.kind === 'modify') out[p.section].push(mine.segments.filter((s) => s.op !== 'delete').map((s) => s.text).join(''));
    addNew(p.after);
  }
  return out;
}
