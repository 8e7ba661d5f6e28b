/**
 * What the UI is told about the library file: usable, read-only, or not usable and why, with
 * the backups it can be restored from. Pure types, shared by the store, the API and the UI.
 */

/** Why the store file cannot be used as it is (main/store/store-file.ts finds them). */
export const STORE_PROBLEMS = ['empty', 'not-a-database', 'truncated', 'damaged', 'unreadable', 'newer-version'] as const;
export type StoreProblem = (typeof STORE_PROBLEMS)[number];

export const BACKUP_REASONS = ['routine', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupSummary {
  name: string;
  takenAt: string;
  reason: BackupReason;
  reports: number;
  opinions: number;
  bytes: number;
  /** False when the file could not be opened to be counted: listed, never restored. */
  readable: boolean;
}

/** An opinion whose stored row no longer matches its checksum (or cannot be read at all). */
export interface DamagedOpinion {
  id: string;
  reportId: string;
  /** The text as it reads now, possibly garbled; empty when the row cannot be read. */
  foundText: string;
  /** The newest backup holding a sound copy of this opinion, and that copy's text. */
  backup: { name: string; takenAt: string; text: string } | null;
}

export interface StoreStatus {
  state: 'ok' | 'read-only' | 'unusable';
  path: string;
  /** For an unusable store: what was found. */
  problem: StoreProblem | null;
  /** English, naming the file and what was found (what the CLI prints). */
  message: string | null;
  /** For a read-only store: why. */
  readOnlyReason: string | null;
  /** The newest backup that passes its check, offered for a restore. */
  newestBackup: BackupSummary | null;
  damagedOpinions: DamagedOpinion[];
  /** After a restore: which backup, and where the file it replaced was put. */
  restored: { from: BackupSummary; setAsidePath: string | null } | null;
}
