/**
 * Migration 2: what delegates write (profile, stances, opinions) and search over folded text.
 *
 * Search indexes FOLDED text (main/anchoring/fold.ts): 繁/简, full/half width and quote marks
 * are erased on both sides, and folding keeps every offset, so a match found in folded text
 * is a range in the original. A change to foldText therefore needs a migration that refolds
 * both *_search_text tables, or stored and queried text would be folded differently.
 *
 * The folded text lives in side tables with an explicit INTEGER PRIMARY KEY, and the FTS5
 * tables use them as external content. paragraphs and opinions have TEXT keys, so their
 * rowids are not stable: VACUUM may renumber them (SQLite's documentation says so), which
 * would point the index at the wrong rows. An INTEGER PRIMARY KEY never changes.
 */
import type Database from 'better-sqlite3';
import { foldText } from '../../anchoring/fold';
import { SEEDED_STANCES } from '../../model/opinion';

export function migrateToOpinions(db: Database.Database): void {
  db.exec(`
    -- The local author: one row, asked once on first run. author_id is made once and kept, so
    -- opinions merged from several delegates stay apart even if two share a name.
    CREATE TABLE profile (
      singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
      author_id   TEXT NOT NULL,
      name        TEXT NOT NULL,
      delegation  TEXT NOT NULL,
      role        TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE stances (
      id       TEXT PRIMARY KEY,
      name     TEXT NOT NULL,
      color    TEXT NOT NULL,
      builtin  INTEGER NOT NULL,
      ordinal  INTEGER NOT NULL
    ) STRICT;
    -- The CLI and the UI pick a stance by name: names are unique.
    CREATE UNIQUE INDEX stances_by_name ON stances(name);

    CREATE TABLE opinions (
      id                 TEXT PRIMARY KEY,
      report_id          TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      -- The version it was written on. Not a foreign key: an opinion outlives the version it
      -- was written on and is re-anchored in the others.
      version_id         TEXT NOT NULL,
      kind               TEXT NOT NULL,
      -- A stance in use cannot be removed; the store says so first, this is the backstop.
      stance_id          TEXT REFERENCES stances(id),
      tags               TEXT NOT NULL CHECK (json_valid(tags)),
      body               TEXT NOT NULL CHECK (json_valid(body)),
      body_text          TEXT NOT NULL,
      anchor             TEXT CHECK (anchor IS NULL OR json_valid(anchor)),
      section_id         TEXT,
      suggestion         TEXT CHECK (suggestion IS NULL OR json_valid(suggestion)),
      -- The author as they were when they wrote it: a later profile edit does not rewrite history.
      author_id          TEXT NOT NULL,
      author_name        TEXT NOT NULL,
      author_delegation  TEXT NOT NULL,
      author_role        TEXT NOT NULL,
      created_at         TEXT NOT NULL,
      updated_at         TEXT NOT NULL,
      deleted_at         TEXT
    ) STRICT;
    CREATE INDEX opinions_by_report ON opinions(report_id, deleted_at);
    CREATE INDEX opinions_by_stance ON opinions(stance_id);

    CREATE TABLE paragraph_search_text (
      id            INTEGER PRIMARY KEY,
      version_id    TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      paragraph_id  TEXT NOT NULL,
      folded        TEXT NOT NULL,
      UNIQUE (version_id, paragraph_id)
    ) STRICT;
    CREATE VIRTUAL TABLE paragraph_search USING fts5(
      folded, content='paragraph_search_text', content_rowid='id', tokenize='trigram');
    CREATE TRIGGER paragraph_search_insert AFTER INSERT ON paragraph_search_text BEGIN
      INSERT INTO paragraph_search(rowid, folded) VALUES (new.id, new.folded);
    END;
    CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraph_search_text BEGIN
      INSERT INTO paragraph_search(paragraph_search, rowid, folded) VALUES ('delete', old.id, old.folded);
    END;
    CREATE TRIGGER paragraph_search_update AFTER UPDATE ON paragraph_search_text BEGIN
      INSERT INTO paragraph_search(paragraph_search, rowid, folded) VALUES ('delete', old.id, old.folded);
      INSERT INTO paragraph_search(rowid, folded) VALUES (new.id, new.folded);
    END;

    -- folded = body text, proposed wording, reason and anchored quote, joined by "\\n", body
    -- first: a match inside [0, length of body_text) is a range in the body text.
    CREATE TABLE opinion_search_text (
      id          INTEGER PRIMARY KEY,
      opinion_id  TEXT NOT NULL UNIQUE REFERENCES opinions(id) ON DELETE CASCADE,
      folded      TEXT NOT NULL
    ) STRICT;
    CREATE VIRTUAL TABLE opinion_search USING fts5(
      folded, content='opinion_search_text', content_rowid='id', tokenize='trigram');
    CREATE TRIGGER opinion_search_insert AFTER INSERT ON opinion_search_text BEGIN
      INSERT INTO opinion_search(rowid, folded) VALUES (new.id, new.folded);
    END;
    CREATE TRIGGER opinion_search_delete AFTER DELETE ON opinion_search_text BEGIN
      INSERT INTO opinion_search(opinion_search, rowid, folded) VALUES ('delete', old.id, old.folded);
    END;
    CREATE TRIGGER opinion_search_update AFTER UPDATE ON opinion_search_text BEGIN
      INSERT INTO opinion_search(opinion_search, rowid, folded) VALUES ('delete', old.id, old.folded);
      INSERT INTO opinion_search(rowid, folded) VALUES (new.id, new.folded);
    END;
  `);

  const seedStance = db.prepare('INSERT INTO stances (id, name, color, builtin, ordinal) VALUES (?, ?, ?, 1, ?)');
  for (const stance of SEEDED_STANCES) seedStance.run(stance.id, stance.name, stance.color, stance.order);

  // Paragraphs imported under schema 1 become searchable now.
  const insertFolded = db.prepare('INSERT INTO paragraph_search_text (version_id, paragraph_id, folded) VALUES (?, ?, ?)');
  const existing = db.prepare('SELECT version_id, id, text FROM paragraphs ORDER BY version_id, number').all() as {
    version_id: string;
    id: string;
    text: string;
  }[];
  for (const row of existing) insertFolded.run(row.version_id, row.id, foldText(row.text));
}
