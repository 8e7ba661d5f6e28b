/**
 * Migration 10: the clerk's consolidation desk.
 *
 * - opinion_channels: how an opinion reached the desk when it was not a package (a 简报's
 *   speaker paragraph, notes taken at a meeting, a hotline call), with where exactly it came
 *   from. A package's opinions are known from imported_opinions; an opinion in neither table is
 *   the library owner's own.
 * - disposition_kinds: the list of 处理意见 a clerk chooses from, editable; `needs` says what a
 *   disposition of that kind must carry, `counts_as` which headline figure it feeds.
 * - dispositions: one row per opinion and review stage (初审 'first', 复审 'second'). The second
 *   is made by another clerk; when the same clerk makes both, `override` says why it was allowed.
 * - disposition_log: every change of a disposition, old and new as JSON; never deleted with its
 *   opinion, so the record of who decided what outlives a cleanup.
 * - desk_clusters / desk_cluster_members: clusters a clerk confirmed, with their 归纳意见. An
 *   opinion is in at most one; a suggested cluster is computed, never stored.
 * - disposition_conflicts: a disposition another clerk's desk package brought for an opinion
 *   and stage decided otherwise here; kept beside ours, never written over it, until a clerk
 *   chooses one.
 * - desk_assignments: how the work is split among clerks, by delegation or by part of the report.
 * Additive: new tables only.
 */
import type Database from 'better-sqlite3';

export function migrateToDesk(db: Database.Database): void {
  db.exec(`
    CREATE TABLE opinion_channels (
      opinion_id  TEXT PRIMARY KEY REFERENCES opinions(id) ON DELETE CASCADE,
      channel     TEXT NOT NULL CHECK (channel IN ('briefing', 'meeting-notes', 'hotline', 'online', 'other')),
      -- A 简报's name, 期号 and paragraph; the meeting and the note-taker; a call's reference.
      provenance  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE disposition_kinds (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL,
      needs      TEXT CHECK (needs IN ('reason', 'department')),
      counts_as  TEXT NOT NULL CHECK (counts_as IN ('adopted', 'reflected', 'not-adopted', 'referred', 'out-of-scope')),
      builtin    INTEGER NOT NULL,
      ordinal    INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX disposition_kinds_by_name ON disposition_kinds(name);

    CREATE TABLE dispositions (
      opinion_id  TEXT NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
      stage       TEXT NOT NULL CHECK (stage IN ('first', 'second')),
      kind_id     TEXT NOT NULL REFERENCES disposition_kinds(id),
      reason      TEXT NOT NULL,
      department  TEXT NOT NULL,
      clerk_id    TEXT NOT NULL,
      clerk_name  TEXT NOT NULL,
      decided_at  TEXT NOT NULL,
      override    TEXT,
      PRIMARY KEY (opinion_id, stage)
    ) STRICT;
    CREATE INDEX dispositions_by_kind ON dispositions(kind_id);

    CREATE TABLE disposition_log (
      id          INTEGER PRIMARY KEY,
      opinion_id  TEXT NOT NULL,
      stage       TEXT NOT NULL,
      old         TEXT CHECK (old IS NULL OR json_valid(old)),
      new         TEXT CHECK (new IS NULL OR json_valid(new)),
      clerk_id    TEXT NOT NULL,
      clerk_name  TEXT NOT NULL,
      at          TEXT NOT NULL
    ) STRICT;
    CREATE INDEX disposition_log_by_opinion ON disposition_log(opinion_id, id);

    CREATE TABLE disposition_conflicts (
      opinion_id   TEXT NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
      stage        TEXT NOT NULL CHECK (stage IN ('first', 'second')),
      -- Their disposition as JSON (kind, reason, department, clerk, decided_at, override).
      theirs       TEXT NOT NULL CHECK (json_valid(theirs)),
      source       TEXT NOT NULL,
      received_at  TEXT NOT NULL,
      PRIMARY KEY (opinion_id, stage, theirs)
    ) STRICT;

    CREATE TABLE desk_assignments (
      report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      scope       TEXT NOT NULL CHECK (scope IN ('delegation', 'part')),
      -- The delegation's name, or the part's label (一, 二 … or its title): it outlives a new version.
      value       TEXT NOT NULL,
      clerk_name  TEXT NOT NULL,
      PRIMARY KEY (report_id, scope, value)
    ) STRICT;

    CREATE TABLE desk_clusters (
      id            TEXT PRIMARY KEY,
      report_id     TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      summary       TEXT NOT NULL,
      confirmed_by  TEXT NOT NULL,
      confirmed_at  TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE desk_cluster_members (
      opinion_id  TEXT PRIMARY KEY REFERENCES opinions(id) ON DELETE CASCADE,
      cluster_id  TEXT NOT NULL REFERENCES desk_clusters(id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX desk_cluster_members_by_cluster ON desk_cluster_members(cluster_id);
  `);
  const seed = db.prepare('INSERT INTO disposition_kinds (id, name, needs, counts_as, builtin, ordinal) VALUES (?, ?, ?, ?, 1, ?)');
  const kinds: [string, string, string | null, string][] = [
    ['adopted', '采纳（已修改）', null, 'adopted'],
    ['partly-adopted', '部分采纳', null, 'adopted'],
    ['reflected', '已在报告中体现', null, 'reflected'],
    ['not-adopted', '未采纳', 'reason', 'not-adopted'],
    ['referred', '转有关部门研究', 'department', 'referred'],
    ['out-of-scope', '不属报告修改范围（转代表建议）', null, 'out-of-scope'],
  ];
  kinds.forEach(([id, name, needs, countsAs], i) => seed.run(id, name, needs, countsAs, i + 1));
}
