/**
 * JSON from outside, parsed with limits: a size bound, a nesting bound checked before
 * JSON.parse runs (whatever walks the value afterwards recursively, ten thousand nested
 * brackets would overflow its stack), and the three keys that reach an object's prototype —
 * __proto__, constructor, prototype — refused wherever they appear: a later deep merge of
 * such a value would pollute Object.prototype for the whole process. A key that appears twice
 * in one object is refused too: JSON.parse keeps the last value, while the checksum a package
 * carries (and another reader) may see the first, so two readers would show two texts.
 */
import { DomainError } from '../../model/errors';

export interface JsonLimits {
  maxChars: number;
  maxDepth: number;
  /** Names the input in messages ("The opinion package"). */
  what: string;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting of [ and { outside strings; stops counting once past the limit. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = stringEnd(text, i);
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * The index of the quote that closes the string opening at `open`, or text.length when none
 * does: found by indexOf (most of a package is the text inside its strings), a quote after an
 * odd number of backslashes being part of the string.
 */
function stringEnd(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/** A key's value: its characters, or JSON.parse's reading of them when they hold an escape. */
function keyOf(text: string, open: number, close: number): string | null {
  const raw = text.slice(open + 1, close);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(open, close + 1)) as string;
  } catch {
    return null; // not JSON: JSON.parse says so with its own message
  }
}

interface KeyScan {
  /** The first key that appears twice in one object, or null. */
  twice: string | null;
  /** The forbidden keys, wherever they appear. */
  forbidden: Set<string>;
}

/**
 * One pass over JSON text, strings skipped, escapes honoured: every object's keys, for the
 * first one that appears twice in its object and for the forbidden ones. Meaningful for JSON
 * that parses (JSON.parse runs too, and says what is wrong with any other).
 */
function scanKeys(text: string): KeyScan {
  const forbidden = new Set<string>();
  // One entry per open bracket: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let twice: string | null = null;
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      const keys = open.at(-1);
      if (keys && expectingKey) {
        const key = keyOf(text, i, end);
        if (key === null) break;
        if (twice === null && keys.has(key)) twice = key;
        keys.add(key);
        if (FORBIDDEN_KEYS.has(key)) forbidden.add(key);
        expectingKey = false;
      }
      i = end;
    } else if (c === 0x7b) {
      open.push(new Set());
      expectingKey = true;
    } else if (c === 0x5b) {
      open.push(null);
      expectingKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      expectingKey = false;
    } else if (c === 0x2c) {
      expectingKey = open.at(-1) instanceof Set;
    }
  }
  return { twice, forbidden };
}

/** The first key that appears twice in one object, or null. Strings are skipped, escapes honoured. */
export function duplicateKey(text: string): string | null {
  return scanKeys(text).twice;
}

export function parseBoundedJson(text: string, limits: JsonLimits): unknown {
  if (text.length > limits.maxChars) {
    throw new DomainError('invalid-input', `${limits.what} is too large: ${text.length} characters, at most ${limits.maxChars} are read`);
  }
  const depth = nestingDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    throw new DomainError('invalid-input', `${limits.what} is nested more than ${limits.maxDepth} levels deep; it was not read`);
  }
  let value: unknown;
  try {
    // No reviver: it costs JSON.parse five times its own time. The forbidden keys are found by the scan below.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DomainError('invalid-input', `${limits.what} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const { twice, forbidden } = scanKeys(text);
  if (twice !== null) {
    throw new DomainError('invalid-input', `${limits.what} holds the key "${twice.slice(0, 80)}" twice in one object, so readers could disagree on its value; it was not read`);
  }
  if (forbidden.size > 0) {
    throw new DomainError('invalid-input', `${limits.what} holds the forbidden key${forbidden.size > 1 ? 's' : ''} ${[...forbidden].join(', ')}; it was not read`);
  }
  return value;
}
