/**
 * Turns a quote typed on the command line into a selection in a report version: the Nth
 * place it occurs in the reading text. Both sides are folded (繁/简, widths, quote marks), so
 * a quote typed in Simplified finds Traditional text; the anchor then holds the report's own
 * words. A quote that occurs more than once must be told which occurrence is meant: picking
 * the first silently is how a note ends up on the wrong sentence.
 */
import { DomainError } from '../model/errors';
import { foldText } from './fold';
import { toParagraphRanges, type ReadingText } from './reading-text';
import type { Selection } from './create-anchor';

/** Reading-text offsets of every place the quote starts (overlapping places count). */
export function quoteOccurrences(reading: ReadingText, quote: string): number[] {
  const text = foldText(reading.text);
  const needle = foldText(quote);
  const starts: number[] = [];
  if (needle.trim() === '') return starts;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/** `occurrence` is 1-based; undefined means "the only one". */
export function selectQuote(reading: ReadingText, quote: string, occurrence: number | undefined, where: string): Selection {
  const starts = quoteOccurrences(reading, quote);
  const shown = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
  if (starts.length === 0) throw new DomainError('not-found', `"${shown}" is not in ${where}`);
  if (occurrence === undefined && starts.length > 1) {
    throw new DomainError('invalid-input', `"${shown}" occurs ${starts.length} times in ${where}; say which with --occurrence 1..${starts.length}`);
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) throw new DomainError('invalid-input', `"${shown}" occurs only ${starts.length} time${starts.length === 1 ? '' : 's'} in ${where}`);
  const ranges = toParagraphRanges(reading, start, start + quote.length);
  const first = ranges[0]!;
  const last = ranges[ranges.length - 1]!;
  return { startParagraphId: first.paragraphId, startOffset: first.start, endParagraphId: last.paragraphId, endOffset: last.end };
}
