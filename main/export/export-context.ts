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
import { sheetPeople, type SheetPeople } from './sheet-people';
import { reportProgress } from '../progress/job-progress';

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
  /**
   * The same entries in the input's order: the order the opinions were read, which is the
   * order they lie in memory (see mapInReportOrder).
   */
  inputOrder: ExportEntry[];
  /** Where each of inputOrder stands in entries. */
  reportPosition: Int32Array;
  /** Stances in their display order. */
  stances: Stance[];
  stanceById: Map<string, Stance>;
  /** Whose opinions these are: the sheet's header and each entry's author follow it. */
  people: SheetPeople;
  offsetMinutes: number;
  /** The export's own time, read once so every part of one file says the same. */
  exportedAt: Date;
}

const KIND_RANK = { report: 0, section: 1, passage: 2, unplaced: 3 } as const;

/**
 * Report order, then creation, then id: never anything that differs between two runs.
 *
 * Report order is four numbers compared in turn: the section's place in the tree (report notes
 * before the first section, the unplaced after the last), notes on a section before the
 * passages in it, the paragraph, the offset the passage starts at; creation is the instant.
 * They are read into arrays first, so the sort compares numbers lying side by side instead of
 * following each entry to its opinion: with 100,000 opinions scattered over the heap, that
 * chase was most of its time. The creation texts (then the ids) only settle equal instants.
 */
function sortEntries(entries: ExportEntry[]): Pick<ExportContext, 'entries' | 'reportPosition'> {
  const n = entries.length;
  const section = new Float64Array(n);
  const kind = new Float64Array(n);
  const paragraph = new Float64Array(n);
  const start = new Float64Array(n);
  const created = new Float64Array(n);
  entries.forEach(({ placement, opinion }, i) => {
    section[i] = placement.sectionOrder;
    kind[i] = KIND_RANK[placement.kind];
    paragraph[i] = placement.paragraph?.number ?? 0;
    start[i] = placement.readingStart;
    created[i] = Date.parse(opinion.createdAt);
  });
  const byText = (a: OpinionView, b: OpinionView) =>
    a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  // Two unplaced entries both have section +∞ (and an unreadable time is NaN): ∞ - ∞ and
  // NaN - x are NaN, falsy, so the next number decides.
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) =>
      section[i]! - section[j]! ||
      kind[i]! - kind[j]! ||
      paragraph[i]! - paragraph[j]! ||
      start[i]! - start[j]! ||
      created[i]! - created[j]! ||
      byText(entries[i]!.opinion, entries[j]!.opinion),
  );
  const reportPosition = new Int32Array(n);
  order.forEach((i, position) => (reportPosition[i] = position));
  return { entries: order.map((i) => entries[i]!), reportPosition };
}

export function prepareExport(input: ExportInput): ExportContext {
  const outline = buildOutline(input.root);
  const entries: ExportEntry[] = [];
  for (const [done, opinion] of input.opinions.entries()) {
    reportProgress(done, input.opinions.length);
    if (opinion.deletedAt !== null) continue;
    const placement = placeOpinion(opinion, outline);
    if (placement.kind === 'unplaced' && !input.includeOrphans) continue;
    entries.push({ opinion, placement });
  }
  const { entries: sorted, reportPosition } = sortEntries(entries);
  const stances = [...input.stances].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return {
    input,
    out: outputText(input.script),
    outline,
    entries: sorted,
    inputOrder: entries,
    reportPosition,
    stances,
    stanceById: new Map(stances.map((stance) => [stance.id, stance])),
    people: sheetPeople(sorted, input.profile),
    offsetMinutes: input.utcOffsetMinutes ?? BEIJING_OFFSET_MINUTES,
    exportedAt: input.now(),
  };
}

/**
 * `make` of every entry, in report order. The entries are visited in input order, the order
 * their opinions lie in memory: in report order a pass over 100,000 opinions jumps across the
 * heap at every field it reads, and the rows of a large spreadsheet take half again as long.
 */
export function mapInReportOrder<T>(context: ExportContext, make: (entry: ExportEntry) => T): T[] {
  const results = new Array<T>(context.entries.length);
  context.inputOrder.forEach((entry, i) => (results[context.reportPosition[i]!] = make(entry)));
  return results;
}

export function stanceNameOf(context: ExportContext, stanceId: string | null): string | null {
  return stanceId === null ? null : (context.stanceById.get(stanceId)?.name ?? null);
}
