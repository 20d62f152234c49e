// Amendments as data: what insight/ derives from a comparison and lang/ words in each language.
import type { ParagraphRef } from './comparison.js';
import type { Section } from './resolution.js';

/** One change of words inside a paragraph. Every quoted string (find, anchor) occurs once in the paragraph as it stood before any amendment. */
export type TextEdit =
  | { op: 'replace'; find: string; with: string }
  | { op: 'delete'; find: string }
  /** "delete the comma after “2000”": `mark` (one punctuation mark of MARK_NAMES) right after `anchor` is deleted. */
  | { op: 'deleteMark'; anchor: string; mark: string }
  | { op: 'insertAfter'; anchor: string; text: string }
  | { op: 'insertBefore'; anchor: string; text: string };

/** The punctuation marks a "delete the comma after …" edit can name, by kind (each language words the kind). */
export const MARK_KINDS: Readonly<Record<string, 'comma' | 'semicolon' | 'colon' | 'stop' | 'enumerationComma'>> = {
  ',': 'comma',
  '，': 'comma',
  ';': 'semicolon',
  '；': 'semicolon',
  ':': 'colon',
  '：': 'colon',
  '.': 'stop',
  '。': 'stop',
  '、': 'enumerationComma',
};

export type Amendment =
  | { kind: 'edit'; target: ParagraphRef; edits: TextEdit[] }
  /** "Operative paragraph 3 should read: “…”": the whole new text of a paragraph with many scattered edits. */
  | { kind: 'replaceParagraph'; target: ParagraphRef; text: string }
  | { kind: 'delete'; target: ParagraphRef }
  | { kind: 'insert'; section: Section; after: ParagraphRef | null; texts: string[] }
  | { kind: 'move'; target: ParagraphRef; section: Section; after: ParagraphRef | null };
