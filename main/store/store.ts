/**
 * The store: one SQLite file in the data folder, migrated to the current schema, with a
 * verified backup taken before any migration touches existing data.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../model/errors';
import { openDatabase } from './database';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { ReportStore } from './report-store';
import { OpinionStore } from './opinion-store';
import { ProfileStore } from './profile-store';
import { SearchStore } from './search-store';
import { StanceStore } from './stance-store';

export const DATABASE_FILE = 'shenyi.db';

export interface Store {
  path: string;
  db: Database.Database;
  reports: ReportStore;
  opinions: OpinionStore;
  stances: StanceStore;
  profile: ProfileStore;
  search: SearchStore;
  close(): void;
}

export interface StoreOptions {
  migrations?: Migration[];
  now?: () => Date;
}

/** A consistent copy of a live WAL database (a file copy would miss what is still in -wal). */
export function backupTo(db: Database.Database, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
  const copy = openDatabase(path, { readonly: true });
  copy.close();
}

export function openStore(dataDir: string, options: StoreOptions = {}): Store {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DATABASE_FILE);
  const db = openDatabase(path);
  try {
    migrate(db, options.migrations ?? MIGRATIONS, (from) => {
      if (from === 0) return;
      const backups = join(dataDir, 'backups');
      mkdirSync(backups, { recursive: true });
      const target = join(backups, `before-migration-from-${from}-${Date.now()}.db`);
      if (existsSync(target)) throw new DomainError('store-failed', `${target}: a backup with this name already exists`);
      backupTo(db, target);
    });
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    path,
    db,
    reports: new ReportStore(db, options.now),
    opinions: new OpinionStore(db, options.now),
    stances: new StanceStore(db),
    profile: new ProfileStore(db, options.now),
    search: new SearchStore(db),
    close: () => {
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
