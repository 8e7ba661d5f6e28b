/**
 * The store: one SQLite file in the data folder, migrated to the current schema, with a
 * verified backup taken before any migration touches existing data.
 */
import type Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './database';
import { ensureDataDir } from './data-folder';
import { migrate, MIGRATIONS, schemaVersion, type Migration } from './migrations';
import { ReportStore } from './report-store';
import { OpinionStore } from './opinion-store';
import { ProfileStore } from './profile-store';
import { SearchStore } from './search-store';
import { StanceStore } from './stance-store';
import { AdoptionStore } from './adoption-store';
import { PackageStore } from './package-store';
import { AnchorStore } from './anchor-store';
import { ChannelStore } from './channel-store';
import { ClusterStore } from './cluster-store';
import { DispositionStore } from './disposition-store';
import { DispositionConflictStore } from './disposition-conflict-store';
import { AssignmentStore } from './assignment-store';
import { DraftStore } from './draft-store';
import { takeBackupSync } from './backups';
import { inspectStoreFile } from './store-file';
import { StoreUnusableError } from './store-errors';

export const DATABASE_FILE = 'shenyi.db';

export interface Store {
  path: string;
  dataDir: string;
  db: Database.Database;
  /** Why the store is open read-only (saves are refused up front), or null when it is writable. */
  readOnly: string | null;
  reports: ReportStore;
  opinions: OpinionStore;
  stances: StanceStore;
  profile: ProfileStore;
  search: SearchStore;
  adoptions: AdoptionStore;
  packages: PackageStore;
  anchors: AnchorStore;
  channels: ChannelStore;
  dispositions: DispositionStore;
  clusters: ClusterStore;
  dispositionConflicts: DispositionConflictStore;
  assignments: AssignmentStore;
  drafts: DraftStore;
  close(): void;
}

export interface StoreOptions {
  migrations?: Migration[];
  now?: () => Date;
  /**
   * Open a file that failed its checks read-only, without checking it, to read what can still
   * be read. Never migrated, never written.
   */
  salvage?: boolean;
}

/**
 * A new store is built under another name and renamed into place once its schema is complete:
 * a shenyi.db that exists is then always one that was whole once, and an empty or cut-short
 * one is damage to report, never a first launch.
 */
function createStoreFile(path: string, migrations: Migration[]): void {
  const building = `${path}.new`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  const db = openDatabase(building);
  try {
    migrate(db, migrations);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  renameSync(building, path);
}

/**
 * A WAL file can only be read where its -shm can be made. In a read-only folder a copy of the
 * file with its -wal (nobody writes to it: it is read-only) is opened from a temporary folder.
 */
function openReadOnly(path: string, skipCheck: boolean): Database.Database {
  try {
    return openDatabase(path, { readonly: true, skipCheck });
  } catch (error) {
    if (!(error instanceof StoreUnusableError) || error.problem !== 'unreadable') throw error;
    const copy = join(mkdtempSync(join(tmpdir(), 'shenyi-read-only-')), 'shenyi.db');
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    return openDatabase(copy, { readonly: true, skipCheck });
  }
}

export function openStore(dataDir: string, options: StoreOptions = {}): Store {
  ensureDataDir(dataDir);
  const path = join(dataDir, DATABASE_FILE);
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  const finding = inspectStoreFile(path);
  let db: Database.Database;
  let readOnly: string | null = null;
  if (options.salvage) {
    if (finding.kind === 'absent') throw new StoreUnusableError(path, 'unreadable', 'there is no library file');
    if (finding.kind === 'problem' && finding.problem !== 'truncated') throw new StoreUnusableError(path, finding.problem, `${finding.detail}: nothing in it can be read`);
    try {
      db = openReadOnly(path, true);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      throw new StoreUnusableError(path, 'damaged', `the file is too badly damaged: nothing in it can be read (${(error as Error).message})`);
    }
    readOnly = 'the library file is damaged; what could be read is shown';
  } else if (finding.kind === 'problem') {
    throw new StoreUnusableError(path, finding.problem, finding.detail);
  } else if (finding.kind === 'absent') {
    if (!finding.folderWritable) throw new StoreUnusableError(path, 'unreadable', 'the data folder cannot be written to, so no library can be made in it');
    createStoreFile(path, migrations);
    db = openDatabase(path);
  } else if (!finding.writable) {
    db = openReadOnly(path, false);
    readOnly = 'the library file or its folder cannot be written to';
  } else {
    db = openDatabase(path);
  }
  try {
    if (readOnly === null) {
      migrate(db, migrations, (from) => {
        if (from !== 0) takeBackupSync(db, dataDir, 'before-migration', now());
      });
    } else {
      const latest = migrations.at(-1)?.version ?? 0;
      const version = schemaVersion(db);
      if (version > latest || (version < latest && !options.salvage)) {
        // An older file needs a migration, which a read-only file cannot take.
        throw new StoreUnusableError(path, version > latest ? 'newer-version' : 'unreadable', `the file (schema ${version}) cannot be brought up to date because it is read-only`);
      }
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    path,
    dataDir,
    db,
    readOnly,
    reports: new ReportStore(db, options.now),
    opinions: new OpinionStore(db, options.now),
    stances: new StanceStore(db),
    profile: new ProfileStore(db, options.now),
    search: new SearchStore(db),
    adoptions: new AdoptionStore(db, options.now),
    packages: new PackageStore(db, options.now),
    anchors: new AnchorStore(db, options.now),
    channels: new ChannelStore(db),
    dispositions: new DispositionStore(db),
    clusters: new ClusterStore(db),
    dispositionConflicts: new DispositionConflictStore(db),
    assignments: new AssignmentStore(db),
    drafts: new DraftStore(db, options.now),
    close: () => {
      if (db.open) {
        if (readOnly === null) db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
