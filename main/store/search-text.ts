/**
 * Matching a query in folded text. Both sides are folded with foldText, which keeps every
 * offset, so a range found in folded text is the same range in the original text.
 */
import type Database from 'better-sqlite3';
import { foldText } from '../anchoring/fold';

/** More terms than this is not a search but a paste; the rest are ignored. */
export const MAX_TERMS = 8;

/** The folded terms of a query (split on blank space), longest first, without repeats. */
export function searchTerms(query: string): string[] {
  const terms = foldText(query).split(' ').filter((term) => term !== '');
  return [...new Set(terms)].sort((a, b) => b.length - a.length).slice(0, MAX_TERMS);
}

/** Length in characters (code points): what the trigram tokenizer counts. */
export const charLength = (text: string) => [...text].length;

/** Every occurrence of every term in `folded`, overlapping ones merged, in text order. */
export function findRanges(folded: string, terms: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) found.push([at, at + term.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** True when every term occurs in `folded`. */
export const hasAllTerms = (folded: string, terms: string[]) => terms.every((term) => folded.includes(term));

/** A line of context around a range, for the hit list. */
export function snippetAround(text: string, range: [number, number] | undefined, radius = 30): string {
  const [start, end] = range ?? [0, 0];
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius * 2);
  // Never cut a surrogate pair (a rare CJK extension character) in half.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from]!)) from--;
  if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1]!)) to++;
  const line = text.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${line}${to < text.length ? '…' : ''}`;
}

/**
 * The folded text as the character index (opinion_chars, migration 3) reads it: every
 * character (code point) its own token, separated by a space. Registered as an SQL function
 * on every connection (registerSearchFunctions) so triggers keep the index in step.
 */
export const spacedChars = (folded: string) => [...folded].join(' ');

export const SPACED_CHARS_FUNCTION = 'shenyi_spaced_chars';

/**
 * The SQL functions the schema's triggers call. Every connection that writes opinions must
 * have them (openDatabase registers them; migration 3 too, for a bare connection): without
 * them a write fails with "no such function" instead of leaving the index behind.
 */
export function registerSearchFunctions(db: Database.Database): void {
  db.function(SPACED_CHARS_FUNCTION, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? spacedChars(text) : null));
}

/**
 * Whether the character index can narrow the search for a term. Every character but blank
 * space is a token, so any term can be looked up, except one made only of characters SQLite's
 * older Unicode tables count as blank space (U+180E): such a term is checked by instr() alone.
 */
export const indexableTerm = (term: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(term);

/** An FTS5 string: the text between double quotes, a quote doubled. */
export const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`;
