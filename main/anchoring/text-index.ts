/**
 * A searchable view of one target text: folded, with whitespace dropped, and a trigram index
 * on typed arrays, so each of thousands of anchors finds its candidates without scanning a
 * megabyte of text. The positions of each hash bucket's trigrams lie side by side (counting
 * sort), not on a linked chain: a bucket is read in one sweep instead of a cache miss a hit.
 */
import { foldCompact } from './fold';

export const GRAM = 3;
const TABLE_BITS = 20;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** A bucket this small is as good as the rarest: findAll stops looking for a rarer gram. */
const FEW_ENOUGH = 4;

export interface TextIndex {
  /** The text as given. */
  original: string;
  /** Folded, whitespace removed. */
  folded: string;
  /** `offsets[i]` = offset in `original` of `folded[i]`; `offsets[folded.length]` = original.length. */
  offsets: Int32Array;
  /** Bucket `h` holds `positions[bucketStart[h]]` up to `positions[bucketStart[h + 1]]`, ascending. */
  bucketStart: Int32Array;
  /** Every trigram's position in `folded`, grouped by bucket. */
  positions: Int32Array;
}

export function gramHash(text: string, at: number): number {
  let hash = Math.imul(Math.imul(text.charCodeAt(at), 0x9e3779b1) + text.charCodeAt(at + 1), 0x9e3779b1) + text.charCodeAt(at + 2);
  hash = (hash ^ (hash >>> 15)) & TABLE_MASK;
  return hash;
}

/** gramHash() written out over code units: the index build runs it twice per character. */
function codesHash(codes: Uint16Array, at: number): number {
  const hash = Math.imul(Math.imul(codes[at]!, 0x9e3779b1) + codes[at + 1]!, 0x9e3779b1) + codes[at + 2]!;
  return (hash ^ (hash >>> 15)) & TABLE_MASK;
}

export function buildTextIndex(original: string): TextIndex {
  const { text: folded, offsets, codes } = foldCompact(original);
  const grams = Math.max(0, folded.length - GRAM + 1);
  // Count each bucket, sum the counts so bucketStart[h] is where bucket h ends, then place
  // positions back to front, which leaves bucketStart[h] where it starts and every bucket
  // ascending.
  const bucketStart = new Int32Array(TABLE_MASK + 2);
  for (let i = 0; i < grams; i++) bucketStart[codesHash(codes, i)]!++;
  for (let h = 1; h <= TABLE_MASK; h++) bucketStart[h]! += bucketStart[h - 1]!;
  bucketStart[TABLE_MASK + 1] = grams;
  const positions = new Int32Array(grams);
  for (let i = grams - 1; i >= 0; i--) positions[--bucketStart[codesHash(codes, i)]!] = i;
  return { original, folded, offsets, bucketStart, positions };
}

function bucketSize(index: TextIndex, hash: number): number {
  return index.bucketStart[hash + 1]! - index.bucketStart[hash]!;
}

/** Every position where `pattern` (folded, at least GRAM long) occurs, ascending. */
export function findAll(index: TextIndex, pattern: string, limit = Infinity): number[] {
  if (pattern.length < GRAM) return findShort(index, pattern, limit);
  // Sweep the bucket of one of the pattern's rarest grams and verify each hit. Which gram
  // does not change the answer, only the number of hits to verify.
  let best = 0;
  let bestCount = Infinity;
  for (let j = 0; j + GRAM <= pattern.length && bestCount > FEW_ENOUGH; j++) {
    const count = bucketSize(index, gramHash(pattern, j));
    if (count < bestCount) {
      bestCount = count;
      best = j;
      if (count === 0) return [];
    }
  }
  const found: number[] = [];
  const hash = gramHash(pattern, best);
  const { positions, folded } = index;
  for (let k = index.bucketStart[hash]!, end = index.bucketStart[hash + 1]!; k < end; k++) {
    const start = positions[k]! - best;
    if (start >= 0 && folded.startsWith(pattern, start)) {
      found.push(start);
      if (found.length >= limit) break;
    }
  }
  return found;
}

function findShort(index: TextIndex, pattern: string, limit: number): number[] {
  const found: number[] = [];
  if (pattern === '') return found;
  for (let at = index.folded.indexOf(pattern); at !== -1 && found.length < limit; at = index.folded.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

/**
 * Positions of one gram of `pattern` (at `at`), verified, written to `out` (room for `max`);
 * returns how many, or -1 when the gram's bucket holds more than `max` (too common to tell
 * where anything is). Used for voting, thousands of times a run: no array is made.
 */
export function gramPositions(index: TextIndex, pattern: string, at: number, max: number, out: Int32Array): number {
  const hash = gramHash(pattern, at);
  if (bucketSize(index, hash) > max) return -1;
  const a = pattern.charCodeAt(at);
  const b = pattern.charCodeAt(at + 1);
  const c = pattern.charCodeAt(at + 2);
  const { positions, folded } = index;
  let n = 0;
  for (let k = index.bucketStart[hash]!, end = index.bucketStart[hash + 1]!; k < end; k++) {
    const p = positions[k]!;
    if (folded.charCodeAt(p) === a && folded.charCodeAt(p + 1) === b && folded.charCodeAt(p + 2) === c) out[n++] = p;
  }
  return n;
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(index: TextIndex, start: number, end: number): { start: number; end: number } {
  const from = index.offsets[start]!;
  const last = end > start ? index.offsets[end - 1]! : from;
  const code = index.original.charCodeAt(last);
  const width = end > start ? (code >= 0xd800 && code <= 0xdbff ? 2 : 1) : 0;
  return { start: from, end: last + width };
}
