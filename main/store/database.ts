/**
 * Opening the SQLite file, with the settings written down as policy:
 * - WAL, so readers never block the single writer;
 * - synchronous=FULL on every open: better-sqlite3 is built with WAL defaulting to NORMAL,
 *   where a confirmed save may roll back on power loss;
 * - foreign keys on, a busy timeout, checkpoint_fullfsync on macOS;
 * - the SQL functions the schema's triggers call;
 * - a quick_check before use: a damaged file is never used, and never replaced silently.
 */
import { Database } from './sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { registerSearchFunctions } from './search-text';
import type { StoreProblem } from '../model/store-status';
import { StoreUnusableError } from './store-errors';

export interface OpenOptions {
  readonly?: boolean;
  /** Skip quick_check: only to read what can still be read from a file known to be damaged. */
  skipCheck?: boolean;
}

/** SQLite's verdict on a file it was given, in the store's terms. */
function problemOf(error: unknown): StoreProblem {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_NOTADB') return 'not-a-database';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY')) return 'unreadable';
  return 'damaged';
}

/**
 * What quick_check found that makes the file unusable. A row of `opinions` failing its CHECK
 * (JSON cut short inside a value) is not: the b-trees are sound, the row fails its checksum
 * too and is set apart when read (opinion-store.ts), and the rest of the library stays
 * reachable instead of one bad row locking the user out of every opinion.
 */
function structuralProblems(db: Database): string[] {
  const rows = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  if (rows.length === 1 && rows[0] === 'ok') return [];
  return rows.filter((row) => !/^(CHECK constraint failed in|NULL value in) opinions\b/.test(row));
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new StoreUnusableError(path, problemOf(error), `the database cannot be opened (${(error as Error).message})`);
  }
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (process.platform === 'darwin') db.pragma('checkpoint_fullfsync = ON');
    if (!options.skipCheck) {
      const problems = structuralProblems(db);
      if (problems.length > 0) throw Object.assign(new Error(`quick_check reported: ${problems.slice(0, 3).join('; ')}`), { code: 'SQLITE_CORRUPT' });
    }
  } catch (error) {
    db.close();
    const problem = problemOf(error);
    throw new StoreUnusableError(path, problem, problem === 'unreadable' ? `the database cannot be read (${(error as Error).message})` : `the database is damaged (${(error as Error).message})`);
  }
  // The search index's triggers call it (migration-3-short-search.ts).
  registerSearchFunctions(db);
  return db;
}
