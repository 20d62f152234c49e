// The CLI commands: each reads its arguments, runs the pipeline and returns an exit status.
import { compareResolutions } from '../align/compareResolutions.js';
import { hasDifferences, type Comparison } from '../model/comparison.js';
import { UsageError } from '../model/errors.js';
import type { Resolution } from '../model/resolution.js';
import { diffOutput, parseOutput, renderJson } from '../render/json.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTerminal, wrapText } from '../render/terminal.js';
import { displayWidth } from '../text/width.js';
import { loadCorpusIndex } from '../source/corpus.js';
import { loadResolution } from '../source/loadDocument.js';
import { parseDiffArgs, parseListArgs, parseParseArgs, type DiffOptions } from './args.js';
import { VERSION } from './help.js';
import type { CliIo } from './io.js';

/** Exit statuses as diff(1). */
export const EXIT = { same: 0, different: 1, trouble: 2 } as const;

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org), unless forced with --color always. */
export function useColor(option: DiffOptions['color'], io: Pick<CliIo, 'isTTY' | 'env'>, toFile: boolean): boolean {
  if (toFile || option === 'never') return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return option === 'always' || io.isTTY;
}

function terminalWidth(option: number | undefined, io: CliIo): number {
  const fromEnv = Number(io.env.COLUMNS);
  return option ?? io.columns ?? (Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : 80);
}

/** Renders a comparison in the chosen format. */
export function renderComparison(c: Comparison, options: DiffOptions, io: CliIo): string {
  switch (options.format) {
    case 'json':
      return renderJson(diffOutput(c));
    case 'markdown':
      return renderMarkdown(c, { onlyChanged: options.onlyChanged });
    case 'html':
      return renderHtml(c, { onlyChanged: options.onlyChanged, generator: `resdiff ${VERSION}` });
    case 'terminal':
      return renderTerminal(c, {
        width: terminalWidth(options.width, io),
        color: useColor(options.color, io, options.output !== undefined),
        onlyChanged: options.onlyChanged,
      });
  }
}

function emit(text: string, output: string | undefined, io: CliIo): void {
  if (output === undefined) io.stdout(text);
  else {
    io.writeFile(output, text);
    io.stderr(`resdiff: wrote ${output} (${Math.max(1, Math.round(Buffer.byteLength(text) / 1024))} KB)\n`);
  }
}

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { old, new: neu, options } = parseDiffArgs(args);
  if (old === '-' && neu === '-') throw new UsageError('only one of OLD and NEW can be standard input (-)');
  const a = await loadResolution(old, options.oldLang, io.stdin);
  const b = await loadResolution(neu, options.newLang, io.stdin);
  const comparison = compareResolutions(a.resolution, b.resolution);
  emit(renderComparison(comparison, options, io), options.output, io);
  return hasDifferences(comparison) ? EXIT.different : EXIT.same;
}

function describe(r: Resolution, width: number): string {
  const out: string[] = [];
  out.push(`${r.symbol ?? '(no symbol)'} (${r.language}), ${r.kind}, ${r.complete ? 'complete' : 'partial'}${r.title ? `: ${r.title}` : ''}`);
  const facts = [
    r.body && `by the ${r.body}`,
    r.adopted && `adopted ${r.adopted}`,
    r.meeting && `meeting ${r.meeting}`,
    r.basis && `on the report ${r.basis}`,
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(', '));
  out.push(`${r.preamble.length} preambular and ${r.operative.length} operative paragraphs, ${r.footnotes.length} footnotes`);
  for (const w of r.warnings) out.push(`warning: ${w}`);
  const head = out.splice(0).flatMap((line) => wrapText(line, width));
  out.push(...head);
  for (const p of [...r.preamble, ...r.operative]) {
    const label = p.section === 'preamble' ? `PP${p.id.slice(2)}` : p.number === null ? 'OP' : `OP ${p.number}`;
    const notes = p.footnotes.length ? ` (footnote${p.footnotes.length > 1 ? 's' : ''} ${p.footnotes.join(', ')})` : '';
    out.push('', `${label} [${p.leadVerb ?? 'no lead verb'}]${notes}`, ...wrapText(p.text, width - 4).map((l) => `    ${l}`));
  }
  if (r.footnotes.length) {
    out.push('', 'Footnotes');
    for (const f of r.footnotes) out.push(...wrapText(`${f.mark}. ${f.text}`, width - 2).map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}

export async function parseCommand(args: string[], io: CliIo): Promise<number> {
  const { doc, options } = parseParseArgs(args);
  const { resolution } = await loadResolution(doc, options.lang, io.stdin);
  io.stdout(options.json ? renderJson(parseOutput(resolution)) : describe(resolution, terminalWidth(options.width, io)));
  return EXIT.same;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { json } = parseListArgs(args);
  const index = loadCorpusIndex();
  if (json) {
    io.stdout(renderJson(index.texts));
    return EXIT.same;
  }
  const rows = index.texts.map((t) => [
    t.symbol,
    t.language,
    t.adopted ?? String(t.year),
    t.complete ? 'complete' : `partial: stops ${t.stops}`,
    t.title,
  ]);
  const header = ['SYMBOL', 'LANG', 'ADOPTED', 'TEXT', 'TITLE'];
  const widths = header.map((h, k) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k]!))));
  const line = (r: string[]) => r.map((c, k) => (k === r.length - 1 ? c : pad(c, widths[k]!))).join('  ');
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  return EXIT.same;
}
