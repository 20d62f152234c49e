// The repair stage: undoes what a PDF viewer did to a text's spacing ("Reaf firming its comm
// itment", "Septem ber 201 5", "大 会") before the parser reads it.
// Layer: repair, between source/ingest (which read texts) and parse (which reads their structure).
// Pure: imports lang/ and text/ only; the caller hands in a loader of the language's word list
// (src/source/loadDocument.ts), called only when the cheap first look (`mayBeBroken`) finds the text
// suspect, so a normal text never loads a list. Which languages are repaired: those whose rules
// (src/lang/<code>.ts) name a `wordList` (en, fr), and Chinese (spaces between Han characters,
// no list needed); the others are left as they are. The seeded breaker that derives broken
// variants for tests and the bench is breakSpacing.ts (not loaded by the pipeline).

export { looksBroken, mayBeBroken, nonWordShare, repairSpacing, repairText, type RepairedText, type SpacingRepair, type WordSet } from './spacing.js';
