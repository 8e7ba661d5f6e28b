/**
 * Character bigrams as numbers, and their Jaccard similarity. Chinese has no word boundaries and
 * a delegate's proposal is 10–60 characters, so pairs of characters are the unit that survives
 * paraphrase (inserted formulas, reordered clauses) while telling different proposals apart.
 */
import { similarity } from '../versions/similarity';

/** Code points fit in 21 bits: a pair is exact in a double (< 2^42), a flag bit above it. */
const SHIFT = 2 ** 21;
/** Set on a bigram the proposal takes away rather than adds. */
export const REMOVED = 2 ** 42;

/** The distinct bigrams of `text` (its code points), sorted ascending; one character gives itself. */
export function bigrams(text: string): Float64Array {
  // Straight into a typed array, sorted and deduplicated in place: a Set of numbers this large
  // (above 2^31, so boxed) costs ten times as much.
  const values = new Float64Array(text.length);
  let count = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (previous >= 0) values[count++] = previous * SHIFT + point;
    previous = point;
  }
  if (count === 0) return previous < 0 ? new Float64Array(0) : Float64Array.of(previous);
  // A proposal has tens of bigrams: insertion sort beats the typed-array sort at that size.
  if (count <= 64) {
    for (let i = 1; i < count; i++) {
      const value = values[i]!;
      let j = i - 1;
      while (j >= 0 && values[j]! > value) {
        values[j + 1] = values[j]!;
        j--;
      }
      values[j + 1] = value;
    }
  } else values.subarray(0, count).sort();
  let distinct = 1;
  for (let i = 1; i < count; i++) if (values[i] !== values[distinct - 1]) values[distinct++] = values[i]!;
  return values.slice(0, distinct);
}

/** The values of sorted `a` that are not in sorted `b`. */
export function difference(a: Float64Array, b: Float64Array): Float64Array {
  const out: number[] = [];
  let j = 0;
  for (const value of a) {
    while (j < b.length && b[j]! < value) j++;
    if (j >= b.length || b[j] !== value) out.push(value);
  }
  return Float64Array.from(out);
}

/**
 * |a ∩ b| / |a ∪ b| of two sorted sets; 0 when either is empty (nothing proposed is no match).
 * On sets the Dice coefficient the version diff uses gives it: J = D / (2 − D).
 */
export function jaccard(a: Float64Array, b: Float64Array): number {
  const dice = similarity(a, b);
  return dice / (2 - dice);
}
