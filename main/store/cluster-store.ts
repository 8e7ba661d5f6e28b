/**
 * The clusters a clerk confirmed (migration 10): members and the 归纳意见. An opinion is in at
 * most one confirmed cluster; confirming or moving it into another takes it out of the first,
 * and a cluster left with fewer than two members is dissolved (a cluster of one says nothing).
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ConfirmedCluster } from '../model/desk';
import { prepareOnce } from './prepare-once';

interface ClusterRow {
  id: string;
  report_id: string;
  summary: string;
  confirmed_by: string;
  confirmed_at: string;
  updated_at: string;
}

export class ClusterStore {
  private readonly statements = prepareOnce(() => this.prepare());
  revision = 0;

  constructor(private readonly db: Database.Database) {}

  private prepare() {
    const db = this.db;
    return {
      ofReport: db.prepare('SELECT * FROM desk_clusters WHERE report_id = ? ORDER BY confirmed_at, id'),
      membersOfReport: db.prepare(`
        SELECT m.cluster_id, m.opinion_id FROM desk_cluster_members m JOIN desk_clusters c ON c.id = m.cluster_id
        WHERE c.report_id = ? ORDER BY m.cluster_id, m.rowid`),
      get: db.prepare('SELECT * FROM desk_clusters WHERE id = ?'),
      members: db.prepare('SELECT opinion_id FROM desk_cluster_members WHERE cluster_id = ? ORDER BY rowid'),
      insert: db.prepare('INSERT INTO desk_clusters (id, report_id, summary, confirmed_by, confirmed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)'),
      summary: db.prepare('UPDATE desk_clusters SET summary = ?, updated_at = ? WHERE id = ?'),
      touch: db.prepare('UPDATE desk_clusters SET updated_at = ? WHERE id = ?'),
      leave: db.prepare('DELETE FROM desk_cluster_members WHERE opinion_id = ?'),
      join: db.prepare('INSERT INTO desk_cluster_members (opinion_id, cluster_id) VALUES (?, ?)'),
      clusterOf: db.prepare('SELECT cluster_id FROM desk_cluster_members WHERE opinion_id = ?'),
      size: db.prepare('SELECT count(*) FROM desk_cluster_members WHERE cluster_id = ?'),
      remove: db.prepare('DELETE FROM desk_clusters WHERE id = ?'),
    };
  }

  ofReport(reportId: string): ConfirmedCluster[] {
    const s = this.statements();
    const members = new Map<string, string[]>();
    for (const row of s.membersOfReport.all(reportId) as { cluster_id: string; opinion_id: string }[]) {
      (members.get(row.cluster_id) ?? members.set(row.cluster_id, []).get(row.cluster_id)!).push(row.opinion_id);
    }
    return (s.ofReport.all(reportId) as ClusterRow[]).map((row) => toCluster(row, members.get(row.id) ?? []));
  }

  get(id: string): ConfirmedCluster | null {
    const row = this.statements().get.get(id) as ClusterRow | undefined;
    return row ? toCluster(row, this.statements().members.pluck().all(id) as string[]) : null;
  }

  /** A new confirmed cluster of these opinions, each taken out of any cluster it was in. */
  /** A cluster another clerk's desk package brings keeps its id, so taking the package again finds it. */
  confirm(reportId: string, memberIds: string[], summary: string, by: string, at: string, id = `cl_${randomUUID().replace(/-/g, '').slice(0, 16)}`): ConfirmedCluster {
    this.db.transaction(() => {
      this.statements().insert.run(id, reportId, summary, by, at, at);
      this.place(id, memberIds, at);
    })();
    return this.get(id)!;
  }

  /** Sets the summary and, when given, exactly these members (a split or a move is a new member list). */
  update(id: string, change: { summary?: string; memberIds?: string[] }, at: string): ConfirmedCluster | null {
    const s = this.statements();
    this.db.transaction(() => {
      if (change.summary !== undefined) s.summary.run(change.summary, at, id);
      if (change.memberIds) {
        for (const member of s.members.pluck().all(id) as string[]) if (!change.memberIds.includes(member)) s.leave.run(member);
        this.place(id, change.memberIds, at);
      }
    })();
    this.revision++;
    return this.get(id);
  }

  /** Every member of `others` joins `into`, their summaries appended to its own; the others go. */
  merge(into: string, others: string[], at: string): ConfirmedCluster | null {
    const s = this.statements();
    this.db.transaction(() => {
      const target = this.get(into);
      if (!target) return;
      const summaries = [target.summary];
      const members: string[] = [];
      for (const other of others) {
        const cluster = this.get(other);
        if (!cluster || other === into) continue;
        summaries.push(cluster.summary);
        members.push(...cluster.memberIds);
        s.remove.run(other);
      }
      s.summary.run(summaries.filter((summary) => summary.trim() !== '').join('\n'), at, into);
      this.place(into, members, at);
    })();
    return this.get(into);
  }

  dissolve(id: string): void {
    this.statements().remove.run(id);
    this.revision++;
  }

  private place(id: string, memberIds: string[], at: string): void {
    const s = this.statements();
    const emptied = new Set<string>();
    for (const member of memberIds) {
      const was = s.clusterOf.pluck().get(member) as string | undefined;
      if (was === id) continue;
      if (was !== undefined) emptied.add(was);
      s.leave.run(member);
      s.join.run(member, id);
    }
    for (const was of emptied) {
      if ((s.size.pluck().get(was) as number) < 2) s.remove.run(was);
      else s.touch.run(at, was);
    }
    if ((s.size.pluck().get(id) as number) < 2) s.remove.run(id);
    this.revision++;
  }
}

const toCluster = (row: ClusterRow, memberIds: string[]): ConfirmedCluster => ({
  id: row.id,
  reportId: row.report_id,
  summary: row.summary,
  memberIds,
  confirmedBy: row.confirmed_by,
  confirmedAt: row.confirmed_at,
  updatedAt: row.updated_at,
});
