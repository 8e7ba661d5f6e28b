/**
 * The desk's rows of one version, kept between calls while nothing they are made of changed:
 * the opinions and their anchors (the reading view's kept list says), dispositions, clusters,
 * and commits by another connection (SQLite's data_version). A filter or a page of rows then
 * costs a pass over arrays, not a re-anchoring of 150,000 opinions.
 */
import { buildOutline, type ReportOutline } from '../export/report-outline';
import type { DeskRow } from '../model/desk';
import type { ListedOpinions } from '../opinions/listed-opinions';
import type { Store } from '../store/store';
import { deskRows } from './desk-rows';

export interface DeskRows {
  outline: ReportOutline;
  rows: DeskRow[];
}

interface Kept extends DeskRows {
  versionId: string;
  /** The reading view's list it was made from: a new list (a rebuilt reading text) means new rows. */
  opinions: unknown;
  stamp: string;
}

export class DeskViews {
  private kept: Kept | null = null;

  constructor(
    private readonly store: Store,
    private readonly listed: ListedOpinions,
  ) {}

  of(reportId: string, versionId: string): DeskRows {
    const opinions = this.listed.of(reportId, versionId);
    const { store } = this;
    const stamp = `${store.opinions.revision}:${store.anchors.revision}:${store.dispositions.revision}:${store.clusters.revision}:${store.dispositionConflicts.revision}:${store.db.pragma('data_version', { simple: true }) as number}`;
    const kept = this.kept;
    if (kept && kept.versionId === versionId && kept.stamp === stamp && kept.opinions === opinions) return kept;
    const outline = buildOutline(store.reports.openDocument(reportId, versionId).root);
    const rows = deskRows({
      opinions,
      outline,
      sources: store.channels.ofReport(reportId),
      dispositions: store.dispositions.ofReport(reportId),
      clusters: store.clusters.ofReport(reportId),
      conflicts: store.dispositionConflicts.ofReport(reportId),
    }).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.kept = { versionId, opinions, stamp, outline, rows };
    return this.kept;
  }
}
