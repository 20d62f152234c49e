// Command-line options: node's parseArgs for the syntax, a few small checks for the values.
//
// No zod here, on purpose: loading zod costs about 250 M instructions, half a bare `node -e 0`,
// and every command would pay it before doing anything (`npm run bench -- --start` counts it).
// A command line needs only a handful of checks: one of a list, a whole number in a range, a
// non-empty name; each words its own message. The server, whose start is paid once, keeps zod
// for its request schemas.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../model/errors.js';
import { LANGUAGES, type Language } from '../model/resolution.js';
import { FORMATS, formatList, formatsFor, type Format } from '../model/formats.js';
import { clip } from '../text/clip.js';
import { COMPILE_FORMATS, type CompileFormat } from '../model/compilation.js';

/** `value` when it is one of `allowed`, else a usage error worded by `message`. */
function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], message: (input: string) => string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(message(String(value)));
}

function optional<T>(value: string | undefined, check: (v: string) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}

function language(value: string | undefined): Language {
  return oneOf(value, LANGUAGES, (input) => `unknown language "${clip(input, 20)}" (use one of ${LANGUAGES.join(', ')})`);
}

/** A whole number from `min` to `max`, written in decimal digits. */
function wholeNumber(value: string, min: number, max: number, option: string, what: string): number {
  if (!/^\s*\d+\s*$/.test(value)) throw new UsageError(`${option} takes a number of ${what}`);
  const n = Number(value);
  if (n < min) throw new UsageError(`${option} must be at least ${min}`);
  if (n > max) throw new UsageError(`${option} must be at most ${max}`);
  return n;
}

function width(value: string | undefined): number | undefined {
  return optional(value, (v) => wholeNumber(v, 20, 1000, '--width', 'columns'));
}

type Color = 'auto' | 'always' | 'never';
function color(value: string | undefined): Color {
  return oneOf(value, ['auto', 'always', 'never'] as const, () => '--color takes auto, always or never');
}

/** A file or folder name given to -o: present means not empty. */
function outputPath(value: string | undefined): string | undefined {
  if (value === '') throw new UsageError('-o needs a file name (it was given an empty one)');
  return value;
}

function cacheDir(value: string | undefined): string | undefined {
  if (value === '') throw new UsageError('--cache needs a folder name (it was given an empty one)');
  return value;
}

/** Where documents named by symbol come from (shared by every command that reads documents). */
export interface SourceFlags {
  offline: boolean;
  cache?: string | undefined;
}

export interface DiffOptions extends SourceFlags {
  format: Format;
  output?: string | undefined;
  onlyChanged: boolean;
  substantiveOnly: boolean;
  oldLang?: Language | undefined;
  newLang?: Language | undefined;
  color: Color;
  width?: number | undefined;
  previous: boolean;
  /** One Word file with tracked changes, read as two versions (every change rejected -> every change accepted). */
  tracked: boolean;
}

export interface ParseOptions extends SourceFlags {
  json: boolean;
  lang?: Language | undefined;
  width?: number | undefined;
}

export interface HistoryOptions extends SourceFlags {
  format: 'terminal' | 'markdown' | 'json';
  output?: string | undefined;
  lang?: Language | undefined;
  color: Color;
  width?: number | undefined;
}

/** The options of `report`: the diff's, in the formats a report offers, and an author. */
export interface ReportOptions extends DiffOptions {
  author: string;
}

export interface BatchArgs {
  output: string;
  format: Format;
  jobs?: number | undefined;
  offline: boolean;
}

const SOURCE_FLAGS = {
  offline: { type: 'boolean', default: false },
  cache: { type: 'string' },
} as const;

type FlagConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * Reads the command line with node's parseArgs (not strict: its own messages speak of
 * JavaScript), then checks every option against the command's flags and words each problem
 * itself.
 */
function syntax<O extends FlagConfig>(args: string[], options: O, command: string) {
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const see = `(see 'resdiff help ${command}')`;
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const flag = options[token.name];
    if (flag === undefined) throw new UsageError(`unknown option '${clip(token.rawName, 40)}' ${see}`);
    if (flag.type === 'string' && token.value === undefined) throw new UsageError(`option '${token.rawName}' needs a value ${see}`);
    if (flag.type === 'boolean' && token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value ${see}`);
    if (flag.type === 'string' && !flag.multiple && parsed.tokens.filter((t) => t.kind === 'option' && t.name === token.name).length > 1) {
      throw new UsageError(`option '${token.rawName}' is given more than once ${see}`);
    }
  }
  return parsed as ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;
}

const COMPARE_FLAGS = {
  output: { type: 'string', short: 'o' },
  'only-changed': { type: 'boolean', default: false },
  'substantive-only': { type: 'boolean', default: false },
  lang: { type: 'string' },
  'old-lang': { type: 'string' },
  'new-lang': { type: 'string' },
  color: { type: 'string', default: 'auto' },
  'no-color': { type: 'boolean', default: false },
  width: { type: 'string' },
  previous: { type: 'boolean', default: false },
  tracked: { type: 'boolean', default: false },
  ...SOURCE_FLAGS,
} as const;

type CompareValues = ReturnType<typeof syntax<typeof COMPARE_FLAGS & { format: { type: 'string' } }>>['values'];

/** The option values both diff and report take, checked against what `use` offers. */
function compareOptions(values: CompareValues, use: 'diff' | 'report'): DiffOptions {
  const noun = use === 'report' ? 'report format' : 'format';
  return {
    format: oneOf(values.format, formatsFor(use), (input) => `unknown ${noun} "${clip(input, 20)}" (use ${formatList(use)})`),
    output: outputPath(values.output),
    onlyChanged: values['only-changed'] === true,
    substantiveOnly: values['substantive-only'] === true,
    oldLang: optional(values['old-lang'] ?? values.lang, language),
    newLang: optional(values['new-lang'] ?? values.lang, language),
    color: values['no-color'] ? 'never' : color(values.color),
    width: width(values.width),
    previous: values.previous === true,
    tracked: values.tracked === true,
    offline: values.offline === true,
    cache: cacheDir(values.cache),
  };
}

/** A Word file's name: what --tracked reads. */
const WORD_FILE = /\.docx$/i;

/** OLD and NEW, or NEW alone with --previous, or one Word file with --tracked (as NEW, OLD null). */
function documents(positionals: string[], previous: boolean, command: string, tracked = false): { old: string | null; new: string } {
  if (tracked) {
    const see = `(see 'resdiff help ${command}')`;
    if (previous) throw new UsageError(`${command} --tracked reads both versions from one Word file: it takes no --previous ${see}`);
    if (positionals.length !== 1) {
      throw new UsageError(`${command} --tracked takes one document, a Word file with tracked changes (its two versions are compared); got ${positionals.length} ${see}`);
    }
    const file = positionals[0]!;
    if (!WORD_FILE.test(file)) throw new UsageError(`${command} --tracked reads a Word file with tracked changes (.docx); ${clip(file, 80)} is not one ${see}`);
    return { old: null, new: file };
  }
  if (previous) {
    if (positionals.length !== 1) throw new UsageError(`${command} --previous takes one document, the newer one; got ${positionals.length} (see 'resdiff help ${command}')`);
    return { old: null, new: positionals[0]! };
  }
  if (positionals.length !== 2) throw new UsageError(`${command} takes two documents, OLD and NEW; got ${positionals.length} (see 'resdiff help ${command}')`);
  return { old: positionals[0]!, new: positionals[1]! };
}

/** `report OLD NEW [options]`, `report NEW --previous`, or `report FILE.docx --tracked` */
export function parseReportArgs(args: string[]): { old: string | null; new: string; options: ReportOptions } {
  const { values, positionals } = syntax(args, { ...COMPARE_FLAGS, format: { type: 'string', short: 'f', default: 'html' }, author: { type: 'string', default: 'resdiff' } }, 'report');
  const author = values.author ?? 'resdiff';
  if (author.length === 0) throw new UsageError('--author takes a name');
  if (author.length > 200) throw new UsageError('--author takes a name of at most 200 characters');
  const options: ReportOptions = { ...compareOptions(values, 'report'), author };
  if (FORMATS[options.format].binary && options.output === undefined) throw new UsageError(`a ${FORMATS[options.format].label} report needs -o FILE.${FORMATS[options.format].ext}`);
  return { ...documents(positionals, options.previous, 'report', options.tracked), options };
}

/** `diff OLD NEW [options]`, `diff NEW --previous`, or `diff FILE.docx --tracked` */
export function parseDiffArgs(args: string[]): { old: string | null; new: string; options: DiffOptions } {
  const { values, positionals } = syntax(args, { ...COMPARE_FLAGS, format: { type: 'string', short: 'f', default: 'terminal' } }, 'diff');
  const options = compareOptions(values, 'diff');
  return { ...documents(positionals, options.previous, 'diff', options.tracked), options };
}

/** `parse DOC [--json]` */
export function parseParseArgs(args: string[]): { doc: string; options: ParseOptions } {
  const { values, positionals } = syntax(
    args,
    { json: { type: 'boolean', default: false }, lang: { type: 'string' }, width: { type: 'string' }, ...SOURCE_FLAGS },
    'parse',
  );
  if (positionals.length !== 1) throw new UsageError(`parse takes one document; got ${positionals.length} (see 'resdiff help parse')`);
  return { doc: positionals[0]!, options: parseOptions(values) };
}

interface ParseValues {
  json?: boolean | string | undefined;
  lang?: string | boolean | undefined;
  width?: string | boolean | undefined;
  offline?: boolean | string | undefined;
  cache?: string | boolean | undefined;
}

function parseOptions(values: ParseValues): ParseOptions {
  return {
    json: values.json === true,
    lang: optional(values.lang as string | undefined, language),
    width: width(values.width as string | undefined),
    offline: values.offline === true,
    cache: cacheDir(values.cache as string | undefined),
  };
}

/** `previous DOC` */
export function parsePreviousArgs(args: string[]): { doc: string; options: ParseOptions } {
  const { values, positionals } = syntax(args, { json: { type: 'boolean', default: false }, lang: { type: 'string' }, ...SOURCE_FLAGS }, 'previous');
  if (positionals.length !== 1) throw new UsageError(`previous takes one document; got ${positionals.length} (see 'resdiff help previous')`);
  return { doc: positionals[0]!, options: parseOptions(values) };
}

/** `history DOC DOC DOC…` */
export function parseHistoryArgs(args: string[]): { docs: string[]; options: HistoryOptions } {
  const { values, positionals } = syntax(
    args,
    {
      format: { type: 'string', short: 'f', default: 'terminal' },
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      color: { type: 'string', default: 'auto' },
      'no-color': { type: 'boolean', default: false },
      width: { type: 'string' },
      ...SOURCE_FLAGS,
    },
    'history',
  );
  if (positionals.length < 3) throw new UsageError(`history takes three or more versions, oldest first; got ${positionals.length} (see 'resdiff help history')`);
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('only one version can be standard input (-)');
  const options: HistoryOptions = {
    format: oneOf(values.format, ['terminal', 'markdown', 'json'] as const, (input) => `unknown format "${clip(input, 20)}" (use terminal, markdown or json)`),
    output: outputPath(values.output),
    lang: optional(values.lang, language),
    color: values['no-color'] ? 'never' : color(values.color),
    width: width(values.width),
    offline: values.offline === true,
    cache: cacheDir(values.cache),
  };
  return { docs: positionals, options };
}

/** `fetch SYMBOL --lang L` */
export function parseFetchArgs(args: string[]): { symbol: string; lang: Language; cache?: string | undefined } {
  const { values, positionals } = syntax(args, { lang: { type: 'string' }, cache: { type: 'string' } }, 'fetch');
  if (positionals.length !== 1) throw new UsageError(`fetch takes one document symbol; got ${positionals.length} (see 'resdiff help fetch')`);
  if (values.lang === undefined) throw new UsageError(`fetch needs --lang: one of ${LANGUAGES.join(', ')}`);
  return { symbol: positionals[0]!, lang: language(values.lang), cache: cacheDir(values.cache) };
}

/** `list [--json] [--width N]` */
export function parseListArgs(args: string[]): { json: boolean; width?: number | undefined } {
  const { values, positionals } = syntax(args, { json: { type: 'boolean', default: false }, width: { type: 'string' } }, 'list');
  if (positionals.length > 0) throw new UsageError(`list takes no arguments (see 'resdiff help list')`);
  return { json: values.json === true, width: width(values.width) };
}

/** `batch pairs.csv -o DIR [--jobs N]` */
export function parseBatchArgs(args: string[]): { pairs: string; options: BatchArgs } {
  const { values, positionals } = syntax(
    args,
    { output: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f', default: 'html' }, jobs: { type: 'string', short: 'j' }, offline: { type: 'boolean', default: false } },
    'batch',
  );
  if (positionals.length !== 1) throw new UsageError(`batch takes one pairs file (CSV: old,new[,lang][,name]); got ${positionals.length} (see 'resdiff help batch')`);
  if (values.output === undefined) throw new UsageError('batch needs -o DIR, the folder for the reports');
  if (values.output === '') throw new UsageError('batch -o needs a folder name (it was given an empty one)');
  const options: BatchArgs = {
    output: values.output,
    format: oneOf(values.format, formatsFor('batch'), (input) => `unknown batch format "${clip(input, 20)}" (use ${formatList('batch')})`),
    jobs: optional(values.jobs, (v) => wholeNumber(v, 1, 64, '--jobs', 'worker threads')),
    offline: values.offline === true,
  };
  return { pairs: positionals[0]!, options };
}

export interface AmendOptions extends SourceFlags {
  format: 'terminal' | 'markdown' | 'json' | 'html';
  output?: string | undefined;
  /** Only read the amendment document and print its instructions. */
  list: boolean;
  json: boolean;
  lang?: Language | undefined;
  onlyChanged: boolean;
  color: Color;
  width?: number | undefined;
}

/** `amend DRAFT AMENDMENTS [-o OUT] [--format F]`, or `amend --list AMENDMENTS [--json]` */
export function parseAmendArgs(args: string[]): { draft: string | null; amendments: string; options: AmendOptions } {
  const { values, positionals } = syntax(
    args,
    {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f', default: 'terminal' },
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      'only-changed': { type: 'boolean', default: false },
      color: { type: 'string', default: 'auto' },
      'no-color': { type: 'boolean', default: false },
      width: { type: 'string' },
      ...SOURCE_FLAGS,
    },
    'amend',
  );
  const list = values.list === true;
  const json = values.json === true;
  const options: AmendOptions = {
    format: json ? 'json' : oneOf(values.format, ['terminal', 'markdown', 'json', 'html'] as const, (input) => `unknown format "${clip(input, 20)}" (use terminal, markdown, json or html)`),
    output: outputPath(values.output),
    list,
    json,
    lang: optional(values.lang, language),
    onlyChanged: values['only-changed'] === true,
    color: values['no-color'] ? 'never' : color(values.color),
    width: width(values.width),
    offline: values.offline === true,
    cache: cacheDir(values.cache),
  };
  if (list) {
    if (positionals.length !== 1) throw new UsageError(`amend --list takes one document, the amendments; got ${positionals.length} (see 'resdiff help amend')`);
    if (options.output !== undefined) throw new UsageError('amend --list prints the instructions; it takes no -o');
    return { draft: null, amendments: positionals[0]!, options };
  }
  if (positionals.length !== 2) throw new UsageError(`amend takes two documents, DRAFT and AMENDMENTS; got ${positionals.length} (see 'resdiff help amend')`);
  if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one of DRAFT and AMENDMENTS can be standard input (-)');
  return { draft: positionals[0]!, amendments: positionals[1]!, options };
}

export interface CompileOptions extends SourceFlags {
  format: CompileFormat;
  output?: string | undefined;
  lang?: Language | undefined;
}

/** One `--proposal LABEL=FILE`: the delegation's tag and where its proposal is. */
export interface ProposalArg {
  label: string;
  file: string;
}

/** The longest label a tag may have (it is printed before every change the delegation proposes). */
const MAX_LABEL = 40;

/** "EU=eu.docx" -> { label: "EU", file: "eu.docx" }, split at the first "=". */
export function proposalArg(value: string): ProposalArg {
  const at = value.indexOf('=');
  const example = `(write --proposal "EU=eu.docx")`;
  if (at < 0) throw new UsageError(`--proposal "${clip(value, 60)}" has no label: give the delegation and the file as LABEL=FILE ${example}`);
  const label = value.slice(0, at).trim();
  const file = value.slice(at + 1);
  if (label === '') throw new UsageError(`--proposal "${clip(value, 60)}" has an empty label: give the delegation before the "=" ${example}`);
  if (label.length > MAX_LABEL) throw new UsageError(`--proposal: the label "${clip(label, 60)}" is longer than ${MAX_LABEL} characters`);
  if (/[\u0000-\u001f\u007f[\]]/.test(label)) throw new UsageError(`--proposal: the label "${clip(label, 60)}" holds a control character or a bracket`);
  if (file === '') throw new UsageError(`--proposal "${clip(value, 60)}" names no file after the "=" ${example}`);
  return { label, file };
}

/** The format a file name asks for: compilation.docx -> docx. */
function formatOfName(output: string): CompileFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(output)?.[1]?.toLowerCase();
  return (Object.keys(COMPILE_FORMATS) as CompileFormat[]).find((f) => COMPILE_FORMATS[f].ext === ext);
}

/** `compile BASE --proposal LABEL=FILE ... [-o OUT] [--format F]` */
export function parseCompileArgs(args: string[]): { base: string; proposals: ProposalArg[]; options: CompileOptions } {
  const { values, positionals } = syntax(
    args,
    { proposal: { type: 'string', short: 'p', multiple: true }, output: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, lang: { type: 'string' }, ...SOURCE_FLAGS },
    'compile',
  );
  if (positionals.length !== 1) throw new UsageError(`compile takes one document, the base text, and its proposals as --proposal LABEL=FILE; got ${positionals.length} document${positionals.length === 1 ? '' : 's'} (see 'resdiff help compile')`);
  const proposals = (values.proposal ?? []).map(proposalArg);
  if (proposals.length === 0) throw new UsageError(`compile needs at least one --proposal LABEL=FILE (see 'resdiff help compile')`);
  const labels = new Set<string>();
  for (const p of proposals) {
    if (labels.has(p.label)) throw new UsageError(`the label "${clip(p.label, 40)}" is given to two proposals: each delegation's label must be unique`);
    labels.add(p.label);
  }
  if ([positionals[0], ...proposals.map((p) => p.file)].filter((f) => f === '-').length > 1) throw new UsageError('only one document can be standard input (-)');
  const output = outputPath(values.output);
  const names = Object.keys(COMPILE_FORMATS) as CompileFormat[];
  const format =
    values.format !== undefined
      ? oneOf(values.format, names, (input) => `unknown format "${clip(input, 20)}" (use ${names.join(', ')})`)
      : (output !== undefined ? formatOfName(output) : undefined) ?? 'markdown';
  if (COMPILE_FORMATS[format].binary && output === undefined) throw new UsageError(`a ${COMPILE_FORMATS[format].label} compilation needs -o FILE.${COMPILE_FORMATS[format].ext}`);
  return {
    base: positionals[0]!,
    proposals,
    options: { format, output, lang: optional(values.lang, language), offline: values.offline === true, cache: cacheDir(values.cache) },
  };
}
