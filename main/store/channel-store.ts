/**
 * How an opinion reached the desk (migration 10): recorded for a 简报 or typed-in opinion, known
 * from imported_opinions for a package's, and the library owner's own for any other.
 */
import type Database from 'better-sqlite3';
import type { Channel, RecordedChannel } from '../model/desk';
import type { Role } from '../model/opinion';
import { prepareOnce } from './prepare-once';

export interface OpinionSource {
  channel: Channel;
  /** Who sent it, as they were then: 代表 or 委员 decides how the desk words a cluster. */
  role: Role;
  /** The package file's name and hash; the 简报 and paragraph; what the clerk noted. */
  provenance: string;
}

export class ChannelStore {
  private readonly statements = prepareOnce(() => this.prepare());

  constructor(private readonly db: Database.Database) {}

  private prepare() {
    const db = this.db;
    return {
      record: db.prepare('INSERT OR REPLACE INTO opinion_channels (opinion_id, channel, provenance) VALUES (?, ?, ?)'),
      ofReport: db.prepare(`
        SELECT o.id, o.author_role AS role,
          CASE WHEN c.channel IS NOT NULL THEN c.channel WHEN i.opinion_id IS NOT NULL THEN 'package' ELSE 'own' END AS channel,
          COALESCE(c.provenance, p.file_name || ' ' || substr(p.file_hash, 1, 12), p.file_name, '') AS provenance
        FROM opinions o
        LEFT JOIN opinion_channels c ON c.opinion_id = o.id
        LEFT JOIN imported_opinions i ON i.opinion_id = o.id
        LEFT JOIN packages p ON p.id = i.package_id
        WHERE o.report_id = ?`),
    };
  }

  record(opinionId: string, channel: RecordedChannel, provenance: string): void {
    this.statements().record.run(opinionId, channel, provenance);
  }

  /** Every opinion of a report (trash included) with its channel and provenance. */
  ofReport(reportId: string): Map<string, OpinionSource> {
    const rows = this.statements().ofReport.all(reportId) as { id: string; role: Role; channel: Channel; provenance: string }[];
    return new Map(rows.map((row) => [row.id, { channel: row.channel, role: row.role, provenance: row.provenance }]));
  }
}
