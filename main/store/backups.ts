/**
 * Verified copies of the store in `backups/` of the data folder, and putting one back.
 *
 * - A copy is taken with SQLite's online backup API, never with a file copy (a copy of the .db
 *   alone misses everything still in -wal). better-sqlite3 copies 100 pages a step by default
 *   and restarts whenever another connection writes in between, which never finishes under a
 *   steady writer (measured): the progress callback asks for every remaining page at once.
 * - It counts only once it is verified: written under a temporary name, switched to a rollback
 *   journal (a self-contained file that opens read-only anywhere), quick_check'ed, counted, and
 *   then renamed to its final name.
 * - Routine copies are rotated (rotation.ts); the copies taken before a migration or a restore
 *   are kept.
 * - A restore verifies the copy again, moves the current file with its -wal and -shm aside to
 *   `set-aside/` (never deleted: it may still hold something), and renames the copy into place,
 *   so no stale -wal is ever replayed over it.
 */
import type Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Database as SqliteDatabase } from './sqlite';
import { DomainError } from '../model/errors';
import { backupsToDrop } from './rotation';
import { BACKUP_REASONS, type BackupReason, type BackupSummary } from '../model/store-status';

export const BACKUP_FOLDER = 'backups';
export const SET_ASIDE_FOLDER = 'set-aside';

export interface BackupInfo extends BackupSummary {
  path: string;
}

const NAME = /^shenyi-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.db$/;

export function backupName(at: Date, reason: BackupReason): string {
  return `shenyi-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.db`;
}

function parseName(name: string): { takenAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const reason = match[6] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  return { takenAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`, reason };
}

export const backupsFolder = (dataDir: string) => join(dataDir, BACKUP_FOLDER);

interface Counts {
  reports: number;
  opinions: number;
}

function countsOf(db: Database.Database): Counts {
  const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    reports: has('reports') ? count('SELECT count(*) FROM reports') : 0,
    opinions: has('opinions') ? count('SELECT count(*) FROM opinions WHERE deleted_at IS NULL') : 0,
  };
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a fresh copy self-contained and checks it; throws when it is not a sound database. */
function verifyCopy(path: string): Counts {
  const copy = new SqliteDatabase(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DomainError('store-failed', `${path}: the backup failed its check (${String(check)})`);
    return countsOf(copy);
  } finally {
    copy.close();
  }
}

function finish(partial: string, dataDir: string, at: Date, reason: BackupReason, counts: Counts): BackupInfo {
  fsyncPath(partial);
  const name = backupName(at, reason);
  const path = join(backupsFolder(dataDir), name);
  if (existsSync(path)) throw new DomainError('store-failed', `${path}: a backup with this name already exists`);
  renameSync(partial, path);
  fsyncPath(backupsFolder(dataDir));
  return { name, path, takenAt: at.toISOString(), reason, ...counts, bytes: statSync(path).size, readable: true };
}

function partialPath(dataDir: string, at: Date): string {
  mkdirSync(backupsFolder(dataDir), { recursive: true });
  return join(backupsFolder(dataDir), `.partial-${at.getTime()}-${process.pid}.db`);
}

/** An online, verified backup of a live store. */
export async function takeBackup(db: Database.Database, dataDir: string, reason: BackupReason, at: Date): Promise<BackupInfo> {
  const partial = partialPath(dataDir, at);
  try {
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    return finish(partial, dataDir, at, reason, verifyCopy(partial));
  } finally {
    rmSync(partial, { force: true });
  }
}

/** The same, synchronously (before a migration, when the store is not handed out yet). */
export function takeBackupSync(db: Database.Database, dataDir: string, reason: BackupReason, at: Date): BackupInfo {
  const partial = partialPath(dataDir, at);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish(partial, dataDir, at, reason, verifyCopy(partial));
  } finally {
    rmSync(partial, { force: true });
  }
}

function describe(dataDir: string, name: string): BackupInfo | null {
  const parsed = parseName(name);
  if (!parsed) return null;
  const path = join(backupsFolder(dataDir), name);
  const bytes = statSync(path).size;
  try {
    const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
    try {
      return { name, path, ...parsed, ...countsOf(db), bytes, readable: true };
    } finally {
      db.close();
    }
  } catch {
    return { name, path, ...parsed, reports: 0, opinions: 0, bytes, readable: false };
  }
}

/** Every backup in the folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupsFolder(dataDir));
  } catch {
    return [];
  }
  return names
    .map((name) => describe(dataDir, name))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.name < b.name ? 1 : -1));
}

/** Drops the routine copies the rotation no longer keeps; returns their names. */
export function rotateBackups(dataDir: string, now: Date): string[] {
  const dropped = backupsToDrop(listBackups(dataDir).filter((b) => b.reason === 'routine'), now);
  for (const backup of dropped) rmSync(backup.path, { force: true });
  return dropped.map((backup) => backup.name);
}

/** The newest backup that opens and passes quick_check, if any. */
export function newestGoodBackup(dataDir: string): BackupInfo | null {
  for (const backup of listBackups(dataDir)) {
    if (backup.readable && checkBackup(backup.path)) return backup;
  }
  return null;
}

function checkBackup(path: string): boolean {
  try {
    const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Moves a store file and its -wal/-shm into set-aside/; returns where the main file went. */
export function setAside(dbPath: string, dataDir: string, why: string, at: Date): string | null {
  if (!existsSync(dbPath) && !existsSync(`${dbPath}-wal`)) return null;
  const folder = join(dataDir, SET_ASIDE_FOLDER);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, `shenyi-${at.toISOString().replace(/[:.]/g, '-')}-${why}.db`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${target}${suffix}`);
  }
  return target;
}

/**
 * Puts a backup in place of the store file (which must be closed). The current file is set
 * aside first; the copy is verified before anything moves.
 */
export function restoreBackup(dbPath: string, dataDir: string, name: string, at: Date): { restored: BackupInfo; setAsidePath: string | null } {
  const backup = listBackups(dataDir).find((b) => b.name === name);
  if (!backup) throw new DomainError('not-found', `${join(backupsFolder(dataDir), name)}: there is no such backup`);
  if (!backup.readable || !checkBackup(backup.path)) {
    throw new DomainError('store-failed', `${backup.path}: this backup is damaged itself and was not restored; choose another one`);
  }
  const incoming = `${dbPath}.restoring`;
  copyFileSync(backup.path, incoming);
  fsyncPath(incoming);
  const setAsidePath = setAside(dbPath, dataDir, 'replaced', at);
  renameSync(incoming, dbPath);
  fsyncPath(dataDir);
  return { restored: backup, setAsidePath };
}
