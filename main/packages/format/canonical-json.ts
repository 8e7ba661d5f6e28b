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

/**
 * The canonical text of a value, as one string. Sorting keys with sort()'s default order is
 * sorting by UTF-16 code units, as JCS asks.
 */
function canonicalText(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined never occurs in parsed JSON; in a built package it means "absent", as in JSON.stringify.
    return value === undefined ? 'null' : JSON.stringify(value);
  }
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
 * each is one string of a few kilobytes, and the whole text is never held at once.
 */
const STREAMED_DEPTH = 3;

/** Depth is bounded by the caller (packages are depth-checked before parsing), so recursion is safe. */
function write(value: unknown, sink: Sink, depth: number): void {
  if (depth >= STREAMED_DEPTH || value === null || typeof value !== 'object') {
    sink.write(canonicalText(value));
    return;
  }
  if (Array.isArray(value)) {
    sink.write('[');
    value.forEach((item, i) => {
      if (i > 0) sink.write(',');
      write(item, sink, depth + 1);
    });
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
