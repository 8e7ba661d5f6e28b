/** Small string measures for quote matching. */

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

/**
 * Levenshtein distance between two strings, after their common head and tail are set aside
 * (which never changes the distance): a quote edited in one or two places leaves only a few
 * characters in the middle to compare, so this is cheap exactly where it is used most.
 */
export function editDistance(a: string, b: string): number {
  const head = commonPrefix(a, b);
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    const c = x.charCodeAt(i - 1);
    for (let j = 1; j <= y.length; j++) {
      const substitute = previous[j - 1]! + (y.charCodeAt(j - 1) === c ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}
