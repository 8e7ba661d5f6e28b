/**
 * How alike two paragraphs read: the Dice coefficient of their character bigrams (as multisets).
 * Bigrams, not single characters, because every paragraph of a report shares the same common
 * characters (的, 发展, 推进…); a reworded paragraph keeps most of its bigrams, a neighbour does not.
 * Single characters are offset below every bigram, so a short line never matches a long one's bigrams.
 */
export type Bigrams = Float64Array;

const KEY_RANGE = 0x110000;

/**
 * Below this many characters a changed character destroys most bigrams of a paragraph: such
 * short lines (a heading, 各位代表！) are compared by their characters instead.
 */
const SHORT = 20;

export function bigrams(keys: Int32Array): Bigrams {
  if (keys.length < SHORT) return Float64Array.from(keys).sort();
  const grams = new Float64Array(keys.length - 1);
  for (let i = 0; i + 1 < keys.length; i++) grams[i] = (keys[i]! + 1) * KEY_RANGE + keys[i + 1]!;
  return grams.sort();
}

export function similarity(a: Bigrams, b: Bigrams): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Dice can be no higher than this: skip the walk for paragraphs of very different lengths.
  if ((2 * Math.min(a.length, b.length)) / (a.length + b.length) < 0.2) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
