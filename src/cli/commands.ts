// The CLI commands: each reads its arguments, runs the pipeline and returns an exit status.
// What only one command needs (the batch runner, the fetcher, the history renderer) is imported
// inside that command, so that a diff does not pay for loading it.
import { compareResolutions } from '../align/compareResolutions.js';
import { hasDifferences, type Comparison } from '../model/comparison.js';
import { dirname, join, resolve as resolvePath } from 'node:path';
import type { TaskResult } from '../batch/task.js';
import { checkOutputFile, makeOutputFolder, writeFileAtomic } from '../util/atomicWrite.js';
import { InputError, ResdiffError, UsageError } from '../model/errors.js';
import type { Language, Resolution } from '../model/resolution.js';
import { findPredecessor } from '../series/predecessor.js';
import { parseOutput, renderJson } from '../render/json.js';
import { FORMATS } from '../model/formats.js';
import { renderAs } from '../render/renderAs.js';
import { renderTable, tableFits, tableRows } from '../render/table.js';
import { wrapText } from '../render/terminal.js';
import { canonicalSymbol, loadCorpusIndex, looksLikeSymbol } from '../source/corpus.js';
import { defaultSourceOptions, loadResolution, parseSource, readFileBytes, type SourceOptions, type SourceText } from '../source/loadDocument.js';
import { clip } from '../text/clip.js';
import type { Visibility } from '../wording/labels.js';
import { draftLine } from '../wording/draft.js';
import { spacingLine } from '../wording/labels.js';
import {
  parseBatchArgs,
  parseDiffArgs,
  parseReportArgs,
  parseFetchArgs,
  parseHistoryArgs,
  parseListArgs,
  parseParseArgs,
  parsePreviousArgs,
  type DiffOptions,
  type SourceFlags,
} from './args.js';
import { VERSION } from './help.js';
import type { CliIo } from './io.js';
import { EXIT } from './exit.js';

export { EXIT } from './exit.js';

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org), unless forced with --color always. */
export function useColor(option: DiffOptions['color'], io: Pick<CliIo, 'isTTY' | 'env'>, toFile: boolean): boolean {
  if (toFile || option === 'never') return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return option === 'always' || io.isTTY;
}

export function terminalWidth(option: number | undefined, io: CliIo): number {
  const fromEnv = Number(io.env.COLUMNS);
  return option ?? io.columns ?? (Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : 80);
}

/** What to show: everything, only changes, or only substantive changes. */
export function visibilityOf(options: Pick<DiffOptions, 'onlyChanged' | 'substantiveOnly'>): Visibility {
  return options.substantiveOnly ? 'substantive' : options.onlyChanged ? 'changed' : 'all';
}

/** Renders a comparison in the chosen format, as a diff or as the full report. */
export function renderComparison(c: Comparison, options: Pick<DiffOptions, 'format' | 'onlyChanged' | 'substantiveOnly' | 'width' | 'color' | 'output'> & { author?: string }, io: CliIo, report = false): Promise<string | Uint8Array> {
  return renderAs(options.format, c, {
    visibility: visibilityOf(options),
    report,
    terminal: { width: terminalWidth(options.width, io), color: useColor(options.color, io, options.output !== undefined) },
    ...(options.author !== undefined ? { author: options.author } : {}),
    date: new Date(),
  });
}

export function emit(content: string | Uint8Array, output: string | undefined, io: CliIo, note = ''): void {
  if (output === undefined) {
    if (typeof content !== 'string') throw new UsageError('this format is a binary file: give -o FILE');
    io.stdout(content);
  }
  else {
    io.writeFile(output, content);
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    io.stderr(`resdiff: wrote ${output} (${Math.max(1, Math.round(bytes / 1024))} KB${note})\n`);
  }
}

/** Where symbols come from for this command: flags, then environment (RESDIFF_OFFLINE, RESDIFF_CACHE). */
export function sourceOptions(flags: SourceFlags, io: CliIo): SourceOptions {
  const options = defaultSourceOptions({}, io.env);
  return { ...options, offline: flags.offline || options.offline, cacheDir: flags.cache ?? options.cacheDir };
}

export type Loaded = { source: SourceText; resolution: Resolution };

/**
 * Loads documents in order, lending a language to symbols that need one: a symbol outside the
 * corpus, given without --lang, takes the language of the other documents.
 */
export async function loadAll(args: readonly string[], languages: readonly (Language | undefined)[], io: CliIo, options: SourceOptions): Promise<Loaded[]> {
  const loaded: (Loaded | undefined)[] = new Array(args.length);
  const deferred: number[] = [];
  for (let k = 0; k < args.length; k++) {
    try {
      loaded[k] = await loadResolution(args[k]!, languages[k], io.stdin, options);
    } catch (e) {
      if (e instanceof InputError && e.code === 'USAGE' && languages[k] === undefined) deferred.push(k);
      else throw e;
    }
  }
  const known = loaded.find((x) => x !== undefined)?.resolution.language;
  for (const k of deferred) {
    if (known === undefined) throw new UsageError(`${args[k]} is not in the corpus: say which language to use with --lang`);
    loaded[k] = await loadResolution(args[k]!, known, io.stdin, options);
  }
  return loaded as Loaded[];
}

/** OLD and NEW loaded; with --previous, OLD is the version NEW follows. */
async function loadPair(old: string | null, neu: string, options: Pick<DiffOptions, 'oldLang' | 'newLang' | 'offline' | 'cache'>, io: CliIo): Promise<[Loaded, Loaded]> {
  if (old === '-' && neu === '-') throw new UsageError('only one of OLD and NEW can be standard input (-)');
  const sources = sourceOptions(options, io);
  if (old !== null) return (await loadAll([old, neu], [options.oldLang, options.newLang], io, sources)) as [Loaded, Loaded];
  const [b] = (await loadAll([neu], [options.newLang], io, sources)) as [Loaded];
  const previous = findPredecessor(b.resolution);
  if (!previous) {
    throw new UsageError(`${b.resolution.symbol ?? neu} cites no earlier resolution of its own body in its preamble, so its previous version is unknown: give OLD explicitly`);
  }
  io.stderr(`resdiff: the previous version of ${b.resolution.symbol} is ${previous.symbol} (${previous.evidence.slice(0, 160)})\n`);
  return [await loadResolution(previous.symbol, options.oldLang ?? previous.language, io.stdin, sources), b];
}

/**
 * One Word file with tracked changes as a pair: the text with every change rejected, then the
 * text with every change accepted (ingest/docxTracked.ts reads both from word/document.xml).
 */
async function loadTracked(file: string, io: CliIo): Promise<[Loaded, Loaded]> {
  const [{ readTrackedDocx }, { namedAsReported }] = await Promise.all([import('../ingest/docxTracked.js'), import('../ingest/docxReport.js')]);
  const versions = await readTrackedDocx(readFileBytes(file), file);
  const by = versions.authors.length === 0 ? '' : ` by ${versions.authors.slice(0, 3).join(', ')}${versions.authors.length > 3 ? ` and ${versions.authors.length - 3} more` : ''}`;
  io.stderr(`resdiff: ${file} holds ${versions.changes} tracked change${versions.changes === 1 ? '' : 's'}${by}: comparing its text with every change rejected against its text with every change accepted\n`);
  const side = (text: string, which: 'old' | 'new'): Loaded => {
    const source: SourceText = { text, label: `${file} (${which === 'old' ? 'every change rejected' : 'every change accepted'})`, origin: 'file', format: 'docx' };
    try {
      return { source, resolution: namedAsReported(parseSource(source), versions.reported?.[which]) };
    } catch (e) {
      throw e instanceof ResdiffError ? e.about(which) : e;
    }
  };
  return [side(versions.old, 'old'), side(versions.new, 'new')];
}

/** The pair a diff or report compares: OLD and NEW, NEW and its previous version, or one tracked Word file. */
function loadCompared(old: string | null, neu: string, options: Pick<DiffOptions, 'oldLang' | 'newLang' | 'offline' | 'cache' | 'tracked'>, io: CliIo): Promise<[Loaded, Loaded]> {
  return options.tracked ? loadTracked(neu, io) : loadPair(old, neu, options, io);
}

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { old, new: neu, options } = parseDiffArgs(args);
  if (options.output !== undefined) checkOutputFile(options.output);
  const [a, b] = await loadCompared(old, neu, options, io);
  const comparison = compareResolutions(a.resolution, b.resolution);
  emit(await renderComparison(comparison, options, io), options.output, io);
  return hasDifferences(comparison) ? EXIT.different : EXIT.same;
}

/** `report`: the full report (header, summary, tone, flow diagram, amendments, diff) as HTML, Markdown or Word. */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { old, new: neu, options } = parseReportArgs(args);
  if (options.output !== undefined) checkOutputFile(options.output);
  const [a, b] = await loadCompared(old, neu, options, io);
  const comparison = compareResolutions(a.resolution, b.resolution);
  const content = await renderComparison(comparison, options, io, true);
  emit(content, options.output, io, FORMATS[options.format].binary ? `, tracked changes by ${options.author}` : '');
  return hasDifferences(comparison) ? EXIT.different : EXIT.same;
}

export async function fetchCommand(args: string[], io: CliIo): Promise<number> {
  const { symbol, lang, cache } = parseFetchArgs(args);
  if (!looksLikeSymbol(symbol)) throw new UsageError(`${clip(symbol)} is not a document symbol like A/RES/67/169`);
  const options = sourceOptions({ offline: false, cache }, io);
  const { fetchResolution } = await import('../ingest/ods.js');
  const fetched = await fetchResolution(canonicalSymbol(symbol), lang, { baseUrl: options.odsUrl, cacheDir: options.cacheDir, get: options.get });
  const r = fetched.resolution;
  const p = fetched.provenance;
  io.stdout(
    `${fetched.downloaded ? 'fetched' : 'already in the cache:'} ${p.symbol} (${p.language}) from ${p.source}\n` +
      `  ${p.format.toUpperCase()}, ${Math.max(1, Math.round(p.bytes / 1024))} KB, sha256 ${p.sha256.slice(0, 16)}…, retrieved ${p.retrieved}\n` +
      `  ${r.preamble.length} preambular and ${r.operative.length} operative paragraph${r.operative.length === 1 ? '' : 's'}, ${r.complete ? 'complete' : 'partial'}${r.title ? `: ${r.title}` : ''}\n` +
      `  stored in ${join(options.cacheDir, p.original)} (text: ${p.text})\n`,
  );
  return EXIT.same;
}

export async function previousCommand(args: string[], io: CliIo): Promise<number> {
  const { doc, options } = parsePreviousArgs(args);
  const [loaded] = (await loadAll([doc], [options.lang], io, sourceOptions(options, io))) as [Loaded];
  const previous = findPredecessor(loaded.resolution);
  if (options.json) {
    io.stdout(renderJson({ symbol: loaded.resolution.symbol, previous: previous && { symbol: previous.symbol, language: previous.language, evidence: previous.evidence } }));
    return EXIT.same;
  }
  if (!previous) {
    io.stdout(`${loaded.resolution.symbol ?? doc} cites no earlier resolution of its own body in its preamble: its previous version is unknown\n`);
    return EXIT.same;
  }
  io.stdout(`${previous.symbol}\n  ${previous.evidence}\n`);
  return EXIT.same;
}

export async function historyCommand(args: string[], io: CliIo): Promise<number> {
  const { docs, options } = parseHistoryArgs(args);
  if (options.output !== undefined) checkOutputFile(options.output);
  const loaded = await loadAll(docs, docs.map(() => options.lang), io, sourceOptions(options, io));
  const [{ buildSeries }, { historyOutput, renderHistoryMarkdown, renderHistoryTerminal }] = await Promise.all([import('../series/history.js'), import('../render/history.js')]);
  const series = buildSeries(
    loaded.map((x) => x.resolution),
    loaded.map((x) => x.resolution.symbol ?? x.source.label),
  );
  const text =
    options.format === 'json'
      ? renderJson(historyOutput(series))
      : options.format === 'markdown'
        ? renderHistoryMarkdown(series)
        : renderHistoryTerminal(series, { width: terminalWidth(options.width, io), color: useColor(options.color, io, options.output !== undefined) });
  emit(text, options.output, io);
  return EXIT.same;
}

function describe(r: Resolution, width: number): string {
  const out: string[] = [];
  out.push(`${r.symbol ?? '(no symbol)'} (${r.language}), ${r.draft?.kind ?? r.kind}, ${r.complete ? 'complete' : `partial (${r.incomplete.join('; ')})`}${r.title ? `: ${r.title}` : ''}`);
  const facts = [
    r.body && `by the ${r.body}`,
    r.adopted && `adopted ${r.adopted}`,
    r.meeting && `meeting ${r.meeting}`,
    r.basis && `on the report ${r.basis}`,
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(', '));
  if (r.draft) {
    out.push(draftLine(r.draft));
    if (r.draft.sponsorsNote) out.push(`* ${r.draft.sponsorsNote}`);
  }
  out.push(
    `${r.preamble.length} preambular and ${r.operative.length} operative paragraph${r.operative.length === 1 ? '' : 's'}, ` +
      `${r.footnotes.length} footnote${r.footnotes.length === 1 ? '' : 's'}`,
  );
  if (r.spacingRepair) out.push(spacingLine(r.spacingRepair.joins));
  for (const w of r.warnings) out.push(`warning: ${w}`);
  const head = out.splice(0).flatMap((line) => wrapText(line, width));
  out.push(...head);
  for (const p of [...r.preamble, ...r.operative]) {
    const label = p.section === 'preamble' ? `PP${p.id.slice(2)}` : p.number === null ? 'OP' : `OP ${p.number}`;
    const notes = p.footnotes.length ? ` (footnote${p.footnotes.length > 1 ? 's' : ''} ${p.footnotes.join(', ')})` : '';
    out.push('', ...wrapText(`${label} [${p.leadVerb ?? 'no lead verb'}]${notes}`, width), ...wrapText(p.text, width - 4).map((l) => `    ${l}`));
  }
  if (r.footnotes.length) {
    out.push('', 'Footnotes');
    for (const f of r.footnotes) out.push(...wrapText(`${f.mark}. ${f.text}`, width - 2).map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}

export async function parseCommand(args: string[], io: CliIo): Promise<number> {
  const { doc, options } = parseParseArgs(args);
  const [{ resolution }] = (await loadAll([doc], [options.lang], io, sourceOptions(options, io))) as [Loaded];
  io.stdout(options.json ? renderJson(parseOutput(resolution)) : describe(resolution, terminalWidth(options.width, io)));
  return EXIT.same;
}

export async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { json, width } = parseListArgs(args);
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
  // One row a text where the titles get 30 columns or more; on a narrower line each title goes
  // on its own line under its row. Symbol, language and date keep their width; the rest wraps.
  const lineWidth = terminalWidth(width, io);
  const columns = [{ header: 'SYMBOL' }, { header: 'LANG' }, { header: 'ADOPTED' }, { header: 'TEXT', min: 12 }];
  const wide = [{ header: 'SYMBOL' }, { header: 'LANG' }, { header: 'ADOPTED' }, { header: 'TEXT' }, { header: 'TITLE', min: 30 }];
  if (tableFits(wide, rows, lineWidth)) {
    io.stdout(`${renderTable(wide, rows, lineWidth).join('\n')}\n`);
    return EXIT.same;
  }
  const [head, ...entries] = tableRows(columns, rows, lineWidth);
  const lines = [...head!, ...entries.flatMap((entry, k) => [...entry, ...wrapText(rows[k]![4]!, lineWidth - 4).map((l) => `    ${l}`)])];
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.same;
}

/** A progress bar on one terminal line: "[#####.....] 45/200 pairs, 2 failed". */
function progressLine(done: number, total: number, failed: number, width = 30): string {
  const filled = Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} pair${total === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`;
}

export async function batchCommand(args: string[], io: CliIo): Promise<number> {
  const { pairs, options } = parseBatchArgs(args);
  let csv: string;
  try {
    csv = Buffer.from(readFileBytes(pairs)).toString('utf8');
  } catch (e) {
    if (e instanceof InputError && e.code === 'TOO_LARGE') throw e;
    throw new InputError('NOT_FOUND', `cannot read the pairs file ${pairs}`);
  }
  const [{ parsePairs }, { defaultJobs, runBatch }] = await Promise.all([import('../batch/pairs.js'), import('../batch/runBatch.js')]);
  const { jobs, problems } = parsePairs(csv);
  const outDir = options.output;
  makeOutputFolder(outDir);
  const started = Date.now();
  const results = await runBatch(jobs, {
    baseDir: dirname(resolvePath(pairs)),
    outDir,
    format: options.format,
    offline: options.offline || io.env.RESDIFF_OFFLINE === '1',
    jobs: options.jobs ?? defaultJobs(),
    // The bar only on a terminal: logs and pipes get the one summary line at the end.
    onProgress: io.isTTY ? (done, total, failed) => io.stderr(progressLine(done, total, failed)) : undefined,
  });
  if (io.isTTY) io.stderr('\n');
  // Reports kept from an earlier run keep their counts: read them from its record.
  const record = join(outDir, 'batch.json');
  let earlier: TaskResult[] = [];
  try {
    earlier = JSON.parse(Buffer.from(readFileBytes(record)).toString('utf8')) as TaskResult[];
  } catch {
    // first run
  }
  const merged: TaskResult[] = results.map((r) => {
    if (r.status !== 'skipped') return r;
    const before = earlier.find((e) => e.status === 'done' && e.name === r.name);
    return before && before.status === 'done' ? { ...before, status: 'skipped' } : r;
  });
  writeFileAtomic(record, `${JSON.stringify(merged.map((r) => (r.status === 'skipped' ? { ...r, status: 'done' } : r)), null, 2)}\n`);
  const [{ BatchIndex }, { stylesheet }] = await Promise.all([import('../../views/batchIndex.js'), import('../../views/assets.js')]);
  writeFileAtomic(join(outDir, 'index.html'), `<!doctype html>\n${String(BatchIndex({ results: merged, problems, css: stylesheet(), generator: `resdiff ${VERSION}` }))}\n`);
  const count = (s: TaskResult['status']) => merged.filter((r) => r.status === s).length;
  for (const r of merged) if (r.status === 'failed') io.stderr(`resdiff: line ${r.line} (${r.name}): ${r.message}\n`);
  for (const p of problems) io.stderr(`resdiff: ${p}\n`);
  io.stderr(
    `resdiff: ${count('done')} report${count('done') === 1 ? '' : 's'} written, ${count('skipped')} already done, ${count('failed')} failed, in ${((Date.now() - started) / 1000).toFixed(1)} s; index: ${join(outDir, 'index.html')}\n`,
  );
  return count('failed') + problems.length > 0 ? EXIT.trouble : EXIT.same;
}
