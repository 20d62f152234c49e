// Amendments in: an amendment document read into instructions and applied to a draft (issue 11).
// Layer: amend, below insight and above parse (pure). Imports parse/, lang/, text/, model/ and
// util/; imported by the front ends. The web front end calls the same functions.
export { readAmendmentDocument, readInstructions, takeQuotations, type AmendmentDocument } from './readInstructions.js';
export { applyInstructions, type AmendedDraft } from './applyInstructions.js';
export { amendedResolution, amendedText } from './amendedText.js';
export { amendDraft, type AmendmentOutcome } from './amendDraft.js';
export type { Edit, Instruction, InstructionResult, FailureReason } from '../model/instruction.js';
