/** Small string measures for quote matching. */

/** Length of the common run at the start of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
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
 * characters in the middle to compare, so this is cheap exactly where it is used most. What is
 * left is compared with Myers' bit-vector method (one machine word for 32 rows of the table),
 * since a look-alike sentence elsewhere leaves the whole middle to compare.
 */
export function editDistance(a: string, b: string): number {
  const head = commonPrefix(a, b);
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  return x.length <= y.length ? myersDistance(x, y) : myersDistance(y, x);
}

// Scratch for myersDistance, reused across the thousands of calls of a run. `rowOf[code]` is
// the mask row of a code unit of the pattern, valid while `stampOf[code]` is the call's stamp.
const rowOf = new Int32Array(0x10000);
const stampOf = new Int32Array(0x10000);
let stamp = 0;
let masks = new Int32Array(256);
let positive = new Int32Array(8);
let negative = new Int32Array(8);

/**
 * Myers (1999), in blocks of 32 rows as in edlib: `pattern` down the side, `text` across.
 * Each column is one pass over the blocks; a block hands the horizontal difference at its
 * last row to the block below. Exact, like the full table.
 */
function myersDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const blocks = (m + 31) >>> 5;
  if (++stamp === 0x7fffffff) {
    stampOf.fill(0);
    stamp = 1;
  }
  if (masks.length < m * blocks) masks = new Int32Array(m * blocks * 2);
  if (positive.length < blocks) {
    positive = new Int32Array(blocks * 2);
    negative = new Int32Array(blocks * 2);
  }
  // One mask per distinct character: bit i of block k is set where pattern[32k + i] is it.
  let rows = 0;
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    if (stampOf[code] !== stamp) {
      stampOf[code] = stamp;
      rowOf[code] = rows * blocks;
      masks.fill(0, rows * blocks, (rows + 1) * blocks);
      rows++;
    }
    masks[rowOf[code]! + (i >>> 5)]! |= 1 << (i & 31);
  }
  positive.fill(-1, 0, blocks);
  negative.fill(0, 0, blocks);
  const lastBit = (m - 1) & 31;
  let distance = m;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const row = stampOf[code] === stamp ? rowOf[code]! : -1;
    // The top row of the table grows by one a column: the first block's difference from above.
    let carry = 1;
    for (let k = 0; k < blocks; k++) {
      let eq = row >= 0 ? masks[row + k]! : 0;
      const pv = positive[k]!;
      const mv = negative[k]!;
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const bit = k === blocks - 1 ? lastBit : 31;
      const out = ((ph >>> bit) & 1) - ((mh >>> bit) & 1);
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      positive[k] = mh | ~(xv | ph);
      negative[k] = ph & xv;
      carry = out;
    }
    distance += carry;
  }
  return distance;
}
