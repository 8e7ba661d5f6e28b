/**
 * Finds passage anchors in one version of a report. Cheap certainties first — the same words
 * at the same reading offsets, or the same paragraph (ids are content hashes) still holding
 * them — then the quote search of match-quote.ts, then a second pass that settles what was
 * left ambiguous by the drift of the anchors placed for certain (settle.ts).
 */
import type { AnchorResolution, PassageAnchor } from '../model/opinion';
import type { QuoteMatch } from './match-quote';
import { OriginalText } from './original-text';
import { QuoteSearch } from './quote-search';
import { toParagraphRanges, type ReadingText } from './reading-text';
import { firstMatch, settleByDrift, type Retries } from './settle';
import { buildTextIndex, type TextIndex } from './text-index';
import { reportProgress } from '../progress/job-progress';

/** Anchors resolved between two progress reports: often enough for a bar, rare enough to cost nothing. */
const PROGRESS_STEP = 64;

function byParagraphs(reading: ReadingText, anchor: PassageAnchor): { start: number; end: number } | null {
  const first = reading.byId.get(anchor.startParagraphId);
  const last = reading.byId.get(anchor.endParagraphId);
  if (!first || !last) return null;
  const start = first.start + anchor.startOffset;
  const end = last.start + anchor.endOffset;
  return end > start && reading.text.slice(start, end) === anchor.quote.exact ? { start, end } : null;
}

function certain(reading: ReadingText, anchor: PassageAnchor): QuoteMatch | null {
  const found = byParagraphs(reading, anchor);
  if (!found) return null;
  return { status: found.start === anchor.reading.start ? 'exact' : 'moved', score: 1, ...found };
}

/**
 * `originOf` gives the reading text of the version an anchor was made in, when the caller has
 * it: only then can a quote that stood in several places there be told from its look-alikes by
 * what surrounded each (match-quote.ts); without it, short quotes are judged more strictly.
 */
export function resolveAnchors(reading: ReadingText, anchors: PassageAnchor[], originOf?: (versionId: string) => string | undefined): AnchorResolution[] {
  let index: TextIndex | null = null;
  const origins = new Map<string, OriginalText | null>();
  const originalText = (versionId: string) => {
    if (!origins.has(versionId)) {
      const text = originOf?.(versionId);
      origins.set(versionId, text === undefined ? null : new OriginalText(text));
    }
    return origins.get(versionId)!;
  };
  const retries: Retries = new Map();
  const matches = anchors.map((anchor, i) => {
    // Re-anchoring a big report is a job: its progress, and the point where a cancel stops it.
    if (i % PROGRESS_STEP === 0) reportProgress(i, anchors.length);
    const known = certain(reading, anchor);
    if (known) return known;
    index ??= buildTextIndex(reading.text);
    const text = originalText(anchor.versionId);
    const origin = text ? { text, start: anchor.reading.start, end: anchor.reading.end } : undefined;
    return firstMatch(new QuoteSearch(index, anchor.quote, origin), anchor.reading, i, retries);
  });
  if (index) settleByDrift(index, anchors.map((anchor) => anchor.reading), matches, retries);

  return matches.map((match) => {
    if (match.start !== undefined && match.end !== undefined) {
      return {
        status: match.status,
        score: match.score,
        start: match.start,
        end: match.end,
        matched: reading.text.slice(match.start, match.end),
        ranges: toParagraphRanges(reading, match.start, match.end),
      };
    }
    return {
      status: match.status,
      score: match.score,
      ...(match.candidates ? { candidates: match.candidates.map((c) => ({ ...c, ranges: toParagraphRanges(reading, c.start, c.end) })) } : {}),
    };
  });
}
