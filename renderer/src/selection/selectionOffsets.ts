/**
 * The DOM-free half of mapping a selection: from the paragraphs a selection touches and its two
 * ends (already offsets into the first and last paragraph's ORIGINAL text) to what
 * `opinions.create` takes. Kept apart from mapSelection.ts so the rules — an end at the very
 * start of a paragraph selects nothing in it, a start at the very end of one neither — can be
 * tested without a browser.
 */
import type { SelectionInput } from '../api/contract';

export interface SelectedParagraph {
  id: string;
  /** The length of the paragraph's original text. */
  length: number;
}

/**
 * `paragraphs` are the paragraphs the selection intersects, in reading order. `start` is the
 * offset in the first, or null when the selection starts before it (a heading); `end` the offset
 * in the last, or null when it ends after it. Null when nothing of the text is selected.
 */
export function selectionOffsets(paragraphs: readonly SelectedParagraph[], start: number | null, end: number | null): SelectionInput | null {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return null;
  let startIndex = 0;
  let startAt = first;
  let startOffset = Math.max(0, Math.min(start ?? 0, first.length));
  let endIndex = paragraphs.length - 1;
  let endAt = last;
  let endOffset = Math.max(0, Math.min(end ?? last.length, last.length));

  // A selection that ends at the very start of a paragraph does not select anything in it.
  if (endOffset === 0 && paragraphs.length > 1) {
    endIndex -= 1;
    endAt = paragraphs[endIndex] as SelectedParagraph;
    endOffset = endAt.length;
  }
  // Nor does one that starts at the very end of a paragraph.
  if (startOffset >= first.length && paragraphs.length > 1) {
    startIndex = 1;
    startAt = paragraphs[1] as SelectedParagraph;
    startOffset = 0;
  }
  // From the end of one paragraph to the start of the next: only the break between them.
  if (startIndex > endIndex || (startIndex === endIndex && endOffset <= startOffset)) return null;
  return { startParagraphId: startAt.id, startOffset, endParagraphId: endAt.id, endOffset };
}
