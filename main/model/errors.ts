import type { ErrorCode } from './error-codes';
import { IMPORT_PROBLEMS, type ImportProblem, type ImportProblemParams } from './import-problems';

/** What the UI needs to say an import problem in its own language. */
export interface ImportProblemDetail {
  problem: ImportProblem;
  fileName: string;
  params: ImportProblemParams;
}

/** An expected failure with a message fit to show the user (it names the file and the problem). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: ImportProblemDetail,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A file that cannot be imported; the message always starts with the file's name. */
export class ImportError extends DomainError {
  constructor(fileName: string, problem: ImportProblem, params: ImportProblemParams = {}) {
    super('import-failed', `${fileName}: ${IMPORT_PROBLEMS[problem](params)}`, { problem, fileName, params });
    this.name = 'ImportError';
  }
}
