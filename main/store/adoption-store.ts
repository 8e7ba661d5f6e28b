/**
 * A person's word on what became of a suggestion in a later version. The computed adoption
 * (main/versions/adoption.ts) is a reading of the texts; a 部分采纳 or 原文另行修改 asks someone
 * to look, and what they decide is kept here, per opinion and per version it was judged in.
 */
import type Database from 'better-sqlite3';
import type { AdoptionConfirmation, AdoptionStatus } from '../model/versions';

interface ConfirmationRow {
  opinion_id: string;
  status: AdoptionStatus;
  confirmed_by: string;
  confirmed_at: string;
}

export class AdoptionStore {
  // Prepared on first use: a library opened read-only at an older schema has no such table yet.
  private statements: { byVersion: Database.Statement; upsert: Database.Statement } | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private prepared() {
    this.statements ??= {
      byVersion: this.db.prepare('SELECT opinion_id, status, confirmed_by, confirmed_at FROM adoption_confirmations WHERE to_version_id = ?'),
      upsert: this.db.prepare(`
        INSERT INTO adoption_confirmations (opinion_id, to_version_id, status, confirmed_by, confirmed_at)
        VALUES (@opinionId, @toVersionId, @status, @by, @at)
        ON CONFLICT (opinion_id, to_version_id) DO UPDATE SET status = excluded.status, confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`),
    };
    return this.statements;
  }

  /** Every confirmation made in `toVersionId`, by opinion id. */
  inVersion(toVersionId: string): Map<string, AdoptionConfirmation> {
    const rows = this.prepared().byVersion.all(toVersionId) as ConfirmationRow[];
    return new Map(rows.map((row) => [row.opinion_id, { status: row.status, by: row.confirmed_by, at: row.confirmed_at }]));
  }

  confirm(opinionId: string, toVersionId: string, status: AdoptionStatus, by: string): AdoptionConfirmation {
    const at = this.now().toISOString();
    this.prepared().upsert.run({ opinionId, toVersionId, status, by, at });
    return { status, by, at };
  }
}
