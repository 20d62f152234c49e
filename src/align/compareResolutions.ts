// The engine's entry point: two Resolutions -> one Comparison. Pure: no I/O, no clock.
// Layer: align, the engine (pure, deterministic). Imports insight/ (technical changes), parse/ (lead
// verbs), lang/ (each text's rules), text/ and model/; imported by series/, batch/ and the front ends.
import { knownSegments, sideText, type Change, type Comparison, type DocumentRef, type ParagraphRef, type Summary } from '../model/comparison.js';
import type { Paragraph, Resolution, Section } from '../model/resolution.js';
import { sameLeadVerb } from '../parse/leadVerb.js';
import { alignParagraphs, DEFAULT_ALIGN_OPTIONS, type AlignOptions, type ParagraphMatch } from './alignParagraphs.js';
import { DEFAULT_INLINE_OPTIONS, inlineDiff, type InlineDiffOptions } from './inlineDiff.js';
import { isTechnicalChange, type SideRules } from '../insight/technical.js';
import { rulesFor, type LanguageRules } from '../lang/index.js';

export interface CompareOptions {
  align: AlignOptions;
  inline: InlineDiffOptions;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { align: DEFAULT_ALIGN_OPTIONS, inline: DEFAULT_INLINE_OPTIONS };

function ref(p: Paragraph): ParagraphRef {
  return { id: p.id, number: p.number, section: p.section };
}

/** The facts of a document that a comparison carries. */
export function documentRef(r: Resolution): DocumentRef {
  return {
    symbol: r.symbol,
    language: r.language,
    title: r.title,
    adopted: r.adopted,
    meeting: r.meeting,
    basis: r.basis,
    body: r.body,
    kind: r.kind,
    draft: r.draft ? { ...r.draft, sponsors: [...r.draft.sponsors] } : null,
    complete: r.complete,
    incomplete: [...r.incomplete],
    ...(r.spacingRepair ? { spacingRepair: { joins: r.spacingRepair.joins } } : {}),
    paragraphs: [...r.preamble, ...r.operative].map((p) => ({ id: p.id, number: p.number, section: p.section, footnotes: [...p.footnotes] })),
    footnotes: r.footnotes.map((f) => ({ mark: f.mark, text: f.text, citedBy: [...f.citedBy] })),
  };
}

/** A paragraph's closing mark: Latin ones, and the language's own (LanguageRules.closingMarks: 。；, ،؛). */
const PARAGRAPH_ENDS = new Map<string, RegExp>();
function paragraphEnd(rules: LanguageRules): RegExp {
  let re = PARAGRAPH_ENDS.get(rules.closingMarks);
  if (!re) PARAGRAPH_ENDS.set(rules.closingMarks, (re = new RegExp(`[.;,:!?${rules.closingMarks}][\\s"'”’)）]*$`, 'u')));
  return re;
}

/**
 * The paragraph a partial text stops in, mid-sentence: its last paragraph, when the text is not
 * complete and that paragraph does not end with a closing mark (A/HRC/RES/19/33 as shipped stops
 * at "… and the Durban Review Co"). Null for a text that runs to its end.
 */
export function stopsIn(doc: Resolution): Paragraph | null {
  if (doc.complete) return null;
  const last = doc.operative.at(-1) ?? doc.preamble.at(-1);
  return last && !paragraphEnd(rulesFor(doc.language)).test(last.text) ? last : null;
}

/**
 * Where one of two matched paragraphs stops because its text is cut off: the segments after the
 * last words both share are not changes ("Co" against "Conference, held" is the same words cut
 * short, or words the cut text may well have). Returns the index of the first such segment, or
 * undefined when the diff ends on shared words (the cut fell where both agree) or nothing is cut.
 */
function cutIndex(segments: readonly { op: string }[], cut: boolean): number | undefined {
  if (!cut || segments.length === 0 || segments[segments.length - 1]!.op === 'equal') return undefined;
  let k = segments.length;
  while (k > 0 && segments[k - 1]!.op !== 'equal') k--;
  return k;
}

function matchChange(m: ParagraphMatch, options: CompareOptions, rules: SideRules, cut: { old: Paragraph | null; new: Paragraph | null }): Change {
  const tokens = { old: rules.old.tokens, new: rules.new.tokens, fold: { old: rules.old.foldForCompare, new: rules.new.foldForCompare } };
  let diff = inlineDiff(m.old.text, m.new.text, options.inline, tokens);
  const cutAt = cutIndex(diff.segments, m.old === cut.old || m.new === cut.new);
  // Unchanged: no word changed (texts that differ only in what the language folds, tashkeel or ’ for ', included).
  let sameKnownText = diff.segments.every((s) => s.op === 'equal');
  if (cutAt !== undefined) {
    // The share kept is that of the words both texts have; the segments still rebuild both texts.
    const known = diff.segments.slice(0, cutAt);
    const [oldKnown, newKnown] = [sideText(known, 'old'), sideText(known, 'new')];
    sameKnownText = known.every((s) => s.op === 'equal');
    diff = { ...diff, similarity: inlineDiff(oldKnown, newKnown, options.inline, tokens).similarity };
  }
  // Verbs compare folded too: تُهِيبُ is تهيب.
  const folded = (verb: string | null, r: LanguageRules) => (verb === null ? null : r.foldForCompare(verb));
  const leadVerb = sameLeadVerb(folded(m.old.leadVerb, rules.old), folded(m.new.leadVerb, rules.new)) ? null : { old: m.old.leadVerb, new: m.new.leadVerb };
  const base = {
    section: m.new.section,
    old: ref(m.old),
    new: ref(m.new),
    similarity: diff.similarity,
    leadVerb,
    segments: diff.segments,
    approximate: diff.approximate,
  };
  const renumbered = m.old.number !== m.new.number && m.old.section === 'operative' && m.new.section === 'operative';
  const change: Change = m.moved
    ? { ...base, kind: 'moved', renumbered: false, technical: false }
    : sameKnownText
      ? { ...base, kind: 'unchanged', renumbered, technical: false }
      : { ...base, kind: 'modified', renumbered, technical: false };
  if (cutAt !== undefined) change.cutAt = cutAt;
  change.technical = isTechnicalChange(cutAt === undefined ? change : { ...change, segments: knownSegments(change) }, rules);
  return change;
}

function summarize(changes: readonly Change[]): Summary {
  const summary: Summary = { unchanged: 0, modified: 0, added: 0, removed: 0, moved: 0, renumbered: 0, leadVerbChanged: 0, technical: 0, substantive: 0 };
  for (const c of changes) {
    summary[c.kind]++;
    if (c.renumbered) summary.renumbered++;
    if (c.leadVerb) summary.leadVerbChanged++;
    if (c.technical) summary.technical++;
    else if (c.kind !== 'unchanged') summary.substantive++;
  }
  return summary;
}

const sectionOrder = (s: Section) => (s === 'preamble' ? 0 : 1);

/**
 * Orders changes as a reader meets them: in the new text's order, each removed paragraph
 * right after the paragraph that held its nearest preceding old neighbour.
 */
function orderChanges(changes: Change[], oldDoc: Resolution, newDoc: Resolution): Change[] {
  const newIndex = new Map<string, number>();
  for (const list of [newDoc.preamble, newDoc.operative]) list.forEach((p, k) => newIndex.set(p.id, k));
  const key = new Map<Change, [number, number, number]>();
  const byOld = new Map<string, Change>();
  for (const c of changes) {
    if (c.new) key.set(c, [sectionOrder(c.new.section), newIndex.get(c.new.id)!, 0]);
    if (c.old) byOld.set(c.old.id, c);
  }
  for (const list of [oldDoc.preamble, oldDoc.operative]) {
    let anchor = -1;
    let sub = 0;
    for (const p of list) {
      const c = byOld.get(p.id)!;
      if (c.kind === 'removed') key.set(c, [sectionOrder(p.section), anchor, ++sub]);
      else if (c.kind !== 'moved' && c.new!.section === p.section) {
        anchor = newIndex.get(c.new!.id)!;
        sub = 0;
      }
    }
  }
  return [...changes].sort((a, b) => {
    const x = key.get(a)!;
    const y = key.get(b)!;
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/**
 * Compares two versions of a resolution paragraph by paragraph.
 *
 * @example compareResolutions(parse(a), parse(a)).summary.modified // 0
 */
export function compareResolutions(oldDoc: Resolution, newDoc: Resolution, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): Comparison {
  const rules: SideRules = { old: rulesFor(oldDoc.language), new: rulesFor(newDoc.language) };
  const alignment = alignParagraphs(oldDoc, newDoc, options.align, { old: rules.old.foldForCompare, new: rules.new.foldForCompare });
  const cut = { old: stopsIn(oldDoc), new: stopsIn(newDoc) };
  const changes: Change[] = alignment.matches.map((m) => matchChange(m, options, rules, cut));
  for (const p of alignment.added) {
    changes.push({
      kind: 'added', section: p.section, old: null, new: ref(p), similarity: 0, leadVerb: null,
      segments: [{ op: 'insert', text: p.text }], renumbered: false, approximate: false, technical: false,
    });
  }
  for (const p of alignment.removed) {
    changes.push({
      kind: 'removed', section: p.section, old: ref(p), new: null, similarity: 0, leadVerb: null,
      segments: [{ op: 'delete', text: p.text }], renumbered: false, approximate: false, technical: false,
    });
  }
  const ordered = orderChanges(changes, oldDoc, newDoc);
  const title =
    oldDoc.title !== null && newDoc.title !== null && oldDoc.title !== newDoc.title ? { old: oldDoc.title, new: newDoc.title } : null;
  return {
    old: documentRef(oldDoc),
    new: documentRef(newDoc),
    summary: summarize(ordered),
    title,
    changes: ordered,
    approximate: alignment.approximate || ordered.some((c) => c.approximate),
    ...(oldDoc.language !== newDoc.language ? { languageMismatch: { old: oldDoc.language, new: newDoc.language } } : {}),
  };
}
