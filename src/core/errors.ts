/** An error a user can act on: printed as one line, never with a stack trace (unless --debug). */
export class ArnerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ArnerError';
  }
}

/** A malformed command line or option: exit code 2. */
export class UsageError extends ArnerError {
  constructor(message: string) {
    super('E_USAGE', message);
    this.name = 'UsageError';
  }
}
