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
  | 'IO';

/** Base class: `code` says what went wrong, `message` says what to do about it. */
export class ResdiffError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The text was read but is not a resolution the parser can structure. */
export class ParseError extends ResdiffError {}

/** The input could not be read: missing file, unknown symbol, binary data, bad encoding. */
export class InputError extends ResdiffError {}

/** The command line was wrong. */
export class UsageError extends ResdiffError {
  constructor(message: string) {
    super('USAGE', message);
  }
}
