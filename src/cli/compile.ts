// `resdiff compile BASE --proposal LABEL=FILE ...`: the compilation text (issue 13). Each
// proposal is read here, at the front, into a Resolution; the engine (src/compile/) only ever
// sees Resolutions. A proposal is one of:
// - a Word file with tracked changes: its text with every change rejected must be BASE (or close
//   to it); its text with every change accepted is the proposal;
// - an amendment document ("In operative paragraph 5, replace …"): applied to BASE;
// - a full revised text (a file, a symbol, standard input): compared with BASE as it is.
import { compareResolutions } from '../align/compareResolutions.js';
import { amendDraft, readAmendmentDocument } from '../amend/index.js';
import { compile, type ProposalInput } from '../compile/index.js';
import { rulesFor } from '../lang/index.js';
import { InputError } from '../model/errors.js';
import { allParagraphs, type Resolution } from '../model/resolution.js';
import { COMPILE_FORMATS } from '../model/compilation.js';
import { renderCompilation } from '../render/compilation.js';
import { loadSource, parseSource, readFileBytes, type SourceOptions } from '../source/loadDocument.js';
import { clip } from '../text/clip.js';
import { checkOutputFile } from '../util/atomicWrite.js';
import { parseCompileArgs, type ProposalArg } from './args.js';
import { emit, loadAll, sourceOptions } from './commands.js';
import { EXIT } from './exit.js';
import { VERSION } from './help.js';
import type { CliIo } from './io.js';
import { resultLine } from './amend.js';

/** Below this share of BASE's paragraphs found in a tracked file's old text, it revises another text. */
const TRACKED_MATCH_SHARE = 0.6;

/** How many of BASE's paragraphs a text keeps (unchanged, or changed but still paired). */
function sharedParagraphs(base: Resolution, other: Resolution): { kept: number; same: number } {
  const c = compareResolutions(base, other);
  const paired = c.changes.filter((ch) => ch.old !== null && ch.new !== null);
  return { kept: paired.length, same: paired.filter((ch) => ch.kind === 'unchanged').length };
}

/** A Word file with tracked changes as a proposal, or null when it has none (then it is a full text). */
async function trackedProposal(p: ProposalArg, base: Resolution): Promise<ProposalInput | null> {
  const { readTrackedDocx } = await import('../ingest/docxTracked.js');
  let versions;
  try {
    versions = await readTrackedDocx(readFileBytes(p.file), p.file);
  } catch (e) {
    if (e instanceof InputError && e.code === 'NO_CHANGES') return null;
    throw e;
  }
  const source = (text: string) => ({ text, label: p.file, origin: 'file' as const, format: 'docx' as const });
  const old = parseSource(source(versions.old));
  const neu = parseSource(source(versions.new));
  const total = allParagraphs(base).length;
  const { kept, same } = sharedParagraphs(base, old);
  if (kept < TRACKED_MATCH_SHARE * total) {
    throw new InputError(
      'WRONG_DOCUMENT',
      `${p.label}=${p.file}: its text before the tracked changes shares only ${kept} of the base's ${total} paragraphs, so its changes are not made to the base text; give it as a full revised text (save it with every change accepted) or track its changes in the base`,
    );
  }
  const by = versions.authors.length ? ` by ${versions.authors.join(', ')}` : '';
  const notes = [`A Word file with ${versions.changes} tracked change${versions.changes === 1 ? '' : 's'}${by}: compiled as its text with every change accepted.`];
  if (same < total) notes.push(`Its text before the changes differs from the base in ${total - same} of ${total} paragraphs; those differences count as its proposals too.`);
  return { label: p.label, text: neu, origin: 'tracked', notes };
}

/** Reads one proposal into a Resolution, saying what it was read as. */
async function readProposal(p: ProposalArg, base: Resolution, io: CliIo, sources: SourceOptions): Promise<ProposalInput> {
  if (/\.docx$/i.test(p.file)) {
    const tracked = await trackedProposal(p, base);
    if (tracked) return tracked;
  }
  const source = await loadSource(p.file, base.language, io.stdin, sources);
  const label = `${p.label}=${clip(source.label, 80)}`;
  const document = readAmendmentDocument(source.text, base.language);
  const understood = document.instructions.filter((i) => i.unread === undefined).length;
  let text: Resolution | null = null;
  let unreadable: unknown = null;
  try {
    text = parseSource(source);
  } catch (e) {
    unreadable = e;
  }
  // An amendment document: instructions read, and no resolution text of the base's size in it.
  if (understood > 0 && (text === null || allParagraphs(text).length < allParagraphs(base).length / 2)) {
    const outcome = amendDraft(base, source.text);
    const notes = [`An amendment document: ${outcome.instructions.length - outcome.failed} of ${outcome.instructions.length} instruction${outcome.instructions.length === 1 ? '' : 's'} applied.`];
    outcome.instructions.forEach((ins, k) => {
      if (outcome.results[k]!.status === 'failed') notes.push(`Not applied: ${resultLine(ins, outcome.results[k]!)}`);
    });
    return { label: p.label, text: outcome.amended, origin: 'amendments', notes };
  }
  if (text === null) throw unreadable;
  if (text.language !== base.language) {
    throw new InputError('WRONG_DOCUMENT', `${label} is in ${rulesFor(text.language).name} but the base is in ${rulesFor(base.language).name}: a proposal is compiled in the base's language`);
  }
  return { label: p.label, text, origin: 'text', notes: [] };
}

export async function compileCommand(args: string[], io: CliIo): Promise<number> {
  const { base: baseArg, proposals, options } = parseCompileArgs(args);
  if (options.output !== undefined) checkOutputFile(options.output);
  const sources = sourceOptions(options, io);
  const [base] = await loadAll([baseArg], [options.lang], io, sources);
  const resolution = base!.resolution;
  // Progress for a long list on a terminal: one line per proposal, overwritten.
  const progress = proposals.length >= 4 && io.isTTY;
  const inputs: ProposalInput[] = [];
  for (const [k, p] of proposals.entries()) {
    if (progress) io.stderr(`\rresdiff: reading proposal ${k + 1} of ${proposals.length} (${clip(p.label, 40)})\u001b[K`);
    inputs.push(await readProposal(p, resolution, io, sources));
  }
  if (progress) io.stderr('\r\u001b[K');
  for (const input of inputs) for (const note of input.notes ?? []) io.stderr(`resdiff: [${input.label}] ${note}\n`);
  const compilation = compile(resolution, inputs);
  const content = await renderCompilation(options.format, compilation, { generator: `resdiff ${VERSION}`, date: new Date() });
  const n = compilation.counts;
  emit(content, options.output, io, `, ${COMPILE_FORMATS[options.format].label}: ${inputs.length} proposal${inputs.length === 1 ? '' : 's'}, ${n.paragraphsTouched} paragraph${n.paragraphsTouched === 1 ? '' : 's'} touched, ${n.collisions} collision${n.collisions === 1 ? '' : 's'}`);
  return EXIT.same;
}
