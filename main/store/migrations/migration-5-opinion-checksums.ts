/**
 * Migration 5: a checksum on every opinion row (opinion-checksum.ts says why), computed here
 * for the opinions already stored. Additive: an older file gains the column and keeps its rows.
 * (Migration 4 is the heading corrections of the outline work.)
 */
import type Database from 'better-sqlite3';
import { opinionChecksum, type CheckedRow } from '../opinion-checksum';

export function migrateToOpinionChecksums(db: Database.Database): void {
  db.exec(`ALTER TABLE opinions ADD COLUMN checksum TEXT NOT NULL DEFAULT ''`);
  const set = db.prepare('UPDATE opinions SET checksum = ? WHERE id = ?');
  for (const row of db.prepare('SELECT * FROM opinions').all() as CheckedRow[]) {
    set.run(opinionChecksum(row), row.id);
  }
}
