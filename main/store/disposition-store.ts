/**
 * Dispositions (处理意见) through 初审 and 复审, the editable list of their kinds, and the
 * audit log (migration 10). Every change is written with its log line in one transaction, so
 * the log never misses a change nor records one that did not happen.
 */
import type Database from 'better-sqlite3';
import type { Clerk, Disposition, DispositionChange, DispositionKind, ReviewStage } from '../model/desk';
import { prepareOnce } from './prepare-once';

interface DispositionRow {
  opinion_id: string;
  stage: ReviewStage;
  kind_id: string;
  reason: string;
  department: string;
  clerk_id: string;
  clerk_name: string;
  decided_at: string;
  override: string | null;
}

interface KindRow {
  id: string;
  name: string;
  needs: DispositionKind['needs'];
  counts_as: DispositionKind['countsAs'];
  builtin: number;
  ordinal: number;
}

const toDisposition = (row: DispositionRow): Disposition => ({
  opinionId: row.opinion_id,
  stage: row.stage,
  kindId: row.kind_id,
  reason: row.reason,
  department: row.department,
  clerk: { id: row.clerk_id, name: row.clerk_name },
  decidedAt: row.decided_at,
  override: row.override,
});

const toKind = (row: KindRow): DispositionKind => ({ id: row.id, name: row.name, needs: row.needs, countsAs: row.counts_as, builtin: row.builtin === 1, order: row.ordinal });

/** What the log keeps of a disposition: everything but the key it is filed under. */
const logged = (disposition: Disposition | null) => {
  if (!disposition) return null;
  const { opinionId: _opinionId, stage: _stage, ...rest } = disposition;
  return rest;
};

export class DispositionStore {
  private readonly statements = prepareOnce(() => this.prepare());
  /** Bumped on every write, so a cached desk view knows it is stale. */
  revision = 0;

  constructor(private readonly db: Database.Database) {}

  private prepare() {
    const db = this.db;
    return {
      kinds: db.prepare('SELECT * FROM disposition_kinds ORDER BY ordinal, id'),
      kind: db.prepare('SELECT * FROM disposition_kinds WHERE id = ?'),
      saveKind: db.prepare(`
        INSERT INTO disposition_kinds (id, name, needs, counts_as, builtin, ordinal) VALUES (@id, @name, @needs, @counts_as, 0, @ordinal)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, needs = excluded.needs, counts_as = excluded.counts_as, ordinal = excluded.ordinal`),
      removeKind: db.prepare('DELETE FROM disposition_kinds WHERE id = ? AND builtin = 0'),
      kindInUse: db.prepare('SELECT 1 FROM dispositions WHERE kind_id = ? LIMIT 1'),
      get: db.prepare('SELECT * FROM dispositions WHERE opinion_id = ? AND stage = ?'),
      ofOpinion: db.prepare('SELECT * FROM dispositions WHERE opinion_id = ? ORDER BY stage'),
      ofReport: db.prepare('SELECT d.* FROM dispositions d JOIN opinions o ON o.id = d.opinion_id WHERE o.report_id = ?'),
      upsert: db.prepare(`
        INSERT INTO dispositions (opinion_id, stage, kind_id, reason, department, clerk_id, clerk_name, decided_at, override)
        VALUES (@opinion_id, @stage, @kind_id, @reason, @department, @clerk_id, @clerk_name, @decided_at, @override)
        ON CONFLICT(opinion_id, stage) DO UPDATE SET kind_id = excluded.kind_id, reason = excluded.reason, department = excluded.department,
          clerk_id = excluded.clerk_id, clerk_name = excluded.clerk_name, decided_at = excluded.decided_at, override = excluded.override`),
      remove: db.prepare('DELETE FROM dispositions WHERE opinion_id = ? AND stage = ?'),
      log: db.prepare('INSERT INTO disposition_log (opinion_id, stage, old, new, clerk_id, clerk_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      history: db.prepare('SELECT * FROM disposition_log WHERE opinion_id = ? ORDER BY id'),
      historyOfReport: db.prepare('SELECT l.* FROM disposition_log l JOIN opinions o ON o.id = l.opinion_id WHERE o.report_id = ? ORDER BY l.id'),
    };
  }

  kinds(): DispositionKind[] {
    return (this.statements().kinds.all() as KindRow[]).map(toKind);
  }

  kind(id: string): DispositionKind | null {
    const row = this.statements().kind.get(id) as KindRow | undefined;
    return row ? toKind(row) : null;
  }

  saveKind(kind: Omit<DispositionKind, 'builtin'>): void {
    this.statements().saveKind.run({ id: kind.id, name: kind.name, needs: kind.needs, counts_as: kind.countsAs, ordinal: kind.order });
    this.revision++;
  }

  kindInUse(id: string): boolean {
    return this.statements().kindInUse.get(id) !== undefined;
  }

  removeKind(id: string): boolean {
    const removed = this.statements().removeKind.run(id).changes > 0;
    this.revision++;
    return removed;
  }

  get(opinionId: string, stage: ReviewStage): Disposition | null {
    const row = this.statements().get.get(opinionId, stage) as DispositionRow | undefined;
    return row ? toDisposition(row) : null;
  }

  ofOpinion(opinionId: string): Disposition[] {
    return (this.statements().ofOpinion.all(opinionId) as DispositionRow[]).map(toDisposition);
  }

  ofReport(reportId: string): Disposition[] {
    return (this.statements().ofReport.all(reportId) as DispositionRow[]).map(toDisposition);
  }

  /** Sets each disposition (or clears its stage, for null) with its log line; all or none. */
  write(changes: { opinionId: string; stage: ReviewStage; next: Disposition | null }[], by: Clerk, at: string): void {
    const s = this.statements();
    this.db.transaction(() => {
      for (const { opinionId, stage, next } of changes) {
        const old = this.get(opinionId, stage);
        if (next) {
          s.upsert.run({
            opinion_id: opinionId,
            stage,
            kind_id: next.kindId,
            reason: next.reason,
            department: next.department,
            clerk_id: next.clerk.id,
            clerk_name: next.clerk.name,
            decided_at: next.decidedAt,
            override: next.override,
          });
        } else s.remove.run(opinionId, stage);
        const oldJson = JSON.stringify(logged(old));
        const newJson = JSON.stringify(logged(next));
        if (oldJson !== newJson) s.log.run(opinionId, stage, old ? oldJson : null, next ? newJson : null, by.id, by.name, at);
      }
    })();
    this.revision++;
  }

  history(opinionId: string): DispositionChange[] {
    return (this.statements().history.all(opinionId) as LogRow[]).map(toChange);
  }

  historyOfReport(reportId: string): DispositionChange[] {
    return (this.statements().historyOfReport.all(reportId) as LogRow[]).map(toChange);
  }
}

interface LogRow {
  opinion_id: string;
  stage: ReviewStage;
  old: string | null;
  new: string | null;
  clerk_id: string;
  clerk_name: string;
  at: string;
}

const toChange = (row: LogRow): DispositionChange => ({
  opinionId: row.opinion_id,
  stage: row.stage,
  old: row.old === null ? null : JSON.parse(row.old),
  new: row.new === null ? null : JSON.parse(row.new),
  clerk: { id: row.clerk_id, name: row.clerk_name },
  at: row.at,
});
