/**
 * Clusters as the desk shows them: the ones a clerk confirmed, and suggestions (clusters.ts)
 * among the opinions not in a confirmed one. Passage opinions are compared by where they stand
 * in this version's reading text, so two delegates on overlapping words share a passage.
 */
import type { ReadingText } from '../anchoring/reading-text';
import type { DeskCluster } from '../api/contract';
import type { ConfirmedCluster, DeskRow } from '../model/desk';
import type { ListedOpinion } from '../model/opinion';
import { clusterSummary } from './cluster-summary';
import type { DeskOpinion } from './desk-opinion';
import { suggestClusters } from './clusters';

function deskOpinion(row: DeskRow, listed: ListedOpinion | undefined, reading: ReadingText, versionId: string): DeskOpinion {
  const ranges = row.placement === 'passage' ? listed?.resolution?.ranges : undefined;
  const first = ranges?.[0];
  const last = ranges?.at(-1);
  const from = first && reading.byId.get(first.paragraphId);
  const to = last && reading.byId.get(last.paragraphId);
  return {
    id: row.id,
    author: row.author,
    kind: row.kind,
    bodyText: row.bodyText,
    suggestion: row.suggestion,
    ...(from && to ? { versionId, reading: { start: from.start + first!.start, end: to.start + last!.end }, quote: row.quote ?? undefined } : {}),
    sectionId: row.placement === 'section' ? row.sectionId : null,
  };
}

const locationOf = (members: DeskRow[]) => {
  const places = new Set(members.map((member) => member.location));
  return places.size === 1 ? [...places][0]! : `${members[0]!.location} 等${places.size}处`;
};

export function deskClusters(rows: readonly DeskRow[], confirmed: readonly ConfirmedCluster[], listed: readonly ListedOpinion[], reading: ReadingText, versionId: string): { suggested: DeskCluster[]; confirmed: DeskCluster[] } {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const listedById = new Map(listed.map((opinion) => [opinion.id, opinion]));
  const free = rows.filter((row) => row.clusterId === null && row.conflictOf === null);
  const suggestions = suggestClusters(free.map((row) => deskOpinion(row, listedById.get(row.id), reading, versionId)));
  return {
    confirmed: confirmed.flatMap((cluster) => shownCluster(cluster, byId) ?? []),
    suggested: suggestions.map((suggestion) => {
      const members = suggestion.memberIds.map((memberId) => byId.get(memberId)!);
      return { id: suggestion.id, confirmed: false, memberIds: suggestion.memberIds, countsLine: clusterSummary(members.map((member) => member.author)), location: locationOf(members), summary: '', similarity: suggestion.similarity };
    }),
  };
}

/** A confirmed cluster with its members as they are here now; null when none of them is. */
export function shownCluster(cluster: ConfirmedCluster | null, byId: ReadonlyMap<string, DeskRow>): DeskCluster | null {
  const members = cluster?.memberIds.flatMap((memberId) => byId.get(memberId) ?? []) ?? [];
  if (!cluster || members.length === 0) return null;
  return {
    id: cluster.id,
    confirmed: true,
    memberIds: members.map((member) => member.id),
    countsLine: clusterSummary(members.map((member) => member.author)),
    location: locationOf(members),
    summary: cluster.summary,
    similarity: null,
  };
}
