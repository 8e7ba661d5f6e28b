/**
 * How the desk's work is split (migration 10): each delegation or part of the report given to
 * one clerk, who then works on and sends on just that share.
 */
import type Database from 'better-sqlite3';
import type { DeskAssignment } from '../model/desk';
import { prepareOnce } from './prepare-once';

interface AssignmentRow {
  scope: DeskAssignment['scope'];
  value: string;
  clerk_name: string;
}

export class AssignmentStore {
  private readonly statements = prepareOnce(() => this.prepare());
  revision = 0;

  constructor(private readonly db: Database.Database) {}

  private prepare() {
    const db = this.db;
    return {
      ofReport: db.prepare('SELECT scope, value, clerk_name FROM desk_assignments WHERE report_id = ? ORDER BY scope, value'),
      assign: db.prepare(`
        INSERT INTO desk_assignments (report_id, scope, value, clerk_name) VALUES (?, ?, ?, ?)
        ON CONFLICT(report_id, scope, value) DO UPDATE SET clerk_name = excluded.clerk_name`),
      unassign: db.prepare('DELETE FROM desk_assignments WHERE report_id = ? AND scope = ? AND value = ?'),
    };
  }

  ofReport(reportId: string): DeskAssignment[] {
    return (this.statements().ofReport.all(reportId) as AssignmentRow[]).map((row) => ({ scope: row.scope, value: row.value, clerkName: row.clerk_name }));
  }

  /** Gives each share to its clerk (an empty name takes it back from whoever had it); all or none. */
  assign(reportId: string, shares: DeskAssignment[]): void {
    const s = this.statements();
    this.db.transaction(() => {
      for (const share of shares) {
        if (share.clerkName === '') s.unassign.run(reportId, share.scope, share.value);
        else s.assign.run(reportId, share.scope, share.value, share.clerkName);
      }
    })();
    this.revision++;
  }
}
