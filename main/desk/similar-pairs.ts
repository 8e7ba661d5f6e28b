/**
 * Every pair of sets whose Jaccard similarity reaches a threshold, without comparing all pairs:
 * the unanchored pool of a national session holds thousands of opinions. Prefix filtering
 * (Bayardo et al., "Scaling up all pairs similarity search", 2007): with each set's elements in
 * one order, rarest first, two sets with Jaccard ≥ t must share an element within the first
 * |x| − ⌈t·|x|⌉ + 1 of each, so only sets meeting in those prefixes are verified.
 */
import { jaccard } from './bigrams';

export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

export function similarPairs(sets: readonly Float64Array[], threshold: number): SimilarPair[] {
  // One global order, rarest first, as ranks: each set's prefix is then its smallest ranks.
  const frequency = new Map<number, number>();
  for (const set of sets) for (const value of set) frequency.set(value, (frequency.get(value) ?? 0) + 1);
  const rank = new Map([...frequency.keys()].sort((p, q) => frequency.get(p)! - frequency.get(q)! || p - q).map((value, i) => [value, i]));
  const index = new Map<number, number[]>();
  const pairs: SimilarPair[] = [];
  const seen = new Int32Array(sets.length).fill(-1);
  // Shorter sets first: a set is probed against the prefixes of those already indexed.
  const order = sets.map((_, i) => i).sort((x, y) => sets[x]!.length - sets[y]!.length || x - y);
  for (const x of order) {
    const set = sets[x]!;
    if (set.length === 0) continue;
    const ranked = Int32Array.from(set, (value) => rank.get(value)!).sort();
    const prefix = set.length - Math.ceil(threshold * set.length - 1e-9) + 1;
    for (let k = 0; k < prefix; k++) {
      const list = index.get(ranked[k]!);
      if (!list) continue;
      for (const y of list) {
        if (seen[y] === x) continue;
        seen[y] = x;
        // Length filter: |y| ≤ |x| here, and J ≤ |y| / |x|.
        if (sets[y]!.length < threshold * set.length) continue;
        const similarity = jaccard(set, sets[y]!);
        if (similarity >= threshold) pairs.push({ a: Math.min(x, y), b: Math.max(x, y), similarity });
      }
    }
    for (let k = 0; k < prefix; k++) {
      const list = index.get(ranked[k]!);
      if (list) list.push(x);
      else index.set(ranked[k]!, [x]);
    }
  }
  return pairs;
}
