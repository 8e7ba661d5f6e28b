/**
 * How much of one text another repeats: character-bigram overlap (Dice) for a rewording, and
 * runs copied verbatim. Both read the text without whitespace and punctuation, so re-spacing or
 * re-punctuating a copied passage does not hide it.
 */
const NOT_COUNTED = /[\s\p{P}\p{S}]+/gu;
/** Length of the keys of the verbatim index: long enough to be rare in Chinese prose, short enough to sample densely. */
const GRAM = 8;

/** A text prepared for comparison; an earlier draft's is built once and reused while the user types. */
export interface Fingerprint {
  text: string;
  /** Bigram counts, keyed by the two UTF-16 units as one number (cheaper than string keys). */
  bigrams: Map<number, number>;
  /** Where each GRAM-character piece starts, keyed by its hash (a hit is compared, so a collision costs nothing). */
  grams: Map<number, number[]>;
}

const gramHash = (text: string, at: number): number => {
  let hash = 0;
  for (let i = at; i < at + GRAM; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
};

/** The comparable text and its bigrams; with `indexed`, also the GRAM-piece index verbatimRuns searches. */
export function fingerprint(raw: string, indexed = false): Fingerprint {
  const text = raw.replace(NOT_COUNTED, '');
  const bigrams = new Map<number, number>();
  const grams = new Map<number, number[]>();
  for (let i = 0; i + 1 < text.length; i++) {
    const bigram = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
    bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1);
    if (indexed && i + GRAM <= text.length) {
      const hash = gramHash(text, i);
      const at = grams.get(hash);
      if (at) at.push(i);
      else grams.set(hash, [i]);
    }
  }
  return { text, bigrams, grams };
}

/** Dice coefficient over character-bigram multisets, 0…1. */
export function bigramSimilarity(a: Fingerprint, b: Fingerprint): number {
  let shared = 0;
  let total = 0;
  for (const [gram, n] of a.bigrams) {
    shared += Math.min(n, b.bigrams.get(gram) ?? 0);
    total += n;
  }
  for (const n of b.bigrams.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * The runs of at least `minLength` characters of `text` found verbatim in `earlier`, longest
 * first. A run that long always contains a GRAM-piece starting at a multiple of
 * minLength − GRAM + 1, so only those positions are looked up, then grown both ways.
 */
/** `earlier` must be an indexed fingerprint. */
export function verbatimRuns(text: string, earlier: Fingerprint, minLength: number): string[] {
  const other = earlier.text;
  const stride = minLength - GRAM + 1;
  const runs: string[] = [];
  let coveredTo = 0;
  for (let p = 0; p + GRAM <= text.length; p += stride) {
    if (p < coveredTo) continue;
    let best: [number, number] | null = null;
    const piece = text.slice(p, p + GRAM);
    for (const q of earlier.grams.get(gramHash(text, p)) ?? []) {
      if (other.slice(q, q + GRAM) !== piece) continue;
      let start = p;
      let end = p + GRAM;
      while (start > coveredTo && q - (p - start) > 0 && text[start - 1] === other[q - (p - start) - 1]) start--;
      while (end < text.length && q + (end - p) < other.length && text[end] === other[q + (end - p)]) end++;
      if (end - start >= minLength && (!best || end - start > best[1] - best[0])) best = [start, end];
    }
    if (best) {
      runs.push(text.slice(best[0], best[1]));
      coveredTo = best[1];
    }
  }
  return runs.sort((a, b) => b.length - a.length);
}
