// The compile page's heavy work (issue 13), run in a worker thread like the rest of jobs.tsx:
// reading the form (base and proposals, files too), deciding what each proposal is (the same
// decision as `resdiff compile`, src/compile/readProposal.ts), compiling, and rendering a stored
// compilation's page and downloads. Nothing here touches the request, the database or the network.
import { createHash } from 'node:crypto';
import { HTTPException } from 'hono/http-exception';
import { compile, textProposal, trackedProposal, type ProposalInput } from '../compile/index.js';
import { extractText, sniffFormat, type InputFormat } from '../ingest/extract.js';
import { TEXT_LIMITS, tooMuchText } from '../ingest/limits.js';
import { detectLanguage } from '../lang/detect.js';
import { COMPILE_FORMATS, type Compilation, type CompileFormat } from '../model/compilation.js';
import { InputError, ParseError } from '../model/errors.js';
import type { Language } from '../model/resolution.js';
import { renderCompilation } from '../render/compilation.js';
import { parseSource, type SourceText } from '../source/loadDocument.js';
import { clip } from '../text/clip.js';
import { CompilationPage, type CompileValues, type ProposalValues } from '../../views/compile.js';
import { htmlDocument } from '../../views/layout.js';
import { failureOf, type JobFailure } from './errors.js';
import { readForm } from './forms.js';
import { LanguageParam, MAX_TEXT_BYTES, MAX_TEXT_LINES, SymbolParam } from './schemas.js';

/** Proposals in one compilation at most (the compile page): a negotiation's delegations and groups, with room. */
export const MAX_PROPOSALS = 20;

export type CompileJob =
  /**
   * POST /compile, the body as it came. `base`: the base named by symbol, looked up by the main
   * thread (the same lookup as /paste's old text) after a first run answered `symbol`.
   */
  | { kind: 'compile-submit'; body: ArrayBuffer; type: string; base?: { symbol: string; text: string } }
  /** A stored compilation's page: its JSON as stored, and its share link. */
  | { kind: 'compile-page'; compilation: string; share: string }
  | { kind: 'compile-download'; compilation: string; format: CompileFormat; date: string; generator: string };

export type CompileSubmission =
  /** Compiled: the compilation as JSON (what is stored) and its content id. */
  | { kind: 'compiled'; id: string; compilation: string; values: CompileValues }
  /** "Add a proposal" without JavaScript: the form again, one row more. */
  | { kind: 'form'; values: CompileValues }
  | { kind: 'symbol'; symbol: string; language: Language; values: CompileValues }
  | { kind: 'refused'; values: CompileValues; error: JobFailure; unreadable?: true };

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const chosen = (v: unknown): v is File => v instanceof File && (v.size > 0 || v.name !== '');

/** How many proposal rows the form has: its `rows` field, or the highest row sent, at least one. */
function rowCount(fields: Record<string, string | File>): number {
  let n = Number.parseInt(text(fields.rows), 10);
  if (!Number.isFinite(n) || n < 1) n = 1;
  for (const key of Object.keys(fields)) {
    const m = /^p(\d{1,3})(?:label|text|file)$/.exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

/** The form's text fields, to fill it in again (rows beyond the limit are kept too: the error says so). */
export function compileValues(fields: Record<string, string | File>): CompileValues {
  const proposals: ProposalValues[] = [];
  const rows = Math.min(rowCount(fields), 200);
  for (let k = 0; k < rows; k++) proposals.push({ label: text(fields[`p${k}label`]), text: text(fields[`p${k}text`]) });
  return { baseSymbol: text(fields.baseSymbol), baseLang: text(fields.baseLang), baseText: text(fields.baseText), proposals };
}

const lineCount = (s: string): number => {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/** One text read from the form: pasted, or a file's bytes converted (a file wins only when no text is pasted: both is refused before). */
async function readInput(what: string, pasted: string, file: File | undefined): Promise<{ text: string; format: InputFormat; name: string; bytes?: Uint8Array }> {
  if (chosen(file)) {
    if (file.size > MAX_TEXT_BYTES) throw new InputError('TOO_LARGE', `${what}: the file is over 2 MB.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const name = clip(file.name || 'the file', 80);
    const { text: t, format } = await extractText(bytes, `${what} (${name})`);
    return { text: t, format, name, bytes };
  }
  if (Buffer.byteLength(pasted) > MAX_TEXT_BYTES) throw new InputError('TOO_LARGE', `${what}: the text is over 2 MB.`);
  if (lineCount(pasted) > MAX_TEXT_LINES) throw tooMuchText(what, 'lines', { ...TEXT_LIMITS, maxLines: MAX_TEXT_LINES });
  return { text: pasted, format: 'txt', name: 'the pasted text' };
}

interface ProposalField {
  k: number;
  label: string;
  text: string;
  file: File | undefined;
}

/** The proposals given (rows left wholly empty are skipped), checked: each labelled once, each with one text. */
function proposalFields(fields: Record<string, string | File>): ProposalField[] {
  const rows = rowCount(fields);
  const given: ProposalField[] = [];
  for (let k = 0; k < rows; k++) {
    const file = fields[`p${k}file`];
    const p = { k, label: text(fields[`p${k}label`]).trim(), text: text(fields[`p${k}text`]), file: chosen(file) ? file : undefined };
    if (p.label !== '' || p.text.trim() !== '' || p.file) given.push(p);
  }
  if (given.length === 0) throw new InputError('EMPTY', 'No proposals: give at least one, with a delegation label and a pasted text or a file.');
  if (given.length > MAX_PROPOSALS) throw new InputError('TOO_LARGE', `${given.length} proposals: a compilation takes at most ${MAX_PROPOSALS}. Compile them in parts, or leave out some rows.`);
  const seen = new Map<string, number>();
  for (const p of given) {
    if (p.label === '') throw new InputError('USAGE', `Proposal ${p.k + 1} has no label: name the delegation that proposes it (EU, G77, CARICOM …).`);
    if (p.label.length > 40) throw new InputError('USAGE', `Proposal ${p.k + 1}: its label is over 40 characters.`);
    const before = seen.get(p.label.toLowerCase());
    if (before !== undefined) throw new InputError('USAGE', `Proposals ${before + 1} and ${p.k + 1} are both labelled "${p.label}": give each delegation's proposal its own label (or put the two in one).`);
    seen.set(p.label.toLowerCase(), p.k);
    if (p.text.trim() === '' && !p.file) throw new InputError('EMPTY', `Proposal ${p.k + 1} (${p.label}) has no text: paste it or upload its file.`);
    if (p.text.trim() !== '' && p.file) throw new InputError('USAGE', `Proposal ${p.k + 1} (${p.label}) has a pasted text and a file: which one is meant? Empty the text box or clear the file.`);
  }
  return given;
}

/** The base: one of a symbol, a pasted text and a file. */
function baseSource(fields: Record<string, string | File>): { symbol?: string; lang?: Language } {
  const raw = text(fields.baseSymbol).trim();
  const file = chosen(fields.baseFile);
  const pasted = text(fields.baseText).trim() !== '';
  if (raw === '' && !file && !pasted) throw new InputError('EMPTY', 'No base text: name a resolution by its symbol (A/RES/68/160), paste its text, or upload its file.');
  if ([raw !== '', file, pasted].filter(Boolean).length > 1) {
    throw new InputError('USAGE', 'The base text is given twice (a symbol, a pasted text or a file): give one of the three.');
  }
  const lang = LanguageParam.safeParse(text(fields.baseLang));
  if (!lang.success) throw new HTTPException(400, { message: lang.error.issues[0]!.message });
  if (raw === '') return lang.data ? { lang: lang.data } : {};
  const symbol = SymbolParam.safeParse(raw);
  if (!symbol.success) throw new InputError('USAGE', `The base's symbol: ${symbol.error.issues[0]!.message}.`);
  return { symbol: symbol.data, ...(lang.data ? { lang: lang.data } : {}) };
}

async function submit(job: Extract<CompileJob, { kind: 'compile-submit' }>, note: (values: CompileValues) => void): Promise<CompileSubmission> {
  let fields: Record<string, string | File>;
  try {
    fields = await readForm(job.body, job.type);
  } catch (error) {
    return { kind: 'refused', values: compileValues({}), error: failureOf(error), unreadable: true };
  }
  const values = compileValues(fields);
  note(values);
  try {
    if (text(fields.action) === 'add') {
      if (values.proposals.length >= MAX_PROPOSALS) throw new InputError('TOO_LARGE', `The form has ${values.proposals.length} proposals: a compilation takes at most ${MAX_PROPOSALS}.`);
      return { kind: 'form', values: { ...values, proposals: [...values.proposals, { label: '', text: '' }] } };
    }
    const base = baseSource(fields);
    const given = proposalFields(fields);
    const read = [];
    for (const p of given) read.push({ p, input: await readInput(`Proposal ${p.k + 1} (${p.label})`, p.text, p.file) });
    if (base.symbol && job.base?.symbol !== base.symbol) {
      // Looked up by the main thread (as /paste looks up its old text); read in the proposals' language unless told.
      return { kind: 'symbol', symbol: base.symbol, language: base.lang ?? detectLanguage(read[0]!.input.text), values };
    }
    const baseText = base.symbol && job.base ? { text: job.base.text, format: 'txt' as const, name: base.symbol } : await readInput('The base text', text(fields.baseText), chosen(fields.baseFile) ? fields.baseFile : undefined);
    if (baseText.text.trim() === '') throw new InputError('EMPTY', 'The base text is empty: paste it, upload its file, or name it by its symbol.');
    let resolution;
    const baseLabel = base.symbol ?? (baseText.name === 'the pasted text' ? 'the pasted base text' : baseText.name);
    try {
      resolution = parseSource({ text: baseText.text, label: baseLabel, origin: 'file', format: baseText.format, ...(base.symbol ? { symbol: base.symbol } : {}) });
    } catch (e) {
      if (e instanceof ParseError) throw new ParseError(e.code, `The base text: ${e.message}`);
      throw e;
    }
    const inputs: ProposalInput[] = [];
    for (const { p, input } of read) {
      const what = `Proposal ${p.k + 1} (${p.label})`;
      if (input.bytes && sniffFormat(input.bytes) === 'docx') {
        const tracked = await trackedProposal(p.label, input.bytes, `${what}, ${input.name}`, resolution, `${what}, ${input.name}`);
        if (tracked) {
          inputs.push(tracked);
          continue;
        }
      }
      const source: SourceText = { text: input.text, label: `${what}, ${input.name}`, origin: 'file', format: input.format };
      try {
        inputs.push(textProposal(p.label, source, resolution, p.file ? `${what}, ${input.name}` : what));
      } catch (e) {
        if (e instanceof ParseError) throw new ParseError(e.code, `${what}: ${e.message}`);
        throw e;
      }
    }
    const compilation = JSON.stringify(compile(resolution, inputs));
    const id = createHash('sha256').update(compilation).digest('hex').slice(0, 20);
    return { kind: 'compiled', id, compilation, values };
  } catch (error) {
    return { kind: 'refused', values, error: failureOf(error) };
  }
}

/** Rendered bytes; a download also names its file. */
type Rendered = { body: Uint8Array<ArrayBuffer>; fileBase?: string };

const bytes = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s) as Uint8Array<ArrayBuffer>;

/** A file name from the base's symbol: "A-RES-68-160-compilation.docx". */
function fileName(c: Compilation, format: CompileFormat): string {
  const base = (c.base.symbol ?? 'resolution').replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'resolution';
  return `${base}-compilation.${COMPILE_FORMATS[format].ext}`;
}

export async function runCompileJob(job: CompileJob, note: (values: CompileValues) => void): Promise<Rendered | CompileSubmission> {
  switch (job.kind) {
    case 'compile-submit':
      return submit(job, note);
    case 'compile-page': {
      const c = JSON.parse(job.compilation) as Compilation;
      return { body: bytes(htmlDocument(<CompilationPage compilation={c} share={job.share} />)) };
    }
    case 'compile-download': {
      const c = JSON.parse(job.compilation) as Compilation;
      const body = await renderCompilation(job.format, c, { generator: job.generator, date: new Date(job.date) });
      return { body: typeof body === 'string' ? bytes(body) : (new Uint8Array(body) as Uint8Array<ArrayBuffer>), fileBase: fileName(c, job.format) };
    }
  }
}
