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

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Depth is bounded by the caller (packages are depth-checked before parsing), so recursion is safe. */
function write(value: unknown, sink: Sink): void {
  if (value === null || typeof value !== 'object') {
    // undefined never occurs in parsed JSON; in a built package it means "absent", as in JSON.stringify.
    sink.write(value === undefined ? 'null' : JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    sink.write('[');
    value.forEach((item, i) => {
      if (i > 0) sink.write(',');
      write(item, sink);
    });
    sink.write(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort(byCodeUnits);
  sink.write('{');
  keys.forEach((key, i) => {
    sink.write(i > 0 ? ',' : '');
    sink.write(JSON.stringify(key));
    sink.write(':');
    write(record[key], sink);
  });
  sink.write('}');
}

/** SHA-256 (hex) of the canonical serialization of a JSON value. */
export function canonicalSha256(value: unknown): string {
  const sink = new ChunkedHash();
  write(value, sink);
  return sink.hex();
}

/** The canonical text itself (for tests and small values). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, { write: (part) => parts.push(part) });
  return parts.join('');
}
