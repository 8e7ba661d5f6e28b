/**
 * Migration 11: drafting. A member's 提案 / 代表建议 / 议案 drafts and all that hangs off them.
 *
 * - drafts: the current content (title, parts as the editor's JSON, signers, 类别) and, once the
 *   office answered, the outcome. `revision` counts saves, so a save made on an older revision
 *   is refused rather than overwriting newer words.
 * - draft_revisions: earlier contents, for going back. Saves within a few minutes of each other
 *   replace the newest snapshot (typing autosaves constantly); a pause starts a new one.
 * - draft_citations: a passage of the report cited as 案据. Its anchor row is in `anchors` like an
 *   opinion's, and here are its selectors (the column migration 9 said a citation would bring).
 * - draft_dismissals: a lint rule the member set aside for this draft, with their reason.
 * - draft_signatures: co-signers' confirmations, each with the hash of the text they saw.
 * - form_profiles: a clerk's edited form profiles, as JSON checked on the way in and out.
 * Additive: new tables only.
 */
import type Database from 'better-sqlite3';

export function migrateToDrafts(db: Database.Database): void {
  db.exec(`
    CREATE TABLE drafts (
      id              TEXT PRIMARY KEY,
      report_id       TEXT REFERENCES reports(id) ON DELETE SET NULL,
      form            TEXT NOT NULL CHECK (form IN ('proposal', 'suggestion', 'motion')),
      level           TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'county')),
      origin          TEXT NOT NULL CHECK (origin IN ('written', 'imported')),
      title           TEXT NOT NULL,
      parts           TEXT NOT NULL,
      signers         TEXT NOT NULL,
      category        TEXT NOT NULL,
      revision        INTEGER NOT NULL CHECK (revision >= 1),
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      deleted_at      TEXT,
      outcome_status  TEXT CHECK (outcome_status IN ('filed', 'not-filed', 'merged')),
      reply_code      TEXT CHECK (reply_code IN ('A', 'B', 'C', 'D')),
      outcome_note    TEXT NOT NULL DEFAULT '',
      outcome_at      TEXT
    ) STRICT;
    CREATE INDEX drafts_by_report ON drafts(report_id, updated_at);

    CREATE TABLE draft_revisions (
      draft_id   TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      revision   INTEGER NOT NULL,
      saved_at   TEXT NOT NULL,
      content    TEXT NOT NULL,
      PRIMARY KEY (draft_id, revision)
    ) STRICT;

    CREATE TABLE draft_citations (
      id          TEXT PRIMARY KEY,
      draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      -- Null once the report is removed: the selectors and the label stay, the draft keeps its words.
      anchor_id   TEXT REFERENCES anchors(id) ON DELETE SET NULL,
      anchor      TEXT NOT NULL,
      label       TEXT NOT NULL,
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX draft_citations_by_draft ON draft_citations(draft_id, created_at);

    CREATE TABLE draft_dismissals (
      draft_id      TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      rule_id       TEXT NOT NULL,
      reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      dismissed_at  TEXT NOT NULL,
      PRIMARY KEY (draft_id, rule_id)
    ) STRICT;

    CREATE TABLE draft_signatures (
      draft_id      TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      name          TEXT NOT NULL,
      credential    TEXT NOT NULL,
      text_hash     TEXT NOT NULL,
      confirmed_at  TEXT NOT NULL,
      received_at   TEXT NOT NULL,
      PRIMARY KEY (draft_id, name)
    ) STRICT;

    CREATE TABLE form_profiles (
      form        TEXT PRIMARY KEY CHECK (form IN ('proposal', 'suggestion', 'motion')),
      profile     TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
  `);
}
