// What a language module says while a part of its language is not read yet. Every UN language
// now has its module (en, zh, fr, es, ru, ar); reading amendment DOCUMENTS (src/amend/) is done
// for English and Chinese only (enInstructions.ts, zhInstructions.ts), so fr, es, ru and ar give
// NOT_YET_READ as their `instructions` until theirs are written.
import type { InstructionGrammar } from './types.js';

/** Amendment documents in a language not read yet: every numbered instruction fails as not understood. */
export const NOT_YET_READ: InstructionGrammar = { numbering: /^[(]?\d{1,4}[.)](?!\d)\s+(?=\S)/, opens: /(?!)/, closings: [], read: () => null, spacedWords: true };
