/**
 * The desk's rows for one version of a report: every live opinion, where it sits in that version
 * (placed as the exports place it: an orphaned or ambiguous passage is never guessed into a
 * section), how it came in, its confirmed cluster and its 初审/复审. Built from the reading view's
 * kept list of opinions, so re-anchoring happens once per version, not per desk call.
 */
import type { Disposition, DeskRow, ConfirmedCluster, DispositionConflict } from '../model/desk';
import type { ListedOpinion } from '../model/opinion';
import type { ReportOutline } from '../export/report-outline';
import type { OpinionSource } from '../store/channel-store';
import { paragraphLocations, sectionLocation } from '../export/report-position';

export interface DeskSources {
  opinions: readonly ListedOpinion[];
  outline: ReportOutline;
  sources: ReadonlyMap<string, OpinionSource>;
  dispositions: readonly Disposition[];
  clusters: readonly ConfirmedCluster[];
  conflicts: readonly DispositionConflict[];
}

export const LOCATION_WORDS = { report: '全文', unplaced: '未定位' } as const;

const PLACED = new Set(['exact', 'moved', 'fuzzy']);

export function deskRows({ opinions, outline, sources, dispositions, clusters, conflicts }: DeskSources): DeskRow[] {
  const locations = paragraphLocations(outline);
  const paragraphOrder = new Map(outline.paragraphList.map((paragraph, i) => [paragraph.id, i]));
  const clusterOf = new Map<string, string>();
  for (const cluster of clusters) for (const member of cluster.memberIds) clusterOf.set(member, cluster.id);
  const decided = new Map<string, { first: Disposition | null; second: Disposition | null }>();
  for (const disposition of dispositions) {
    const entry = decided.get(disposition.opinionId) ?? decided.set(disposition.opinionId, { first: null, second: null }).get(disposition.opinionId)!;
    entry[disposition.stage] = disposition;
  }
  const disputed = new Map<string, DispositionConflict[]>();
  for (const conflict of conflicts) (disputed.get(conflict.opinionId) ?? disputed.set(conflict.opinionId, []).get(conflict.opinionId)!).push(conflict);
  const unplacedOrder = outline.paragraphList.length + 1;

  return opinions.flatMap((opinion): DeskRow[] => {
    if (opinion.deletedAt !== null) return [];
    const source = sources.get(opinion.id);
    let placement: DeskRow['placement'] = 'unplaced';
    let partId: string | null = null;
    let sectionId: string | null = null;
    let paragraphId: string | null = null;
    let location: string = LOCATION_WORDS.unplaced;
    let order = unplacedOrder;
    if (opinion.kind === 'report-note') {
      placement = 'report';
      location = LOCATION_WORDS.report;
      order = -1;
    } else if (opinion.kind === 'section-note') {
      const found = opinion.sectionId === null ? undefined : outline.sections.get(opinion.sectionId);
      if (found && found.chain.length > 0) {
        placement = 'section';
        partId = found.chain[0]!.id;
        sectionId = found.section.id;
        location = sectionLocation(found.chain);
        order = paragraphOrder.get(found.section.paragraphs[0]?.id ?? '') ?? found.order;
      }
    } else {
      const resolution = opinion.resolution;
      const first = resolution && PLACED.has(resolution.status) ? resolution.ranges?.[0] : undefined;
      const where = first ? outline.paragraphs.get(first.paragraphId) : undefined;
      if (where) {
        placement = 'passage';
        partId = where.chain[0]?.id ?? null;
        sectionId = where.section.id;
        paragraphId = where.paragraph.id;
        location = locations.get(where.paragraph.id) ?? LOCATION_WORDS.unplaced;
        order = paragraphOrder.get(where.paragraph.id) ?? unplacedOrder;
      }
    }
    const disposition = decided.get(opinion.id);
    return [
      {
        id: opinion.id,
        author: { id: opinion.author.id, name: opinion.author.name, delegation: opinion.author.delegation, role: source?.role ?? 'npc-delegate' },
        kind: opinion.kind,
        stanceId: opinion.stanceId,
        channel: source?.channel ?? 'own',
        provenance: source?.provenance ?? '',
        placement,
        partId,
        sectionId,
        paragraphId,
        location,
        quote: opinion.anchor?.exact ?? null,
        bodyText: opinion.bodyText,
        suggestion: opinion.suggestion,
        clusterId: clusterOf.get(opinion.id) ?? null,
        first: disposition?.first ?? null,
        second: disposition?.second ?? null,
        conflictOf: opinion.conflictOf,
        disputed: disputed.get(opinion.id) ?? [],
        order,
      },
    ];
  });
}
