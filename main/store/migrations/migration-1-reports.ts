/**
 * Migration 1: reports, their versions, each version's sections, paragraphs and debris lines,
 * and settings. The decoded source text every span points into is kept as imported.
 */
import type Database from 'better-sqlite3';

export function migrateToReports(db: Database.Database): void {
  db.exec(`
    CREATE TABLE reports (
      id          TEXT PRIMARY KEY,
      title       TEXT NOT NULL,
      created_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE report_versions (
      id               TEXT PRIMARY KEY,
      report_id        TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      label            TEXT NOT NULL,
      imported_at      TEXT NOT NULL,
      source_file_name TEXT NOT NULL,
      format           TEXT NOT NULL,
      encoding         TEXT NOT NULL,
      -- SHA-256 of the file's bytes plus which document of the file this is: the same
      -- file imported twice is recognised by this pair.
      content_hash     TEXT NOT NULL,
      document_index   INTEGER NOT NULL,
      -- The decoded source text every span points into; the report text is never rewritten.
      source_text      TEXT NOT NULL,
      title            TEXT NOT NULL,
      title_block      TEXT NOT NULL,
      paragraph_count  INTEGER NOT NULL,
      UNIQUE (content_hash, document_index)
    ) STRICT;
    CREATE INDEX report_versions_by_report ON report_versions(report_id, imported_at);

    CREATE TABLE sections (
      version_id     TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      id             TEXT NOT NULL,
      parent_id      TEXT,
      ordinal        INTEGER NOT NULL,
      kind           TEXT NOT NULL,
      level          INTEGER NOT NULL,
      marker         TEXT NOT NULL,
      label          TEXT NOT NULL,
      title          TEXT NOT NULL,
      heading        TEXT NOT NULL,
      run_in         INTEGER NOT NULL,
      heading_spans  TEXT NOT NULL,
      PRIMARY KEY (version_id, id)
    ) STRICT;

    CREATE TABLE paragraphs (
      version_id      TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      id              TEXT NOT NULL,
      section_id      TEXT NOT NULL,
      number          INTEGER NOT NULL,
      path            TEXT NOT NULL,
      text            TEXT NOT NULL,
      spans           TEXT NOT NULL,
      heading_length  INTEGER NOT NULL,
      PRIMARY KEY (version_id, id)
    ) STRICT;
    CREATE INDEX paragraphs_in_order ON paragraphs(version_id, number);

    CREATE TABLE debris_lines (
      version_id  TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      start       INTEGER NOT NULL,
      "end"       INTEGER NOT NULL,
      text        TEXT NOT NULL,
      reason      TEXT NOT NULL,
      restored    INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (version_id, start)
    ) STRICT;

    CREATE TABLE settings (
      key    TEXT PRIMARY KEY,
      value  TEXT NOT NULL
    ) STRICT;
  `);
}
