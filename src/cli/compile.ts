// `resdiff compile BASE --proposal LABEL=FILE ...`: the compilation text (issue 13). Each
// proposal is read here, at the front, into a Resolution; the engine (src/compile/) only ever
// sees Resolutions. A proposal is one of:
// - a Word file with tracked changes: its text with every change rejected must be BASE (or close
//   to it); its text with every change accepted is the proposal;
// - an amendment document ("In operative paragraph 5, replace …"): applied to BASE;
// - a full revised text (a file, a symbol, standard input): compared with BASE as it is.
// Which one it is, is decided in src/compile/readProposal.ts (the web decides the same way).
import { compile, textProposal, trackedProposal, type ProposalInput } from '../compile/index.js';
import { type Resolution } from '../model/resolution.js';
import { COMPILE_FORMATS } from '../model/compilation.js';
import { renderCompilation } from '../render/compilation.js';
import { loadSource, readFileBytes, type SourceOptions } from '../source/loadDocument.js';
import { clip } from '../text/clip.js';
import { checkOutputFile } from '../util/atomicWrite.js';
import { parseCompileArgs, type ProposalArg } from './args.js';
import { emit, loadAll, sourceOptions } from './commands.js';
import { EXIT } from './exit.js';
import { VERSION } from './help.js';
import type { CliIo } from './io.js';

/** Reads one proposal into a Resolution, saying what it was read as (src/compile/readProposal.ts decides). */
async function readProposal(p: ProposalArg, base: Resolution, io: CliIo, sources: SourceOptions): Promise<ProposalInput> {
  if (/\.docx$/i.test(p.file)) {
    const tracked = await trackedProposal(p.label, readFileBytes(p.file), p.file, base);
    if (tracked) return tracked;
  }
  return textProposal(p.label, await loadSource(p.file, base.language, io.stdin, sources), base);
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
