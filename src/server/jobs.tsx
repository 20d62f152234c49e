// The heavy work of a request, as plain data in and rendered bytes out: reading uploads, parsing,
// comparing and rendering pages, fragments, downloads and diagrams. Runs in a worker thread
// (src/server/worker.ts); nothing here touches the request, the database or the network.
import { HTTPException } from 'hono/http-exception';
import { compareResolutions } from '../align/compareResolutions.js';
import { amendDraft } from '../amend/index.js';
import { extractText } from '../ingest/extract.js';
import { readFetched, type FetchedFile } from '../ingest/ods.js';
import type { Change, Comparison } from '../model/comparison.js';
import { InputError, ParseError } from '../model/errors.js';
import type { Language, Resolution } from '../model/resolution.js';
import { detectLanguage } from '../lang/detect.js';
import { rulesFor } from '../lang/index.js';
import { renderFlowSvg } from '../render/flow.js';
import { FORMATS, type Format } from '../model/formats.js';
import { diffOutput } from '../render/json.js';
import { renderAs } from '../render/renderAs.js';
import { insightOf } from '../insight/report.js';
import { amendmentLines } from '../wording/amendmentText.js';
import { bySection, foldUnchanged, toneLine, type DocumentLabels } from '../wording/labels.js';
import { buildSeries } from '../series/history.js';
import { findNeighbours, localLibrary, type Library, type Neighbours } from '../series/neighbours.js';
import { explainParseError } from '../source/explain.js';
import { clip } from '../text/clip.js';
import { parseSource, parseText, type SourceText } from '../source/loadDocument.js';
import { ComparePage, DetailFragment, DetailPage, DiffFragment, RunRows, type AmendmentReport, type CompareProps, type PageInsight, type ShowMode, type ViewMode } from '../../views/compare.js';
import { changeAnchor } from '../../views/components.js';
import { HistoryPage } from '../../views/history.js';
import { htmlDocument } from '../../views/layout.js';
import type { PasteValues } from '../../views/paste.js';
import { ByteCache, cacheKey, DEFAULT_JOB_CACHES, type JobCacheBudgets } from './caches.js';
import { mediaTypeOf, pasteValues, readForm } from './forms.js';
import { failureOf, type JobFailure } from './errors.js';
import { amendedTextUrl, historyLink, neighbourLinks, pageLinks, type LinkSpec } from './links.js';
import { ApiDiffBody, MAX_TEXT_BYTES, MAX_TEXT_LINES, PasteFields } from './schemas.js';
import { TEXT_LIMITS, tooMuchText } from '../ingest/limits.js';
import { contentId, type StoredSubmission, type SubmittedPair } from './submission.js';
import { runCompileJob, type CompileJob, type CompileSubmission } from './compileJobs.js';
import type { CompileValues } from '../../views/compile.js';

/** Two texts to compare, as the main thread read them: documents by symbol, or a submission. */
export type PairSpec =
  /** `id` names the pair in the worker's cache (the main thread's pair key). */
  | { kind: 'documents'; id: string; old: SourceText; new: SourceText }
  | { kind: 'submitted'; id: string; pair: StoredSubmission };

/** One side of the paste form or the API: a text, or an uploaded file's bytes. */
type SideInput = { text: string } | { file: Uint8Array; name: string };

/** Where a page's neighbour links come from: the fetch cache, in the state the main thread saw. */
export interface NeighbourSpec {
  cacheDir: string;
  stamp: number;
}

export type Job =
  | { kind: 'page'; pair: PairSpec; view: ViewMode; show: ShowMode; fragment: boolean; links: LinkSpec; share?: string; neighbours?: NeighbourSpec }
  | { kind: 'detail'; pair: PairSpec; view: ViewMode; show: ShowMode; fragment: boolean; links: LinkSpec; share?: string; anchor: string }
  /** A folded run of paragraphs, named by its first paragraph's anchor: its paragraphs alone (htmx), or the page with it unfolded. */
  | { kind: 'run'; pair: PairSpec; view: ViewMode; show: ShowMode; fragment: boolean; links: LinkSpec; share?: string; anchor: string }
  | { kind: 'download'; pair: PairSpec; format: Format; date: string }
  | { kind: 'flow'; pair: PairSpec }
  | { kind: 'json'; pair: PairSpec }
  | { kind: 'history'; documents: SourceText[]; labels: string[]; versions: string[]; lang?: Language | undefined }
  /**
   * POST /paste, the request body as it came (multipart or urlencoded): read the form and both
   * sides (files too), check both are resolutions, compare. Reading a form of megabytes takes
   * a while, so it is done here, not on the main thread.
   */
  | {
      kind: 'submit';
      body: ArrayBuffer;
      type: string;
      /**
       * The old text named by symbol, looked up by the main thread (corpus, cache, or ODS: the same
       * lookup as /compare) after a first run of this job answered `symbol`.
       */
      old?: { symbol: string; text: string };
    }
  /** POST /api/diff, the request body as it came (JSON or a form): two texts, compared; nothing kept. The pool moves `body` to the worker (it is detached on the main thread). */
  | { kind: 'api'; body: ArrayBuffer; type: string }
  /** A file fetched from ODS, read to its checked text (ingest/ods.ts readFetched): conversion within the job's budgets. */
  | { kind: 'read-fetched'; file: FetchedFile }
  /** The compile page (compileJobs.tsx). */
  | CompileJob;

/** Rendered bytes; a download also names its file. */
export interface Rendered {
  body: Uint8Array<ArrayBuffer>;
  fileBase?: string;
}

/**
 * A submission read and found to be two resolutions; or refused, with the form's fields as sent
 * (to fill the form in again) and why.
 */
export type Submission =
  /** `values`: the form as sent, to fill it in again should storing fail (a symbol stays a symbol). */
  | { kind: 'submitted'; submitted: StoredSubmission; id: string; values: PasteValues }
  /** The old text is named by symbol: the main thread looks it up, then runs the job again with it. */
  | { kind: 'symbol'; symbol: string; language: Language; values: PasteValues }
  /** `unreadable`: the body itself could not be read, so `values` are empty. */
  | { kind: 'refused'; values: PasteValues; error: JobFailure; unreadable?: true };

export type JobResult<J extends Job> = J extends { kind: 'submit' }
  ? Submission
  : J extends { kind: 'compile-submit' }
    ? CompileSubmission
    : J extends { kind: 'read-fetched' }
      ? FetchedText
      : Rendered;

/** The text of a file fetched from ODS, read and checked. */
export interface FetchedText {
  text: string;
}

/** What a job says while it runs, before its answer: the paste form's fields, once read. */
export type JobNote = { kind: 'form'; values: PasteValues } | { kind: 'compile-form'; values: CompileValues };

/** The note a job of this kind says: the compile form's fields, or the paste form's. */
export type JobNoteOf<J extends Job> = J extends { kind: 'compile-submit' } ? Extract<JobNote, { kind: 'compile-form' }> : Extract<JobNote, { kind: 'form' }>;

/** What a job answers: its result, or its error as data. */
export type JobAnswer = { ok: true; result: Rendered | Submission | CompileSubmission | FetchedText } | { ok: false; error: JobFailure };

/** A comparison with what its pages need. */
interface ComparedPair {
  old: Resolution;
  new: Resolution;
  comparison: Comparison;
  oldLabel: string;
  newLabel: string;
  /** Characters of both texts, for the cache's estimate. */
  chars: number;
  /** The labels a person typed on the paste page (either or both): they head every download. */
  labels?: DocumentLabels;
  /** The tone line and the amendment list, worked out the first time a page asks. */
  insight?: PageInsight;
  /** When the new text is the old one amended: what became of the amendment document's instructions. */
  amendments?: AmendmentReport;
}

/** What one worker thread keeps between jobs, bounded by bytes. */
export interface JobState {
  comparisons: ByteCache<string, ComparedPair>;
  parsed: ByteCache<string, Resolution>;
  /** The library of the fetch cache in the state last seen, with each document's neighbours. */
  library?: { cacheDir: string; stamp: number; library: Library; neighbours: Map<string, Neighbours> };
}


/**
 * A comparison's weight in memory, estimated: each text is held about four times (the text
 * itself, the parsed paragraphs, the segments and the documents' paragraphs), plus the objects
 * of each change and segment.
 */
function pairBytes(p: ComparedPair): number {
  const segments = p.comparison.changes.reduce((n, c) => n + c.segments.length, 0);
  return 8 * p.chars + 200 * p.comparison.changes.length + 64 * segments;
}

/** A parsed document's weight: its text twice (paragraphs and spans) plus the paragraph objects. */
function resolutionBytes(r: Resolution): number {
  const paragraphs = [...r.preamble, ...r.operative];
  return paragraphs.reduce((n, p) => n + 4 * p.text.length + 200, 0) + r.footnotes.reduce((n, f) => n + 2 * f.text.length + 100, 0) + 1024;
}

export function createJobState(budgets: JobCacheBudgets = DEFAULT_JOB_CACHES): JobState {
  return {
    comparisons: new ByteCache<string, ComparedPair>(budgets.comparisonBytes, (k) => k, pairBytes),
    parsed: new ByteCache<string, Resolution>(budgets.parsedBytes, (k) => k, resolutionBytes),
  };
}

/** Parses one submitted text, naming the side in the error a person reads. */
function parseSide(text: string, side: 'old' | 'new'): Resolution {
  try {
    return parseText(text);
  } catch (e) {
    if (e instanceof ParseError) throw explainParseError(new ParseError(e.code, `The ${side} text: ${e.message}`).about(side), text);
    throw e;
  }
}

function compare(state: JobState, spec: PairSpec): ComparedPair {
  return state.comparisons.getOrMakeSync(spec.id, () => {
    if (spec.kind === 'documents') {
      const old = parseSource(spec.old);
      const neu = parseSource(spec.new);
      return { old, new: neu, comparison: compareResolutions(old, neu), oldLabel: spec.old.label, newLabel: spec.new.label, chars: spec.old.text.length + spec.new.text.length };
    }
    const { pair } = spec;
    const old = parseSide(pair.oldText, 'old');
    const neu = parseSide(pair.newText, 'new');
    const oldLabel = pair.oldLabel || old.symbol || 'Old text';
    const newLabel = pair.newLabel || neu.symbol || 'New text';
    return {
      old,
      new: neu,
      comparison: compareResolutions(old, neu),
      oldLabel,
      newLabel,
      ...(pair.oldLabel || pair.newLabel ? { labels: { old: oldLabel, new: newLabel } } : {}),
      ...(pair.amendments ? { amendments: pair.amendments } : {}),
      chars: pair.oldText.length + pair.newText.length,
    };
  });
}

/** The neighbours of a document, found in the fetch cache's state the main thread saw. */
function neighboursOf(state: JobState, spec: NeighbourSpec, doc: Resolution): Neighbours {
  if (state.library?.cacheDir !== spec.cacheDir || state.library.stamp !== spec.stamp) {
    const memo = { get: (k: string) => state.parsed.get(k), set: (k: string, r: Resolution) => state.parsed.set(k, r) };
    state.library = { cacheDir: spec.cacheDir, stamp: spec.stamp, library: localLibrary(spec.cacheDir, memo), neighbours: new Map() };
  }
  const key = `${doc.symbol}\u0000${doc.language}`;
  let found = state.library.neighbours.get(key);
  if (!found) {
    found = findNeighbours(doc, state.library.library);
    state.library.neighbours.set(key, found);
  }
  return found;
}

const encoder = new TextEncoder();
const bytes = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

function propsOf(pair: ComparedPair, job: { view: ViewMode; show: ShowMode; links: LinkSpec; share?: string }): CompareProps {
  return {
    comparison: pair.comparison,
    oldLabel: pair.oldLabel,
    newLabel: pair.newLabel,
    view: job.view,
    show: job.show,
    links: pageLinks(job.links, job.view, job.show),
    ...(job.share ? { share: job.share } : {}),
    ...(pair.amendments ? { amendments: { report: pair.amendments, ...(job.links.kind === 'stored' ? { textHref: amendedTextUrl(job.links.id) } : {}) } } : {}),
  };
}

/** The tone line and the amendment list of a comparison, worded in the text's language (once per pair). */
function pageInsight(pair: ComparedPair): PageInsight {
  if (!pair.insight) {
    const { amendments, shifts } = insightOf(pair.comparison);
    pair.insight = { tone: toneLine(shifts), amendments: amendmentLines(amendments), language: amendments.language };
  }
  return pair.insight;
}

/** The folded run that starts at `anchor` when unchanged paragraphs are folded as `show` folds them. */
function foldedRun(comparison: Comparison, show: ShowMode, anchor: string): Change[] | undefined {
  for (const group of bySection(comparison.changes)) {
    for (const item of foldUnchanged(group.changes, show)) {
      if ('folded' in item && changeAnchor(item.folded[0]!) === anchor) return item.folded;
    }
  }
  return undefined;
}

function fileBase(pair: ComparedPair): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'text';
  if (pair.labels) return `${safe(pair.labels.old)}_to_${safe(pair.labels.new)}`;
  return `${safe(pair.comparison.old.symbol ?? pair.oldLabel)}_to_${safe(pair.comparison.new.symbol ?? pair.newLabel)}`;
}

/** Lines in a text, counted without splitting it. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** The same error, said to be about the old or the new text (the amendments are neither). */
const aboutSide = <E extends InputError>(error: E, side: 'old' | 'new' | 'amendments'): E => (side === 'amendments' ? error : error.about(side));

/** Reads one side of the paste form (or its amendments): an uploaded file wins over pasted text. */
async function readSide(input: SideInput, side: 'old' | 'new' | 'amendments'): Promise<string> {
  if ('file' in input) {
    if (input.file.byteLength > MAX_TEXT_BYTES) throw aboutSide(new InputError('TOO_LARGE', `The ${side} file is over 2 MB.`), side);
    return (await extractText(input.file, `The ${side} file (${clip(input.name)})`)).text;
  }
  if (Buffer.byteLength(input.text) > MAX_TEXT_BYTES) throw aboutSide(new InputError('TOO_LARGE', `The ${side} text is over 2 MB.`), side);
  if (lineCount(input.text) > MAX_TEXT_LINES) throw aboutSide(tooMuchText(`The ${side} text`, 'lines', { ...TEXT_LIMITS, maxLines: MAX_TEXT_LINES }), side);
  if (input.text.trim() === '') throw aboutSide(new InputError('EMPTY', `The ${side} text is empty: paste it or upload a .txt file.`), side);
  return input.text;
}

/** One side of the form: an uploaded file wins over pasted text. */
async function sideInput(text: string, file: File | undefined): Promise<SideInput> {
  // A chosen file has a name (an empty one is refused as empty); a file input left blank is sent as an empty part without a name.
  if (file && (file.size > 0 || file.name !== '')) return { file: new Uint8Array(await file.arrayBuffer()), name: file.name };
  return { text };
}

/** The old side of the form: one of a symbol, a pasted text and a file, never two (which one would be meant?). */
function checkOneOldSource(f: { oldSymbol?: string | undefined; oldText: string; oldFile?: File | undefined }): void {
  if (!f.oldSymbol) return;
  const file = f.oldFile && (f.oldFile.size > 0 || f.oldFile.name !== '');
  if (file || f.oldText.trim() !== '') {
    throw new InputError('USAGE', `The old text: you named ${f.oldSymbol} and also ${file ? 'chose a file' : 'pasted a text'}. Give one of the three: empty the symbol to compare the ${file ? 'file' : 'pasted text'}, or ${file ? 'clear the file' : 'empty the text box'} to compare ${f.oldSymbol}.`).about('old');
  }
}

/** A file input that was used: a chosen file has a name; one left blank is sent as an empty part without a name. */
const chosen = (file: File | undefined): file is File => file !== undefined && (file.size > 0 || file.name !== '');

/** Whether the form gives an amendment document (pasted or a file). */
const amendmentsGiven = (f: { amendText: string; amendFile?: File | undefined }): boolean => f.amendText.trim() !== '' || chosen(f.amendFile);

/** Amendments come instead of a new text: the new text is the old one amended. Both given: which is meant? */
function checkNewOrAmendments(f: { newText: string; newFile?: File | undefined; amendText: string; amendFile?: File | undefined }): void {
  if (!amendmentsGiven(f) || (f.newText.trim() === '' && !chosen(f.newFile))) return;
  throw new InputError(
    'USAGE',
    `You gave amendments and also a new ${chosen(f.newFile) ? 'file' : 'text'}. With amendments, the new text is the old text (the draft) amended: ${chosen(f.newFile) ? 'clear the new file' : 'empty the new text'} to apply the amendments, or clear the amendments to compare the two texts.`,
  ).about('new');
}

/**
 * The draft against the draft amended: the amendment document read in the draft's language and
 * applied to it, every instruction's result kept (failed ones too). The new side is labelled
 * "<the draft's label> as amended" unless a label was typed.
 *
 * @throws InputError NOT_A_DOCUMENT when no line of the document opens an instruction.
 */
function amendedPair(oldText: string, document: string, oldLabel: string, newLabel: string): StoredSubmission {
  const draft = parseSide(oldText, 'old');
  const outcome = amendDraft(draft, document);
  const total = outcome.instructions.length;
  if (total === 0) {
    const lines = outcome.setAside.length;
    throw new InputError('NOT_A_DOCUMENT', `The amendments hold no instruction (${lines} line${lines === 1 ? '' : 's'} read, none opening one like "In operative paragraph 5, replace …"). Paste the amendment document's numbered instructions, in the language of the draft.`);
  }
  const failed = outcome.instructions.flatMap((ins, k) => {
    const r = outcome.results[k]!;
    return r.status === 'failed' ? [{ n: ins.n, text: ins.text, reason: r.reason, detail: r.detail }] : [];
  });
  const written = detectLanguage(document);
  const note =
    written !== draft.language
      ? `The amendments read as ${rulesFor(written).name} but the draft is ${rulesFor(draft.language).name}: their instructions were read in ${rulesFor(draft.language).name}.`
      : undefined;
  return {
    oldText,
    newText: outcome.text,
    oldLabel,
    newLabel: newLabel || `${oldLabel || draft.symbol || 'The draft'} as amended`,
    amendments: { total, applied: total - failed.length, failed, ...(note ? { note } : {}) },
  };
}

/**
 * A delegation's Word file with tracked changes, as the pair it holds: every change rejected
 * (old) against every change accepted (new), labelled with the file's name unless labels were
 * typed. Refused when the form also gives a text of either side: which would be meant?
 */
async function trackedPair(
  file: File,
  f: { oldSymbol?: string | undefined; oldText: string; newText: string; oldFile?: File | undefined; newFile?: File | undefined; oldLabel: string; newLabel: string; amendText: string; amendFile?: File | undefined },
): Promise<SubmittedPair> {
  if (f.oldSymbol || f.oldText.trim() !== '' || f.newText.trim() !== '' || chosen(f.oldFile) || chosen(f.newFile)) {
    throw new InputError('USAGE', 'You gave a Word file with tracked changes and also an old or a new text. The tracked file holds both versions: clear the other fields to compare it, or clear the tracked file to compare the two texts.');
  }
  if (amendmentsGiven(f)) {
    throw new InputError('USAGE', 'You gave a Word file with tracked changes and also amendments. The tracked file holds both versions: clear the amendments to compare it, or clear the tracked file and give the draft as the old text to apply the amendments to it.');
  }
  if (file.size > MAX_TEXT_BYTES) throw new InputError('TOO_LARGE', 'The Word file with tracked changes is over 2 MB.');
  const { readTrackedDocx } = await import('../ingest/docxTracked.js');
  const name = clip(file.name || 'the Word file');
  const versions = await readTrackedDocx(new Uint8Array(await file.arrayBuffer()), `The Word file with tracked changes (${name})`);
  return {
    oldText: versions.old,
    newText: versions.new,
    oldLabel: f.oldLabel || versions.reported?.old.symbol || `${name}, every change rejected`,
    newLabel: f.newLabel || versions.reported?.new.symbol || `${name}, every change accepted`,
  };
}

async function submit(job: Extract<Job, { kind: 'submit' }>, state: JobState, note: (n: JobNote) => void): Promise<Submission> {
  let fields: Record<string, string | File>;
  try {
    fields = await readForm(job.body, job.type);
  } catch (error) {
    return { kind: 'refused', values: pasteValues({}), error: failureOf(error), unreadable: true };
  }
  const values = pasteValues(fields);
  // Said at once: should this job be ended (over its time or memory), the main thread can still fill the form in again.
  note({ kind: 'form', values });
  try {
    const parsed = PasteFields.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new HTTPException(400, { message: issue.path[0] === 'oldSymbol' ? `The old text's symbol: ${issue.message}.` : issue.message });
    }
    const f = parsed.data;
    if (chosen(f.trackedFile)) {
      const submitted = await trackedPair(f.trackedFile, f);
      const id = contentId(submitted);
      compare(state, { kind: 'submitted', id: cacheKey.pair({ kind: 'stored', id }), pair: submitted });
      return { kind: 'submitted', submitted, id, values };
    }
    checkOneOldSource(f);
    checkNewOrAmendments(f);
    // With amendments, the new text is made from the old one below: the amendment document stands in for it until then.
    const document = amendmentsGiven(f) ? await readSide(await sideInput(f.amendText, f.amendFile), 'amendments') : undefined;
    const newText = document === undefined ? await readSide(await sideInput(f.newText, f.newFile), 'new') : '';
    if (f.oldSymbol && job.old?.symbol !== f.oldSymbol) {
      // Looked up by the main thread (it keeps documents and fetches them once however many ask); read in the new text's (or the amendments') language unless told.
      return { kind: 'symbol', symbol: f.oldSymbol, language: f.oldLang ?? detectLanguage(document ?? newText), values };
    }
    const oldText = f.oldSymbol && job.old ? job.old.text : await readSide(await sideInput(f.oldText, f.oldFile), 'old');
    const oldLabel = f.oldLabel || (f.oldSymbol ?? '');
    const submitted: StoredSubmission = document === undefined ? { oldText, newText, oldLabel, newLabel: f.newLabel } : amendedPair(oldText, document, oldLabel, f.newLabel);
    // Parse (once per content: the comparison is kept for the share link's page) before the main
    // thread stores it: nothing that is not a resolution is kept.
    const id = contentId(submitted);
    compare(state, { kind: 'submitted', id: cacheKey.pair({ kind: 'stored', id }), pair: submitted });
    // An upload's text in place of its file (an amended draft's new text stays empty: the amendments are kept instead).
    const amendText = document ?? values.amendText;
    return { kind: 'submitted', submitted, id, values: { ...values, oldText: f.oldSymbol ? values.oldText : submitted.oldText, newText: document === undefined ? submitted.newText : '', amendText } };
  } catch (error) {
    return { kind: 'refused', values, error: failureOf(error) };
  }
}

const NOT_JSON = Symbol('not JSON');

/** The two texts of POST /api/diff: JSON {"old", "new"}, or form fields old and new (not files). */
async function apiTexts(job: { body: ArrayBuffer; type: string }): Promise<{ old: string; new: string }> {
  if (mediaTypeOf(job.type) === 'application/json') {
    let json: unknown = NOT_JSON;
    try {
      json = JSON.parse(new TextDecoder().decode(job.body));
    } catch {
      // answered below
    }
    if (json === NOT_JSON) throw new HTTPException(400, { message: 'the body is not valid JSON: send JSON {"old": "…", "new": "…"}' });
    const parsed = ApiDiffBody.safeParse(json);
    if (!parsed.success) throw new HTTPException(400, { message: `send JSON {"old": "…", "new": "…"}: ${parsed.error.issues[0]!.message}` });
    return parsed.data;
  }
  let body: Record<string, string | File>;
  try {
    body = await readForm(job.body, job.type);
  } catch {
    throw new HTTPException(400, { message: 'the body is not a well-formed form (multipart/form-data): send JSON {"old": "…", "new": "…"} or form fields old and new' });
  }
  if (body.old instanceof File || body.new instanceof File || body.oldFile instanceof File || body.newFile instanceof File) {
    throw new HTTPException(400, { message: 'POST /api/diff takes the texts themselves in old and new, not files: compare files with the paste form (/paste) or the command line' });
  }
  const fields = PasteFields.safeParse({ oldText: body.old, newText: body.new });
  if (!fields.success) throw new HTTPException(400, { message: fields.error.issues[0]!.message });
  return { old: fields.data.oldText, new: fields.data.newText };
}

async function run(job: Job, state: JobState, note: (n: JobNote) => void): Promise<Rendered | Submission | CompileSubmission | FetchedText> {
  switch (job.kind) {
    case 'read-fetched':
      return readFetched(job.file);
    case 'compile-submit':
    case 'compile-page':
    case 'compile-download':
      return runCompileJob(job, (values) => note({ kind: 'compile-form', values }));
    case 'page': {
      const pair = compare(state, job.pair);
      let props = propsOf(pair, job);
      if (job.neighbours) {
        const found = { old: neighboursOf(state, job.neighbours, pair.old), new: neighboursOf(state, job.neighbours, pair.new) };
        props = { ...props, ...neighbourLinks({ old: pair.old.symbol, new: pair.new.symbol }, found, job.view, job.show) };
      }
      if (job.fragment) return { body: bytes(String(<DiffFragment props={props} />)) };
      return { body: bytes(htmlDocument(<ComparePage props={{ ...props, insight: pageInsight(pair) }} />)) };
    }
    case 'run': {
      const pair = compare(state, job.pair);
      const run = foldedRun(pair.comparison, job.show, job.anchor);
      if (!run) throw new HTTPException(404, { message: `This comparison has no folded run of paragraphs starting at ${job.anchor} when showing ${job.show}.` });
      const props = propsOf(pair, job);
      if (job.fragment) return { body: bytes(String(<RunRows changes={run} props={props} />)) };
      return { body: bytes(htmlDocument(<ComparePage props={{ ...props, insight: pageInsight(pair), open: job.anchor }} />)) };
    }
    case 'detail': {
      const pair = compare(state, job.pair);
      const change = pair.comparison.changes.find((ch) => changeAnchor(ch) === job.anchor);
      if (!change) throw new HTTPException(404, { message: `This comparison has no paragraph ${job.anchor}.` });
      const props = propsOf(pair, job);
      return { body: bytes(job.fragment ? String(<DetailFragment change={change} props={props} />) : htmlDocument(<DetailPage change={change} props={props} />)) };
    }
    case 'download': {
      const pair = compare(state, job.pair);
      const body = await renderAs(job.format, pair.comparison, {
        visibility: 'all',
        report: true,
        author: 'resdiff',
        date: new Date(job.date),
        ...(pair.labels ? { labels: pair.labels } : {}),
      });
      return { body: typeof body === 'string' ? bytes(body) : new Uint8Array(body), fileBase: `${fileBase(pair)}.${FORMATS[job.format].ext}` };
    }
    case 'flow':
      return { body: bytes(renderFlowSvg(compare(state, job.pair).comparison)) };
    case 'json':
      return { body: bytes(JSON.stringify(diffOutput(compare(state, job.pair).comparison))) };
    case 'history': {
      const series = buildSeries(
        job.documents.map((d) => parseSource(d)),
        job.labels,
      );
      return { body: bytes(htmlDocument(<HistoryPage series={series} compareUrl={historyLink(job.versions, job.lang)} />)) };
    }
    case 'submit':
      return submit(job, state, note);
    case 'api': {
      const texts = await apiTexts(job);
      const pair: SubmittedPair = { oldText: await readSide({ text: texts.old }, 'old'), newText: await readSide({ text: texts.new }, 'new'), oldLabel: '', newLabel: '' };
      // Not stored, and not kept here either: an API caller sends each pair once.
      const old = parseSide(pair.oldText, 'old');
      const neu = parseSide(pair.newText, 'new');
      return { body: bytes(JSON.stringify(diffOutput(compareResolutions(old, neu)))) };
    }
  }
}

/**
 * Runs one job; its errors come back as data (see errors.ts), never as a thrown error.
 *
 * @example await runJob({ kind: 'flow', pair }, createJobState())
 */
export async function runJob(job: Job, state: JobState, note: (n: JobNote) => void = () => {}): Promise<JobAnswer> {
  try {
    return { ok: true, result: await run(job, state, note) };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}
