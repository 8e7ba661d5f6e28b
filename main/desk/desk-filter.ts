/**
 * The desk's filters as one predicate over its rows: delegation, stance, kind, channel,
 * disposition, clerk, confirmed clusters, and the part, section or paragraph on screen. A row matches a node when it
 * is counted there (tally.ts): its paragraph, its section, or a section above it.
 */
import type { DeskFilter, DeskRow } from '../model/desk';
import type { ReportOutline } from '../export/report-outline';

/** The disposition that holds: the 复审's where there is one, else the 初审's. */
export const currentDisposition = (row: DeskRow) => row.second ?? row.first;

function underNode(row: DeskRow, nodeId: string, outline: ReportOutline): boolean {
  if (nodeId === 'report') return true;
  if (nodeId === 'unplaced') return row.placement === 'unplaced';
  if (row.paragraphId === nodeId || row.sectionId === nodeId) return true;
  if (row.sectionId === null) return false;
  return outline.sections.get(row.sectionId)?.chain.some((section) => section.id === nodeId) ?? false;
}

export function deskFilter(filter: DeskFilter, outline: ReportOutline): (row: DeskRow) => boolean {
  return (row) => {
    if (filter.delegation !== undefined && row.author.delegation !== filter.delegation) return false;
    if (filter.stanceId !== undefined && row.stanceId !== filter.stanceId) return false;
    if (filter.kind !== undefined && row.kind !== filter.kind) return false;
    if (filter.channel !== undefined && row.channel !== filter.channel) return false;
    if (filter.disposition !== undefined) {
      const current = currentDisposition(row);
      if (filter.disposition === 'none' ? current !== null : filter.disposition === 'awaiting-second' ? !(row.first && !row.second) : current?.kindId !== filter.disposition) return false;
    }
    if (filter.clerkId !== undefined && row.first?.clerk.id !== filter.clerkId && row.second?.clerk.id !== filter.clerkId) return false;
    if (filter.inCluster !== undefined && (row.clusterId !== null) !== filter.inCluster) return false;
    if (filter.nodeId !== undefined && !underNode(row, filter.nodeId, outline)) return false;
    return true;
  };
}
