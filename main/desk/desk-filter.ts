/**
 * The desk's filters as one predicate over its rows: delegation, stance, kind, channel,
 * disposition (or a conflict between clerks), clerk, a clerk's share of the work, confirmed
 * clusters, and the part, section or paragraph on screen. A row matches a node when it is
 * counted there (tally.ts): its paragraph, its section, or a section above it.
 */
import type { DeskAssignment, DeskFilter, DeskRow } from '../model/desk';
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

/** Whether a row falls in a clerk's share: one of their delegations, or under one of their parts. */
function inShare(row: DeskRow, clerkName: string, assignments: readonly DeskAssignment[], outline: ReportOutline): boolean {
  // A part is given by its label (一, 二 … or its title): section ids are each version's own.
  const part = row.partId === null ? undefined : outline.sections.get(row.partId)?.section.label;
  return assignments.some((share) => share.clerkName === clerkName && (share.scope === 'delegation' ? row.author.delegation === share.value : part === share.value));
}

function matchesDisposition(row: DeskRow, wanted: string): boolean {
  const current = currentDisposition(row);
  if (wanted === 'none') return current === null;
  if (wanted === 'awaiting-second') return row.first !== null && row.second === null;
  if (wanted === 'conflict') return row.disputed.length > 0;
  return current?.kindId === wanted;
}

export function deskFilter(filter: DeskFilter, outline: ReportOutline, assignments: readonly DeskAssignment[] = []): (row: DeskRow) => boolean {
  return (row) => {
    if (filter.delegation !== undefined && row.author.delegation !== filter.delegation) return false;
    if (filter.stanceId !== undefined && row.stanceId !== filter.stanceId) return false;
    if (filter.kind !== undefined && row.kind !== filter.kind) return false;
    if (filter.channel !== undefined && row.channel !== filter.channel) return false;
    if (filter.disposition !== undefined && !matchesDisposition(row, filter.disposition)) return false;
    if (filter.assignedTo !== undefined && !inShare(row, filter.assignedTo, assignments, outline)) return false;
    if (filter.clerkId !== undefined && row.first?.clerk.id !== filter.clerkId && row.second?.clerk.id !== filter.clerkId) return false;
    if (filter.inCluster !== undefined && (row.clusterId !== null) !== filter.inCluster) return false;
    if (filter.nodeId !== undefined && !underNode(row, filter.nodeId, outline)) return false;
    return true;
  };
}
