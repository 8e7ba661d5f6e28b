/**
 * Where each paragraph and heading of a parsed report sits, in the terms a 修改情况说明 uses:
 * the part (第二部分, with its title) and the paragraph's ordinal within that part (第三段).
 * A part is a top-level section of the report's own tree (一、… or 第一部分 or an unnumbered part
 * title); its ordinal is its own number when it has one, else its place among the parts.
 */
import type { ParsedDocument, Section } from '../model/report';
import { chineseNumber } from '../structure/numbering';

export interface PartRef {
  ordinal: number;
  marker: string;
  title: string;
}

export interface ReportBlock {
  kind: 'paragraph' | 'heading';
  /** [start, end) in the decoded text: from the first span's start to the last span's end. */
  start: number;
  end: number;
  /** Null before the first part (the opening 各位代表 paragraphs) or in a report without parts. */
  part: PartRef | null;
  /** A paragraph's 1-based ordinal within its part (or within the opening, when part is null). */
  ordinal: number;
  /** The paragraph's structural path (`二/（三）/p2`), or the heading's section path. */
  path: string;
  /** A paragraph's id in its version (the opinions placed on it name it); absent for a heading. */
  paragraphId?: string;
  /** For a heading: the section it opens, and whether that section is the part itself. */
  heading?: { marker: string; title: string; isPart: boolean };
}

function partOrdinal(section: Section, position: number): number {
  const fromLabel = chineseNumber(section.label) ?? (/^第(.+)部分$/.exec(section.marker) ? chineseNumber(/^第(.+)部分$/.exec(section.marker)![1]!) : null);
  return fromLabel ?? position;
}

/** Every paragraph and standalone heading of the documents, sorted by where it starts. */
export function reportBlocks(documents: Pick<ParsedDocument, 'root'>[]): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (const document of documents) {
    let opening = 0;
    for (const paragraph of document.root.paragraphs) {
      blocks.push({ kind: 'paragraph', ...spanRange(paragraph.spans), part: null, ordinal: ++opening, path: paragraph.path, paragraphId: paragraph.id });
    }
    document.root.children.forEach((top, index) => {
      const part: PartRef = { ordinal: partOrdinal(top, index + 1), marker: top.marker, title: top.title };
      let ordinal = 0;
      const visit = (section: Section, path: string) => {
        if (!section.runIn && section.headingSpans.length > 0) {
          blocks.push({ kind: 'heading', ...spanRange(section.headingSpans), part, ordinal: 0, path, heading: { marker: section.marker, title: section.title, isPart: section === top } });
        }
        for (const paragraph of section.paragraphs) {
          blocks.push({ kind: 'paragraph', ...spanRange(paragraph.spans), part, ordinal: ++ordinal, path: paragraph.path, paragraphId: paragraph.id });
        }
        for (const child of section.children) visit(child, `${path}/${child.label}`);
      };
      visit(top, top.label);
    });
  }
  return blocks.filter((block) => block.end > block.start).sort((x, y) => x.start - y.start);
}

function spanRange(spans: { start: number; end: number }[]): { start: number; end: number } {
  if (spans.length === 0) return { start: 0, end: 0 };
  return { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
}

/** The block that holds offset `at`, or null (title block, debris, blank lines). */
export function blockAt(blocks: ReportBlock[], at: number): ReportBlock | null {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle]!;
    if (at < block.start) high = middle - 1;
    else if (at >= block.end) low = middle + 1;
    else return block;
  }
  return null;
}
