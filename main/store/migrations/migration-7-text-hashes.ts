/**
 * Migration 7: each version's text hash (version-text-hash.ts says what it is and why),
 * computed here for the versions already stored, and an index to find a version by it.
 * Additive: a new column and an index.
 */
import type Database from 'better-sqlite3';
import { storeTextHash } from '../version-text-hash';

export function migrateToTextHashes(db: Database.Database): void {
  db.exec(`
    ALTER TABLE report_versions ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
    CREATE INDEX report_versions_by_text_hash ON report_versions(text_hash);
  `);
  for (const versionId of db.prepare('SELECT id FROM report_versions').pluck().all() as string[]) storeTextHash(db, versionId);
}
