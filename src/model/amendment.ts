// Amendments as data: what insight/ derives from a comparison and lang/ words in each language.
import type { ParagraphRef } from './comparison.js';
import type { Section } from './resolution.js';

/** One change of words inside a paragraph. */
export type TextEdit =
  | { op: 'replace'; find: string; with: string }
  | { op: 'delete'; find: string }
  | { op: 'insertAfter'; anchor: string; text: string }
  | { op: 'insertBefore'; anchor: string; text: string };

export type Amendment =
  | { kind: 'edit'; target: ParagraphRef; edits: TextEdit[] }
  | { kind: 'delete'; target: ParagraphRef }
  | { kind: 'insert'; section: Section; after: ParagraphRef | null; texts: string[] }
  | { kind: 'move'; target: ParagraphRef; section: Section; after: ParagraphRef | null };
