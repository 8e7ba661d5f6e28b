/**
 * What a delegate proposes, as a set of bigrams to compare. The quoted 原文 is what every opinion
 * on a passage shares, so comparing whole texts pairs different proposals on the same quote (the
 * quote dominates); here it is taken away:
 * - a suggestion is its change: the words between what the 原文 and the proposed text share at
 *   their start and end — the bigrams of the words added, or for a pure deletion those of the
 *   words taken away (flagged, so "删去X" never equals "增加X"). How much of the sentence around
 *   the change a delegate selected then no longer matters;
 * - a comment that spells a change out (将“A”改为“B”…) is that change (implied-suggestion.ts);
 * - any other comment or note is its body without the quote, the quote's bigrams and the stock phrases.
 * Text is folded first (width, quote marks, 繁/简), and punctuation and spaces are dropped.
 */
import { foldText } from '../anchoring/fold';
import { bigrams, difference, REMOVED } from './bigrams';
import type { DeskOpinion } from './desk-opinion';
import { impliedSuggestion } from './implied-suggestion';
import { withoutStockPhrases } from './stock-phrases';

const NOT_WORDS = /[\s\p{P}\p{S}]+/gu;

const clean = (text: string) => withoutStockPhrases(foldText(text)).replace(NOT_WORDS, '');

/** The code points between the common start and the common end of two texts. */
function changedMiddle(before: string, after: string): { removed: string; added: string } {
  const a = Array.from(before);
  const b = Array.from(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end).join(''), added: b.slice(start, b.length - end).join('') };
}

export function proposalSignature(opinion: Pick<DeskOpinion, 'bodyText' | 'suggestion' | 'quote'>): Float64Array {
  const suggestion = opinion.suggestion ?? impliedSuggestion(opinion.bodyText);
  if (suggestion && (suggestion.proposed !== '' || suggestion.original !== '')) {
    const { removed, added } = changedMiddle(clean(suggestion.original), clean(suggestion.proposed));
    // What is taken away counts only for a pure deletion: two rewrites of one clause take away
    // the same words, and would look alike for it.
    return added !== '' ? bigrams(added) : bigrams(removed).map((value) => value + REMOVED);
  }
  const quote = opinion.quote ?? '';
  const quoteText = clean(quote);
  let body = foldText(opinion.bodyText);
  if (quote !== '') body = body.split(foldText(quote)).join(' ');
  const words = bigrams(clean(body));
  return quoteText.length >= 2 ? difference(words, bigrams(quoteText)) : words;
}
