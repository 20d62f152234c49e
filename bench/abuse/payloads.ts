// The inputs of the abuse bench, made before the server starts: every resolution-like text is a
// corpus text, repeated, cut or with a synthetic run planted (each function says which); the
// rest is obviously synthetic ("x;" paragraphs, numbered lines, generated bombs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ZH = 'A-RES-68-160.zh.txt';
export const EN = 'A-RES-51-100.en.txt';
export const HRC = 'A-HRC-RES-19-33.en.txt';
export const HRC2 = 'A-HRC-RES-28-2.en.txt';

export const corpusText = (root: string, file: string) => readFileSync(join(root, 'corpus', file), 'utf8');

/**
 * A corpus text grown to about `bytes` (UTF-8): its lines after the opening line ("The General
 * Assembly," / "大会，" / "The Human Rights Council,") repeated until the size is reached, each
 * copy tagged with `tag` and its number on a line of its own, so that distinct tags give
 * distinct texts. Derived: nothing but the corpus text and the tags.
 */
export function grown(text: string, bytes: number, tag = 'copy'): string {
  const opening = /^(?:\s*)(The General Assembly,|大会，|The Human Rights Council,)\s*$/m.exec(text);
  const at = opening ? opening.index + opening[0].length + 1 : 0;
  const head = text.slice(0, at);
  const body = text.slice(at);
  const parts = [head];
  let size = Buffer.byteLength(head);
  const bodyBytes = Buffer.byteLength(body);
  for (let n = 1; size < bytes; n++) {
    const mark = `\n${tag} ${n}\n\n`;
    parts.push(mark, body);
    size += mark.length + bodyBytes;
  }
  return parts.join('');
}

/**
 * A/RES/68/160 with one unbroken run of `length` Chinese characters planted after the first
 * "重申": the run is the text's own Han characters, in order, repeated (derived).
 */
export function withCjkRun(text: string, length = 65_536): string {
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  const run = han.repeat(Math.ceil(length / han.length)).slice(0, length);
  const at = text.indexOf('重申');
  return `${text.slice(0, at + 2)}${run}${text.slice(at + 2)}`;
}

/** The opening of a corpus text, then `count` tiny synthetic paragraphs ("x;"), one a line with blank lines between. */
export function tinyParagraphs(text: string, count = 200_000): string {
  const opening = /^(?:\s*)(The General Assembly,)\s*$/m.exec(text);
  const head = opening ? text.slice(0, opening.index + opening[0].length + 1) : 'The General Assembly,\n';
  return `${head}\n${'x;\n\n'.repeat(count)}`;
}
