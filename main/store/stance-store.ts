/**
 * Stances: the meanings of a highlight, with their colours. The five built-in ones can be
 * renamed and recoloured but not removed; a custom one cannot be removed while an opinion
 * (even one in the trash, which may come back) still uses it.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Stance } from '../model/opinion';
import { DomainError } from '../model/errors';

export interface StanceFields {
  id?: string;
  name: string;
  color: string;
  order?: number;
}

interface StanceRow {
  id: string;
  name: string;
  color: string;
  builtin: number;
  ordinal: number;
}

const toStance = (row: StanceRow): Stance => ({ id: row.id, name: row.name, color: row.color, builtin: row.builtin === 1, order: row.ordinal });

export class StanceStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      list: db.prepare('SELECT id, name, color, builtin, ordinal FROM stances ORDER BY ordinal, name'),
      byId: db.prepare('SELECT id, name, color, builtin, ordinal FROM stances WHERE id = ?'),
      byName: db.prepare('SELECT id, name, color, builtin, ordinal FROM stances WHERE name = ?'),
      nextOrdinal: db.prepare('SELECT COALESCE(MAX(ordinal), 0) + 1 AS n FROM stances'),
      insert: db.prepare('INSERT INTO stances (id, name, color, builtin, ordinal) VALUES (?, ?, ?, 0, ?)'),
      update: db.prepare('UPDATE stances SET name = ?, color = ?, ordinal = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM stances WHERE id = ?'),
      usage: db.prepare(`
        SELECT COUNT(*) AS total, COUNT(deleted_at) AS trashed FROM opinions WHERE stance_id = ?`),
    };
  }

  list(): Stance[] {
    return (this.statements.list.all() as StanceRow[]).map(toStance);
  }

  get(id: string): Stance | null {
    const row = this.statements.byId.get(id) as StanceRow | undefined;
    return row ? toStance(row) : null;
  }

  byName(name: string): Stance | null {
    const row = this.statements.byName.get(name) as StanceRow | undefined;
    return row ? toStance(row) : null;
  }

  /** Creates a stance, or renames/recolours/reorders the one with this id. Returns the whole list. */
  save(fields: StanceFields): Stance[] {
    this.db.transaction(() => {
      const sameName = this.byName(fields.name);
      if (sameName && sameName.id !== fields.id) throw new DomainError('invalid-input', `There is already a stance named ${fields.name}`);
      const existing = fields.id ? this.get(fields.id) : null;
      if (existing) {
        this.statements.update.run(fields.name, fields.color, fields.order ?? existing.order, existing.id);
      } else {
        const order = fields.order ?? (this.statements.nextOrdinal.get() as { n: number }).n;
        this.statements.insert.run(fields.id ?? `s_${randomUUID().replace(/-/g, '').slice(0, 16)}`, fields.name, fields.color, order);
      }
    })();
    return this.list();
  }

  remove(id: string): Stance[] {
    this.db.transaction(() => {
      const stance = this.get(id);
      if (!stance) throw new DomainError('not-found', `There is no stance ${id}`);
      if (stance.builtin) throw new DomainError('invalid-input', `${stance.name} is a built-in stance: it can be renamed or recoloured, not removed`);
      const { total, trashed } = this.statements.usage.get(id) as { total: number; trashed: number };
      if (total > 0) {
        const inTrash = trashed > 0 ? ` (${trashed} of them in the trash)` : '';
        throw new DomainError('invalid-input', `${total} opinion${total === 1 ? '' : 's'}${inTrash} use the stance ${stance.name}: give them another stance before removing it`);
      }
      this.statements.remove.run(id);
    })();
    return this.list();
  }
}
