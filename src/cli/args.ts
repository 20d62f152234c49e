// Command-line options: node's parseArgs for the syntax, zod for the values.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../model/errors.js';
import { LANGUAGES, type Language } from '../model/resolution.js';

const languageSchema = z.enum(LANGUAGES as [Language, ...Language[]], {
  error: (issue) => `unknown language "${String(issue.input)}" (use one of ${LANGUAGES.join(', ')})`,
});

export const DiffOptionsSchema = z.object({
  format: z.enum(['terminal', 'markdown', 'json', 'html'], {
    error: (issue) => `unknown format "${String(issue.input)}" (use terminal, markdown, json or html)`,
  }),
  output: z.string().min(1).optional(),
  onlyChanged: z.boolean(),
  oldLang: languageSchema.optional(),
  newLang: languageSchema.optional(),
  color: z.enum(['auto', 'always', 'never'], { error: () => '--color takes auto, always or never' }),
  width: z.coerce.number({ error: () => '--width takes a number of columns' }).int().min(20, '--width must be at least 20').max(1000).optional(),
});
export type DiffOptions = z.infer<typeof DiffOptionsSchema>;

export const ParseOptionsSchema = z.object({
  json: z.boolean(),
  lang: languageSchema.optional(),
  width: DiffOptionsSchema.shape.width,
});
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;

function syntax<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Unknown option '(.+?)'.*/s, "unknown option '$1'");
    throw new UsageError(`${message} (see 'resdiff help ${command}')`);
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message);
  return parsed.data;
}

/** `diff OLD NEW [options]` */
export function parseDiffArgs(args: string[]): { old: string; new: string; options: DiffOptions } {
  const { values, positionals } = syntax(
    args,
    {
      format: { type: 'string', short: 'f', default: 'terminal' },
      output: { type: 'string', short: 'o' },
      'only-changed': { type: 'boolean', default: false },
      lang: { type: 'string' },
      'old-lang': { type: 'string' },
      'new-lang': { type: 'string' },
      color: { type: 'string', default: 'auto' },
      'no-color': { type: 'boolean', default: false },
      width: { type: 'string' },
    },
    'diff',
  );
  if (positionals.length !== 2) {
    throw new UsageError(`diff takes two documents, OLD and NEW; got ${positionals.length} (see 'resdiff help diff')`);
  }
  const options = validate(DiffOptionsSchema, {
    format: values.format,
    output: values.output,
    onlyChanged: values['only-changed'],
    oldLang: values['old-lang'] ?? values.lang,
    newLang: values['new-lang'] ?? values.lang,
    color: values['no-color'] ? 'never' : values.color,
    width: values.width,
  });
  return { old: positionals[0]!, new: positionals[1]!, options };
}

/** `parse DOC [--json]` */
export function parseParseArgs(args: string[]): { doc: string; options: ParseOptions } {
  const { values, positionals } = syntax(
    args,
    { json: { type: 'boolean', default: false }, lang: { type: 'string' }, width: { type: 'string' } },
    'parse',
  );
  if (positionals.length !== 1) throw new UsageError(`parse takes one document; got ${positionals.length} (see 'resdiff help parse')`);
  return { doc: positionals[0]!, options: validate(ParseOptionsSchema, values) };
}

/** `list [--json]` */
export function parseListArgs(args: string[]): { json: boolean } {
  const { values, positionals } = syntax(args, { json: { type: 'boolean', default: false } }, 'list');
  if (positionals.length > 0) throw new UsageError(`list takes no arguments (see 'resdiff help list')`);
  return { json: values.json === true };
}
