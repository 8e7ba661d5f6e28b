/**
 * Dispositions another clerk's desk package brought for an opinion and stage decided otherwise
 * here (migration 10). Ours stays in force and theirs waits beside it until a clerk picks one:
 * two clerks' decisions are never settled by whichever arrived last.
 */
import type Database from 'better-sqlite3';
import type { Disposition, DispositionConflict, ReviewStage } from '../model/desk';
import { prepareOnce } from './prepare-once';

interface ConflictRow {
  opinion_id: string;
  stage: ReviewStage;
  theirs: string;
  source: string;
  received_at: string;
}

const toConflict = (row: ConflictRow): DispositionConflict => ({
  opinionId: row.opinion_id,
  stage: row.stage,
  theirs: { ...(JSON.parse(row.theirs) as Omit<Disposition, 'opinionId' | 'stage'>), opinionId: row.opinion_id, stage: row.stage },
  source: row.source,
  receivedAt: row.received_at,
});

export class DispositionConflictStore {
  private readonly statements = prepareOnce(() => this.prepare());
  revision = 0;

  constructor(private readonly db: Database.Database) {}

  private prepare() {
    const db = this.db;
    return {
      record: db.prepare('INSERT OR IGNORE INTO disposition_conflicts (opinion_id, stage, theirs, source, received_at) VALUES (?, ?, ?, ?, ?)'),
      ofOpinion: db.prepare('SELECT * FROM disposition_conflicts WHERE opinion_id = ? AND stage = ? ORDER BY received_at, rowid'),
      ofReport: db.prepare('SELECT c.* FROM disposition_conflicts c JOIN opinions o ON o.id = c.opinion_id WHERE o.report_id = ? ORDER BY c.received_at, c.rowid'),
      clear: db.prepare('DELETE FROM disposition_conflicts WHERE opinion_id = ? AND stage = ?'),
    };
  }

  /** Keeps their disposition beside ours; the same one brought twice is kept once. Returns whether it was new. */
  record(theirs: Disposition, source: string, at: string): boolean {
    const { opinionId: _opinionId, stage: _stage, ...kept } = theirs;
    const added = this.statements().record.run(theirs.opinionId, theirs.stage, JSON.stringify(kept), source, at).changes > 0;
    if (added) this.revision++;
    return added;
  }

  of(opinionId: string, stage: ReviewStage): DispositionConflict[] {
    return (this.statements().ofOpinion.all(opinionId, stage) as ConflictRow[]).map(toConflict);
  }

  ofReport(reportId: string): DispositionConflict[] {
    return (this.statements().ofReport.all(reportId) as ConflictRow[]).map(toConflict);
  }

  /** The conflict is settled: whichever disposition was chosen is already written. */
  clear(opinionId: string, stage: ReviewStage): void {
    this.statements().clear.run(opinionId, stage);
    this.revision++;
  }
}
