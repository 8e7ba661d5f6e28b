/**
 * How much of one text another repeats: character-bigram overlap (Dice) for a rewording, and
 * runs copied verbatim. Both read the text without whitespace and punctuation, so re-spacing or
 * re-punctuating a copied passage does not hide it.
 */
const NOT_COUNTED = /[\s\p{P}\p{S}]/u;
/** Length of the keys of the verbatim index: long enough to be rare in Chinese prose, short enough to sample densely. */
const GRAM = 8;
/**
 * Places of one piece tried at most: a piece repeated more often is filler (a run of one
 * character, a repeated formula), and trying every place would make a hostile text quadratic.
 */
const MAX_PLACES = 32;

/** A text prepared for comparison; an earlier draft's is built once and reused while the user types. */
export interface Fingerprint {
  /** The text as written, and the comparable text with, for each of its characters, where it is in `raw`. */
  raw: string;
  text: string;
  offsets: number[];
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
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (NOT_COUNTED.test(raw[i]!)) continue;
    text += raw[i];
    offsets.push(i);
  }
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
  return { raw, text, offsets, bigrams, grams };
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
/** A run copied verbatim: its length in comparable characters, and its wording in the new text as written. */
export interface VerbatimRun {
  length: number;
  wording: string;
}

/** `earlier` must be an indexed fingerprint. */
export function verbatimRuns(draft: Fingerprint, earlier: Fingerprint, minLength: number): VerbatimRun[] {
  const { text } = draft;
  const other = earlier.text;
  const stride = minLength - GRAM + 1;
  const runs: VerbatimRun[] = [];
  let coveredTo = 0;
  for (let p = 0; p + GRAM <= text.length; p += stride) {
    if (p < coveredTo) continue;
    let best: [number, number] | null = null;
    const piece = text.slice(p, p + GRAM);
    for (const q of (earlier.grams.get(gramHash(text, p)) ?? []).slice(0, MAX_PLACES)) {
      if (other.slice(q, q + GRAM) !== piece) continue;
      let start = p;
      let end = p + GRAM;
      while (start > coveredTo && q - (p - start) > 0 && text[start - 1] === other[q - (p - start) - 1]) start--;
      while (end < text.length && q + (end - p) < other.length && text[end] === other[q + (end - p)]) end++;
      if (end - start >= minLength && (!best || end - start > best[1] - best[0])) best = [start, end];
    }
    if (best) {
      runs.push({ length: best[1] - best[0], wording: draft.raw.slice(draft.offsets[best[0]], draft.offsets[best[1] - 1]! + 1) });
      coveredTo = best[1];
    }
  }
  return runs.sort((a, b) => b.length - a.length);
}
