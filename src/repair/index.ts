// The repair stage: undoes what a PDF viewer did to a text's spacing ("Reaf firming its comm
// itment", "Septem ber 201 5", "大 会") before the parser reads it.
// Layer: repair, between source/ingest (which read texts) and parse (which reads their structure).
// Pure: imports lang/ and text/ only; the caller hands in a loader of the language's word list
// (src/source/wordLists.ts), called only when the cheap first look (`mayBeBroken`) finds the text
// suspect, so a normal text never loads a list. Which languages are repaired: those whose rules
// (src/lang/<code>.ts) name a `wordList` (en, fr), and Chinese (spaces between Han characters,
// no list needed); the others are left as they are. The seeded breaker that derives broken
// variants for tests and the bench is breakSpacing.ts (not loaded by the pipeline).
import type { LanguageRules, WordListSource } from '../lang/types.js';
import { looksBroken, mayBeBroken, repairSpacing, type WordSet } from './spacing.js';

export { looksBroken, mayBeBroken, nonWordShare, repairSpacing, type SpacingRepair, type WordSet } from './spacing.js';

/** What the repair did to a text: its text to parse, and the spaces taken out (0: left as it was). */
export interface RepairedText {
  text: string;
  joins: number;
}

/**
 * A text ready for the parser: repaired when its spacing is broken, else the same text with 0 joins.
 *
 * @example repairText('Reaf firming its comm itment …', rulesFor('en'), loadWordList).joins // 2 or more
 */
export function repairText(text: string, rules: LanguageRules, load: (source: WordListSource) => WordSet): RepairedText {
  if (!mayBeBroken(text, rules)) return { text, joins: 0 };
  if (rules.joinsLinesWithoutSpace) return repairSpacing(text, rules, null);
  if (rules.wordList === null) return { text, joins: 0 };
  const words = load(rules.wordList);
  if (!looksBroken(text, rules, words)) return { text, joins: 0 };
  return repairSpacing(text, rules, words);
}
