// Renderers of a series' history: the life of every paragraph, as a table and as an account.
import { knownSegments, type ParagraphRef } from '../model/comparison.js';
import { stateIn, type Lineage, type LineageEvent, type Series } from '../series/history.js';
import { documentName, refLabel } from '../wording/labels.js';
import { escapeMarkdown, segmentsMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import { segmentLines, wrapText } from './terminal.js';

const MARK: Record<LineageEvent['kind'], string> = { appeared: '+', unchanged: '=', modified: '~', moved: '>', removed: 'x' };

/** "A/HRC/RES/19/33 (en, partial)", or "variant.txt: A/HRC/RES/19/33 (en)" when the label is not the symbol. */
function versionName(v: Series['versions'][number]): string {
  return v.label === v.ref.symbol ? documentName(v.ref) : `${v.label}: ${documentName(v.ref)}`;
}

function cell(lineage: Lineage, version: number): string {
  const state = stateIn(lineage, version);
  if (state === 'absent' || state === 'gone') return '·';
  if (state.kind === 'removed') return 'x';
  return `${refLabel(state.paragraph)} ${MARK[state.kind]}`;
}

function firstText(lineage: Lineage): string {
  const first = lineage.events[0]!;
  return first.kind === 'appeared' ? first.text : '';
}

function eventLine(e: LineageEvent): string {
  switch (e.kind) {
    case 'appeared':
      return `${refLabel(e.paragraph)}: appeared`;
    case 'removed':
      return `removed (was ${refLabel(e.last)})`;
    case 'unchanged':
      return `${refLabel(e.paragraph)}: unchanged${e.change.renumbered ? ` (was ${refLabel(e.change.old!)})` : ''}`;
    case 'modified':
    case 'moved': {
      const from: ParagraphRef = e.change.old!;
      const was = refLabel(from) === refLabel(e.paragraph) ? '' : ` (was ${refLabel(from)})`;
      const verb = e.change.leadVerb ? `, lead verb ${e.change.leadVerb.old ?? '-'} -> ${e.change.leadVerb.new ?? '-'}` : '';
      return `${refLabel(e.paragraph)}: ${e.kind}${was}, ${Math.round(e.change.similarity * 100)}% kept${verb}`;
    }
  }
}

export interface HistoryTerminalOptions {
  width: number;
  color: boolean;
}

/** The history for a terminal: versions, a table (one row a paragraph), then each paragraph's story. */
export function renderHistoryTerminal(s: Series, opts: HistoryTerminalOptions): string {
  const out: string[] = [];
  const kept = s.lineages.filter((l) => l.events.length === s.versions.length && l.events.every((e) => e.kind === 'appeared' || e.kind === 'unchanged')).length;
  const appeared = s.lineages.filter((l) => l.events[0]!.version > 0).length;
  const removed = s.lineages.filter((l) => l.events.some((e) => e.kind === 'removed')).length;
  const versions = `${s.versions.length} version${s.versions.length === 1 ? '' : 's'}`;
  const paragraphs = `${s.lineages.length} paragraph${s.lineages.length === 1 ? '' : 's'}`;
  out.push(...wrapText(`History of ${versions}: ${paragraphs}, ${kept} unchanged throughout, ${appeared} appeared later, ${removed} removed`, opts.width));
  s.versions.forEach((v, k) => {
    const tag = `  v${k + 1}  `;
    wrapText(versionName(v), opts.width - tag.length).forEach((x, j) => out.push(`${j === 0 ? tag : ' '.repeat(tag.length)}${x}`));
  });
  out.push('');
  // One row a paragraph, one column a version; on a narrow line the version columns wrap.
  const columns = [{ header: '' }, ...s.versions.map((_v, k) => ({ header: `v${k + 1}`, min: 4 }))];
  const rows = s.lineages.map((l) => [`¶${l.id}`, ...s.versions.map((_v, k) => cell(l, k))]);
  out.push(...renderTable(columns, rows, opts.width));
  out.push('', ...wrapText('Key: + appeared, = unchanged, ~ modified, > moved, x removed, · not in that version', opts.width));
  for (const l of s.lineages) {
    out.push('');
    out.push(...wrapText(`¶${l.id}  ${firstText(l).slice(0, 120)}${firstText(l).length > 120 ? '…' : ''}`, opts.width));
    for (const e of l.events) {
      out.push(...wrapText(`v${e.version + 1} ${s.versions[e.version]!.label}: ${eventLine(e)}`, opts.width - 2).map((x) => `  ${x}`));
      if (e.kind === 'modified' || (e.kind === 'moved' && e.change.similarity < 1)) {
        out.push(...segmentLines(knownSegments(e.change), opts.width - 6, opts.color).map((x) => `      ${x}`));
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** The history as Markdown: the table, then each paragraph's changes with <del>/<ins>. */
export function renderHistoryMarkdown(s: Series): string {
  const out: string[] = [`# History of ${s.versions.length} versions`, ''];
  s.versions.forEach((v, k) => out.push(`- **v${k + 1}**: ${escapeMarkdown(versionName(v))}`));
  out.push('', `| ¶ | ${s.versions.map((_v, k) => `v${k + 1}`).join(' | ')} |`, `|---|${s.versions.map(() => '---').join('|')}|`);
  for (const l of s.lineages) out.push(`| ${l.id} | ${s.versions.map((_v, k) => escapeMarkdown(cell(l, k))).join(' | ')} |`);
  out.push('', 'Key: + appeared, = unchanged, ~ modified, > moved, x removed, · not in that version', '');
  for (const l of s.lineages) {
    out.push(`## ¶${l.id}`, '', escapeMarkdown(firstText(l)), '');
    for (const e of l.events) {
      out.push(`- v${e.version + 1} ${escapeMarkdown(s.versions[e.version]!.label)}: ${escapeMarkdown(eventLine(e))}`);
      if (e.kind === 'modified' || (e.kind === 'moved' && e.change.similarity < 1)) {
        const seg = segmentsMarkdown(knownSegments(e.change));
        out.push(`  ${seg}`);
      }
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The history as JSON: versions, and per paragraph its events. */
export function historyOutput(s: Series) {
  return {
    versions: s.versions.map((v) => ({ symbol: v.ref.symbol, language: v.ref.language, label: v.label })),
    paragraphs: s.lineages.map((l) => ({
      id: l.id,
      events: l.events.map((e) =>
        e.kind === 'appeared'
          ? { version: e.version + 1, kind: e.kind, paragraph: { id: e.paragraph.id, number: e.paragraph.number }, text: e.text }
          : e.kind === 'removed'
            ? { version: e.version + 1, kind: e.kind, last: { id: e.last.id, number: e.last.number } }
            : {
                version: e.version + 1,
                kind: e.kind,
                paragraph: { id: e.paragraph.id, number: e.paragraph.number },
                similarity: Math.round(e.change.similarity * 1000) / 1000,
                leadVerb: e.change.leadVerb,
                segments: e.change.segments,
              },
      ),
    })),
  };
}
