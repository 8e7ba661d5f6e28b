/**
 * The character diff inside one aligned pair of paragraphs: Myers over code points (or folded
 * keys), then the semantic cleanup, then back to offsets and strings of the real texts.
 */
import { comparableText, type ComparableText } from './comparable-text';
import { commonRuns } from './myers';
import { factorCommonEnds, foldShortEqualities, isEqual, segmentsFromRuns, slideToClauseBoundaries } from './semantic-cleanup';
import type { TextOp } from './text-op';

export interface TextRange {
  start: number;
  end: number;
}

export function diffRanges(oldText: string, oldRange: TextRange, newText: string, newRange: TextRange, ignoreFormatting: boolean): TextOp[] {
  const before = comparableText(oldText, oldRange.start, oldRange.end, ignoreFormatting);
  const after = comparableText(newText, newRange.start, newRange.end, ignoreFormatting);
  return diffComparable(oldText, before, newText, after);
}

export function diffComparable(oldText: string, before: ComparableText, newText: string, after: ComparableText): TextOp[] {
  if (before.keys.length === 0 || after.keys.length === 0) return wholeRanges(oldText, before, newText, after);
  const runs = commonRuns(before.keys, after.keys);
  const script = segmentsFromRuns(runs, before.keys.length, after.keys.length);
  // Sliding first gives each untouched clause its own punctuation back, so folding sees it.
  const slid = slideToClauseBoundaries(script, before.keys, after.keys);
  const folded = factorCommonEnds(foldShortEqualities(slid, before.keys), before.keys, after.keys);
  const segments = slideToClauseBoundaries(folded, before.keys, after.keys);
  const ops: TextOp[] = [];
  let a = 0;
  let b = 0;
  const push = (kind: TextOp['kind'], aEnd: number, bEnd: number) => {
    const oldStart = before.starts[a]!;
    const oldEnd = before.starts[aEnd]!;
    const newStart = after.starts[b]!;
    const newEnd = after.starts[bEnd]!;
    if (oldEnd > oldStart || newEnd > newStart) ops.push({ kind, oldStart, oldEnd, newStart, newEnd, old: oldText.slice(oldStart, oldEnd), new: newText.slice(newStart, newEnd) });
    a = aEnd;
    b = bEnd;
  };
  for (const segment of segments) {
    if (isEqual(segment)) push('equal', a + segment.equal, b + segment.equal);
    else {
      if (segment.deleted > 0) push('delete', a + segment.deleted, b);
      if (segment.inserted > 0) push('insert', a, b + segment.inserted);
    }
  }
  return ops;
}

/**
 * A side with nothing to compare (empty, or only whitespace with formatting ignored) has no
 * key to hang its text on: its whitespace is an equal op of its own, the other side one change.
 */
function wholeRanges(oldText: string, before: ComparableText, newText: string, after: ComparableText): TextOp[] {
  const op = (kind: TextOp['kind'], oldStart: number, oldEnd: number, newStart: number, newEnd: number): TextOp =>
    ({ kind, oldStart, oldEnd, newStart, newEnd, old: oldText.slice(oldStart, oldEnd), new: newText.slice(newStart, newEnd) });
  const ops: TextOp[] = [];
  if (before.keys.length === 0 && after.keys.length === 0) {
    if (before.end > before.start || after.end > after.start) ops.push(op('equal', before.start, before.end, after.start, after.end));
  } else if (before.keys.length === 0) {
    if (before.end > before.start) ops.push(op('equal', before.start, before.end, after.start, after.start));
    ops.push(op('insert', before.end, before.end, after.start, after.end));
  } else {
    if (after.end > after.start) ops.push(op('equal', before.start, before.start, after.start, after.end));
    ops.push(op('delete', before.start, before.end, after.end, after.end));
  }
  return ops;
}
