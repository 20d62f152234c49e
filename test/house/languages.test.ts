// The house: what resdiff knows about a language lives in src/lang/ (issue 12). A file elsewhere
// that names a language code ('zh', "en", { fr: … }) is branching on a language or keeping a
// list that belongs in a language module; this test names such files. Comments, and the HTML
// `lang` attribute of the interface's own text, do not count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/model/resolution.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { sourceFiles } from '../helpers/sourceFiles.js';

const ROOT = packageRoot();

/**
 * Files allowed to name a language code, and why. Keep it short: move a rule into src/lang/
 * rather than adding a file here.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  // The list of codes itself: the Language type and LANGUAGES.
  ['src/model/resolution.ts', 'defines the language codes'],
  // The ICU locale of the segmenter for Han runs, in text of any language (text/ sits below lang/).
  ['src/text/tokenize.ts', "Intl.Segmenter('zh') for Han runs"],
  // Number formatting in the interface's English messages, not a document's language.
  ['src/text/clip.ts', "toLocaleString('en') in an interface message"],
  // Passes a code through: the language of the default pair on the home page.
  ['src/server/headline.ts', 'the default pair is read in Chinese'],
]);

const CODES = LANGUAGES.join('|');
/** A code as a string literal ('zh', "en", `fr`) or as an object key ({ es: …, ru: … }). */
const LITERAL = new RegExp(`(['"\`])(?:${CODES})\\1|(?:^|[{,])\\s*(?:${CODES})\\s*:(?!:)`, 'gm');

/** The language-code literals of a source text, leaving out comments and HTML lang attributes. */
export function languageLiterals(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/\blang=(["'])[^"']*\1/g, '');
  return [...code.matchAll(LITERAL)].map((m) => m[0].trim());
}

const files = [...sourceFiles('src'), ...sourceFiles('views')].filter((f) => !f.startsWith('src/lang/'));

describe('language codes stay in src/lang/', () => {
  it('finds a code where one is written (the reader itself can fail)', () => {
    expect(languageLiterals("if (language === 'zh') return;")).toEqual(["'zh'"]);
    expect(languageLiterals('const names = { en: "English", fr: "French" };')).toEqual(['{ en:', ', fr:']);
    expect(languageLiterals("// language === 'zh'\n<html lang=\"en\">")).toEqual([]);
  });

  it('has no file outside src/lang/ that names a language code, but the few allowed', () => {
    const offenders = files
      .filter((f) => !ALLOWED.has(f))
      .map((f) => ({ file: f, literals: languageLiterals(readFileSync(join(ROOT, f), 'utf8')) }))
      .filter((x) => x.literals.length > 0)
      .map((x) => `${x.file}: ${x.literals.join(' ')}`);
    expect(offenders).toEqual([]);
  });

  it('allows only files that still need it', () => {
    const stale = [...ALLOWED.keys()].filter((f) => languageLiterals(readFileSync(join(ROOT, f), 'utf8')).length === 0);
    expect(stale).toEqual([]);
  });
});
