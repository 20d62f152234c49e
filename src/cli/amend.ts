// `resdiff amend`: an amendment document read and applied to a draft; the amended text, the
// comparison draft -> amended, and a line per instruction (applied, or failed and why).
import { compareResolutions } from '../align/compareResolutions.js';
import { amendDraft, readAmendmentDocument, type Instruction, type InstructionResult } from '../amend/index.js';
import { detectLanguage, rulesFor } from '../lang/index.js';
import { InputError } from '../model/errors.js';
import { loadSource } from '../source/loadDocument.js';
import { diffOutput, renderJson } from '../render/json.js';
import { renderAs } from '../render/renderAs.js';
import { clip } from '../text/clip.js';
import { checkOutputFile } from '../util/atomicWrite.js';
import { parseAmendArgs } from './args.js';
import { emit, loadAll, sourceOptions, terminalWidth, useColor } from './commands.js';
import { EXIT } from './exit.js';
import type { CliIo } from './io.js';
import { VERSION } from './help.js';

/** "3. failed, words not found (“grave” is not in the paragraph): In paragraph 1, …". */
export function resultLine(ins: Instruction, r: InstructionResult): string {
  const what = r.status === 'applied' ? 'applied' : `failed, ${r.reason} (${r.detail})`;
  return `${ins.n}. ${what}: ${clip(ins.text, 160)}`;
}

/** "2. OP 5: In operative paragraph 5, replace …" or "4. not understood (…): …". */
function listLine(ins: Instruction): string {
  return ins.unread !== undefined ? `${ins.n}. not understood (${ins.unread}): ${clip(ins.text, 160)}` : `${ins.n}. ${ins.target}: ${clip(ins.text, 160)}`;
}

/** The instructions as `--list --json` prints them. */
const listed = (ins: Instruction) => ({ n: ins.n, target: ins.target, edits: ins.edits, text: ins.text, ...(ins.unread !== undefined ? { unread: ins.unread } : {}) });

/** A document in which no line opens an instruction: most likely not an amendment document. */
function noInstructions(label: string, lines: number): InputError {
  return new InputError('NOT_A_DOCUMENT', `${label} holds no amendment instruction (${lines} line${lines === 1 ? '' : 's'} read, none opening one like "In operative paragraph 5, replace …" or "删除执行部分第3段")`);
}

export async function amendCommand(args: string[], io: CliIo): Promise<number> {
  const { draft: draftArg, amendments: amendArg, options } = parseAmendArgs(args);
  const sources = sourceOptions(options, io);
  if (draftArg === null) {
    const source = await loadSource(amendArg, options.lang, io.stdin, sources);
    const doc = readAmendmentDocument(source.text, options.lang ?? detectLanguage(source.text));
    if (doc.instructions.length === 0) throw noInstructions(source.label, doc.setAside.length);
    if (options.json) io.stdout(renderJson({ language: doc.language, instructions: doc.instructions.map(listed), setAside: doc.setAside }));
    else io.stdout(`${[...doc.instructions.map(listLine), ...(doc.setAside.length ? ['', 'Set aside as no instruction (masthead, sponsors, title, closing):', ...doc.setAside.map((l) => `  ${clip(l, 160)}`)] : [])].join('\n')}\n`);
    return doc.instructions.some((i) => i.unread !== undefined) ? EXIT.different : EXIT.same;
  }
  if (options.output !== undefined) checkOutputFile(options.output);
  const [draft] = await loadAll([draftArg], [options.lang], io, sources);
  const source = await loadSource(amendArg, draft!.resolution.language, io.stdin, sources);
  const resolution = draft!.resolution;
  const written = detectLanguage(source.text);
  if (written !== resolution.language && source.text.trim() !== '') {
    io.stderr(`resdiff: ${source.label} reads as ${rulesFor(written).name} but the draft is ${rulesFor(resolution.language).name}: its instructions are read in ${rulesFor(resolution.language).name}\n`);
  }
  const outcome = amendDraft(resolution, source.text);
  if (outcome.instructions.length === 0) throw noInstructions(source.label, outcome.setAside.length);
  const { instructions, results, text, failed } = outcome;
  const comparison = compareResolutions(resolution, outcome.amended);
  const lines = instructions.map((ins, k) => resultLine(ins, results[k]!));
  const setAside = outcome.setAside.length ? `; ${outcome.setAside.length} line${outcome.setAside.length === 1 ? '' : 's'} set aside as no instruction (masthead, sponsors, title, closing: see amend --list)` : '';
  const summary = `${instructions.length - failed} of ${instructions.length} instruction${instructions.length === 1 ? '' : 's'} applied${failed ? `, ${failed} failed` : ''}${setAside}`;
  const toFile = options.output !== undefined;
  if (options.format === 'json') {
    io.stdout(
      renderJson({
        generator: `resdiff ${VERSION}`,
        instructions: instructions.map((ins, k) => ({ ...listed(ins), result: results[k] })),
        amended: { preamble: outcome.amended.preamble.map((p) => p.text), operative: outcome.amended.operative.map((p) => p.text), text },
        comparison: diffOutput(comparison),
      }),
    );
  } else {
    const rendered = await renderAs(options.format, comparison, {
      visibility: options.onlyChanged ? 'changed' : 'all',
      report: false,
      terminal: { width: terminalWidth(options.width, io), color: useColor(options.color, io, false) },
    });
    const report = typeof rendered === 'string' ? rendered : '';
    if (options.format === 'html') {
      io.stderr(`${lines.map((l) => `resdiff: ${l}`).join('\n')}\nresdiff: ${summary}${toFile ? '' : ' (give -o OUT for the amended text)'}\n`);
      io.stdout(report);
    } else if (options.format === 'markdown') {
      io.stdout(`## Amendments\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\n${summary}.\n\n${report}${toFile ? '' : `\n## Amended text\n\n${text}`}`);
    } else {
      io.stdout(`Amendments\n${lines.map((l) => `  ${l}`).join('\n')}\n  ${summary}\n\n${report}${toFile ? '' : `\nAmended text\n\n${text}`}`);
    }
  }
  if (toFile) emit(text, options.output, io, ', the amended text');
  return failed > 0 ? EXIT.different : EXIT.same;
}
