// The life of every paragraph over three or more versions, chained from the engine's pairwise alignments.
// Layer: series, over several versions. Imports align/ and model/; imported by render/, views/ and
// the front ends.
import { compareResolutions, documentRef } from '../align/compareResolutions.js';
import type { Change, Comparison, DocumentRef, ParagraphRef } from '../model/comparison.js';
import { allParagraphs, type Resolution } from '../model/resolution.js';

/** What happened to a paragraph in one version. */
export type LineageEvent =
  | { version: number; kind: 'appeared'; paragraph: ParagraphRef; text: string }
  | { version: number; kind: 'unchanged' | 'modified' | 'moved'; paragraph: ParagraphRef; change: Change }
  | { version: number; kind: 'removed'; last: ParagraphRef; change: Change };

/** One paragraph followed through the versions: from where it appeared to where it disappeared. */
export interface Lineage {
  /** 1-based, in order of first appearance. */
  id: number;
  events: LineageEvent[];
}

export interface Series {
  versions: { ref: DocumentRef; label: string }[];
  /** comparisons[k] is version k -> version k + 1. */
  comparisons: Comparison[];
  lineages: Lineage[];
}

function ref(r: Resolution, id: string): ParagraphRef {
  const p = allParagraphs(r).find((x) => x.id === id)!;
  return { id: p.id, number: p.number, section: p.section };
}

/**
 * Follows every paragraph through successive versions. Built only from the pairwise
 * comparisons (no second aligner): a paragraph matched from one version to the next keeps its
 * lineage; an added one starts a lineage; a removed one ends it.
 */
export function buildSeries(resolutions: readonly Resolution[], labels: readonly string[]): Series {
  if (resolutions.length < 2) throw new Error('a series needs at least two versions');
  const comparisons: Comparison[] = [];
  for (let k = 0; k + 1 < resolutions.length; k++) comparisons.push(compareResolutions(resolutions[k]!, resolutions[k + 1]!));

  const lineages: Lineage[] = [];
  // For the version being read: paragraph id -> its lineage.
  let current = new Map<string, Lineage>();
  for (const p of allParagraphs(resolutions[0]!)) {
    const lineage: Lineage = { id: lineages.length + 1, events: [{ version: 0, kind: 'appeared', paragraph: ref(resolutions[0]!, p.id), text: p.text }] };
    lineages.push(lineage);
    current.set(p.id, lineage);
  }
  comparisons.forEach((comparison, k) => {
    const version = k + 1;
    const next = new Map<string, Lineage>();
    for (const change of comparison.changes) {
      switch (change.kind) {
        case 'added': {
          const p = allParagraphs(resolutions[version]!).find((x) => x.id === change.new.id)!;
          const lineage: Lineage = { id: lineages.length + 1, events: [{ version, kind: 'appeared', paragraph: change.new, text: p.text }] };
          lineages.push(lineage);
          next.set(change.new.id, lineage);
          break;
        }
        case 'removed':
          current.get(change.old.id)!.events.push({ version, kind: 'removed', last: change.old, change });
          break;
        case 'unchanged':
        case 'modified':
        case 'moved': {
          const lineage = current.get(change.old.id)!;
          lineage.events.push({ version, kind: change.kind, paragraph: change.new, change });
          next.set(change.new.id, lineage);
          break;
        }
      }
    }
    current = next;
  });
  const versions = resolutions.map((r, k) => ({ ref: documentRef(r), label: labels[k] ?? r.symbol ?? `version ${k + 1}` }));
  return { versions, comparisons, lineages };
}

/** The lineage's state in a version: its paragraph there, or why it has none. */
export function stateIn(lineage: Lineage, version: number): LineageEvent | 'absent' | 'gone' {
  const event = lineage.events.find((e) => e.version === version);
  if (event) return event;
  const first = lineage.events[0]!.version;
  return version < first ? 'absent' : 'gone';
}
