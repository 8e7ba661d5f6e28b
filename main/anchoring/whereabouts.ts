/**
 * Where a passage should be in the new text, and whether a place there is far from it: the
 * one measure of position every matching rule uses.
 */
import type { TextIndex } from './text-index';

/**
 * Where the passage should be. `start` is its old offset. A second pass (reanchor-text.ts,
 * resolve.ts) adds `predicted`: the old offset moved by the drift of its neighbours that were
 * placed with certainty, with a tight `window` — far sharper than "near the old offset".
 */
export interface Whereabouts {
  start: number;
  predicted?: number;
  window?: number;
}

/** Whether folded offset `start` of the new text is far from where the passage should be. */
export function isFar(index: TextIndex, start: number, where?: Whereabouts): boolean {
  if (!where) return false;
  const at = index.offsets[start]!;
  if (where.predicted !== undefined) return Math.abs(at - where.predicted) > (where.window ?? 0);
  return Math.abs(at - where.start) > Math.max(2_000, index.original.length * 0.02);
}
