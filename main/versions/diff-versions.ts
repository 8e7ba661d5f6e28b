/**
 * The version diff: two texts of a report (the 提请审议稿 and the 修改稿, say) → their paragraphs
 * aligned, and inside each aligned pair the characters that changed. Pure: no store, no files.
 *
 * Both texts rebuild from the result exactly: every character of each text is in exactly one
 * op, and in strict mode an equal op's two sides are the same string, so applying the inserts to
 * the old text's equal pieces gives the new text byte for byte.
 */
import type { ParsedDocument } from '../model/report';
import { alignParagraphs, type AlignedUnit, type PairKind } from './align-paragraphs';
import { diffComparable } from './char-diff';
import { comparableText } from './comparable-text';
import { reportBlocks, type ReportBlock } from './report-blocks';
import { markedCodePoints, type TextOp } from './text-op';
import { textUnits, type TextUnit } from './text-units';

export interface DiffOptions {
  /** Compare width, quote style, whitespace and 繁/简 as equal: a re-typed copy shows no change. */
  ignoreFormatting?: boolean;
}

export interface VersionSide {
  text: string;
  /** The documents main/structure found in the text (their trees); without them every line is a paragraph. */
  documents?: Pick<ParsedDocument, 'root'>[];
}

export type PairStatus = 'same' | 'changed' | 'inserted' | 'deleted' | 'moved';

export interface ParagraphDiff {
  status: PairStatus;
  /** How the pair was found: equal content, similarity, a move, or not paired at all. */
  alignment: PairKind;
  old: TextUnit | null;
  new: TextUnit | null;
  similarity: number;
  ops: TextOp[];
}

export interface VersionDiff {
  ignoreFormatting: boolean;
  /** In the new text's order; a deleted paragraph comes where it stood, after what preceded it. */
  paragraphs: ParagraphDiff[];
  oldBlocks: ReportBlock[];
  newBlocks: ReportBlock[];
  /** Code points marked as deleted and as inserted, over all paragraphs. */
  marked: { deleted: number; inserted: number };
}

/** The other side of a paragraph inserted or deleted whole; placeLonePairs gives it its offset. */
const NOTHING = { keys: new Int32Array(0), starts: new Int32Array([0]), start: 0, end: 0 };

function sideUnits(side: VersionSide, ignoreFormatting: boolean): { blocks: ReportBlock[]; units: AlignedUnit[] } {
  const blocks = reportBlocks(side.documents ?? []);
  const units = textUnits(side.text, blocks).map((unit) => ({ unit, text: comparableText(side.text, unit.start, unit.end, ignoreFormatting) }));
  return { blocks, units };
}

export function diffVersions(oldSide: VersionSide, newSide: VersionSide, options: DiffOptions = {}): VersionDiff {
  const ignoreFormatting = options.ignoreFormatting ?? false;
  const before = sideUnits(oldSide, ignoreFormatting);
  const after = sideUnits(newSide, ignoreFormatting);
  const marked = { deleted: 0, inserted: 0 };
  const paragraphs = alignParagraphs(before.units, after.units).map((pair): ParagraphDiff => {
    const ops = diffComparable(oldSide.text, pair.old?.text ?? NOTHING, newSide.text, pair.new?.text ?? NOTHING);
    for (const op of ops) {
      if (op.kind === 'delete') marked.deleted += markedCodePoints(op);
      if (op.kind === 'insert') marked.inserted += markedCodePoints(op);
    }
    return { status: statusOf(pair.kind, ops), alignment: pair.kind, old: pair.old?.unit ?? null, new: pair.new?.unit ?? null, similarity: pair.similarity, ops };
  });
  placeLonePairs(paragraphs);
  return { ignoreFormatting, paragraphs, oldBlocks: before.blocks, newBlocks: after.blocks, marked };
}

function statusOf(kind: PairKind, ops: TextOp[]): PairStatus {
  if (kind === 'moved') return 'moved';
  const changed = ops.some((op) => op.kind !== 'equal');
  if (!changed) return 'same';
  if (kind === 'inserted') return 'inserted';
  if (kind === 'deleted') return 'deleted';
  return 'changed';
}

/**
 * A paragraph inserted or deleted whole has no place on the other side yet: it is put where it
 * would stand, right after the previous paragraph's end on that side, so its ops' offsets say
 * where the insertion or deletion happened.
 */
function placeLonePairs(paragraphs: ParagraphDiff[]): void {
  let oldAt = 0;
  let newAt = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.old && paragraph.alignment !== 'moved') oldAt = paragraph.old.end;
    if (paragraph.new) newAt = paragraph.new.end;
    if (paragraph.old && paragraph.new) continue;
    for (const op of paragraph.ops) {
      if (!paragraph.old) {
        op.oldStart = oldAt;
        op.oldEnd = oldAt;
      }
      if (!paragraph.new) {
        op.newStart = newAt;
        op.newEnd = newAt;
      }
    }
  }
}
