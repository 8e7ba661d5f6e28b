/**
 * Finds passage anchors in one version of a report. Cheap certainties first — the same words
 * at the same reading offsets, or the same paragraph (ids are content hashes) still holding
 * them — then the quote search of match-quote.ts for everything else.
 */
import type { AnchorResolution, PassageAnchor } from '../model/opinion';
import { matchQuote } from './match-quote';
import { toParagraphRanges, type ReadingText } from './reading-text';
import { buildTextIndex, type TextIndex } from './text-index';

function placed(reading: ReadingText, status: AnchorResolution['status'], score: number, start: number, end: number): AnchorResolution {
  return { status, score, start, end, matched: reading.text.slice(start, end), ranges: toParagraphRanges(reading, start, end) };
}

function byParagraphs(reading: ReadingText, anchor: PassageAnchor): { start: number; end: number } | null {
  const first = reading.byId.get(anchor.startParagraphId);
  const last = reading.byId.get(anchor.endParagraphId);
  if (!first || !last) return null;
  const start = first.start + anchor.startOffset;
  const end = last.start + anchor.endOffset;
  return end > start && reading.text.slice(start, end) === anchor.quote.exact ? { start, end } : null;
}

export function resolveAnchors(reading: ReadingText, anchors: PassageAnchor[]): AnchorResolution[] {
  let index: TextIndex | null = null;
  return anchors.map((anchor) => {
    const { start, end } = anchor.reading;
    if (reading.text.slice(start, end) === anchor.quote.exact && byParagraphs(reading, anchor)?.start === start) {
      return placed(reading, 'exact', 1, start, end);
    }
    const sameParagraphs = byParagraphs(reading, anchor);
    if (sameParagraphs) return placed(reading, sameParagraphs.start === start ? 'exact' : 'moved', 1, sameParagraphs.start, sameParagraphs.end);

    index ??= buildTextIndex(reading.text);
    const match = matchQuote(index, anchor.quote, anchor.reading);
    if (match.start !== undefined && match.end !== undefined) return placed(reading, match.status, match.score, match.start, match.end);
    return {
      status: match.status,
      score: match.score,
      ...(match.candidates
        ? { candidates: match.candidates.map((c) => ({ ...c, ranges: toParagraphRanges(reading, c.start, c.end) })) }
        : {}),
    };
  });
}
