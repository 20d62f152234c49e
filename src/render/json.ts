// JSON renderers: exactly the contracts of model/contracts.ts, nothing internal (no source offsets).
import type { Comparison } from '../model/comparison.js';
import type { DiffOutput, ParseOutput } from '../model/contracts.js';
import type { Resolution } from '../model/resolution.js';

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
  };
}

/** The `resdiff diff --json` object for a comparison. */
export function diffOutput(c: Comparison): DiffOutput {
  return {
    old: { symbol: c.old.symbol, language: c.old.language },
    new: { symbol: c.new.symbol, language: c.new.language },
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

/** Pretty JSON text with a final newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
