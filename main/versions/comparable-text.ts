/**
 * What the diff compares: a run of text as a sequence of integer keys, one per code point, with
 * the UTF-16 offset each key came from. Strictly, the key is the code point itself. With
 * formatting ignored, it is the code point folded by the anchoring's fold (full/half width,
 * quote style, 繁/简), and whitespace is left out altogether, so "李\u3000强" and "李强" compare equal.
 */
import { foldText } from '../anchoring/fold';

export interface ComparableText {
  keys: Int32Array;
  /**
   * `starts[k]` is the offset where key k's piece of text begins; `starts[0]` is the run's start
   * and `starts[keys.length]` its end, so whitespace a fold left out belongs to the piece before
   * the next kept character and every offset of the run is in exactly one piece.
   */
  starts: Int32Array;
  start: number;
  end: number;
}

const isWhitespaceKey = (key: number) => key === 0x20;

export function comparableText(text: string, start: number, end: number, ignoreFormatting: boolean): ComparableText {
  const keys = new Int32Array(end - start);
  const starts = new Int32Array(end - start + 1);
  const folded = ignoreFormatting ? foldText(text.slice(start, end)) : '';
  let n = 0;
  for (let i = start; i < end; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    // fold.ts maps each UTF-16 unit to one unit and leaves surrogates alone: a supplementary
    // character keeps its own code point as its key.
    const key = ignoreFormatting && width === 1 ? folded.charCodeAt(i - start) : code;
    if (!(ignoreFormatting && isWhitespaceKey(key))) {
      keys[n] = key;
      starts[n] = n === 0 ? start : i;
      n++;
    }
    i += width;
  }
  starts[n] = end;
  if (n > 0) starts[0] = start;
  return { keys: keys.subarray(0, n), starts: starts.subarray(0, n + 1), start, end };
}

/** The text's key sequence as a string, for hashing a paragraph's content. */
export function keyString(keys: Int32Array): string {
  let out = '';
  for (let i = 0; i < keys.length; i += 4096) out += String.fromCodePoint(...keys.subarray(i, i + 4096));
  return out;
}
