/**
 * Was my suggestion adopted? Each suggestion made on the old draft (its 原文 and 建议改为) is
 * followed through the version diff to the words that now stand in its place, and given one of
 * five outcomes. Pure: the diff and the two texts in, a status and a score out.
 *
 * The score says how far the new wording went from the 原文 towards the 建议改为:
 * 1 − d(new, proposed) / d(original, proposed), with d the edit distance over folded text (width,
 * quote style and 繁/简 do not count). It is 1 only when the proposal stands as written, and 0
 * when the new words are no nearer the proposal than the 原文 was — so a passage rewritten some
 * other way is never called adopted, however much it changed.
 */
import { editDistance } from '../anchoring/edit-distance';
import { foldText } from '../anchoring/fold';
import type { VersionDiff } from './diff-versions';
import type { TextOp } from './text-op';
import type { AdoptionStatus, ParagraphFate } from '../model/versions';

export type { AdoptionStatus, ParagraphFate };

export interface SuggestionPlace {
  /** [start, end) of the 原文 in the old draft's decoded text. */
  start: number;
  end: number;
  proposed: string;
}

export interface Adoption {
  status: AdoptionStatus;
  /** 0…1; 1 for adopted, 0 for not adopted and deleted. */
  score: number;
  /** The words that now stand where the 原文 stood (with insertions at its edges). */
  now: string;
  /** [start, end) of those words in the new draft's decoded text. */
  newStart: number;
  newEnd: number;
}

/** A partial adoption below this share of the way to the proposal is called a different change. */
export const PARTLY_ADOPTED_FROM = 0.4;

/** Every op of the diff in old-text order, so an old offset can be looked up by binary search. */
export class OffsetMap {
  private readonly ops: TextOp[];

  constructor(diff: VersionDiff) {
    this.ops = diff.paragraphs.flatMap((paragraph) => paragraph.ops).sort((a, b) => a.oldStart - b.oldStart || insertsFirst(a, b));
  }

  /** Where old offset `at` lands in the new text: before (`edge` 'before') or after any insertion made right there. */
  map(at: number, edge: 'before' | 'after'): number {
    const first = this.firstEndingAfter(at);
    let mapped: number | null = null;
    let insertedBefore: number | null = null;
    let insertedAfter: number | null = null;
    let replacing = false;
    for (let i = first; i < this.ops.length && this.ops[i]!.oldStart <= at; i++) {
      const op = this.ops[i]!;
      if (op.kind === 'delete' && op.oldEnd === at && op.oldStart < at) replacing = true;
      if (op.kind === 'insert') {
        if (op.oldStart !== at) continue;
        insertedBefore = Math.min(insertedBefore ?? op.newStart, op.newStart);
        insertedAfter = Math.max(insertedAfter ?? op.newEnd, op.newEnd);
      } else if (op.oldStart <= at && at < op.oldEnd) {
        mapped = op.kind === 'equal' ? op.newStart + Math.min(at - op.oldStart, op.newEnd - op.newStart) : op.newStart;
      } else if (op.oldEnd === at && mapped === null) {
        mapped = op.newEnd;
      }
    }
    // The diff writes a replacement as a deletion followed by the insertion at its end: words
    // inserted where deleted words end took their place, so they are before that offset, not after.
    if (edge === 'before' && insertedBefore !== null) return replacing ? insertedAfter! : insertedBefore;
    if (edge === 'after' && insertedAfter !== null) return insertedAfter;
    return mapped ?? insertedBefore ?? 0;
  }

  /**
   * Where old offset `at` lands counting insertions just across clause marks: the diff slides an
   * addition at a clause's edge to the clause boundary (在“…万人，”后增加 rather than 在“…万人”后),
   * and a suggestion to add words at the end of its 原文 must still find them.
   */
  mapAcrossMarks(at: number, edge: 'before' | 'after', oldText: string): number {
    let to = at;
    if (edge === 'after') while (to < oldText.length && CLAUSE_MARK.test(oldText[to]!)) to++;
    else while (to > 0 && CLAUSE_MARK.test(oldText[to - 1]!)) to--;
    if (to !== at && this.insertsAt(to)) return this.map(to, edge);
    return this.map(at, edge);
  }

  private insertsAt(at: number): boolean {
    for (let i = this.firstEndingAfter(at); i < this.ops.length && this.ops[i]!.oldStart <= at; i++) {
      const op = this.ops[i]!;
      if (op.kind === 'insert' && op.oldStart === at) return true;
    }
    return false;
  }

  /** Whether any op deletes or inserts inside (start, end) — the words themselves changed. */
  changedWithin(start: number, end: number): boolean {
    for (let i = this.firstEndingAfter(start); i < this.ops.length && this.ops[i]!.oldStart <= end; i++) {
      const op = this.ops[i]!;
      if (op.kind === 'delete' && op.oldEnd > start && op.oldStart < end) return true;
      if (op.kind === 'insert' && op.oldStart > start && op.oldStart < end) return true;
    }
    return false;
  }

  /** Whether every character of [start, end) was deleted: with nothing in their place, the words (or their paragraph) are gone. */
  deletedWhole(start: number, end: number): boolean {
    let covered = start;
    for (let i = this.firstEndingAfter(start); i < this.ops.length && this.ops[i]!.oldStart < end; i++) {
      const op = this.ops[i]!;
      if (op.kind === 'insert' || op.oldEnd <= covered) continue;
      if (op.kind !== 'delete' || op.oldStart > covered) return false;
      covered = op.oldEnd;
    }
    return covered >= end;
  }

  /** The first op that ends at or after `at` (ops are sorted by start; ends grow with them within a paragraph). */
  private firstEndingAfter(at: number): number {
    let low = 0;
    let high = this.ops.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ops[middle]!.oldStart < at) low = middle + 1;
      else high = middle;
    }
    // Step back over the op that starts before `at` but reaches it.
    while (low > 0 && this.ops[low - 1]!.oldEnd >= at) low--;
    return low;
  }
}

function insertsFirst(a: TextOp, b: TextOp): number {
  return (a.kind === 'insert' ? 0 : 1) - (b.kind === 'insert' ? 0 : 1);
}

/** Clause punctuation: the diff may slide an insertion across it to a clause boundary. */
const CLAUSE_MARK = /[，。；、：,.;:]/u;
/** Folded, without whitespace and without the clause marks at either end (a clause's edge is not wording). */
const folded = (text: string) =>
  foldText(text)
    .replace(/\s+/gu, '')
    .replace(/^[，。；、：,.;:]+|[，。；、：,.;:]+$/gu, '');

/** How far `now` went from `original` towards `proposed`: 1 at the proposal, 0 no nearer than the 原文. */
export function adoptionScore(original: string, proposed: string, now: string): number {
  const a = folded(original);
  const p = folded(proposed);
  const n = folded(now);
  if (n === p) return 1;
  const wanted = editDistance(a, p);
  if (wanted === 0) return 0;
  return Math.max(0, 1 - editDistance(n, p) / wanted);
}

export function suggestionAdoption(place: SuggestionPlace, map: OffsetMap, oldText: string, newText: string): Adoption {
  const original = oldText.slice(place.start, place.end);
  // Inner: the words that replaced the 原文. Wide: with insertions at its edges, where an addition
  // the suggestion asked for (在“…”后增加…) lands.
  const innerStart = map.map(place.start, 'after');
  const innerEnd = Math.max(innerStart, map.map(place.end, 'before'));
  const wideStart = map.mapAcrossMarks(place.start, 'before', oldText);
  const wideEnd = Math.max(wideStart, map.mapAcrossMarks(place.end, 'after', oldText));
  const inner = newText.slice(innerStart, innerEnd);
  const wide = newText.slice(wideStart, wideEnd);
  const proposal = folded(place.proposed);
  const result = (status: AdoptionStatus, score: number, wideChosen: boolean): Adoption => ({
    status,
    score,
    now: wideChosen ? wide : inner,
    newStart: wideChosen ? wideStart : innerStart,
    newEnd: wideChosen ? wideEnd : innerEnd,
  });

  if (folded(inner) === proposal) return result('adopted', 1, false);
  if (folded(wide) === proposal) return result('adopted', 1, true);
  if (folded(inner) === '' && place.end > place.start && map.deletedWhole(place.start, place.end)) return result('deleted', 0, false);
  const innerScore = adoptionScore(original, place.proposed, inner);
  const wideScore = wide === inner ? innerScore : adoptionScore(original, place.proposed, wide);
  const wideChosen = wideScore > innerScore;
  const score = Math.max(innerScore, wideScore);
  const changed = map.changedWithin(place.start, place.end) || folded(inner) !== folded(original);
  if (score >= PARTLY_ADOPTED_FROM) return result('partly-adopted', round(score), wideChosen);
  if (!changed) return result('not-adopted', 0, false);
  return result('changed-otherwise', round(score), false);
}

/** For a passage comment: whether the words it is on changed in the new draft. */
export function passageFate(start: number, end: number, map: OffsetMap, oldText: string, newText: string): ParagraphFate {
  const now = newText.slice(map.map(start, 'after'), map.map(end, 'before'));
  if (folded(now) === '' && end > start && map.deletedWhole(start, end)) return 'deleted';
  return map.changedWithin(start, end) || folded(now) !== folded(oldText.slice(start, end)) ? 'changed' : 'unchanged';
}

const round = (score: number) => Math.round(score * 1000) / 1000;
