/**
 * Splits decoded text into lines without losing a character's position: every line keeps its
 * offsets in the source, whatever the line ending (LF, CR LF, the CR CR LF of some scraped
 * gov.cn pages, a lone CR, U+2028/U+2029).
 */
export interface SourceLine {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before the line ending. */
  end: number;
  text: string;
}

const LINE_BREAK = /\r\r\n|\r\n|\n|\r|\u2028|\u2029/g;

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    const end = match.index;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + match[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Whitespace a scraper leaves around text: ASCII blanks, NBSP, ideographic space, zero-width marks. */
export const BLANK = /[\s\u00a0\u3000\u200b\ufeff]/;

export function isBlank(text: string): boolean {
  for (const ch of text) if (!BLANK.test(ch)) return false;
  return true;
}
