/**
 * The text an anchor was made on, consulted only to learn whether the anchor's words stood in
 * more than one place of it, and how well each other place's surroundings matched the
 * anchor's own context. A quote that was not unique there cannot be recognised by its words
 * alone in another version (other-copies.ts). Indexed on first use: a run whose quotes are all
 * found with their context intact never asks.
 */
import { agreementAt, type Agreement } from './context-agreement';
import { buildTextIndex, findAll, type TextIndex } from './text-index';

/** Copies of a quote looked at, at most: past this the words say nothing about a place. */
const MAX_COPIES = 5_000;

/** A quote made ready to search (quote-search.ts): folded words and context. */
export interface FoldedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export class OriginalText {
  private indexed?: TextIndex;

  constructor(readonly text: string) {}

  private get index(): TextIndex {
    this.indexed ??= buildTextIndex(this.text);
    return this.indexed;
  }

  /**
   * Where the OTHER copies of the quote's words stand in this text (folded offsets); `start`/`end`
   * are the anchor's own offsets here. Null when its own copy is not among them (offsets that do
   * not fit this text): then nothing is known.
   */
  otherCopies(quote: FoldedQuote, start: number, end: number): number[] | null {
    const { index } = this;
    const m = quote.exact.length;
    const copies = findAll(index, quote.exact, MAX_COPIES);
    const own = copies.findIndex((at) => index.offsets[at]! < end && index.offsets[at + m - 1]! >= start);
    if (own === -1) return null;
    copies.splice(own, 1);
    return copies;
  }

  /** The offset in this text of folded offset `at`. */
  originalOffset(at: number): number {
    return this.index.offsets[at]!;
  }

  /** How well the quote's context agrees with the surroundings of its words at folded offset `at`. */
  agreementAt(quote: FoldedQuote, at: number): Agreement {
    return agreementAt(this.index.folded, quote.prefix, quote.suffix, at, at + quote.exact.length);
  }
}
