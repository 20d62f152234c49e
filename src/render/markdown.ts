// Markdown renderer: for e-mail and issue trackers; deletions and insertions as <del>/<ins>.
import { knownSegments, type Change, type Comparison, type Segment } from '../model/comparison.js';
import type { Language } from '../model/resolution.js';
import type { Insight } from '../insight/report.js';
import { amendmentLines } from '../wording/amendmentText.js';
import { bySection, CUT_MARK, changeHeadline, changeLabel, comparisonNotes, foldUnchanged, foldedLabel, kindCounts, leadVerbLine, SECTION_TITLES, summaryCounts, toneLine, type Visibility } from '../wording/labels.js';

export interface MarkdownOptions {
  visibility: Visibility;
  /** With insight: the full report (tone and amendments before the diff). */
  insight?: Insight;
}

/** Escapes text so Markdown shows it literally (and HTML inside it stays text). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/^([^\S\n]*)([-=])/gm, '$1\\$2')
    .replace(/^([^\S\n]*\d+)\./gm, '$1\\.');
}

/** A paragraph's inline changes as Markdown: kept text, <del>deleted</del>, <ins>inserted</ins>. */
export function segmentsMarkdown(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const t = escapeMarkdown(s.text);
      return s.op === 'equal' ? t : s.op === 'delete' ? `<del>${t}</del>` : `<ins>${t}</ins>`;
    })
    .join('');
}

function cell(text: string | null): string {
  return text === null ? '-' : escapeMarkdown(text);
}

function changeMarkdown(change: Change, language: Language): string {
  const lines = [`### ${escapeMarkdown(changeLabel(change))}: ${escapeMarkdown(changeHeadline(change))}`, ''];
  const verb = leadVerbLine(change, '→', language);
  if (verb) lines.push(`*${escapeMarkdown(verb)}*`, '');
  lines.push(segmentsMarkdown(knownSegments(change)) + (change.cutAt === undefined ? '' : ` ${escapeMarkdown(CUT_MARK)}`), '');
  return lines.join('\n');
}

/** Renders a comparison as GitHub-flavoured Markdown. */
export function renderMarkdown(c: Comparison, opts: MarkdownOptions): string {
  const out: string[] = [];
  out.push(`# ${cell(c.old.symbol ?? 'Old text')} → ${cell(c.new.symbol ?? 'New text')}`, '');
  out.push(`**Summary:** ${escapeMarkdown(summaryCounts(c.summary))} (${escapeMarkdown(kindCounts(c.summary))})`, '');
  for (const note of comparisonNotes(c)) out.push(`*Note: ${escapeMarkdown(note)}*`, '');
  out.push('| | Old | New |', '|---|---|---|');
  out.push(`| Symbol | ${cell(c.old.symbol)} | ${cell(c.new.symbol)} |`);
  out.push(`| Title | ${cell(c.old.title)} | ${cell(c.new.title)} |`);
  out.push(`| Adopted | ${cell(c.old.adopted)} | ${cell(c.new.adopted)} |`);
  out.push(`| Language | ${c.old.language} | ${c.new.language} |`);
  out.push(`| Text | ${c.old.complete ? 'complete' : 'partial'} | ${c.new.complete ? 'complete' : 'partial'} |`, '');
  if (opts.insight) {
    out.push(`**${escapeMarkdown(toneLine(opts.insight.shifts))}**`, '');
    out.push('## Amendments', '');
    const lines = amendmentLines(opts.insight.amendments);
    out.push(...(lines.length ? lines.map((l, k) => `${k + 1}. ${escapeMarkdown(l)}`) : ['None: the texts are the same.']), '', '## Full comparison', '');
  }
  out.push('Deleted text is marked <del>deleted</del>, inserted text <ins>inserted</ins>.', '');
  for (const group of bySection(c.changes)) {
    out.push(`## ${SECTION_TITLES[group.section]}`, '');
    for (const item of foldUnchanged(group.changes, opts.visibility)) {
      if ('folded' in item) out.push(`*… ${escapeMarkdown(foldedLabel(item.folded))}*`, '');
      else out.push(changeMarkdown(item.change, c.new.language));
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
