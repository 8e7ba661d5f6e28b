/**
 * Where each opinion goes in the report document, worked out before any XML is written:
 * which block and offsets a comment spans, which words a suggestion deletes and where its
 * proposed words are inserted.
 *
 * Comments may overlap freely (Word allows it). Tracked deletions may not: a word can be
 * deleted once. A suggestion whose words overlap an earlier suggestion's is therefore kept as
 * a comment that spells out 原文 and 建议改为, so nothing the delegate proposed is lost and no
 * change is applied twice.
 */
import type { ParagraphRange } from '../model/opinion';
import type { ExportContext, ExportEntry } from './export-context';
import { headingKey, paragraphKey, TITLE_KEY, type ReportBlock } from './report-blocks';

export interface Revision {
  author: string;
  /** The instant it was made (the opinion's last change). */
  date: string;
}

export interface BlockMarks {
  /** Comment ids starting / ending at an offset of the block's text. */
  starts: { offset: number; id: number }[];
  ends: { offset: number; id: number }[];
  deletions: { start: number; end: number; revision: Revision }[];
  inserts: { offset: number; text: string; revision: Revision }[];
  /** Set when the paragraph mark itself is deleted: accepting merges it with the next paragraph. */
  markDeleted: Revision | null;
}

export interface PlannedComment {
  id: number;
  entry: ExportEntry;
  /** The opinion could not be placed in this version: it hangs on the title, marked 未定位. */
  unplaced: boolean;
  /** The suggestion is written as a tracked change (otherwise its wording is in the comment). */
  tracked: boolean;
}

export interface ReportMarks {
  comments: PlannedComment[];
  blocks: Map<string, BlockMarks>;
}

function marksOf(plan: ReportMarks, key: string): BlockMarks {
  let marks = plan.blocks.get(key);
  if (!marks) {
    marks = { starts: [], ends: [], deletions: [], inserts: [], markDeleted: null };
    plan.blocks.set(key, marks);
  }
  return marks;
}

function span(plan: ReportMarks, id: number, startKey: string, start: number, endKey: string, end: number): void {
  marksOf(plan, startKey).starts.push({ offset: start, id });
  marksOf(plan, endKey).ends.push({ offset: end, id });
}

function overlapsDeletion(plan: ReportMarks, ranges: ParagraphRange[]): boolean {
  return ranges.some((range) =>
    (plan.blocks.get(paragraphKey(range.paragraphId))?.deletions ?? []).some((d) => d.start < range.end && range.start < d.end),
  );
}

/** Where a section note hangs: its heading, or the run-in heading words opening its first paragraph. */
function sectionTarget(entry: ExportEntry, lengths: Map<string, number>): { key: string; start: number; end: number } | null {
  const section = entry.placement.section;
  if (!section) return null;
  const heading = lengths.get(headingKey(section));
  if (heading !== undefined && heading > 0) return { key: headingKey(section), start: 0, end: heading };
  const first = section.paragraphs[0];
  if (!first || first.text.length === 0) return null;
  return { key: paragraphKey(first.id), start: 0, end: first.headingLength > 0 ? Math.min(first.headingLength, first.text.length) : first.text.length };
}

export function planReportMarks(context: ExportContext, blocks: ReportBlock[]): ReportMarks {
  const plan: ReportMarks = { comments: [], blocks: new Map() };
  const lengths = new Map(blocks.map((block) => [block.key, block.text.length]));
  const position = new Map(blocks.map((block, i) => [block.key, i]));
  const titleLength = Math.max(lengths.get(TITLE_KEY) ?? 0, 0);

  const onTitle = (id: number) => span(plan, id, TITLE_KEY, 0, TITLE_KEY, titleLength);

  for (const entry of context.entries) {
    const id = plan.comments.length;
    const { opinion, placement } = entry;
    const comment: PlannedComment = { id, entry, unplaced: false, tracked: false };
    plan.comments.push(comment);

    if (placement.kind === 'report') {
      onTitle(id);
      continue;
    }
    if (placement.kind === 'section') {
      const target = sectionTarget(entry, lengths);
      if (target) span(plan, id, target.key, target.start, target.key, target.end);
      else onTitle(id);
      continue;
    }
    const ranges = placement.kind === 'passage' ? (opinion.resolution?.ranges ?? []).filter((r) => lengths.has(paragraphKey(r.paragraphId))) : [];
    if (ranges.length === 0) {
      comment.unplaced = true;
      onTitle(id);
      continue;
    }
    const first = ranges[0]!;
    const last = ranges[ranges.length - 1]!;
    span(plan, id, paragraphKey(first.paragraphId), first.start, paragraphKey(last.paragraphId), last.end);

    if (opinion.kind !== 'passage-suggestion' || !opinion.suggestion || overlapsDeletion(plan, ranges)) continue;
    comment.tracked = true;
    const revision: Revision = { author: opinion.author.name, date: opinion.updatedAt };
    ranges.forEach((range, i) => {
      const marks = marksOf(plan, paragraphKey(range.paragraphId));
      marks.deletions.push({ start: range.start, end: range.end, revision });
      const next = ranges[i + 1];
      // The paragraph break between two deleted parts goes too, but only when the next block
      // is that next paragraph: merging a paragraph into a section heading would be wrong.
      if (next && position.get(paragraphKey(next.paragraphId)) === (position.get(paragraphKey(range.paragraphId)) ?? -2) + 1) {
        marks.markDeleted = revision;
      }
    });
    // The proposed words follow the deleted words of the first paragraph, where Word itself
    // puts text typed over a selection.
    if (opinion.suggestion.proposed !== '') {
      marksOf(plan, paragraphKey(first.paragraphId)).inserts.push({ offset: first.end, text: opinion.suggestion.proposed, revision });
    }
  }
  return plan;
}
