import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../main/store/sqlite';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../../../main/model/opinion';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from '../../../main/store/migrations';
import { OpinionStore } from '../../../main/store/opinion-store';
import { SEARCH_SQL, SearchStore } from '../../../main/store/search-store';
import { searchTerms } from '../../../main/store/search-text';
import { DATABASE_FILE } from '../../../main/store/store';
import { writeLegacyOpinions } from '../../support/legacy-opinions';
import { checkCharIndex, checkSearchIndex, hitSummary, importFixture, referenceSearch, TempStores } from './store-helpers';

const temp = new TempStores();
afterEach(() => temp.cleanUp());

const AUTHOR: Profile = { id: 'a-1', name: '代表甲', delegation: '北京代表团', role: 'npc-delegate' };
const UP_TO_2 = MIGRATIONS.filter((m) => m.version <= 2);
const schemaObjects = (db: Database) =>
  (db.prepare("SELECT type, name FROM sqlite_master WHERE name LIKE 'opinion_chars%' OR name LIKE 'opinions_in_order' OR name LIKE 'opinions_search_key' ORDER BY name").all() as { type: string; name: string }[]).map(
    (row) => `${row.type} ${row.name}`,
  );
const MIGRATION_3_OBJECTS = [
  'table opinion_chars',
  'table opinion_chars_config',
  'table opinion_chars_data',
  'trigger opinion_chars_delete',
  'table opinion_chars_docsize',
  'table opinion_chars_idx',
  'trigger opinion_chars_insert',
  'trigger opinion_chars_update',
  'index opinions_in_order',
  'index opinions_search_key',
];

describe('migration 3: a character index for short searches', () => {
  it('applies to a fresh database; opinions written on that bare connection are indexed', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(schemaObjects(db)).toEqual(MIGRATION_3_OBJECTS);
    // No openDatabase here: the migration registered the function its triggers call.
    db.prepare("INSERT INTO reports (id, title, created_at) VALUES ('r_1', 't', '2026-03-05T09:00:00.000Z')").run();
    const opinions = new OpinionStore(db);
    opinions.create({ id: 'o-1', reportId: 'r_1', versionId: 'v_1', kind: 'report-note', stanceId: null, tags: [], body: { type: 'doc' }, bodyText: '绿色發展', anchor: null, sectionId: null, suggestion: null, author: AUTHOR });
    const search = new SearchStore(db);
    expect(search.opinionPlan('r_1', searchTerms('绿'), 10)).toEqual({ engine: 'character index', match: 'chars : "绿" AND report : "r_1"' });
    expect(search.query({ reportId: 'r_1', versionId: 'v_1', query: '发展', limit: 10, sectionPath: () => '' })).toMatchObject([{ kind: 'opinion', opinionId: 'o-1', ranges: [[2, 4]] }]);
    checkCharIndex(db);
    db.close();
  });

  it('upgrades a schema-2 database holding opinions: a backup first, every opinion indexed, the same hits as before', async () => {
    const dir = temp.dir();
    const v2 = temp.open(dir, undefined, UP_TO_2);
    expect(schemaVersion(v2.db)).toBe(2);
    const first = await importFixture(v2, 'sichuan-2025-zh-hans.txt');
    const second = await importFixture(v2, 'jinzhong-report-zh-hant.txt');
    const paragraphs = v2.reports.paragraphsOf(first.versionId);
    const base = { author: AUTHOR, stanceId: null, tags: [], anchor: null, sectionId: null, suggestion: null, body: { type: 'doc' } };
    // 300 opinions as a schema-2 Shenyi wrote them, every 11th in the trash, every 23rd edited.
    writeLegacyOpinions(
      v2.db,
      Array.from({ length: 300 }, (_, i) => {
        const on = i % 4 === 3 ? second : first;
        const at = new Date(Date.UTC(2026, 2, 5, 9, 0, 0, i)).toISOString();
        const bodyText = i % 23 === 1 ? '改为绿色低碳发展' : paragraphs[i % paragraphs.length]!.text.slice(i % 7, 50);
        return { id: `o-${i}`, ...on, bodyText, author: AUTHOR, at, deletedAt: i % 11 === 0 ? at : null };
      }),
    );
    expect(schemaObjects(v2.db)).toEqual([]);
    v2.close();

    const store = temp.open(dir);
    expect(schemaVersion(store.db)).toBe(SCHEMA_VERSION);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^shenyi-.*-before-migration\.db$/)]);
    const backup = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(schemaVersion(backup)).toBe(2);
    expect(backup.prepare('SELECT count(*) FROM opinions').pluck().get()).toBe(300);
    backup.close();

    expect(store.db.prepare('SELECT count(*) FROM opinion_chars').pluck().get()).toBe(300);
    checkCharIndex(store.db);
    checkSearchIndex(store, 'opinion_search');
    const engines = [0, 1e9].map((threshold) => new SearchStore(store.db, { maxIndexCandidates: threshold }));
    for (const on of [first, second]) {
      for (const query of ['改革', '绿', '經濟', '经济', '发展 绿色', '高质量发展', '，']) {
        const expected = referenceSearch(store, on, query, 5);
        for (const search of engines) expect(hitSummary(search.query({ ...on, query, limit: 5, sectionPath: () => '' })), query).toEqual(expected);
      }
    }
    // Written after the upgrade: indexed by the triggers.
    store.opinions.create({ ...base, ...first, id: 'o-new', kind: 'report-note', bodyText: '新增：龘' });
    expect(hitSummary(store.search.query({ ...first, query: '龘', limit: 5, sectionPath: () => '' })).opinions).toEqual([{ id: 'o-new', ranges: [[3, 4]] }]);
    checkCharIndex(store.db);
  });

  it('a migration 3 that fails half-way leaves the schema-2 database as it was', () => {
    const db = new Database(':memory:');
    migrate(db, UP_TO_2);
    const failing = MIGRATIONS.map((m) =>
      m.version === 3
        ? {
            ...m,
            up: (d: Database) => {
              m.up(d);
              throw new Error('disk full');
            },
          }
        : m,
    );
    expect(() => migrate(db, failing)).toThrow('disk full');
    expect(schemaVersion(db)).toBe(2);
    expect(schemaObjects(db)).toEqual([]);
    db.close();
  });

  it('a connection without the search function cannot write an opinion, rather than leave it out of the index', () => {
    const dir = temp.dir();
    temp.open(dir).close();
    const bare = new Database(join(dir, DATABASE_FILE));
    bare.pragma('foreign_keys = ON');
    bare.prepare("INSERT INTO reports (id, title, created_at) VALUES ('r_1', 't', '2026-03-05T09:00:00.000Z')").run();
    const write = bare.transaction(() => {
      new OpinionStore(bare).create({ id: 'o-1', reportId: 'r_1', versionId: 'v_1', kind: 'report-note', stanceId: null, tags: [], body: { type: 'doc' }, bodyText: '绿', anchor: null, sectionId: null, suggestion: null, author: AUTHOR });
    });
    expect(write).toThrow(/no such function: shenyi_spaced_chars/);
    expect(bare.prepare('SELECT count(*) FROM opinions').pluck().get()).toBe(0);
    bare.close();
  });

  it('the short-query path reads the character index and the covering key; a frequent term walks opinions_in_order without sorting', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array<string>((sql.match(/\?/g) ?? []).length).fill('x')) as { detail: string }[]).map((row) => row.detail);
    const fromIndex = plan(SEARCH_SQL.opinionsFromIndex('opinion_chars', 2));
    expect(fromIndex).toEqual([
      'CO-ROUTINE hit',
      expect.stringMatching(/^SCAN s VIRTUAL TABLE INDEX 0:M/),
      'SEARCH f USING INTEGER PRIMARY KEY (rowid=?)',
      'SEARCH k USING COVERING INDEX opinions_search_key (id=? AND report_id=? AND deleted_at=?)',
      'USE TEMP B-TREE FOR ORDER BY',
      'SCAN hit',
      'SEARCH o USING INDEX sqlite_autoindex_opinions_1 (id=?)',
      'SEARCH f USING INDEX sqlite_autoindex_opinion_search_text_1 (opinion_id=?)',
    ]);
    expect(plan(SEARCH_SQL.countCandidates('opinion_chars'))).toContainEqual(expect.stringMatching(/^SCAN opinion_chars VIRTUAL TABLE INDEX 0:M/));
    expect(plan(SEARCH_SQL.opinionsFromIndex('opinion_chars', 1, true))).toContainEqual(
      'SEARCH k USING COVERING INDEX opinions_search_key (id=? AND report_id=? AND deleted_at=? AND created_at>?)',
    );
    for (const after of [false, true]) {
      expect(plan(SEARCH_SQL.opinionsInOrder(2, after))).toEqual([
        'CO-ROUTINE walked',
        `SEARCH w USING COVERING INDEX opinions_in_order (report_id=? AND deleted_at=?${after ? ' AND (created_at,id)>(?,?)' : ''})`,
        'SCAN walked',
        'SEARCH f USING INDEX sqlite_autoindex_opinion_search_text_1 (opinion_id=?)',
        'SEARCH o USING INDEX sqlite_autoindex_opinions_1 (id=?)',
      ]);
    }
    expect(plan(SEARCH_SQL.nthInOrder)).toEqual(['SEARCH opinions USING COVERING INDEX opinions_in_order (report_id=? AND deleted_at=?)']);
    // Paragraphs: one version's, in order, stopping at the limit.
    expect(plan(SEARCH_SQL.paragraphsScanned(1))).toEqual([
      'SEARCH p USING INDEX paragraphs_in_order (version_id=?)',
      'SEARCH f USING INDEX sqlite_autoindex_paragraph_search_text_1 (version_id=? AND paragraph_id=?)',
    ]);
    db.close();
  });
});
