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
import { DomainError } from '../model/errors';
import { registerSearchFunctions } from './search-text';

export interface OpenOptions {
  readonly?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false });
  } catch (error) {
    throw new DomainError('store-failed', `${path}: the database cannot be opened (${(error as Error).message})`);
  }
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (process.platform === 'darwin') db.pragma('checkpoint_fullfsync = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`quick_check reported: ${String(check)}`);
  } catch (error) {
    db.close();
    throw new DomainError('store-failed', `${path}: the database is damaged and was not used (${(error as Error).message})`);
  }
  // The search index's triggers call it (migration-3-short-search.ts).
  registerSearchFunctions(db);
  return db;
}
