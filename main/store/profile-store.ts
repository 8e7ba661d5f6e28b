/**
 * The local author, one row. The author id is made the first time a name is set and never
 * changes after: it is what keeps two delegates' opinions apart when a clerk merges them.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Profile, Role } from '../model/opinion';

export interface ProfileFields {
  name: string;
  delegation: string;
  role: Role;
}

interface ProfileRow {
  author_id: string;
  name: string;
  delegation: string;
  role: Role;
}

export class ProfileStore {
  private readonly statements;

  constructor(
    db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statements = {
      get: db.prepare('SELECT author_id, name, delegation, role FROM profile WHERE singleton = 1'),
      put: db.prepare(`
        INSERT INTO profile (singleton, author_id, name, delegation, role, updated_at) VALUES (1, ?, ?, ?, ?, ?)
        ON CONFLICT (singleton) DO UPDATE SET name = excluded.name, delegation = excluded.delegation,
          role = excluded.role, updated_at = excluded.updated_at`),
    };
  }

  get(): Profile | null {
    const row = this.statements.get.get() as ProfileRow | undefined;
    return row ? { id: row.author_id, name: row.name, delegation: row.delegation, role: row.role } : null;
  }

  /** Sets the name, delegation and role; the author id is kept (the ON CONFLICT leaves it alone). */
  set(fields: ProfileFields): Profile {
    this.statements.put.run(randomUUID(), fields.name, fields.delegation, fields.role, this.now().toISOString());
    return this.get()!;
  }
}
