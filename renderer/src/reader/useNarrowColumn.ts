import { useEffect, type RefObject } from 'react';

/**
 * Below this width of the report column the text and a margin of notes no longer both fit
 * (about a 900 px window with the outline beside it), and the margin folds into the notes panel.
 */
export const NARROW_COLUMN_PX = 760;

export function useNarrowColumn(column: RefObject<HTMLElement | null>, onNarrow: (narrow: boolean) => void): void {
  useEffect(() => {
    const element = column.current;
    if (!element) return;
    const check = () => {
      // A hidden reader (the library is showing) measures 0: keep the last answer.
      if (element.clientWidth > 0) onNarrow(element.clientWidth < NARROW_COLUMN_PX);
    };
    const observer = new ResizeObserver(check);
    observer.observe(element);
    check();
    return () => observer.disconnect();
  }, [column, onNarrow]);
}
