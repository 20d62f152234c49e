// Languages the UN publishes in that resdiff has no module for yet: Spanish, Russian and Arabic
// (French has its module, fr.ts; issue 12, part 2, gives each the same and removes it from here).
//
// Until then a text in one of them is read as resdiff read it before the seam, now said in one
// place: `supported` is false; the lead verb is the paragraph's first capitalised word (so
// openers prove nothing about structure, and parse wants an opening line or numbered operative
// paragraphs); everything else (footnote marks, ladders, technical spans, citations, amendment
// wording, tokens) follows the English rules. Their opening lines, which the header reader and
// the Word report already knew, are kept here (the Council's only for Word, as before).
import type { Language } from '../model/resolution.js';
import { en } from './en.js';
import type { BodyOpening, InstructionGrammar, LanguageRules, LeadVerb, WordStyle } from './types.js';

/** The first word, when the paragraph opens with a capitalised word: no vocabulary, no form. */
function firstCapitalisedWord(text: string): LeadVerb | null {
  const first = /^(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text);
  return first ? { text: first[1]!, form: 'either' } : null;
}

function pending(language: Exclude<Language, 'en' | 'zh'>, name: string, bodies: BodyOpening[], word: WordStyle): LanguageRules {
  return {
    ...en,
    language,
    name,
    supported: false,
    bodies,
    decisionOpenings: [],
    decisionMarker: null,
    adoptedBy: null,
    basis: [],
    meetingFacts: () => null,
    closing: () => null,
    findDate: () => null,
    furniture: [],
    pageNumbers: [],
    detectLeadVerb: firstCapitalisedWord,
    isStrongOpener: () => true,
    midLineOpeners: [],
    opensParagraph: (line) => firstCapitalisedWord(line.trimStart()) !== null,
    numberedFirstWordIsVerb: true,
    // Drafts in these languages are read for what the English furniture of their masthead says.
    draft: { ...en.draft, sponsorsTail: null, session: null, committee: null, agendaItem: null },
    instructions: NOT_YET_READ,
    word,
  };
}

/** Amendment documents in a language without a module are not read yet: every numbered instruction fails as not understood. */
export const NOT_YET_READ: InstructionGrammar = { numbering: /^[(]?\d{1,4}[.)](?!\d)\s+(?=\S)/, opens: /(?!)/, closings: [], read: () => null, spacedWords: true };

const TIMES = { latin: 'Times New Roman', eastAsia: 'SimSun' };

export const es = pending(
  'es',
  'Spanish',
  [
    { pattern: /La Asamblea General/, body: 'General Assembly', line: 'La Asamblea General,' },
    { pattern: null, body: 'Human Rights Council', line: 'El Consejo de Derechos Humanos,' },
  ],
  { ...TIMES, lang: { value: 'es-ES' } },
);

export const ru = pending(
  'ru',
  'Russian',
  [
    { pattern: /Генеральная Ассамблея/, body: 'General Assembly', line: 'Генеральная Ассамблея,' },
    { pattern: null, body: 'Human Rights Council', line: 'Совет по правам человека,' },
  ],
  { ...TIMES, lang: { value: 'ru-RU' } },
);

export const ar = pending(
  'ar',
  'Arabic',
  [
    { pattern: /إن الجمعية العامة/, body: 'General Assembly', line: 'إن الجمعية العامة،' },
    { pattern: null, body: 'Human Rights Council', line: 'إن مجلس حقوق الإنسان،' },
  ],
  { ...TIMES, lang: { value: 'en-US', bidirectional: 'ar-SA' } },
);
