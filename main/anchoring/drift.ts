/**
 * How far text has drifted between two versions around a given old offset, learnt from the
 * anchors already placed with certainty. A passage between two placed neighbours has drifted
 * by something between their two drifts (the edits between them), which predicts its new
 * place to within a few dozen characters — sharp enough to tell it from a look-alike copy of
 * the same sentence in another part of the text.
 */
import type { Whereabouts } from './whereabouts';

export interface Placement {
  oldStart: number;
  newStart: number;
}

/** Beyond this, the neighbours disagree too much for a prediction to mean anything. */
const MAX_WINDOW = 2_000;

export class DriftMap {
  private readonly placements: Placement[];

  constructor(placements: Placement[]) {
    this.placements = [...placements].sort((a, b) => a.oldStart - b.oldStart);
  }

  get size(): number {
    return this.placements.length;
  }

  /** The last placement at or before `offset` (index), by binary search. */
  private floor(offset: number): number {
    let low = 0;
    let high = this.placements.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.placements[mid]!.oldStart <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  predict(oldStart: number, length: number): Whereabouts | null {
    if (this.placements.length === 0) return null;
    const i = this.floor(oldStart);
    const left = i >= 0 ? this.placements[i]! : null;
    const right = i + 1 < this.placements.length ? this.placements[i + 1]! : null;
    const drifts = [left, right].filter((p): p is Placement => p !== null).map((p) => p.newStart - p.oldStart);
    const low = Math.min(...drifts);
    const high = Math.max(...drifts);
    const slack = 48 + length + (left && right ? 0 : 200);
    const window = (high - low) / 2 + slack;
    if (window > MAX_WINDOW) return null;
    return { start: oldStart, predicted: oldStart + (low + high) / 2, window };
  }
}
