/**
 * JSON from outside, parsed with limits: a size bound, a nesting bound checked before
 * JSON.parse runs (a reviver walks the tree recursively, and ten thousand nested brackets
 * would overflow the stack), and the three keys that reach an object's prototype —
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
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** The first key that appears twice in one object, or null. Strings are skipped, escapes honoured. */
export function duplicateKey(text: string): string | null {
  // One entry per open bracket: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      const keys = open.at(-1);
      if (keys && expectingKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return null; // not JSON: JSON.parse says so with its own message
        }
        if (keys.has(key)) return key;
        keys.add(key);
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
  return null;
}

export function parseBoundedJson(text: string, limits: JsonLimits): unknown {
  if (text.length > limits.maxChars) {
    throw new DomainError('invalid-input', `${limits.what} is too large: ${text.length} characters, at most ${limits.maxChars} are read`);
  }
  const depth = nestingDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    throw new DomainError('invalid-input', `${limits.what} is nested more than ${limits.maxDepth} levels deep; it was not read`);
  }
  const forbidden = new Set<string>();
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''), (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        forbidden.add(key);
        return undefined;
      }
      return item;
    });
  } catch (error) {
    throw new DomainError('invalid-input', `${limits.what} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const twice = duplicateKey(text);
  if (twice !== null) {
    throw new DomainError('invalid-input', `${limits.what} holds the key "${twice.slice(0, 80)}" twice in one object, so readers could disagree on its value; it was not read`);
  }
  if (forbidden.size > 0) {
    throw new DomainError('invalid-input', `${limits.what} holds the forbidden key${forbidden.size > 1 ? 's' : ''} ${[...forbidden].join(', ')}; it was not read`);
  }
  return value;
}
