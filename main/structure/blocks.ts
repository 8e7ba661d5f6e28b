/**
 * Groups source lines into blocks (candidate paragraphs). Some sources put one paragraph on a
 * line; others separate paragraphs with blank lines and break lines inside a paragraph where a
 * link or a superscript was (Wikisource). The mode is read from the file itself.
 */
import type { DebrisReason, SourceSpan } from '../model/report';
import { ESCAPE_LITERAL } from './debris';
import { BLANK, type SourceLine } from './lines';

export interface Block {
  text: string;
  spans: SourceSpan[];
  /** Index of the first and last source line of the block. */
  firstLine: number;
  lastLine: number;
  /** The block is a single line: only such blocks can be standalone headings. */
  singleLine: boolean;
  /** The user put this line back from the debris: it is body text, never a title. */
  restored: boolean;
}

const MARKDOWN_PREFIX = /^[\s\u3000]*(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)/;
const MARKDOWN_RULE = /^[\s]*([-*_][ \t]*){3,}$/;

/**
 * The line's content as spans: edges trimmed and escape literals cut out. In Markdown the
 * heading, quote and bullet marks are left out too (the spans still point into the source).
 */
export function lineContent(line: SourceLine, markdown = false): SourceSpan[] {
  if (markdown) {
    if (MARKDOWN_RULE.test(line.text)) return [];
    const prefix = line.text.match(MARKDOWN_PREFIX);
    if (prefix) {
      const skip = prefix[0].length;
      const spans = lineContent({ start: line.start + skip, end: line.end, text: line.text.slice(skip) });
      return spans;
    }
  }
  const pieces: SourceSpan[] = [];
  let cursor = 0;
  for (const match of line.text.matchAll(ESCAPE_LITERAL)) {
    pieces.push({ start: cursor, end: match.index });
    cursor = match.index + match[0].length;
  }
  pieces.push({ start: cursor, end: line.text.length });

  const spans: SourceSpan[] = [];
  for (const piece of pieces) {
    if (piece.end > piece.start) spans.push({ start: line.start + piece.start, end: line.start + piece.end });
  }
  return trimSpans(spans, line.text, line.start);
}

function trimSpans(spans: SourceSpan[], lineText: string, lineStart: number): SourceSpan[] {
  const at = (offset: number) => lineText[offset - lineStart] ?? '';
  const result = spans.map((span) => ({ ...span }));
  while (result.length > 0) {
    const first = result[0]!;
    while (first.start < first.end && BLANK.test(at(first.start))) first.start++;
    if (first.start < first.end) break;
    result.shift();
  }
  while (result.length > 0) {
    const last = result[result.length - 1]!;
    while (last.end > last.start && BLANK.test(at(last.end - 1))) last.end--;
    if (last.end > last.start) break;
    result.pop();
  }
  return result;
}

export function spansText(source: string, spans: SourceSpan[]): string {
  let text = '';
  for (const span of spans) text += source.slice(span.start, span.end);
  return text;
}

const SENTENCE_END = /[。！？；：!?;:…”」』）)]$/;
const MID_SENTENCE_END = /[A-Za-z0-9]$/;
const MID_SENTENCE_START = /^[A-Za-z0-9.％%]/;
/** "2.5" reads like list item 2 but is a number. */
const DECIMAL_START = /^[0-9]+\.[0-9]/;

/**
 * True when most text lines are followed by a blank line: then consecutive text lines belong
 * to one paragraph. One-paragraph-per-line files (most CSV/.docx extractions) return false.
 */
export function usesBlankLineParagraphs(contents: SourceSpan[][], debris: Map<number, DebrisReason>): boolean {
  let textLines = 0;
  let followedByBlank = 0;
  for (let i = 0; i < contents.length; i++) {
    if (contents[i]!.length === 0 || debris.has(i)) continue;
    textLines++;
    if (i + 1 < contents.length && contents[i + 1]!.length === 0) followedByBlank++;
  }
  // Wikisource splits a paragraph over several lines at every link, so even a short text in
  // that style has fewer blank-line endings than lines: 40% already tells the styles apart.
  return textLines > 0 && followedByBlank / textLines >= 0.4;
}

export interface GroupOptions {
  source: string;
  lines: SourceLine[];
  contents: SourceSpan[][];
  debris: Map<number, DebrisReason>;
  /** Lines the user restored from debris into the body. */
  restored: Set<number>;
  looksLikeHeading: (text: string) => boolean;
}

export function groupBlocks({ source, lines, contents, debris, restored, looksLikeHeading }: GroupOptions): Block[] {
  const joinLines = usesBlankLineParagraphs(contents, debris);
  const blocks: Block[] = [];
  let open: Block | null = null;

  for (let i = 0; i < lines.length; i++) {
    const spans = contents[i]!;
    const isDebris = debris.has(i) && !restored.has(i);
    if (spans.length === 0 || isDebris) {
      open = null;
      continue;
    }
    const text = spansText(source, spans);
    const canJoin =
      joinLines &&
      open !== null &&
      !open.restored &&
      !restored.has(i) &&
      open.lastLine === i - 1 &&
      !SENTENCE_END.test(open.text) &&
      !looksLikeHeading(text) &&
      !looksLikeHeading(open.text);
    // One paragraph a line, but a link or a sub/superscript in the source broke a sentence
    // ("…细颗粒物（PM" / "2.5" / "）年平均浓度…"): a line that stops on a Latin letter or a digit
    // runs on into a line that starts with one, and a sentence already joined so runs on into
    // the next line unless that line opens a heading.
    const brokenSentence =
      !joinLines &&
      open !== null &&
      !open.restored &&
      !restored.has(i) &&
      open.lastLine + 1 === i &&
      MID_SENTENCE_END.test(open.text) &&
      (!looksLikeHeading(text) || DECIMAL_START.test(text)) &&
      (MID_SENTENCE_START.test(text) || !open.singleLine);
    if (open && (canJoin || brokenSentence)) {
      open.text += text;
      open.spans.push(...spans);
      open.lastLine = i;
      open.singleLine = false;
      continue;
    }
    open = { text, spans: [...spans], firstLine: i, lastLine: i, singleLine: true, restored: restored.has(i) };
    blocks.push(open);
  }
  return blocks;
}
