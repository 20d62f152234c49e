// What to tell a person whose text the parser refused: which document, and whether its
// language is one the parser knows.
import { ParseError } from '../model/errors.js';
import type { Language } from '../model/resolution.js';
import { detectLanguage } from '../parse/parseResolution.js';
import { cleanInput } from '../text/normalize.js';

const LANGUAGE_NAMES: Record<Language, string> = { zh: 'Chinese', en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic' };

/**
 * A sentence for a text that is not a resolution the parser can read, when the text is in a
 * language the parser has no rules for (it knows Chinese and English); else null.
 */
export function unsupportedLanguageNote(text: string): string | null {
  const language = detectLanguage(cleanInput(text.slice(0, 20_000)));
  if (language === 'zh' || language === 'en') return null;
  return `The text looks ${LANGUAGE_NAMES[language]}: resdiff reads the structure of Chinese and English resolutions only.`;
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
