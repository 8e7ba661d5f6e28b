/**
 * Makes a passage anchor from a selection in the reading view: the quote with its context
 * (W3C TextQuoteSelector), the reading and source positions (TextPositionSelector), and the
 * paragraph ids and path the selection starts in.
 */
import type { PassageAnchor } from '../model/opinion';
import { DomainError } from '../model/errors';
import { sourceOffset, type ReadingText } from './reading-text';

/** Context kept either side of a quote: enough to tell apart look-alike sentences. */
export const CONTEXT_CHARS = 32;

export interface Selection {
  startParagraphId: string;
  startOffset: number;
  endParagraphId: string;
  endOffset: number;
}

/** A selection as [start, end) in the reading text; refused when it is not a range of words there. */
export function selectionRange(reading: ReadingText, selection: Selection): { start: number; end: number } {
  const first = reading.byId.get(selection.startParagraphId);
  const last = reading.byId.get(selection.endParagraphId);
  if (!first || !last) throw new DomainError('not-found', 'The selected paragraph is not in this version of the report');
  if (selection.startOffset > first.paragraph.text.length || selection.endOffset > last.paragraph.text.length) {
    throw new DomainError('invalid-input', 'The selection runs past the end of its paragraph');
  }
  const start = first.start + selection.startOffset;
  const end = last.start + selection.endOffset;
  if (end <= start) throw new DomainError('invalid-input', 'The selection is empty');
  if (reading.text.slice(start, end).trim() === '') throw new DomainError('invalid-input', 'The selection holds only blank space');
  return { start, end };
}

export function createPassageAnchor(versionId: string, reading: ReadingText, selection: Selection): PassageAnchor {
  const { start, end } = selectionRange(reading, selection);
  const first = reading.byId.get(selection.startParagraphId)!;
  const last = reading.byId.get(selection.endParagraphId)!;
  const exact = reading.text.slice(start, end);
  return {
    versionId,
    startParagraphId: first.id,
    startOffset: selection.startOffset,
    endParagraphId: last.id,
    endOffset: selection.endOffset,
    path: first.paragraph.path,
    quote: {
      exact,
      prefix: reading.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: reading.text.slice(end, end + CONTEXT_CHARS),
    },
    reading: { start, end },
    source: {
      start: sourceOffset(first.paragraph, selection.startOffset, false),
      end: sourceOffset(last.paragraph, selection.endOffset, true),
    },
  };
}
