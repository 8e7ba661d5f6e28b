/**
 * The schema only grows. schema-snapshot.json is the shape the migrations built when it was
 * last committed; a migration that drops, renames or retypes anything fails here, and one that
 * adds fails too until the snapshot is brought up to date on purpose:
 *   SHENYI_UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/store/schema-snapshot.test.ts
 * which refuses to write a snapshot over a non-additive change.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../../main/store/sqlite';
import { migrate, MIGRATIONS } from '../../../main/store/migrations';
import { registerSearchFunctions } from '../../../main/store/search-text';
import { compareSchemas, schemaShape, type SchemaShape } from './schema-shape';

const SNAPSHOT = join(__dirname, 'schema-snapshot.json');

function migrated(upTo = Infinity): Database {
  const db = new Database(':memory:');
  registerSearchFunctions(db);
  migrate(db, MIGRATIONS.filter((m) => m.version <= upTo));
  return db;
}

describe('the schema snapshot', () => {
  it('the migrations build the committed schema, or a schema that only adds to it once the snapshot says so', () => {
    const db = migrated();
    const now = schemaShape(db);
    db.close();
    const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as SchemaShape;
    const difference = compareSchemas(committed, now);
    expect(difference.nonAdditive, 'a migration may only add: these changes would break every existing library').toEqual([]);
    if (process.env.SHENYI_UPDATE_SCHEMA_SNAPSHOT === '1' && difference.added.length > 0) writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 1)}\n`);
    else expect(difference.added, 'new in the schema: update schema-snapshot.json (SHENYI_UPDATE_SCHEMA_SNAPSHOT=1)').toEqual([]);
  });

  it('reports a dropped, renamed or retyped column, a dropped table or a changed index, and lets an addition through as one', () => {
    const db = migrated();
    const before = schemaShape(db);
    db.exec(`
      ALTER TABLE heading_corrections RENAME COLUMN text TO line_text;
      ALTER TABLE debris_lines DROP COLUMN restored;
      DROP TABLE adoption_confirmations;
      DROP INDEX paragraphs_in_order;
      CREATE INDEX paragraphs_in_order ON paragraphs(number);
      ALTER TABLE settings ADD COLUMN note TEXT;
    `);
    // A changed type, done the only way SQLite allows: a table rebuilt under its old name.
    db.exec(`
      CREATE TABLE reports_rebuilt (id TEXT PRIMARY KEY, title BLOB NOT NULL, created_at TEXT NOT NULL) STRICT;
      INSERT INTO reports_rebuilt SELECT id, title, created_at FROM reports;
      PRAGMA foreign_keys = OFF;
      DROP TABLE reports;
      ALTER TABLE reports_rebuilt RENAME TO reports;
    `);
    const difference = compareSchemas(before, schemaShape(db));
    db.close();
    expect(difference.nonAdditive).toEqual(
      expect.arrayContaining([
        'column heading_corrections.text is gone',
        'column debris_lines.restored is gone',
        'table adoption_confirmations is gone',
        expect.stringMatching(/^column reports\.title changed from .*"TEXT".* to .*"BLOB"/),
        expect.stringMatching(/^index paragraphs_in_order changed/),
      ]),
    );
    expect(difference.added).toEqual(expect.arrayContaining(['column heading_corrections.line_text', 'column settings.note']));
    expect(difference.nonAdditive.some((entry) => entry.includes('settings.note'))).toBe(false);
  });

  it('finds nothing to report between a schema and itself, and each older schema only grows into the next', () => {
    let previous = schemaShape(migrated(1));
    expect(compareSchemas(previous, previous)).toEqual({ nonAdditive: [], added: [] });
    for (const migration of MIGRATIONS.slice(1)) {
      const db = migrated(migration.version);
      const next = schemaShape(db);
      db.close();
      expect(compareSchemas(previous, next).nonAdditive, `migration ${migration.version}`).toEqual([]);
      previous = next;
    }
  });
});
