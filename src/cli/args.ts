// Command-line options: node's parseArgs for the syntax, zod for the values.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../model/errors.js';
import { LANGUAGES, type Language } from '../model/resolution.js';
import { FORMATS, formatList, formatsFor } from '../model/formats.js';
import { clip } from '../source/explain.js';

const languageSchema = z.enum(LANGUAGES as [Language, ...Language[]], {
  error: (issue) => `unknown language "${clip(String(issue.input), 20)}" (use one of ${LANGUAGES.join(', ')})`,
});

const widthSchema = z.coerce
  .number({ error: () => '--width takes a number of columns' })
  .int()
  .min(20, '--width must be at least 20')
  .max(1000)
  .optional();

const colorSchema = z.enum(['auto', 'always', 'never'], { error: () => '--color takes auto, always or never' });

/** Where documents named by symbol come from (shared by every command that reads documents). */
const SourceFlagsSchema = z.object({
  offline: z.boolean(),
  cache: z.string().min(1).optional(),
});
export type SourceFlags = z.infer<typeof SourceFlagsSchema>;

export const DiffOptionsSchema = SourceFlagsSchema.extend({
  format: z.enum(formatsFor('diff'), {
    error: (issue) => `unknown format "${clip(String(issue.input), 20)}" (use ${formatList('diff')})`,
  }),
  output: z.string().min(1).optional(),
  onlyChanged: z.boolean(),
  substantiveOnly: z.boolean(),
  oldLang: languageSchema.optional(),
  newLang: languageSchema.optional(),
  color: colorSchema,
  width: widthSchema,
  previous: z.boolean(),
});
export type DiffOptions = z.infer<typeof DiffOptionsSchema>;

export const ParseOptionsSchema = SourceFlagsSchema.extend({
  json: z.boolean(),
  lang: languageSchema.optional(),
  width: widthSchema,
});
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;

export const HistoryOptionsSchema = SourceFlagsSchema.extend({
  format: z.enum(['terminal', 'markdown', 'json'], {
    error: (issue) => `unknown format "${String(issue.input)}" (use terminal, markdown or json)`,
  }),
  output: z.string().min(1).optional(),
  lang: languageSchema.optional(),
  color: colorSchema,
  width: widthSchema,
});
export type HistoryOptions = z.infer<typeof HistoryOptionsSchema>;

export const FetchOptionsSchema = z.object({
  lang: languageSchema,
  cache: z.string().min(1).optional(),
});

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

function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message);
  return parsed.data;
}

/** `report OLD NEW [options]`: the diff's options, formats html (default), markdown or docx, and an author. */
export const ReportOptionsSchema = DiffOptionsSchema.extend({
  format: z.enum(formatsFor('report'), { error: (issue) => `unknown report format "${clip(String(issue.input), 20)}" (use ${formatList('report')})` }),
  author: z.string().min(1, '--author takes a name').max(200),
});
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

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
  ...SOURCE_FLAGS,
} as const;

type CompareValues = ReturnType<typeof syntax<typeof COMPARE_FLAGS & { format: { type: 'string' } }>>['values'];

/** The option values both diff and report take, in the schema's shape. */
function compareOptions(values: CompareValues) {
  return {
    format: values.format,
    output: values.output,
    onlyChanged: values['only-changed'],
    substantiveOnly: values['substantive-only'],
    oldLang: values['old-lang'] ?? values.lang,
    newLang: values['new-lang'] ?? values.lang,
    color: values['no-color'] ? 'never' : values.color,
    width: values.width,
    previous: values.previous,
    offline: values.offline,
    cache: values.cache,
  };
}

/** OLD and NEW, or NEW alone with --previous. */
function documents(positionals: string[], previous: boolean, command: string): { old: string | null; new: string } {
  if (previous) {
    if (positionals.length !== 1) throw new UsageError(`${command} --previous takes one document, the newer one; got ${positionals.length} (see 'resdiff help ${command}')`);
    return { old: null, new: positionals[0]! };
  }
  if (positionals.length !== 2) throw new UsageError(`${command} takes two documents, OLD and NEW; got ${positionals.length} (see 'resdiff help ${command}')`);
  return { old: positionals[0]!, new: positionals[1]! };
}

/** `report OLD NEW [options]`, or `report NEW --previous` */
export function parseReportArgs(args: string[]): { old: string | null; new: string; options: ReportOptions } {
  const { values, positionals } = syntax(args, { ...COMPARE_FLAGS, format: { type: 'string', short: 'f', default: 'html' }, author: { type: 'string', default: 'resdiff' } }, 'report');
  const options = validate(ReportOptionsSchema, { ...compareOptions(values), author: values.author });
  if (FORMATS[options.format].binary && options.output === undefined) throw new UsageError(`a ${FORMATS[options.format].label} report needs -o FILE.${FORMATS[options.format].ext}`);
  return { ...documents(positionals, options.previous, 'report'), options };
}

/** `diff OLD NEW [options]`, or `diff NEW --previous` */
export function parseDiffArgs(args: string[]): { old: string | null; new: string; options: DiffOptions } {
  const { values, positionals } = syntax(args, { ...COMPARE_FLAGS, format: { type: 'string', short: 'f', default: 'terminal' } }, 'diff');
  const options = validate(DiffOptionsSchema, compareOptions(values));
  return { ...documents(positionals, options.previous, 'diff'), options };
}

/** `parse DOC [--json]` */
export function parseParseArgs(args: string[]): { doc: string; options: ParseOptions } {
  const { values, positionals } = syntax(
    args,
    { json: { type: 'boolean', default: false }, lang: { type: 'string' }, width: { type: 'string' }, ...SOURCE_FLAGS },
    'parse',
  );
  if (positionals.length !== 1) throw new UsageError(`parse takes one document; got ${positionals.length} (see 'resdiff help parse')`);
  return { doc: positionals[0]!, options: validate(ParseOptionsSchema, values) };
}

/** `previous DOC` */
export function parsePreviousArgs(args: string[]): { doc: string; options: ParseOptions } {
  const { values, positionals } = syntax(args, { json: { type: 'boolean', default: false }, lang: { type: 'string' }, ...SOURCE_FLAGS }, 'previous');
  if (positionals.length !== 1) throw new UsageError(`previous takes one document; got ${positionals.length} (see 'resdiff help previous')`);
  return { doc: positionals[0]!, options: validate(ParseOptionsSchema, values) };
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
  const options = validate(HistoryOptionsSchema, {
    format: values.format,
    output: values.output,
    lang: values.lang,
    color: values['no-color'] ? 'never' : values.color,
    width: values.width,
    offline: values.offline,
    cache: values.cache,
  });
  return { docs: positionals, options };
}

/** `fetch SYMBOL --lang L` */
export function parseFetchArgs(args: string[]): { symbol: string; lang: Language; cache?: string | undefined } {
  const { values, positionals } = syntax(args, { lang: { type: 'string' }, cache: { type: 'string' } }, 'fetch');
  if (positionals.length !== 1) throw new UsageError(`fetch takes one document symbol; got ${positionals.length} (see 'resdiff help fetch')`);
  if (values.lang === undefined) throw new UsageError(`fetch needs --lang: one of ${LANGUAGES.join(', ')}`);
  const options = validate(FetchOptionsSchema, values);
  return { symbol: positionals[0]!, lang: options.lang, cache: options.cache };
}

/** `list [--json] [--width N]` */
export function parseListArgs(args: string[]): { json: boolean; width?: number | undefined } {
  const { values, positionals } = syntax(args, { json: { type: 'boolean', default: false }, width: { type: 'string' } }, 'list');
  if (positionals.length > 0) throw new UsageError(`list takes no arguments (see 'resdiff help list')`);
  return { json: values.json === true, width: validate(widthSchema, values.width) };
}

export const BatchArgsSchema = z.object({
  output: z.string({ error: () => 'batch needs -o DIR, the folder for the reports' }).min(1),
  format: z.enum(formatsFor('batch'), { error: (issue) => `unknown batch format "${clip(String(issue.input), 20)}" (use ${formatList('batch')})` }),
  jobs: z.coerce.number({ error: () => '--jobs takes a number of worker threads' }).int().min(1, '--jobs must be at least 1').max(64).optional(),
  offline: z.boolean(),
});
export type BatchArgs = z.infer<typeof BatchArgsSchema>;

/** `batch pairs.csv -o DIR [--jobs N]` */
export function parseBatchArgs(args: string[]): { pairs: string; options: BatchArgs } {
  const { values, positionals } = syntax(
    args,
    { output: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f', default: 'html' }, jobs: { type: 'string', short: 'j' }, offline: { type: 'boolean', default: false } },
    'batch',
  );
  if (positionals.length !== 1) throw new UsageError(`batch takes one pairs file (CSV: old,new[,lang][,name]); got ${positionals.length} (see 'resdiff help batch')`);
  return { pairs: positionals[0]!, options: validate(BatchArgsSchema, values) };
}
