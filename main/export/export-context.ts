/**
 * What every builder needs once per export, computed once: the opinions chosen for it (trash
 * left out, unplaceable ones only when asked for), each with its place in the report, in
 * report order; the stance names; and the text converter.
 */
import type { OpinionView, Stance } from '../model/opinion';
import type { ExportInput } from './export-input';
import { BEIJING_OFFSET_MINUTES } from './export-time';
import { outputText, type OutputText } from './output-text';
import { placeOpinion, type Placement } from './placement';
import { buildOutline, type ReportOutline } from './report-outline';

export interface ExportEntry {
  opinion: OpinionView;
  placement: Placement;
}

export interface ExportContext {
  input: ExportInput;
  out: OutputText;
  outline: ReportOutline;
  /** The chosen opinions in report order: report notes, then the report's own order, then the unplaced. */
  entries: ExportEntry[];
  /** Stances in their display order. */
  stances: Stance[];
  stanceById: Map<string, Stance>;
  offsetMinutes: number;
  /** The export's own time, read once so every part of one file says the same. */
  exportedAt: Date;
}

const KIND_RANK = { report: 0, section: 1, passage: 2, unplaced: 3 } as const;

/** Report order, then creation, then id: never anything that differs between two runs. */
export function compareEntries(a: ExportEntry, b: ExportEntry): number {
  const pa = a.placement;
  const pb = b.placement;
  if (pa.kind === 'unplaced' || pb.kind === 'unplaced') {
    if (pa.kind !== pb.kind) return KIND_RANK[pa.kind] - KIND_RANK[pb.kind];
  } else {
    if (pa.sectionOrder !== pb.sectionOrder) return pa.sectionOrder - pb.sectionOrder;
    if (pa.kind !== pb.kind) return KIND_RANK[pa.kind] - KIND_RANK[pb.kind];
    const na = pa.paragraph?.number ?? 0;
    const nb = pb.paragraph?.number ?? 0;
    if (na !== nb) return na - nb;
    if (pa.readingStart !== pb.readingStart) return pa.readingStart - pb.readingStart;
  }
  const ca = a.opinion.createdAt;
  const cb = b.opinion.createdAt;
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.opinion.id < b.opinion.id ? -1 : a.opinion.id > b.opinion.id ? 1 : 0;
}

export function prepareExport(input: ExportInput): ExportContext {
  const outline = buildOutline(input.root);
  const entries: ExportEntry[] = [];
  for (const opinion of input.opinions) {
    if (opinion.deletedAt !== null) continue;
    const placement = placeOpinion(opinion, outline);
    if (placement.kind === 'unplaced' && !input.includeOrphans) continue;
    entries.push({ opinion, placement });
  }
  entries.sort(compareEntries);
  const stances = [...input.stances].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return {
    input,
    out: outputText(input.script),
    outline,
    entries,
    stances,
    stanceById: new Map(stances.map((stance) => [stance.id, stance])),
    offsetMinutes: input.utcOffsetMinutes ?? BEIJING_OFFSET_MINUTES,
    exportedAt: input.now(),
  };
}

export function stanceNameOf(context: ExportContext, stanceId: string | null): string | null {
  return stanceId === null ? null : (context.stanceById.get(stanceId)?.name ?? null);
}
