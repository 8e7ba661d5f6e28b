/**
 * Re-anchoring between two plain texts (the `shenyi reanchor` command): anchors given as
 * offsets into the old text's quote and context, found again in the new text.
 */
import type { AnchorStatus } from '../model/opinion';
import { CONTEXT_CHARS } from './create-anchor';
import { firstMatch, settleByDrift, type Retries } from './settle';
import type { QuoteMatch } from './match-quote';
import { OriginalText } from './original-text';
import { QuoteSearch } from './quote-search';
import { buildTextIndex } from './text-index';

export interface TextAnchor {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface TextResolution {
  id: string;
  status: AnchorStatus;
  start: number | null;
  end: number | null;
  matched: string | null;
  score: number;
  candidates?: { start: number; end: number }[];
}

export function reanchorText(oldText: string, newText: string, anchors: TextAnchor[]): TextResolution[] {
  const index = buildTextIndex(newText);
  // Context left out of the anchor file is read from the old text, where the offsets point.
  const prepared = anchors.map((given) => ({
    ...given,
    prefix: given.prefix || oldText.slice(Math.max(0, given.start - CONTEXT_CHARS), given.start),
    suffix: given.suffix || oldText.slice(given.end, given.end + CONTEXT_CHARS),
  }));
  const original = new OriginalText(oldText);
  const retries: Retries = new Map();
  const matches: QuoteMatch[] = prepared.map((anchor, i) => {
    // Unchanged place, unchanged words, unchanged context: nothing to search.
    if (
      newText.slice(anchor.start, anchor.end) === anchor.exact &&
      newText.slice(anchor.start - anchor.prefix.length, anchor.start) === anchor.prefix &&
      newText.slice(anchor.end, anchor.end + anchor.suffix.length) === anchor.suffix
    ) {
      return { status: 'exact', score: 1, start: anchor.start, end: anchor.end };
    }
    return firstMatch(new QuoteSearch(index, anchor, { text: original, start: anchor.start, end: anchor.end }), anchor, i, retries);
  });
  settleByDrift(index, prepared, matches, retries);
  return matches.map((match, i) => {
    const placed = match.start !== undefined && match.end !== undefined;
    return {
      id: anchors[i]!.id,
      status: match.status,
      start: placed ? match.start! : null,
      end: placed ? match.end! : null,
      matched: placed ? newText.slice(match.start, match.end) : null,
      score: match.score,
      ...(match.candidates ? { candidates: match.candidates } : {}),
    };
  });
}
