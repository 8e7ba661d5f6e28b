import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../main/store/sqlite';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importIntoStore } from '../../../main/library/import-into-store';
import { migrate, MIGRATIONS, schemaVersion, type Migration } from '../../../main/store/migrations';
import { DATABASE_FILE, openStore, type Store } from '../../../main/store/store';
import { allParagraphs, fixtureBytes, readFixture } from '../fixtures';

const dirs: string[] = [];
const stores: Store[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-store-'));
  dirs.push(dir);
  return dir;
}
function open(dir = tempDir()): Store {
  const store = openStore(dir);
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const countRows = (store: Store) =>
  Object.fromEntries(
    ['reports', 'report_versions', 'sections', 'paragraphs', 'debris_lines'].map((table) => [
      table,
      (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );

describe('store', () => {
  it('opens with WAL, synchronous FULL and foreign keys on, at the latest schema', () => {
    const store = open();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('round-trips a report: the outline read back equals the outline imported', async () => {
    const store = open();
    const file = await readFixture('jinzhong-report-zh-hant.txt');
    const [imported] = store.reports.importFile(file, [0]);
    const document = store.reports.openDocument(imported!.reportId);
    expect(document.title).toBe('晉中市政府工作報告');
    expect(document.root).toEqual(file.documents[0]!.root);
    expect(document.debris.map((d) => ({ ...d, restored: false }))).toEqual(file.documents[0]!.debris.map((d) => ({ ...d, restored: false })));
    expect(store.reports.listReports()).toMatchObject([{ id: imported!.reportId, title: '晉中市政府工作報告', paragraphCount: 48, versionCount: 1 }]);
  });

  it('recognises the same file imported twice and does not duplicate it', async () => {
    const store = open();
    const bytes = fixtureBytes('beijing-2026-zh-hans.txt');
    const first = await importIntoStore(store, bytes, 'beijing.txt', { select: 'originals' });
    const second = await importIntoStore(store, bytes, 'renamed-copy.txt', { select: 'originals' });
    expect(second).toEqual([{ ...first[0], alreadyPresent: true }]);
    expect(store.reports.listReports()).toHaveLength(1);
  });

  it('imports only the original of a file holding copies, or every copy when asked', async () => {
    const store = open();
    const bytes = fixtureBytes('national-1954-govcn-zh-hans.txt');
    expect(await importIntoStore(store, bytes, 'a.txt', { select: 'originals' })).toHaveLength(1);
    expect(store.reports.listReports()).toHaveLength(1);
    const all = await importIntoStore(store, bytes, 'a.txt', { select: 'all' });
    expect(all.map((v) => v.alreadyPresent)).toEqual([true, false, false, false, false, false]);
    expect(store.reports.listReports()).toHaveLength(6);
  });

  it('adds a version to an existing report', async () => {
    const store = open();
    const [wiki] = await importIntoStore(store, fixtureBytes('national-2018-wikisource-zh-hans.txt'), 'w.txt', { select: 'originals' });
    const [govcn] = await importIntoStore(store, fixtureBytes('national-2018-govcn-zh-hans.txt'), 'g.txt', { select: 'originals', asVersionOf: wiki!.reportId });
    expect(govcn!.reportId).toBe(wiki!.reportId);
    const [summary] = store.reports.listReports();
    expect(summary).toMatchObject({ versionCount: 2, latestVersionId: govcn!.versionId });
    expect(store.reports.openDocument(wiki!.reportId, wiki!.versionId).version.label).toBe('v1');
    expect(store.reports.openDocument(wiki!.reportId).version.label).toBe('v2');
  });

  it('a file that fails to import writes nothing', async () => {
    const store = open();
    await importIntoStore(store, fixtureBytes('zhejiang-2026-zh-hans.txt'), 'z.txt', { select: 'originals' });
    const before = countRows(store);
    await expect(importIntoStore(store, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.docx', { select: 'originals' })).rejects.toThrow(/x\.docx/);
    const file = await readFixture('beijing-2026-zh-hans.txt');
    expect(() => store.reports.importFile(file, [0, 7])).toThrow(/no document #8/);
    expect(countRows(store)).toEqual(before);
  });

  it('restores a debris line into the body and back, without touching the stored source text', async () => {
    const store = open();
    const [imported] = await importIntoStore(store, fixtureBytes('beijing-2026-zh-hans.txt'), 'b.txt', { select: 'originals' });
    const before = store.reports.openDocument(imported!.reportId);
    const caption = before.debris.find((d) => d.reason === 'related-links')!;
    const restored = store.reports.setDebrisRestored(before.version.id, caption.start, true);
    expect(restored.debris.find((d) => d.start === caption.start)!.restored).toBe(true);
    const texts = (doc: typeof before) => {
      const list: string[] = [];
      const visit = (s: typeof before.root) => { list.push(...s.paragraphs.map((p) => p.text)); s.children.forEach(visit); };
      visit(doc.root);
      return list;
    };
    expect(texts(restored)).toContain(caption.text);
    expect(restored.report.paragraphCount).toBe(before.report.paragraphCount + 1);
    const back = store.reports.setDebrisRestored(before.version.id, caption.start, false);
    expect(texts(back)).toEqual(texts(before));
    expect(back.root).toEqual(before.root);
  });

  it('a restored line from before the title becomes the first paragraph, not the title', async () => {
    const store = open();
    const [imported] = await importIntoStore(store, fixtureBytes('national-2018-govcn-zh-hans.txt'), 'g.txt', { select: 'originals' });
    const before = store.reports.openDocument(imported!.reportId);
    const dateline = before.debris.find((d) => d.reason === 'dateline')!;
    const after = store.reports.setDebrisRestored(before.version.id, dateline.start, true);
    expect(after.title).toBe('政府工作报告');
    expect(after.titleBlock).toEqual(before.titleBlock);
    expect(after.root.paragraphs[0]).toMatchObject({ number: 1, text: '新华社北京3月22日电' });
    expect(after.report.paragraphCount).toBe(before.report.paragraphCount + 1);
  });

  it('keeps settings across reopening', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.reports.putSettings({ locale: 'en', fontSize: 22 });
    store.close();
    const again = open(dir);
    expect(again.reports.getSetting('locale')).toBe('en');
    expect(again.reports.getSetting('fontSize')).toBe(22);
  });

  it('data survives closing and reopening the file', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const [imported] = await importIntoStore(store, fixtureBytes('yunnan-2025-zh-hans.txt'), 'y.txt', { select: 'originals' });
    const paragraphs = allParagraphs({ root: store.reports.openDocument(imported!.reportId).root } as never).length;
    store.close();
    const again = open(dir);
    expect(allParagraphs({ root: again.reports.openDocument(imported!.reportId).root } as never)).toHaveLength(paragraphs);
  });
});

describe('migrations', () => {
  it('every migration applies to a fresh database and sets user_version', () => {
    const expectedTables: Record<number, string[]> = {
      1: ['debris_lines', 'paragraphs', 'report_versions', 'reports', 'sections', 'settings'],
      2: ['opinion_search', 'opinion_search_text', 'opinions', 'paragraph_search', 'paragraph_search_text', 'profile', 'stances'],
      3: ['opinion_chars'],
      4: ['heading_corrections'],
      5: [],
      6: ['adoption_confirmations'],
      7: [],
      8: ['imported_opinions', 'packages'],
      9: ['anchor_placements', 'anchors'],
      10: ['desk_assignments', 'desk_cluster_members', 'desk_clusters', 'disposition_conflicts', 'disposition_kinds', 'disposition_log', 'dispositions', 'opinion_channels'],
      11: ['draft_citations', 'draft_dismissals', 'draft_revisions', 'draft_signatures', 'drafts', 'form_profiles'],
    };
    // FTS5 keeps its index in shadow tables (name_data, name_idx, …): not part of what we declare.
    const tables = (db: Database) =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
        .map((r) => r.name)
        .filter((name) => !/_(data|idx|docsize|config|content)$/.test(name));
    for (const migration of MIGRATIONS) {
      const db = new Database(':memory:');
      migrate(db, MIGRATIONS.filter((m) => m.version <= migration.version));
      expect(schemaVersion(db)).toBe(migration.version);
      const declared = MIGRATIONS.filter((m) => m.version <= migration.version).flatMap((m) => expectedTables[m.version] ?? []);
      expect(tables(db)).toEqual(declared.sort());
      db.close();
    }
    expect(Object.keys(expectedTables).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('a migration that throws leaves the schema and the version as they were', () => {
    const db = new Database(':memory:');
    migrate(db);
    const failing: Migration = {
      version: MIGRATIONS.at(-1)!.version + 1,
      description: 'fails half-way',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
  });

  it('takes a verified backup before migrating a database that holds data', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    await importIntoStore(store, fixtureBytes('beijing-2026-zh-hans.txt'), 'b.txt', { select: 'originals' });
    store.close();
    const next: Migration = { version: MIGRATIONS.at(-1)!.version + 1, description: 'add a column', up: (d) => d.exec('ALTER TABLE reports ADD COLUMN note TEXT') };
    const migrated = openStore(dir, { migrations: [...MIGRATIONS, next] });
    stores.push(migrated);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const copy = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.prepare('SELECT title FROM reports').all()).toEqual([{ title: '2026年北京市政府工作报告' }]);
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    copy.close();
  });

  it('refuses a database written by a newer Shenyi and leaves it unchanged', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openStore(dir)).toThrow(/written by a newer version of Shenyi \(schema 99/);
    const again = new Database(join(dir, DATABASE_FILE));
    expect(again.pragma('user_version', { simple: true })).toBe(99);
    again.close();
  });

  it('refuses a damaged database file instead of starting empty', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.close();
    const path = join(dir, DATABASE_FILE);
    writeFileSync(path, Buffer.alloc(8192, 0x42));
    expect(() => openStore(dir)).toThrow(/shenyi\.db: the file \(8192 bytes\) is not an SQLite database. The library was not opened and the file was not changed/);
    expect(existsSync(path)).toBe(true);
  });
});
