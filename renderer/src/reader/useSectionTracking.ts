import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

interface Anchor {
  id: string;
  /** What gets focus: the heading itself, or the bold run-in heading inside a paragraph. */
  target: HTMLElement;
  /** What gets measured and scrolled: the grid row, which has a box even while its content is skipped. */
  row: HTMLElement;
}

interface Pin {
  index: number;
  scrollTop: number;
}

/** Where a heading counts as "current" while reading: within the top fifth of the column. */
const CURRENT_LINE = 0.2;
/** Slack for sub-pixel positions when asking whether a heading sits at the top. */
const EPSILON = 3;

export interface SectionTracking {
  /** Attach to the scrolling report column. */
  column: RefObject<HTMLElement | null>;
  currentId: string | null;
  goTo(sectionId: string): void;
  step(direction: 1 | -1): void;
}

/**
 * Follows the section being read in the scrolling report column and moves between headings.
 *
 * After a jump the chosen section stays current until the reader scrolls: near the end of a report
 * a heading cannot reach the top, and judging by position alone would then mark an earlier one.
 *
 * `contentKey` changes whenever the rendered headings may have (say, a debris line restored);
 * `documentKey` only when another report or version is shown, which starts again at the top.
 */
export function useSectionTracking(contentKey: unknown, documentKey: string): SectionTracking {
  const column = useRef<HTMLElement>(null);
  const anchors = useRef<Anchor[]>([]);
  const pin = useRef<Pin | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);

  const update = useCallback(() => {
    const element = column.current;
    if (!element) return;
    const index = pinnedIndex(element, pin) ?? lastAnchorAbove(element, anchors.current, element.clientHeight * CURRENT_LINE);
    setCurrentId(index >= 0 ? (anchors.current[index]?.id ?? null) : null);
  }, []);

  useLayoutEffect(() => {
    const element = column.current;
    if (!element) return;
    element.scrollTo(0, 0);
    // So Space, Page Down and the arrow keys scroll the report at once, unless the reader is
    // busy in another control.
    if (document.activeElement === document.body && element.offsetParent !== null) element.focus({ preventScroll: true });
  }, [documentKey]);

  useLayoutEffect(() => {
    pin.current = null;
    anchors.current = column.current ? collectAnchors(column.current) : [];
    update();
  }, [contentKey, update]);

  useEffect(() => {
    const element = column.current;
    if (!element) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [update]);

  const jump = useCallback((index: number) => {
    const element = column.current;
    const anchor = anchors.current[index];
    if (!element || !anchor) return;
    anchor.row.scrollIntoView({ block: 'start' });
    anchor.target.focus({ preventScroll: true });
    pin.current = { index, scrollTop: element.scrollTop };
    setCurrentId(anchor.id);
    // Rows skipped by content-visibility are laid out at an estimated height; once the rows
    // around the target render at their real height it can drift, so align once more.
    requestAnimationFrame(() => {
      if (pin.current?.index !== index) return;
      anchor.row.scrollIntoView({ block: 'start' });
      pin.current = { index, scrollTop: element.scrollTop };
    });
  }, []);

  const goTo = useCallback(
    (sectionId: string) => {
      const index = anchors.current.findIndex((anchor) => anchor.id === sectionId);
      if (index >= 0) jump(index);
    },
    [jump],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const element = column.current;
      const list = anchors.current;
      if (!element || list.length === 0) return;
      const pinned = pinnedIndex(element, pin);
      const margin = anchorMargin(element);
      let index: number;
      if (pinned !== null) index = pinned + direction;
      // Next: the first heading below the one aligned at the top.
      else if (direction === 1) index = lastAnchorAbove(element, list, margin + EPSILON) + 1;
      // Previous: the last heading strictly above the top, i.e. the start of the section being read.
      else index = lastAnchorAbove(element, list, margin - EPSILON);
      jump(Math.max(0, Math.min(list.length - 1, index)));
    },
    [jump],
  );

  return { column, currentId, goTo, step };
}

function collectAnchors(element: HTMLElement): Anchor[] {
  return Array.from(element.querySelectorAll<HTMLElement>('.section-anchor')).map((target) => ({
    id: target.dataset.sectionId ?? '',
    target,
    row: target.closest<HTMLElement>('.row') ?? target,
  }));
}

/** The pinned heading, if the column has not scrolled since the jump that pinned it. */
function pinnedIndex(element: HTMLElement, pin: RefObject<Pin | null>): number | null {
  const current = pin.current;
  if (current && Math.abs(element.scrollTop - current.scrollTop) <= 1) return current.index;
  pin.current = null;
  return null;
}

/** The last anchor whose row starts at or above `offset` pixels below the column's top, or -1. */
function lastAnchorAbove(element: HTMLElement, list: Anchor[], offset: number): number {
  const limit = element.getBoundingClientRect().top + element.clientTop + offset;
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as Anchor).row.getBoundingClientRect().top <= limit) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The `--anchor-margin` the stylesheet gives headings as scroll margin. */
function anchorMargin(element: HTMLElement): number {
  return parseFloat(getComputedStyle(element).getPropertyValue('--anchor-margin')) || 0;
}
