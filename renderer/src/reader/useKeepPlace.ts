import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

interface Place {
  paragraphId: string;
  /** How far down the paragraph the top of the view was, as a fraction of its height. */
  fraction: number;
}

const ROWS = '[data-testid="paragraph"][data-paragraph-id]';

/**
 * The paragraph at the top of the column's view, and how far into it the view starts. Rows lie
 * in document order, so their bottoms only grow: a binary search reads a dozen boxes, not 3,000.
 */
function placeAtTop(column: HTMLElement): Place | null {
  const top = column.getBoundingClientRect().top + 1;
  const rows = column.querySelectorAll<HTMLElement>(ROWS);
  let low = 0;
  let high = rows.length - 1;
  if (high < 0) return null;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle]!.getBoundingClientRect().bottom <= top) low = middle + 1;
    else high = middle;
  }
  const row = rows[low]!;
  const box = row.getBoundingClientRect();
  // Above the first paragraph (the title is in view): nothing above it to hold on to.
  if (box.top > top) return low === 0 ? null : { paragraphId: row.dataset.paragraphId!, fraction: 0 };
  const fraction = box.height > 0 ? Math.min(1, Math.max(0, (top - 1 - box.top) / box.height)) : 0;
  return { paragraphId: row.dataset.paragraphId!, fraction };
}

function restore(column: HTMLElement, place: Place): void {
  const row = column.querySelector<HTMLElement>(`[data-testid="paragraph"][data-paragraph-id="${CSS.escape(place.paragraphId)}"]`);
  if (!row) return;
  const box = row.getBoundingClientRect();
  column.scrollTop += box.top + place.fraction * box.height - column.getBoundingClientRect().top;
}

/**
 * Keeps the paragraph the reader was at on top of the view when the text changes size (A−/A+):
 * every row above it grows or shrinks, and the browser's scroll anchoring cannot hold it, since
 * rows off screen (content-visibility) only learn their new height once laid out. The place is
 * read as the reader scrolls, put back once the new size is laid out, and again a frame later
 * when the rows that came into view have their real heights.
 */
export function useKeepPlace(column: RefObject<HTMLElement | null>, size: number): void {
  const place = useRef<Place | null>(null);
  const restoring = useRef(false);
  const first = useRef(true);

  useEffect(() => {
    const element = column.current;
    if (!element) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      if (!restoring.current) place.current = placeAtTop(element);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    read();
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [column]);

  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const element = column.current;
    const kept = place.current;
    if (!element || !kept) return;
    restoring.current = true;
    restore(element, kept);
    const frame = requestAnimationFrame(() => {
      restore(element, kept);
      restoring.current = false;
    });
    return () => {
      cancelAnimationFrame(frame);
      restoring.current = false;
    };
  }, [column, size]);
}
