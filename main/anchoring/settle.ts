/**
 * The second pass of re-anchoring: anchors left ambiguous (or orphaned with a candidate) are
 * tried again with their place predicted from the drift of the anchors placed for certain in
 * the first pass. A prediction only ever settles a choice between places already found.
 */
import type { QuoteSelector } from '../model/opinion';
import { DriftMap } from './drift';
import { matchQuote, unsettled, type QuoteMatch } from './match-quote';
import type { TextIndex } from './text-index';

const CERTAIN = new Set(['exact', 'moved']);

export function settleByDrift(index: TextIndex, anchors: (QuoteSelector & { start: number; end: number })[], matches: QuoteMatch[]): void {
  if (!matches.some(unsettled)) return;
  // Drift is learnt only from passages that stayed roughly in place: one that "moved" to the
  // same words far away (a deleted passage whose sentence also stands elsewhere) says nothing
  // about how the text around its old place shifted.
  const limit = Math.max(2_000, index.original.length * 0.02);
  const drift = new DriftMap(
    matches.flatMap((match, i) =>
      CERTAIN.has(match.status) && match.start !== undefined && Math.abs(match.start - anchors[i]!.start) <= limit
        ? [{ oldStart: anchors[i]!.start, newStart: match.start }]
        : [],
    ),
  );
  matches.forEach((match, i) => {
    if (!unsettled(match)) return;
    const anchor = anchors[i]!;
    const where = drift.predict(anchor.start, anchor.end - anchor.start);
    if (where) matches[i] = matchQuote(index, anchor, where);
  });
}
