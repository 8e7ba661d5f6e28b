/**
 * Migration 9: anchors as rows of their own, and the places a person confirmed for them.
 *
 * - anchors: one row per passage anchor, which opinions reference (opinions.anchor_id) and
 *   citations will. The selectors stay where they are, in the opinion row's anchor column, the
 *   one copy: the row's checksum covers them, `shenyi check` and a restore from a backup read
 *   them there. An anchor without an opinion (a citation) will add its own column for them.
 * - anchor_placements: where a person said an anchor lies in one version, as reading-text
 *   offsets with the words they covered then. The resolver's answer is a guess, recomputed on
 *   every list; a placement is a person's word, so an ambiguous or orphaned anchor placed by
 *   hand stays placed (main/opinions/opinion-views.ts). It holds while the version's reading
 *   text still has those words there; a rebuilt text that moved them sends the anchor back to
 *   the resolver rather than onto other words.
 * Additive: two new tables and a column; every anchored opinion gets its anchor row here.
 */
import type Database from 'better-sqlite3';
import { newAnchorId } from '../anchor-id';

export function migrateToAnchors(db: Database.Database): void {
  db.exec(`
    CREATE TABLE anchors (
      id          TEXT PRIMARY KEY,
      report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      created_at  TEXT NOT NULL
    ) STRICT;

    ALTER TABLE opinions ADD COLUMN anchor_id TEXT REFERENCES anchors(id);
    CREATE INDEX opinions_by_anchor ON opinions(anchor_id) WHERE anchor_id IS NOT NULL;

    CREATE TABLE anchor_placements (
      anchor_id   TEXT NOT NULL REFERENCES anchors(id) ON DELETE CASCADE,
      version_id  TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      start       INTEGER NOT NULL CHECK (start >= 0),
      "end"       INTEGER NOT NULL CHECK ("end" > start),
      text        TEXT NOT NULL,
      placed_by   TEXT NOT NULL,
      placed_at   TEXT NOT NULL,
      PRIMARY KEY (anchor_id, version_id)
    ) STRICT;
  `);
  const insert = db.prepare('INSERT INTO anchors (id, report_id, created_at) VALUES (?, ?, ?)');
  const link = db.prepare('UPDATE opinions SET anchor_id = ? WHERE id = ?');
  const anchored = db.prepare('SELECT id, report_id, created_at FROM opinions WHERE anchor IS NOT NULL ORDER BY created_at, id').all() as { id: string; report_id: string; created_at: string }[];
  for (const opinion of anchored) {
    const id = newAnchorId();
    insert.run(id, opinion.report_id, opinion.created_at);
    link.run(id, opinion.id);
  }
}
