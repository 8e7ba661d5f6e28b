/**
 * Cuts a text into the units paragraphs are aligned by. Units tile the text with no gap, so
 * diffing unit pairs covers every character. A unit is a line with its line break, except
 * that a paragraph the importer joined over several lines (the mid-sentence breaks scraped
 * pages leave) is one unit, so its halves are never aligned apart.
 */
import { blockAt, type ReportBlock } from './report-blocks';

export interface TextUnit {
  index: number;
  start: number;
  end: number;
  /** The report block (paragraph or heading) this unit holds, or null for other lines. */
  block: ReportBlock | null;
}

export function textUnits(text: string, blocks: ReportBlock[]): TextUnit[] {
  const units: TextUnit[] = [];
  let start = 0;
  const cut = (end: number) => {
    if (end <= start) return;
    units.push({ index: units.length, start, end, block: firstBlockIn(blocks, start, end) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028) continue;
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    const end = i + 1;
    // A break strictly inside a paragraph's range does not end the unit.
    const inside = blockAt(blocks, i);
    if (inside && inside.end > end && inside.start < i) continue;
    cut(end);
  }
  cut(text.length);
  return units;
}

/** The first block that overlaps [start, end): blocks are sorted and do not overlap each other. */
function firstBlockIn(blocks: ReportBlock[], start: number, end: number): ReportBlock | null {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const block = blocks[low];
  return block && block.start < end ? block : null;
}
