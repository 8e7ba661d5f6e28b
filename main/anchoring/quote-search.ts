/**
 * One quote made ready to search one text: folded once, and each search of the text (the
 * exact copies of its words, its near-matches) run at most once. The matching rules ask for
 * near-matches from several places, and the second pass (settle.ts) asks everything again
 * for the anchors it retries; a megabyte-sized text makes each search worth keeping.
 */
import type { QuoteSelector } from '../model/opinion';
import { agreementAt, type Agreement } from './context-agreement';
import { foldCompactText } from './fold';
import { findNearMatches, type Candidate } from './near-matches';
import type { OriginalText } from './original-text';
import { findAll, type TextIndex } from './text-index';

/** Context characters kept either side, folded. */
const CONTEXT = 32;
/** Exact copies looked at, at most. */
const MAX_EXACT = 5_000;

/** An exact copy of the quote's words in the folded text, with how much of its context agrees. */
export interface ExactPlace extends Agreement {
  start: number;
  end: number;
  /** Context characters that agree, before and after together (`before` + `after`). */
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
  private copiesFound?: number[] | null;

  /** `origin`: the text the anchor was made on, with the anchor's offsets in it, when at hand. */
  constructor(
    readonly index: TextIndex,
    quote: QuoteSelector,
    private readonly origin?: { text: OriginalText; start: number; end: number },
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
      return { start, end, before, after, context: before + after, longest: Math.max(before, after) };
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

  /** Whether the text the anchor was made on is at hand. */
  get hasOrigin(): boolean {
    return this.origin !== undefined;
  }

  /**
   * Where the other copies of the quote's words stood in the text the anchor was made on (none:
   * the quote was unique there); null when that text is not at hand or the anchor's offsets do
   * not fit it.
   */
  otherCopies(): number[] | null {
    if (this.copiesFound === undefined) this.copiesFound = this.origin ? this.origin.text.otherCopies(this, this.origin.start, this.origin.end) : null;
    return this.copiesFound;
  }

  /** The offset in the text the anchor was made on of folded offset `at` there. */
  originalOffset(at: number): number {
    return this.origin!.text.originalOffset(at);
  }

  /** How well the context agreed with the words' surroundings at each of `copies` in the text the anchor was made on. */
  agreementsInOrigin(copies: number[]): Agreement[] {
    return copies.map((at) => this.origin!.text.agreementAt(this, at));
  }

  /** How many characters of context agree right before [start, end) of the folded text, and right after. */
  contextAt(start: number, end: number): Agreement {
    return agreementAt(this.index.folded, this.prefix, this.suffix, start, end);
  }
}
