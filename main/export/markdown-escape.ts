/**
 * Escaping for text written into Markdown: a delegate's "#1" or "*重点*" or a report's "1." at
 * the start of a line must read as the words they are, not as headings, emphasis or lists.
 */

/** ASCII punctuation that can mean something inline (CommonMark lets any ASCII punctuation be backslash-escaped). */
const INLINE = /[\\`*_[\]<>|~&!]/g;
/** What can open a block at the start of a line: headings, quotes, list markers, rules, fences. */
const LINE_START = /^(\s*)([#>+\-=]|\d+[.)])/;

export function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`);
}

/** Escapes one line of text that starts a line of its own. */
export function escapeLine(line: string): string {
  const escaped = escapeInline(line);
  return escaped.replace(LINE_START, (_all, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

/** Escapes text, line by line (each line may start a block). */
export function escapeText(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

/** A table cell: one line, pipes escaped, line breaks as <br>. */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeInline)
    .join('<br>');
}

/** A code span whose fence is longer than any run of backticks inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block that no line of its text can close early. */
export function codeFence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/^`{3,}/gm)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}
