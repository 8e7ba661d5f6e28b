/**
 * How far a quote's context agrees with the text right around a place of its words: the
 * characters that match, counted outwards from the words, before and after. Measured in a
 * folded text (text-index.ts) against the folded prefix and suffix.
 */

export interface Agreement {
  before: number;
  after: number;
}

export function agreementAt(folded: string, prefix: string, suffix: string, start: number, end: number): Agreement {
  let before = 0;
  while (before < prefix.length && before < start && prefix.charCodeAt(prefix.length - 1 - before) === folded.charCodeAt(start - 1 - before)) before++;
  let after = 0;
  while (after < suffix.length && end + after < folded.length && suffix.charCodeAt(after) === folded.charCodeAt(end + after)) after++;
  return { before, after };
}
