/**
 * The reading text of a report version: its paragraphs in reading order joined by "\n". Quotes
 * and positions of passage anchors are taken in it, so a selection across paragraphs is one range.
 */
import type { Paragraph, Section } from '../model/report';
import type { ParagraphRange } from '../model/opinion';

export interface ReadingText {
  text: string;
  /** Each paragraph's [start, end) in `text`, in reading order. */
  paragraphs: { id: string; start: number; end: number; paragraph: Paragraph }[];
  byId: Map<string, ReadingText['paragraphs'][number]>;
}

/** The reading text of an opened report's outline (report.open): its paragraphs in reading order. */
export function readingTextOfOutline(root: Section): ReadingText {
  const paragraphs: Paragraph[] = [];
  const walk = (section: Section) => {
    paragraphs.push(...section.paragraphs);
    section.children.forEach(walk);
  };
  walk(root);
  return buildReadingText(paragraphs.sort((a, b) => a.number - b.number));
}

export function buildReadingText(paragraphs: Paragraph[]): ReadingText {
  const entries: ReadingText['paragraphs'] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    if (text !== '') text += '\n';
    entries.push({ id: paragraph.id, start: text.length, end: text.length + paragraph.text.length, paragraph });
    text += paragraph.text;
  }
  return { text, paragraphs: entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
}

/** Index of the paragraph holding reading offset `offset` (the one after, for a separator). */
function paragraphAt(reading: ReadingText, offset: number): number {
  let low = 0;
  let high = reading.paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reading.paragraphs[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Splits a reading-text range into per-paragraph ranges (for painting highlights). */
export function toParagraphRanges(reading: ReadingText, start: number, end: number): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  for (let i = paragraphAt(reading, start); i < reading.paragraphs.length; i++) {
    const entry = reading.paragraphs[i]!;
    if (entry.start >= end) break;
    const from = Math.max(start, entry.start) - entry.start;
    const to = Math.min(end, entry.end) - entry.start;
    if (to > from) ranges.push({ paragraphId: entry.id, start: from, end: to });
  }
  return ranges;
}

/** Maps an offset inside a paragraph's text to the decoded source text, through its spans. */
export function sourceOffset(paragraph: Paragraph, offset: number, atEnd: boolean): number {
  let seen = 0;
  for (const span of paragraph.spans) {
    const length = span.end - span.start;
    if (offset < seen + length || (atEnd && offset === seen + length)) return span.start + (offset - seen);
    seen += length;
  }
  const last = paragraph.spans[paragraph.spans.length - 1];
  return last ? last.end : 0;
}
