/**
 * Finds the documents inside one file. A scraped page may hold several reports ("…篇1",
 * "…篇2"), or the same report several times over (a scraper that collected nested page
 * elements). Each becomes a document; copies are flagged so the user can leave them out.
 */
import type { CopyCount } from '../model/report';
import type { Block } from './blocks';

export interface DocumentRange {
  /** Blocks [start, end) of the file's blocks. */
  start: number;
  end: number;
  /** Title taken from a "…篇N" line, which then is not body text. */
  numberedTitle: string | null;
  duplicateOf: number | null;
}

export const NUMBERED_TITLE = /^(.{2,60}?)[\s\u3000]*篇[\s\u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})$/;

/** A block long enough to identify a copy of a body (titles and salutations repeat by design). */
const LONG_BLOCK = 40;

function splitAtNumberedTitles(blocks: Block[]): DocumentRange[] | null {
  const starts: number[] = [];
  blocks.forEach((block, index) => {
    if (block.text.length <= 64 && NUMBERED_TITLE.test(block.text)) starts.push(index);
  });
  if (starts.length === 0) return null;
  return starts.map((start, k) => ({
    start,
    end: starts[k + 1] ?? blocks.length,
    numberedTitle: blocks[start]!.text.match(NUMBERED_TITLE)![1]!.trim(),
    duplicateOf: null,
  }));
}

function splitAtRepeatedBody(blocks: Block[]): DocumentRange[] {
  const whole: DocumentRange[] = [{ start: 0, end: blocks.length, numberedTitle: null, duplicateOf: null }];
  const firstLong = blocks.findIndex((block) => block.text.length >= LONG_BLOCK);
  if (firstLong === -1) return whole;
  const key = blocks[firstLong]!.text;
  const occurrences = blocks.flatMap((block, index) => (block.text === key ? [index] : []));
  if (occurrences.length < 2) return whole;

  // A copy starts with its own title lines: walk back from the repeated paragraph over short blocks.
  const starts = occurrences.map((index, k) => {
    if (k === 0) return 0;
    let start = index;
    while (start > occurrences[k - 1]! + 1 && blocks[start - 1]!.text.length < LONG_BLOCK && !blocks[start - 1]!.text.endsWith('。')) start--;
    return start;
  });
  const ranges: DocumentRange[] = starts.map((start, k) => ({
    start,
    end: starts[k + 1] ?? blocks.length,
    numberedTitle: null,
    duplicateOf: null,
  }));
  const bodyOf = (range: DocumentRange) =>
    new Set(blocks.slice(range.start, range.end).filter((b) => b.text.length >= LONG_BLOCK).map((b) => b.text));
  const first = bodyOf(ranges[0]!);
  for (const range of ranges.slice(1)) {
    const body = bodyOf(range);
    let shared = 0;
    for (const text of body) if (first.has(text)) shared++;
    if (body.size > 0 && shared / Math.max(body.size, first.size) >= 0.9) range.duplicateOf = 0;
  }
  return ranges;
}

export function splitDocuments(blocks: Block[]): DocumentRange[] {
  return splitAtNumberedTitles(blocks) ?? splitAtRepeatedBody(blocks);
}

export function copiesOf(documents: { duplicateOf: number | null }[], index: number): CopyCount {
  const original = documents[index]?.duplicateOf ?? index;
  return { count: 1 + documents.filter((document) => document.duplicateOf === original).length, original };
}
