// The compilation text (issue 13): one base, several delegations' proposals, paragraph by paragraph.
// Layer: compile, below render/ and views/, above wording/ and align/. Pure: no I/O, no clock.
export { compile, changedRanges, rangesCollide, type ProposalInput } from './compile.js';
export { proposalText } from './proposalText.js';
export type * from '../model/compilation.js';
export { DELEGATION_COLOURS, baseName, collisionLine, countsLine, delegationColour, newParagraphLine, paragraphLabel, perProposalLine, proposalVerb, tags } from './wording.js';
export { instructionLine, textProposal, trackedProposal, TRACKED_MATCH_SHARE } from './readProposal.js';
