/**
 * Migration 4: what the outline of a version needs beyond its tree. Additive: nothing existing
 * changes, and a version imported before it reads as a file without copies and without
 * corrections.
 *
 * - report_versions.copy_count / copy_of: the file held this document's body `copy_count`
 *   times; `copy_of` is the document index of the copy kept as the original (NULL when this
 *   version is that original or the body appeared once). The library says so.
 * - heading_corrections: the user's word on a line the detector was unsure of ("this is a
 *   heading" / "this is body text"), keyed by the line's offset in the stored source text and
 *   kept with its text, so a re-import of the report can find the same line in the new file.
 */
import type Database from 'better-sqlite3';

export function migrateToOutlineCorrections(db: Database.Database): void {
  db.exec(`
    ALTER TABLE report_versions ADD COLUMN copy_count INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE report_versions ADD COLUMN copy_of INTEGER;

    CREATE TABLE heading_corrections (
      version_id  TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      start       INTEGER NOT NULL,
      text        TEXT NOT NULL,
      as_heading  INTEGER NOT NULL CHECK (as_heading IN (0, 1)),
      PRIMARY KEY (version_id, start)
    ) STRICT;
  `);
}
