// What to tell a person whose text the parser refused: which document, and whether its
// language is one the parser knows.
import { ParseError } from '../model/errors.js';
import { detectLanguage, rulesFor, SUPPORTED_LANGUAGES } from '../lang/index.js';
import { cleanInput } from '../text/normalize.js';

/**
 * A sentence for a text that is not a resolution the parser can read, when the text is in a
 * language the parser has no rules for (`supported` false in src/lang/); else null.
 */
export function unsupportedLanguageNote(text: string): string | null {
  const rules = rulesFor(detectLanguage(cleanInput(text.slice(0, 20_000))));
  if (rules.supported) return null;
  return `The text looks ${rules.name}: resdiff reads the structure of ${supportedNames()} resolutions only.`;
}

/** "Chinese and English": the languages with rules, as words. */
function supportedNames(): string {
  const names = SUPPORTED_LANGUAGES.map((l) => rulesFor(l).name);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A parse error naming the document it is about (`label`), with a note when its language is
 * one the parser does not know. Other errors pass through unchanged.
 */
export function explainParseError(error: unknown, text: string, label?: string): unknown {
  if (!(error instanceof ParseError)) return error;
  const note = error.code === 'NOT_A_RESOLUTION' ? unsupportedLanguageNote(text) : null;
  const message = label ? `${label}: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}` : error.message;
  const explained = new ParseError(error.code, note ? `${message} ${note}` : message);
  return error.side ? explained.about(error.side) : explained;
}
