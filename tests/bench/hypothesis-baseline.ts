/**
 * A baseline for the re-anchoring bench, written after the algorithm of the Hypothesis client
 * (hypothesis/client, src/annotator/anchoring/html.ts and match-quote.ts), not copied from it:
 *
 * 1. TextPositionSelector: if the words at the old offsets are the quote, take them (the
 *    client checks only the quote there, not its context).
 * 2. TextQuoteSelector: exact occurrences of the quote (indexOf) if there are any, else the
 *    lowest-error matches of approx-string-match's `search(text, quote, maxErrors)` with
 *    maxErrors = min(256, quote.length / 2); each candidate is scored by quote similarity
 *    (weight 50), prefix similarity (20), suffix similarity (20) and closeness to the old
 *    position (2), and the best is taken. No candidate: orphan.
 *
 * Hypothesis matches the DOM's text as it is (no folding of width, script or quote marks);
 * here it searches the plain revised text the same way.
 */
import approxSearch from 'approx-string-match';
import type { TextAnchor, TextResolution } from '../../main/anchoring/reanchor-text';

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function candidates(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

/** 1 - errors / length of the best approximate occurrence of `pattern` in `text` (0 for empty). */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const best = candidates(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

export interface BaselineMatch {
  start: number;
  end: number;
  errors: number;
  score: number;
}

/** The best-scoring place for a quote, or null when nothing is within maxErrors. */
export function matchQuoteBaseline(text: string, quote: string, context: { prefix: string; suffix: string; hint: number }): BaselineMatch | null {
  if (quote.length === 0) return null;
  const found = candidates(text, quote, Math.min(256, quote.length / 2));
  let best: BaselineMatch | null = null;
  for (const match of found) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix ? similarity(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix) : 1;
    const suffixScore = context.suffix ? similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1;
    const positionScore = 1 - Math.abs(match.start - context.hint) / text.length;
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / MAX_SCORE;
    if (!best || score > best.score) best = { ...match, score };
  }
  return best;
}

/** The baseline over a list of anchors, in the shape `reanchorText` returns (so `score` applies). */
export function reanchorBaseline(newText: string, anchors: TextAnchor[]): TextResolution[] {
  return anchors.map((anchor) => {
    if (newText.slice(anchor.start, anchor.end) === anchor.exact) {
      return { id: anchor.id, status: 'exact', start: anchor.start, end: anchor.end, matched: anchor.exact, score: 1 };
    }
    const match = matchQuoteBaseline(newText, anchor.exact, { prefix: anchor.prefix, suffix: anchor.suffix, hint: anchor.start });
    if (!match) return { id: anchor.id, status: 'orphan', start: null, end: null, matched: null, score: 0 };
    const status = match.errors > 0 ? 'fuzzy' : match.start === anchor.start ? 'exact' : 'moved';
    return { id: anchor.id, status, start: match.start, end: match.end, matched: newText.slice(match.start, match.end), score: match.score };
  });
}
