/**
 * Migration 6: a person's confirmation of what became of a suggestion in a later version
 * (main/store/adoption-store.ts). Additive: a new table.
 */
import type Database from 'better-sqlite3';

export function migrateToAdoptionConfirmations(db: Database.Database): void {
  db.exec(`
    CREATE TABLE adoption_confirmations (
      opinion_id     TEXT NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
      to_version_id  TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      status         TEXT NOT NULL CHECK (status IN ('adopted', 'partly-adopted', 'not-adopted', 'changed-otherwise', 'deleted')),
      confirmed_by   TEXT NOT NULL,
      confirmed_at   TEXT NOT NULL,
      PRIMARY KEY (opinion_id, to_version_id)
    ) STRICT;
  `);
}
