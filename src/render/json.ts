// JSON renderers: exactly the contracts of model/contracts.ts, nothing internal (no source offsets).
import type { Comparison } from '../model/comparison.js';
import type { DiffOutput, ParseOutput } from '../model/contracts.js';
import type { Resolution } from '../model/resolution.js';
import type { DocumentLabels } from '../wording/labels.js';

/** The `resdiff parse --json` object for a resolution. */
export function parseOutput(r: Resolution): ParseOutput {
  return {
    symbol: r.symbol,
    language: r.language,
    title: r.title,
    adopted: r.adopted,
    meeting: r.meeting,
    complete: r.complete,
    preamble: r.preamble.map((p) => ({ id: p.id, text: p.text, leadVerb: p.leadVerb, footnotes: p.footnotes })),
    operative: r.operative.map((p) => ({ id: p.id, number: p.number, text: p.text, leadVerb: p.leadVerb, footnotes: p.footnotes })),
    footnotes: r.footnotes.map((f) => ({ mark: f.mark, text: f.text, citedBy: f.citedBy })),
    body: r.body,
    kind: r.kind,
    basis: r.basis,
    warnings: r.warnings,
    draft: r.draft ? { ...r.draft, sponsors: [...r.draft.sponsors] } : null,
    ...(r.spacingRepair ? { spacingRepair: { joins: r.spacingRepair.joins } } : {}),
  };
}

/** The `resdiff diff --json` object for a comparison; `labels` (the paste page's) add a `label` to each side. */
export function diffOutput(c: Comparison, labels?: DocumentLabels): DiffOutput {
  return {
    old: { ...docRef(c.old), ...(labels ? { label: labels.old } : {}) },
    new: { ...docRef(c.new), ...(labels ? { label: labels.new } : {}) },
    summary: { ...c.summary },
    changes: c.changes.map((ch) => ({
      kind: ch.kind,
      section: ch.section,
      old: ch.old && { id: ch.old.id, number: ch.old.number },
      new: ch.new && { id: ch.new.id, number: ch.new.number },
      similarity: Math.round(ch.similarity * 1000) / 1000,
      leadVerb: ch.leadVerb,
      segments: ch.segments,
      renumbered: ch.renumbered,
      approximate: ch.approximate,
      technical: ch.technical,
      ...(ch.cutAt === undefined ? {} : { cutAt: ch.cutAt }),
    })),
    title: c.title,
    approximate: c.approximate,
    ...(c.languageMismatch ? { languageMismatch: { ...c.languageMismatch } } : {}),
  };
}

/** One side of the diff object: symbol and language, and for a draft its kind and masthead facts. */
function docRef(d: Comparison['old']): DiffOutput['old'] {
  const repaired = d.spacingRepair ? { spacingRepair: { joins: d.spacingRepair.joins } } : {};
  return d.draft ? { symbol: d.symbol, language: d.language, kind: 'draft', draft: { ...d.draft, sponsors: [...d.draft.sponsors] }, ...repaired } : { symbol: d.symbol, language: d.language, ...repaired };
}

/** Pretty JSON text with a final newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
