// What a proposal is, decided once for the command line and the web (issue 13): a Word file with
// tracked changes, an amendment document, or a full revised text. The callers read the bytes
// (a file, a symbol, a form's upload); this decides what they hold and gives the engine a Resolution.
import { compareResolutions } from '../align/compareResolutions.js';
import { amendDraft, readAmendmentDocument } from '../amend/index.js';
import type { Instruction, InstructionResult } from '../amend/index.js';
import { rulesFor } from '../lang/index.js';
import { InputError } from '../model/errors.js';
import { allParagraphs, type Resolution } from '../model/resolution.js';
import { parseSource, type SourceText } from '../source/loadDocument.js';
import { clip } from '../text/clip.js';
import type { ProposalInput } from './compile.js';

/** Below this share of BASE's paragraphs found in a tracked file's old text, it revises another text. */
export const TRACKED_MATCH_SHARE = 0.6;

/** "2. failed, not found (…): In operative paragraph 5, replace …". */
export function instructionLine(ins: Instruction, r: InstructionResult): string {
  const what = r.status === 'applied' ? 'applied' : `failed, ${r.reason} (${r.detail})`;
  return `${ins.n}. ${what}: ${clip(ins.text, 160)}`;
}

/** How many of BASE's paragraphs a text keeps (unchanged, or changed but still paired). */
function sharedParagraphs(base: Resolution, other: Resolution): { kept: number; same: number } {
  const c = compareResolutions(base, other);
  const paired = c.changes.filter((ch) => ch.old !== null && ch.new !== null);
  return { kept: paired.length, same: paired.filter((ch) => ch.kind === 'unchanged').length };
}

/**
 * A Word file with tracked changes as a proposal, or null when it has none (then it is a full text).
 * `named` says which proposal it is in messages (the command line's "EU=eu.docx" by default).
 *
 * @throws InputError WRONG_DOCUMENT when its text before the changes is not the base's.
 */
export async function trackedProposal(label: string, bytes: Uint8Array, name: string, base: Resolution, named = `${label}=${name}`): Promise<ProposalInput | null> {
  const { readTrackedDocx } = await import('../ingest/docxTracked.js');
  let versions;
  try {
    versions = await readTrackedDocx(bytes, name);
  } catch (e) {
    if (e instanceof InputError && e.code === 'NO_CHANGES') return null;
    throw e;
  }
  const source = (text: string) => ({ text, label: name, origin: 'file' as const, format: 'docx' as const });
  const old = parseSource(source(versions.old));
  const neu = parseSource(source(versions.new));
  const total = allParagraphs(base).length;
  const { kept, same } = sharedParagraphs(base, old);
  if (kept < TRACKED_MATCH_SHARE * total) {
    throw new InputError(
      'WRONG_DOCUMENT',
      `${named}: its text before the tracked changes shares only ${kept} of the base's ${total} paragraphs, so its changes are not made to the base text; give it as a full revised text (save it with every change accepted) or track its changes in the base`,
    );
  }
  const by = versions.authors.length ? ` by ${versions.authors.join(', ')}` : '';
  const notes = [`A Word file with ${versions.changes} tracked change${versions.changes === 1 ? '' : 's'}${by}: compiled as its text with every change accepted.`];
  if (same < total) notes.push(`Its text before the changes differs from the base in ${total - same} of ${total} paragraphs; those differences count as its proposals too.`);
  return { label, text: neu, origin: 'tracked', notes };
}

/**
 * A proposal's text (no tracked changes) read against the base: an amendment document (instructions
 * read, and no resolution text of the base's size in it) is applied to the base; anything else is a
 * full revised text, which must be in the base's language.
 *
 * @throws InputError WRONG_DOCUMENT for a text in another language; the parse error of a text that is neither.
 */
export function textProposal(label: string, source: SourceText, base: Resolution, named = `${label}=${clip(source.label, 80)}`): ProposalInput {
  const document = readAmendmentDocument(source.text, base.language);
  const understood = document.instructions.filter((i) => i.unread === undefined).length;
  let text: Resolution | null = null;
  let unreadable: unknown = null;
  try {
    text = parseSource(source);
  } catch (e) {
    unreadable = e;
  }
  if (understood > 0 && (text === null || allParagraphs(text).length < allParagraphs(base).length / 2)) {
    const outcome = amendDraft(base, source.text);
    const notes = [`An amendment document: ${outcome.instructions.length - outcome.failed} of ${outcome.instructions.length} instruction${outcome.instructions.length === 1 ? '' : 's'} applied.`];
    outcome.instructions.forEach((ins, k) => {
      if (outcome.results[k]!.status === 'failed') notes.push(`Not applied: ${instructionLine(ins, outcome.results[k]!)}`);
    });
    return { label, text: outcome.amended, origin: 'amendments', notes };
  }
  if (text === null) throw unreadable;
  if (text.language !== base.language) {
    throw new InputError('WRONG_DOCUMENT', `${named} is in ${rulesFor(text.language).name} but the base is in ${rulesFor(base.language).name}: a proposal is compiled in the base's language`);
  }
  return { label, text, origin: 'text', notes: [] };
}
