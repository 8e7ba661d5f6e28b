/**
 * A searchable view of one target text: folded, with whitespace dropped, and a trigram index
 * built on typed arrays (a hash chain), so each of thousands of anchors finds its candidates
 * without scanning a megabyte of text.
 */
import { foldCompact } from './fold';

export const GRAM = 3;
const TABLE_BITS = 20;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

export interface TextIndex {
  /** The text as given. */
  original: string;
  /** Folded, whitespace removed. */
  folded: string;
  /** `offsets[i]` = offset in `original` of `folded[i]`; `offsets[folded.length]` = original.length. */
  offsets: Int32Array;
  head: Int32Array;
  next: Int32Array;
  counts: Int32Array;
}

export function gramHash(text: string, at: number): number {
  let hash = Math.imul(Math.imul(text.charCodeAt(at), 0x9e3779b1) + text.charCodeAt(at + 1), 0x9e3779b1) + text.charCodeAt(at + 2);
  hash = (hash ^ (hash >>> 15)) & TABLE_MASK;
  return hash;
}

export function buildTextIndex(original: string): TextIndex {
  const { text: folded, offsets, codes } = foldCompact(original);
  const head = new Int32Array(TABLE_MASK + 1).fill(-1);
  const counts = new Int32Array(TABLE_MASK + 1);
  const grams = Math.max(0, folded.length - GRAM + 1);
  const next = new Int32Array(grams);
  // Insert back to front so every chain lists positions in ascending order. The hash is
  // gramHash() written out over the code units: this loop runs once per character.
  for (let i = grams - 1; i >= 0; i--) {
    let hash = Math.imul(Math.imul(codes[i]!, 0x9e3779b1) + codes[i + 1]!, 0x9e3779b1) + codes[i + 2]!;
    hash = (hash ^ (hash >>> 15)) & TABLE_MASK;
    next[i] = head[hash]!;
    head[hash] = i;
    counts[hash]!++;
  }
  return { original, folded, offsets, head, next, counts };
}

/** Every position where `pattern` (folded, at least GRAM long) occurs, ascending. */
export function findAll(index: TextIndex, pattern: string, limit = Infinity): number[] {
  if (pattern.length < GRAM) return findShort(index, pattern, limit);
  // Walk the chain of the pattern's rarest gram and verify each hit.
  let best = 0;
  let bestCount = Infinity;
  for (let j = 0; j + GRAM <= pattern.length; j++) {
    const count = index.counts[gramHash(pattern, j)]!;
    if (count < bestCount) {
      bestCount = count;
      best = j;
      if (count === 0) return [];
    }
  }
  const found: number[] = [];
  for (let p = index.head[gramHash(pattern, best)]!; p !== -1; p = index.next[p]!) {
    const start = p - best;
    if (start >= 0 && index.folded.startsWith(pattern, start)) {
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

/** Positions of one gram of `pattern` (at `at`), verified; used for voting. */
export function gramPositions(index: TextIndex, pattern: string, at: number, max: number): number[] | null {
  const hash = gramHash(pattern, at);
  if (index.counts[hash]! > max) return null;
  const positions: number[] = [];
  const [a, b, c] = [pattern.charCodeAt(at), pattern.charCodeAt(at + 1), pattern.charCodeAt(at + 2)];
  const text = index.folded;
  for (let p = index.head[hash]!; p !== -1; p = index.next[p]!) {
    if (text.charCodeAt(p) === a && text.charCodeAt(p + 1) === b && text.charCodeAt(p + 2) === c) positions.push(p);
  }
  return positions;
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(index: TextIndex, start: number, end: number): { start: number; end: number } {
  const from = index.offsets[start]!;
  const last = end > start ? index.offsets[end - 1]! : from;
  const code = index.original.charCodeAt(last);
  const width = end > start ? (code >= 0xd800 && code <= 0xdbff ? 2 : 1) : 0;
  return { start: from, end: last + width };
}
