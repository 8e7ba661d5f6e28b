import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../main/store/sqlite';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFile, Section } from '../../../main/model/report';
import { SEEDED_STANCES } from '../../../main/model/opinion';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from '../../../main/store/migrations';
import { OPINIONS_OF_REPORT, TRASH_OF_REPORT } from '../../../main/store/opinion-store';
import { DATABASE_FILE } from '../../../main/store/store';
import { readFixture } from '../fixtures';
import { checkSearchIndex, TempStores } from './store-helpers';

const temp = new TempStores();
afterEach(() => temp.cleanUp());

/** What Shenyi 0.1 (schema 1) wrote for an imported file: rows in the schema-1 tables, by plain SQL. */
function writeSchema1Report(db: Database, file: ParsedFile, reportId: string, versionId: string): void {
  const document = file.documents[0]!;
  db.prepare('INSERT INTO reports (id, title, created_at) VALUES (?, ?, ?)').run(reportId, document.title, '2025-03-01T08:00:00.000Z');
  db.prepare(`
    INSERT INTO report_versions (id, report_id, label, imported_at, source_file_name, format, encoding, content_hash,
      document_index, source_text, title, title_block, paragraph_count)
    VALUES (?, ?, 'v1', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`).run(
    versionId, reportId, '2025-03-01T08:00:00.000Z', file.fileName, file.format, file.encoding, file.contentHash,
    file.sourceText, document.title, JSON.stringify(document.titleBlock), document.paragraphCount,
  );
  let ordinal = 0;
  const section = db.prepare(`
    INSERT INTO sections (version_id, id, parent_id, ordinal, kind, level, marker, label, title, heading, run_in, heading_spans)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const paragraph = db.prepare(`
    INSERT INTO paragraphs (version_id, id, section_id, number, path, text, spans, heading_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const visit = (s: Section, parent: string | null) => {
    section.run(versionId, s.id, parent, ordinal++, s.kind, s.level, s.marker, s.label, s.title, s.heading, s.runIn ? 1 : 0, JSON.stringify(s.headingSpans));
    for (const p of s.paragraphs) paragraph.run(versionId, p.id, s.id, p.number, p.path, p.text, JSON.stringify(p.spans), p.headingLength);
    s.children.forEach((child) => visit(child, s.id));
  };
  visit(document.root, null);
}

describe('migration 2: opinions and search', () => {
  it('upgrades a schema-1 database holding a report: the report is kept whole, searchable, with a backup taken first', async () => {
    const dir = temp.dir();
    const file = await readFixture('jinzhong-report-zh-hant.txt');
    const v1 = new Database(join(dir, DATABASE_FILE));
    migrate(v1, MIGRATIONS.filter((m) => m.version === 1));
    writeSchema1Report(v1, file, 'r_old', 'v_old');
    v1.prepare("INSERT INTO settings (key, value) VALUES ('locale', '\"zh-Hant\"')").run();
    v1.close();

    const store = temp.open(dir);
    expect(schemaVersion(store.db)).toBe(SCHEMA_VERSION);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    const document = store.reports.openDocument('r_old');
    expect(document.root).toEqual(file.documents[0]!.root);
    expect(store.reports.getSetting('locale')).toBe('zh-Hant');
    expect(store.stances.list()).toEqual(SEEDED_STANCES);
    expect(store.profile.get()).toBeNull();
    expect(store.opinions.listByReport('r_old')).toEqual([]);

    // The old paragraphs were indexed by the migration, folded: a Simplified query finds Traditional text.
    const hits = store.search.query({ reportId: 'r_old', versionId: 'v_old', query: '经济发展', limit: 50, sectionPath: () => '' });
    expect(hits.length).toBeGreaterThan(0);
    const paragraphs = new Map(store.reports.paragraphsOf('v_old').map((p) => [p.id, p.text]));
    for (const hit of hits) for (const [start, end] of hit.ranges) expect(paragraphs.get(hit.paragraphId!)!.slice(start, end)).toBe('經濟發展');
    checkSearchIndex(store, 'paragraph_search');
  });

  it('migration 2 alone, on a fresh schema-1 database, seeds the stances inside its transaction', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version === 1));
    migrate(db);
    expect(db.prepare('SELECT id, name, color, builtin, ordinal FROM stances ORDER BY ordinal').all()).toEqual(
      SEEDED_STANCES.map((s) => ({ id: s.id, name: s.name, color: s.color, builtin: 1, ordinal: s.order })),
    );
    db.close();
  });

  it('the opinions of a report (and its trash) are read through an index on the report: opinions_by_report, then opinions_in_order', () => {
    const plan = (db: Database, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('r_1') as { detail: string }[]).map((row) => row.detail);
    const v2 = new Database(':memory:');
    migrate(v2, MIGRATIONS.filter((m) => m.version <= 2));
    // The checksum column came with migration 5; the plan is about the index, not the columns.
    const atSchema2 = (sql: string) => sql.replace(', checksum', '');
    expect(plan(v2, atSchema2(OPINIONS_OF_REPORT))).toContainEqual(expect.stringMatching(/^SEARCH opinions USING INDEX opinions_by_report \(report_id=\? AND deleted_at=\?\)/));
    expect(plan(v2, atSchema2(TRASH_OF_REPORT))).toContainEqual(expect.stringMatching(/^SEARCH opinions USING INDEX opinions_by_report \(report_id=\? AND deleted_at>\?\)/));
    expect(plan(v2, atSchema2(OPINIONS_OF_REPORT)).join('\n')).not.toMatch(/SCAN opinions/);
    v2.close();
    // Migration 3's opinions_in_order also holds the order: the reading view's query no longer sorts.
    const db = new Database(':memory:');
    migrate(db);
    expect(plan(db, OPINIONS_OF_REPORT)).toEqual(['SEARCH opinions USING INDEX opinions_in_order (report_id=? AND deleted_at=?)']);
    expect(plan(db, TRASH_OF_REPORT)).toContainEqual(expect.stringMatching(/^SEARCH opinions USING INDEX opinions_(by_report|in_order) \(report_id=\? AND deleted_at>\?\)/));
    db.close();
  });
});
