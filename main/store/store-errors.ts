/**
 * Store failures in words a user can act on. A read-only folder, a full disk and a damaged file
 * need different answers (ask for write access, free space, restore a backup), so they are told
 * apart here instead of all surfacing as SQLite's English text with the code `internal`.
 */
import { DomainError } from '../model/errors';
import type { StoreProblem } from '../model/store-status';

/** The store file cannot be used: what was found, and where. Nothing was changed or replaced. */
export class StoreUnusableError extends DomainError {
  constructor(
    readonly path: string,
    readonly problem: StoreProblem,
    readonly finding: string,
  ) {
    super('store-failed', `${path}: ${finding}. The library was not opened and the file was not changed.`);
    this.name = 'StoreUnusableError';
  }
}

/** Why a write did not happen; the UI keeps the unsaved text and, for a full disk, retries. */
export type WriteProblem = 'read-only' | 'disk-full' | 'damaged' | 'io';

export class StoreWriteError extends DomainError {
  constructor(
    readonly problem: WriteProblem,
    message: string,
  ) {
    super('store-failed', message);
    this.name = 'StoreWriteError';
  }
}

const WRITE_MESSAGES: Record<WriteProblem, string> = {
  'read-only': 'The library is open read-only: nothing can be saved until the data folder can be written to again.',
  'disk-full': 'The disk is full: this change was not saved yet. Nothing already saved is lost; saving resumes when there is space again.',
  damaged: 'The library file is damaged: this change was not saved. Restore a backup (恢复备份) to go on.',
  io: 'The library file could not be written (an input/output error): this change was not saved yet.',
};

export function readOnlyStoreError(reason?: string): StoreWriteError {
  return new StoreWriteError('read-only', reason ? `${WRITE_MESSAGES['read-only']} (${reason})` : WRITE_MESSAGES['read-only']);
}

/** better-sqlite3 throws SqliteError with SQLite's extended result code as `code`. */
export function storeErrorOf(error: unknown): StoreWriteError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const problem: WriteProblem | null = code.startsWith('SQLITE_FULL')
    ? 'disk-full'
    : code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM'
      ? 'read-only'
      : code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
        ? 'damaged'
        : code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')
          ? // A file-size limit shows as IOERR_WRITE: the same answer as a full disk.
            code === 'SQLITE_IOERR_WRITE'
            ? 'disk-full'
            : 'io'
          : null;
  return problem === null ? null : new StoreWriteError(problem, WRITE_MESSAGES[problem]);
}
