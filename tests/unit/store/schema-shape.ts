/**
 * The shape of a store's schema as SQLite itself reports it (sqlite_master and table_xinfo):
 * every table with its columns, every index and trigger with its DDL. A migration may only add
 * to it: a file written by an older Shenyi must open in a newer one, and code reading a column
 * that a later step dropped, renamed or retyped would fail on every existing library. The
 * snapshot test compares the schema the migrations build now with the committed shape.
 */
import type Database from 'better-sqlite3';

export interface ColumnShape {
  type: string;
  notNull: boolean;
  default: string | null;
  primaryKey: number;
}

export interface SchemaShape {
  tables: Record<string, Record<string, ColumnShape>>;
  indexes: Record<string, string>;
  triggers: Record<string, string>;
}

export interface SchemaDifference {
  /** Tables, columns, indexes or triggers that are gone, or changed: never allowed. */
  nonAdditive: string[];
  /** What is new: allowed, once the snapshot says so. */
  added: string[];
}

/** DDL with its layout erased: re-indenting a migration's SQL is not a change of schema. */
const normalised = (sql: string) => sql.replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1').trim();

export function schemaShape(db: Database.Database): SchemaShape {
  // FTS5's shadow tables belong to SQLite; the virtual table itself is what the schema says.
  const tableNames = (db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
  const tables: SchemaShape['tables'] = {};
  for (const name of tableNames) {
    const columns = db.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?) ORDER BY cid').all(name) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    tables[name] = Object.fromEntries(columns.map((c) => [c.name, { type: c.type.toUpperCase(), notNull: c.notnull === 1, default: c.dflt_value, primaryKey: c.pk }]));
  }
  const ddl = (type: 'index' | 'trigger') =>
    Object.fromEntries(
      (db.prepare('SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL ORDER BY name').all(type) as { name: string; sql: string }[]).map((row) => [row.name, normalised(row.sql)]),
    );
  return { tables, indexes: ddl('index'), triggers: ddl('trigger') };
}

export function compareSchemas(before: SchemaShape, after: SchemaShape): SchemaDifference {
  const nonAdditive: string[] = [];
  const added: string[] = [];
  for (const [table, columns] of Object.entries(before.tables)) {
    const now = after.tables[table];
    if (!now) {
      nonAdditive.push(`table ${table} is gone`);
      continue;
    }
    for (const [column, shape] of Object.entries(columns)) {
      const current = now[column];
      if (!current) nonAdditive.push(`column ${table}.${column} is gone`);
      else if (JSON.stringify(current) !== JSON.stringify(shape)) nonAdditive.push(`column ${table}.${column} changed from ${JSON.stringify(shape)} to ${JSON.stringify(current)}`);
    }
    for (const column of Object.keys(now)) if (!(column in columns)) added.push(`column ${table}.${column}`);
  }
  for (const table of Object.keys(after.tables)) if (!(table in before.tables)) added.push(`table ${table}`);
  for (const kind of ['indexes', 'triggers'] as const) {
    for (const [name, sql] of Object.entries(before[kind])) {
      if (!(name in after[kind])) nonAdditive.push(`${kind === 'indexes' ? 'index' : 'trigger'} ${name} is gone`);
      else if (after[kind][name] !== sql) nonAdditive.push(`${kind === 'indexes' ? 'index' : 'trigger'} ${name} changed: ${after[kind][name]}`);
    }
    for (const name of Object.keys(after[kind])) if (!(name in before[kind])) added.push(`${kind === 'indexes' ? 'index' : 'trigger'} ${name}`);
  }
  return { nonAdditive, added };
}
