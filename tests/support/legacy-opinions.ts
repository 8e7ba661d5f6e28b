/**
 * Opinions as a schema-2 or schema-3 Shenyi wrote them (before the row checksums of migration 5),
 * for the tests that upgrade such a file: today's OpinionStore writes the checksum column, which
 * a file at that schema does not have yet.
 */
import type Database from 'better-sqlite3';
import { foldText } from '../../main/anchoring/fold';

export interface LegacyOpinion {
  id: string;
  reportId: string;
  versionId: string;
  bodyText: string;
  tags?: string[];
  author: { id: string; name: string; delegation: string; role: string };
  at: string;
  deletedAt?: string | null;
}

export function writeLegacyOpinions(db: Database.Database, opinions: LegacyOpinion[]): void {
  const insert = db.prepare(`INSERT INTO opinions (id, report_id, version_id, kind, stance_id, tags, body, body_text, anchor, section_id, suggestion,
    author_id, author_name, author_delegation, author_role, created_at, updated_at, deleted_at)
    VALUES (?, ?, ?, 'report-note', NULL, ?, '{"type":"doc"}', ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)`);
  const fold = db.prepare('INSERT INTO opinion_search_text (opinion_id, folded) VALUES (?, ?)');
  db.transaction(() => {
    for (const o of opinions) {
      insert.run(o.id, o.reportId, o.versionId, JSON.stringify(o.tags ?? []), o.bodyText, o.author.id, o.author.name, o.author.delegation, o.author.role, o.at, o.at, o.deletedAt ?? null);
      fold.run(o.id, foldText(o.bodyText));
    }
  })();
}
