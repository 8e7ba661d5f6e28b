/**
 * Decoded text → documents with their section trees. Pure and synchronous: the same text and
 * the same restored-debris choices always give the same documents, ids and numbers.
 */
import type { DebrisLine, ParsedDocument, SourceSpan } from '../model/report';
import { groupBlocks, lineContent, spansText, type Block } from './blocks';
import { classifyDebris } from './debris';
import { splitDocuments } from './documents';
import { splitLines } from './lines';
import { matchHeading } from './numbering';
import { buildDocument } from './tree';

export interface ParseOptions {
  /** Used as the title when the text has none (file name without extension). */
  fallbackTitle: string;
  /** Start offsets of debris lines the user put back into the body. */
  restoredDebris?: Iterable<number>;
  /** Leave out Markdown heading, quote and bullet marks. */
  markdown?: boolean;
  /** The user's heading corrections, by the start offset of the line's text. */
  headingCorrections?: ReadonlyMap<number, boolean>;
}

export function parseText(source: string, options: ParseOptions): ParsedDocument[] {
  const lines = splitLines(source);
  const contents = lines.map((line) => lineContent(line, options.markdown));
  const contentText = contents.map((spans) => spansText(source, spans));
  const debris = classifyDebris(lines, contentText);
  const restoredStarts = new Set(options.restoredDebris ?? []);
  const restored = new Set<number>();
  lines.forEach((line, index) => {
    if (restoredStarts.has(line.start)) restored.add(index);
  });

  const blocks = groupBlocks({
    source,
    lines,
    contents,
    debris,
    restored,
    looksLikeHeading: (text) => matchHeading(text) !== null,
  });
  if (blocks.length === 0) return [];

  const ranges = splitDocuments(blocks);
  const pageHeaderLines = new Set<number>();
  const leadingBody: Block[] = [];
  // Text before the first "…篇1" title is the page around the reports, not a report; a line of
  // it the user restored leads the first document's body.
  if (ranges[0]!.numberedTitle !== null) {
    for (const block of blocks.slice(0, ranges[0]!.start)) {
      let allRestored = true;
      for (let line = block.firstLine; line <= block.lastLine; line++) {
        pageHeaderLines.add(line);
        if (!restored.has(line)) allRestored = false;
      }
      if (allRestored) leadingBody.push(block);
    }
  }

  return ranges.map((range, k) => {
    const firstLine = k === 0 ? 0 : blocks[range.start]!.firstLine;
    const lastLine = k + 1 < ranges.length ? blocks[ranges[k + 1]!.start]!.firstLine - 1 : lines.length - 1;
    const sourceRange: SourceSpan = { start: lines[firstLine]!.start, end: lines[lastLine]!.end };
    const document = buildDocument({
      blocks: blocks.slice(range.start, range.end),
      fallbackTitle: options.fallbackTitle,
      numberedTitle: range.numberedTitle,
      leadingBody: k === 0 ? leadingBody : [],
      duplicateOf: range.duplicateOf,
      sourceRange,
      corrections: options.headingCorrections,
    });
    const documentDebris: DebrisLine[] = [];
    for (let i = firstLine; i <= lastLine; i++) {
      const reason = debris.get(i) ?? (pageHeaderLines.has(i) ? 'page-header' : undefined);
      if (!reason) continue;
      const line = lines[i]!;
      const text = contentText[i] !== '' ? contentText[i]! : line.text.trim();
      if (text !== '') documentDebris.push({ start: line.start, end: line.end, text, reason });
    }
    return { ...document, debris: documentDebris };
  });
}
