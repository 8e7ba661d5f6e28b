import type { ErrorCode } from '../api/contract';

/** An expected failure with a message fit to show the user (it names the file and the problem). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A file that cannot be imported; the message always starts with the file's name. */
export class ImportError extends DomainError {
  constructor(fileName: string, reason: string) {
    super('import-failed', `${fileName}: ${reason}`);
    this.name = 'ImportError';
  }
}
