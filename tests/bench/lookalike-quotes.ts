/**
 * The duplicated-short-quote trap, on the look-alike corpus: quotes of 6-12 characters that
 * stand in two or more places, the copy a reader selected edited (one character inserted
 * inside it; revision.ts lookalikeQuoteCases), among other passages left as they were. Scored
 * on the trap's anchors only: "on another copy" is a placement on one of the quote's other
 * copies, the silent wrong placement anchoring must never make. Ours and the Hypothesis-style
 * baseline on the same anchors.
 */
import { reanchorText, type TextResolution } from '../../main/anchoring/reanchor-text';
import { applyEdits, lookalikeQuoteCases, mapOffset, random, sampleAnchors, score, truthOf, type LookalikeCase, type Score } from '../unit/anchoring/revision';
import { reanchorBaseline } from './hypothesis-baseline';

export interface LookalikeSide {
  ms: number;
  score: Omit<Score, 'wrongIds'>;
  onOtherCopy: number;
  statuses: Record<string, number>;
}

export interface LookalikeQuotesResult {
  cases: number;
  /** Copies of the quote, the selected one included, on average. */
  copies: number;
  /** Other anchors resolved with them (not scored here). */
  neighbours: number;
  ours: LookalikeSide;
  baseline: LookalikeSide;
}

function side(cases: LookalikeCase[], edits: Parameters<typeof mapOffset>[0], results: TextResolution[], revised: string, ms: number): LookalikeSide {
  const anchors = cases.map((c) => c.anchor);
  const { wrongIds: _wrongIds, ...s } = score(anchors, anchors.map((a) => truthOf(edits, a)), results, revised);
  const onOtherCopy = cases.filter((c, i) => {
    const got = results[i]!;
    return got.start !== null && c.others.some((at) => got.start! < mapOffset(edits, at, 'start') + c.anchor.exact.length && mapOffset(edits, at, 'start') < got.end!);
  }).length;
  const statuses: Record<string, number> = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return { ms, score: s, onOtherCopy, statuses };
}

export function lookalikeQuotes(old: string, count: number, neighbours: number): LookalikeQuotesResult {
  const rng = random(20260314);
  const { cases, edits } = lookalikeQuoteCases(old, count, rng);
  const revised = applyEdits(old, edits);
  const anchors = [...cases.map((c) => c.anchor), ...sampleAnchors(old, neighbours, rng)];
  let start = performance.now();
  const ours = reanchorText(old, revised, anchors).slice(0, cases.length);
  const oursMs = performance.now() - start;
  start = performance.now();
  const baseline = reanchorBaseline(revised, cases.map((c) => c.anchor));
  const baselineMs = performance.now() - start;
  return {
    cases: cases.length,
    copies: cases.reduce((sum, c) => sum + c.others.length + 1, 0) / cases.length,
    neighbours,
    ours: side(cases, edits, ours, revised, oursMs),
    baseline: side(cases, edits, baseline, revised, baselineMs),
  };
}
