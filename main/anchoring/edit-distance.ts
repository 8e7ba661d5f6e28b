/**
 * Approximate matching of a quote inside a window of text: the quote must be matched whole,
 * the window's ends are free (semi-global alignment). Quadratic, so callers keep windows small.
 */

export interface Alignment {
  /** Window-relative [start, end) of the best match. */
  start: number;
  end: number;
  distance: number;
}

export function alignInWindow(pattern: string, window: string): Alignment {
  const m = pattern.length;
  const n = window.length;
  // column[i] = cost of matching pattern[0..i) ending at the current window position.
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  let previousStart = new Int32Array(m + 1);
  let currentStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    previous[i] = i;
    previousStart[i] = 0;
  }
  let best: Alignment = { start: 0, end: 0, distance: m };
  for (let j = 1; j <= n; j++) {
    current[0] = 0;
    currentStart[0] = j;
    const c = window.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = previous[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const insert = previous[i]! + 1;
      const remove = current[i - 1]! + 1;
      if (substitute <= insert && substitute <= remove) {
        current[i] = substitute;
        currentStart[i] = previousStart[i - 1]!;
      } else if (remove <= insert) {
        current[i] = remove;
        currentStart[i] = currentStart[i - 1]!;
      } else {
        current[i] = insert;
        currentStart[i] = previousStart[i]!;
      }
    }
    if (current[m]! < best.distance) best = { start: currentStart[m]!, end: j, distance: current[m]! };
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  return best;
}

/** Length of the common run at the end of `a` and the end of `b`. */
export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the common run at the start of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Share of `a`'s bigrams found in `b` (order-free): a cheap similarity for context. */
export function bigramOverlap(a: string, b: string): number {
  if (a.length < 2) return a === '' ? 0 : b.includes(a) ? 1 : 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 2 <= b.length; i++) {
    const g = b.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let hit = 0;
  for (let i = 0; i + 2 <= a.length; i++) {
    const g = a.slice(i, i + 2);
    const left = grams.get(g) ?? 0;
    if (left > 0) {
      hit++;
      grams.set(g, left - 1);
    }
  }
  return hit / (a.length - 1);
}
