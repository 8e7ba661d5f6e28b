/**
 * A canonical serialization for the package checksum, in the manner of RFC 8785 (JCS): object
 * keys sorted by UTF-16 code units, no white space, strings and numbers as JSON.stringify
 * writes them. Two packages with the same content hash the same whatever their key order or
 * indentation; one changed character anywhere changes the hash.
 *
 * The text is fed to the hash in chunks rather than built whole: a package of 100,000
 * opinions is a few hundred megabytes of JSON.
 */
import { createHash } from 'node:crypto';

const CHUNK = 1 << 16;

interface Sink {
  write(text: string): void;
}

class ChunkedHash implements Sink {
  private readonly hash = createHash('sha256');
  private parts: string[] = [];
  private length = 0;

  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.parts.length > 0) this.hash.update(this.parts.join(''), 'utf8');
    this.parts = [];
    this.length = 0;
  }

  hex(): string {
    this.flush();
    return this.hash.digest('hex');
  }
}

/** Keys V8 enumerates before all others whatever their insertion order (array indices), and the one an assignment cannot make. */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
const UNSAFE_KEY = (key: string) => key === '__proto__' || (ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1);

/** Thrown by sortedCopy when an object's keys cannot be put in order by inserting them in order. */
const NOT_ORDERABLE = Symbol('not orderable');

/** Object.keys(record).sort(): by insertion for the few keys most objects have, by sort() for more. */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

/**
 * A copy of the value with every object's keys inserted in sorted order (undefined members
 * left out), so that JSON.stringify, which writes keys in insertion order, writes the
 * canonical text — several times faster than writing it here piece by piece.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = sortedCopy(value[i]);
    return copy;
  }
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of sortedKeys(record)) {
    const item = record[key];
    if (item === undefined) continue;
    if (UNSAFE_KEY(key)) throw NOT_ORDERABLE;
    copy[key] = sortedCopy(item);
  }
  return copy;
}

/**
 * The canonical text of a value, as one string. Sorting keys with sort()'s default order is
 * sorting by UTF-16 code units, as JCS asks. JSON.stringify of the sorted copy is that text;
 * an object with an array-index key (which V8 always enumerates first) or a __proto__ key is
 * written piece by piece instead.
 */
function canonicalText(value: unknown): string {
  // undefined never occurs in parsed JSON; in a built package it means "absent", as in JSON.stringify.
  if (value === undefined) return 'null';
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (error !== NOT_ORDERABLE) throw error;
    return pieceByPiece(value);
  }
}

function pieceByPiece(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === undefined ? 'null' : JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + canonicalText(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalText(item)}`;
  }
  return `${text}}`;
}

/**
 * Containers this close to the root are written to the sink part by part; deeper ones as one
 * string each. A package's annotations sit at depth 3 (document → first → items → annotation):
 * they are written STREAMED_RUN to one string of a few hundred kilobytes, and the whole text is
 * never held at once.
 */
const STREAMED_DEPTH = 3;
const STREAMED_RUN = 128;

/** The canonical texts of array members, joined by commas: as one JSON.stringify when it can. */
function canonicalRun(items: unknown[]): string {
  try {
    return JSON.stringify(items.map((item) => sortedCopy(item))).slice(1, -1);
  } catch (error) {
    if (error !== NOT_ORDERABLE) throw error;
    return items.map((item) => canonicalText(item)).join(',');
  }
}

/** Depth is bounded by the caller (packages are depth-checked before parsing), so recursion is safe. */
function write(value: unknown, sink: Sink, depth: number): void {
  if (depth >= STREAMED_DEPTH || value === null || typeof value !== 'object') {
    sink.write(canonicalText(value));
    return;
  }
  if (Array.isArray(value)) {
    sink.write('[');
    if (depth + 1 >= STREAMED_DEPTH) {
      for (let from = 0; from < value.length; from += STREAMED_RUN) {
        sink.write(`${from > 0 ? ',' : ''}${canonicalRun(value.slice(from, from + STREAMED_RUN))}`);
      }
    } else {
      value.forEach((item, i) => {
        if (i > 0) sink.write(',');
        write(item, sink, depth + 1);
      });
    }
    sink.write(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  sink.write('{');
  keys.forEach((key, i) => {
    sink.write(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    write(record[key], sink, depth + 1);
  });
  sink.write('}');
}

/** SHA-256 (hex) of the canonical serialization of a JSON value. */
export function canonicalSha256(value: unknown): string {
  const sink = new ChunkedHash();
  write(value, sink, 0);
  return sink.hex();
}

/** The canonical text itself (for tests and small values). */
export function canonicalJson(value: unknown): string {
  return canonicalText(value);
}
