/**
 * The schema, as numbered migrations. Each runs in its own transaction with `user_version` set
 * inside it, so a failure leaves both the version and the schema as they were. Migrations are
 * additive only: a database written by an older Shenyi must always open in a newer one.
 */
import type Database from 'better-sqlite3';
import { StoreUnusableError } from './store-errors';
import { migrateToOpinions } from './migration-2-opinions';
import { migrateToShortSearch } from './migration-3-short-search';
import { migrateToOutlineCorrections } from './migration-4-outline';
import { migrateToOpinionChecksums } from './migration-5-opinion-checksums';

export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'reports, versions, sections, paragraphs, debris lines, settings',
    up: (db) =>
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
      `),
  },
  {
    version: 2,
    description: 'profile, stances, opinions; folded-text search over paragraphs and opinions',
    up: migrateToOpinions,
  },
  {
    version: 3,
    description: 'character index for 1–2 character searches in opinions; opinions in search order',
    up: migrateToShortSearch,
  },
  {
    version: 4,
    description: 'copies of a body in its file; heading corrections by the user',
    up: migrateToOutlineCorrections,
  },
  {
    version: 5,
    description: 'a checksum on every opinion row, verified when it is read and by shenyi check',
    up: migrateToOpinionChecksums,
  },
  {
    version: 6,
    description: "a person's confirmation of what became of a suggestion in a later version",
    up: (db) =>
      db.exec(`
        CREATE TABLE adoption_confirmations (
          opinion_id     TEXT NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
          to_version_id  TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
          status         TEXT NOT NULL CHECK (status IN ('adopted', 'partly-adopted', 'not-adopted', 'changed-otherwise', 'deleted')),
          confirmed_by   TEXT NOT NULL,
          confirmed_at   TEXT NOT NULL,
          PRIMARY KEY (opinion_id, to_version_id)
        ) STRICT;
      `),
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to date. `beforeMigrating` runs once before the first pending step
 * (the store takes a backup there). Throws for a database written by a newer Shenyi.
 */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS, beforeMigrating?: (from: number) => void): number {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new StoreUnusableError(
      db.name,
      'newer-version',
      `this database was written by a newer version of Shenyi (schema ${current}; this version knows up to ${latest}). Update Shenyi to open it`,
    );
  }
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length > 0 && beforeMigrating) beforeMigrating(current);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      // PRAGMA cannot take a bound parameter; the version is a number from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
  return schemaVersion(db);
}
