/**
 * One quote made ready to search one text: folded once, and each search of the text (the
 * exact copies of its words, its near-matches) run at most once. The matching rules ask for
 * near-matches from several places, and the second pass (settle.ts) asks everything again
 * for the anchors it retries; a megabyte-sized text makes each search worth keeping.
 */
import type { QuoteSelector } from '../model/opinion';
import { foldCompactText } from './fold';
import { findNearMatches, type Candidate } from './near-matches';
import { findAll, type TextIndex } from './text-index';

/** Context characters kept either side, folded. */
const CONTEXT = 32;
/** Exact copies looked at, at most. */
const MAX_EXACT = 5_000;

/** An exact copy of the quote's words in the folded text, with how much of its context agrees. */
export interface ExactPlace {
  start: number;
  end: number;
  /** Context characters that agree, before and after together. */
  context: number;
  /** The longer of the two runs. */
  longest: number;
}

export class QuoteSearch {
  /** The quote's words and context, folded with whitespace dropped like the indexed text. */
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  private exactFound?: ExactPlace[];
  private nearFound?: Candidate[];

  constructor(
    readonly index: TextIndex,
    quote: QuoteSelector,
  ) {
    // Folding maps each character on its own, so the parts fold apart as they would together.
    this.exact = foldCompactText(quote.exact);
    this.prefix = foldCompactText(quote.prefix).slice(-CONTEXT);
    this.suffix = foldCompactText(quote.suffix).slice(0, CONTEXT);
  }

  /** Where the quote's words occur exactly in the folded text, most context first, then in text order. */
  exactPlaces(): ExactPlace[] {
    if (this.exactFound) return this.exactFound;
    const places = findAll(this.index, this.exact, MAX_EXACT).map((start) => {
      const end = start + this.exact.length;
      const { before, after } = this.contextAt(start, end);
      return { start, end, context: before + after, longest: Math.max(before, after) };
    });
    // Most quotes occur once, and sorting even one element copies the array.
    if (places.length > 1) places.sort((a, b) => b.context - a.context || a.start - b.start);
    this.exactFound = places;
    return places;
  }

  /** Near-matches that pass the acceptance rules, best first, one per place. */
  nearMatches(): Candidate[] {
    this.nearFound ??= findNearMatches(this);
    return this.nearFound;
  }

  /** How many characters of context agree right before [start, end) of the folded text, and right after. */
  contextAt(start: number, end: number): { before: number; after: number } {
    const { folded } = this.index;
    const { prefix, suffix } = this;
    let before = 0;
    while (before < prefix.length && before < start && prefix.charCodeAt(prefix.length - 1 - before) === folded.charCodeAt(start - 1 - before)) before++;
    let after = 0;
    while (after < suffix.length && end + after < folded.length && suffix.charCodeAt(after) === folded.charCodeAt(end + after)) after++;
    return { before, after };
  }
}
