// Typed errors: every failure a user can meet has a class and a code, never a stack trace.

export type ErrorCode =
  | 'EMPTY'
  | 'NOT_A_RESOLUTION'
  | 'BINARY'
  | 'ENCODING'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'TOO_LARGE'
  | 'USAGE'
  | 'IO'
  | 'BAD_FILE'
  | 'ENCRYPTED'
  | 'NO_TEXT'
  | 'NO_CHANGES'
  | 'OFFLINE'
  | 'TIMEOUT'
  | 'HTTP'
  | 'NOT_A_DOCUMENT'
  | 'WRONG_DOCUMENT';

/** Which of the two texts of a comparison an error is about. */
export type Side = 'old' | 'new';

/** Base class: `code` says what went wrong, `message` says what to do about it. */
export class ResdiffError extends Error {
  /** Set when the error is about one text of a pair: callers branch on it, never on the message. */
  side?: Side;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The same error, said to be about one side of a pair. */
  about(side: Side): this {
    this.side = side;
    return this;
  }
}

/** The text was read but is not a resolution the parser can structure. */
export class ParseError extends ResdiffError {}

/** The input could not be read: missing file, unknown symbol, binary data, bad encoding. */
export class InputError extends ResdiffError {}

/** Fetching a document from the UN's servers failed; the message names the URL and how to supply the file by hand. */
export class FetchError extends ResdiffError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly url: string,
  ) {
    super(code, message);
  }
}

/** The command line was wrong. */
export class UsageError extends ResdiffError {
  constructor(message: string) {
    super('USAGE', message);
  }
}
