/**
 * Text that can be stored and written out again unchanged: no lone UTF-16 surrogate. JSON can
 * carry one ("\ud800"), JavaScript strings hold it, but UTF-8 cannot encode it: SQLite then
 * stores U+FFFD (or invalid bytes) in one column while another keeps the surrogate, exports show
 * U+FFFD, and a re-import of the same package no longer matches itself. Such text is refused
 * wherever it enters (the API door, the opinion store, opinion packages), naming the field.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** The path (a.b.0.c) of the first key or string holding a lone surrogate, or null. */
export function illFormedPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path.join('.') || '(the text)';
  if (typeof value !== 'object' || value === null) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (!isWellFormed(key)) return [...path, key].join('.');
    const found = illFormedPath(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
