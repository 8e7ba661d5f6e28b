/**
 * The second pass of re-anchoring: anchors left ambiguous (or orphaned with a candidate) are
 * tried again with their place predicted from the drift of the anchors placed for certain in
 * the first pass. A prediction only ever settles a choice between places already found.
 */
import { DriftMap } from './drift';
import { matchQuote, unsettled, type QuoteMatch } from './match-quote';
import type { Whereabouts } from './whereabouts';
import type { QuoteSearch } from './quote-search';
import type { TextIndex } from './text-index';

const CERTAIN = new Set(['exact', 'moved']);

/** The first pass's searches of the anchors it left unsettled, by anchor number. */
export type Retries = Map<number, QuoteSearch>;

/**
 * A first-pass match of anchor `i`. Its search (the folded quote, the places found) is kept
 * for the second pass only when the match is unsettled; the thousands of others are let go at
 * once and die young, instead of living to the end of the run.
 */
export function firstMatch(search: QuoteSearch, where: Whereabouts, i: number, retries: Retries): QuoteMatch {
  const match = matchQuote(search, where);
  if (unsettled(match)) retries.set(i, search);
  return match;
}

/** `anchors` are the old offsets; an unsettled match is retried with the search kept in `retries`. */
export function settleByDrift(index: TextIndex, anchors: { start: number; end: number }[], matches: QuoteMatch[], retries: Retries): void {
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
    const search = retries.get(i);
    const where = drift.predict(anchor.start, anchor.end - anchor.start);
    if (search && where) matches[i] = matchQuote(search, where);
  });
}
