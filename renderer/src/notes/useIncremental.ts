import { useEffect, useState } from 'react';

/**
 * Long lists (the notes list, the folded margin) render a first page and grow as their end
 * scrolls into view, so 10,000 opinions never become 10,000 elements at once. Render the first
 * `count` items and, while more remain, put the returned `sentinel` ref on an element after
 * them. `mustInclude` (an index, or -1) is always within the rendered part: a note asked for
 * from elsewhere is shown even when it lies far down.
 */
export function useIncremental(
  total: number,
  { initial, step, mustInclude = -1, resetKey }: { initial: number; step: number; mustInclude?: number; resetKey?: unknown },
): { count: number; sentinel: (element: HTMLElement | null) => void } {
  const [limit, setLimit] = useState(initial);
  const [seenKey, setSeenKey] = useState(resetKey);
  const [element, setElement] = useState<HTMLElement | null>(null);
  // A new filter starts again from the first page.
  if (resetKey !== seenKey) {
    setSeenKey(resetKey);
    setLimit(initial);
  }
  const count = Math.min(total, Math.max(limit, mustInclude + 1));

  useEffect(() => {
    if (!element || count >= total || typeof IntersectionObserver === 'undefined') return;
    // Observed afresh after every page: a sentinel still in view after growing reports again.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setLimit(count + step);
      },
      { root: element.closest('.side-panel-body, .report-scroll'), rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, count, total, step]);

  return { count, sentinel: setElement };
}
