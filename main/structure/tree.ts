/**
 * Builds one document's section tree from its blocks. Headings are accepted only where their
 * numbering continues the sequence under their parent (or starts it at 1), so a paragraph that
 * merely begins with "2." or "三是" in the wrong place stays a paragraph.
 */
import { createHash } from 'node:crypto';
import type { HeadingKind, Paragraph, ParsedDocument, Section, SourceSpan } from '../model/report';
import { HEADING_RANKS } from '../model/report';
import type { Block } from './blocks';
import { liftClosingParagraphs, SALUTATION } from './closing';
import {
  looksLikeUnnumberedTitle,
  matchHeading,
  MAX_RUN_IN_HEADING,
  runInHeadingLength,
  type HeadingMatch,
} from './numbering';

/** List items: a one-sentence item ending in a full stop is a paragraph, not a heading line. */
const ITEM_KINDS = new Set<HeadingKind>(['cn-ordinal', 'arabic', 'arabic-paren']);
const MAX_STANDALONE_HEADING = 100;

interface OpenSection {
  section: Section;
  rank: number;
}

function newSection(partial: Partial<Section> & Pick<Section, 'kind' | 'marker' | 'label' | 'title' | 'heading'>): Section {
  return { id: '', level: 0, runIn: false, headingSpans: [], paragraphs: [], children: [], ...partial };
}

function lastNumberOf(parent: Section, kind: HeadingKind, numbers: WeakMap<Section, number>): number {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const child = parent.children[i]!;
    if (child.kind === kind) return numbers.get(child) ?? 0;
  }
  return 0;
}

function isTitleLike(text: string): boolean {
  if (SALUTATION.test(text) || matchHeading(text)) return false;
  const head = text.split('——')[0]!;
  return head.length > 0 && head.length <= 60 && !/[。！？]$/.test(head);
}

function isTitleBlockLine(text: string): boolean {
  return text.length <= 80 && !/[。！？]$/.test(text) && !SALUTATION.test(text) && matchHeading(text) === null;
}

/** Slices spans to the characters [from, to) of their concatenated text. */
export function sliceSpans(spans: SourceSpan[], from: number, to = Infinity): SourceSpan[] {
  const result: SourceSpan[] = [];
  let offset = 0;
  for (const span of spans) {
    const length = span.end - span.start;
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + length);
    if (end > start) result.push({ start: span.start + (start - offset), end: span.start + (end - offset) });
    offset += length;
  }
  return result;
}

export interface BuildInput {
  blocks: Block[];
  fallbackTitle: string;
  numberedTitle: string | null;
  /** Blocks the user restored from page-header debris: they lead the body. */
  leadingBody: Block[];
  duplicateOf: number | null;
  sourceRange: SourceSpan;
  /** The user's word on lines, by the start of their text: true = a heading, false = body text. */
  corrections?: ReadonlyMap<number, boolean>;
}

export function buildDocument(input: BuildInput): Omit<ParsedDocument, 'debris'> {
  // Lines the user restored from the debris are body text: they never become the title or
  // part of the title block, even when they stand before the title in the source.
  const restoredAhead: Block[] = [];
  let skip = 0;
  while (skip < input.blocks.length && input.blocks[skip]!.restored) restoredAhead.push(input.blocks[skip++]!);
  const blocks = input.blocks.slice(skip);
  let index = 0;
  let title = input.fallbackTitle;
  const titleBlock: ParsedDocument['titleBlock'] = [];

  if (input.numberedTitle !== null) {
    title = input.numberedTitle;
    index = 1;
  } else if (blocks[0] && isTitleLike(blocks[0].text)) {
    const first = blocks[0];
    const dash = first.text.indexOf('——');
    title = dash > 0 ? first.text.slice(0, dash) : first.text;
    if (dash > 0) titleBlock.push({ text: first.text.slice(dash), spans: sliceSpans(first.spans, dash) });
    index = 1;
  }
  if (index === 1) {
    while (index < blocks.length && titleBlock.length < 6 && (blocks[index]!.restored || isTitleBlockLine(blocks[index]!.text))) {
      const block = blocks[index]!;
      if (block.restored) {
        restoredAhead.push(block);
        index++;
        continue;
      }
      // An unnumbered part title right after the title block would look the same; it is
      // followed by body text, while the title block runs into the salutation or a heading.
      const next = blocks[index + 1];
      if (next && !isTitleBlockLine(next.text) && !SALUTATION.test(next.text) && matchHeading(next.text) === null && titleBlock.length > 0 && looksLikeUnnumberedTitle(block.text)) break;
      titleBlock.push({ text: block.text, spans: block.spans });
      index++;
    }
  }

  let body = [...input.leadingBody, ...restoredAhead, ...blocks.slice(index)];
  // A very short text (a notice of a few lines, none ending a sentence) would be all title and
  // title block with nothing left to read or cite: its lines are the body instead, and a text of
  // one line keeps that line as its one paragraph under the file's name.
  if (body.length === 0 && index > 0) {
    titleBlock.length = 0;
    body = blocks.slice(1);
    if (body.length === 0 && input.numberedTitle === null) {
      title = input.fallbackTitle;
      body = blocks;
    }
  }
  const root = newSection({ kind: 'root', marker: '', label: '', title, heading: '' });
  const numbers = new WeakMap<Section, number>();
  const stack: OpenSection[] = [{ section: root, rank: -1 }];
  const parts = findUnnumberedParts(body);
  let attachmentAwaitingTitle: Section | null = null;

  const addParagraph = (section: Section, block: Block, headingLength: number, text = block.text, spans = block.spans) => {
    section.paragraphs.push({ id: '', number: 0, path: '', text, spans, headingLength });
  };

  body.forEach((block, bodyIndex) => {
    const top = stack[stack.length - 1]!.section;
    const corrected = input.corrections?.get(block.spans[0]?.start ?? -1);
    if (corrected === false) {
      addParagraph(top, block, 0);
      return;
    }
    if (attachmentAwaitingTitle) {
      const attachment = attachmentAwaitingTitle;
      attachmentAwaitingTitle = null;
      if (block.text.length <= 40 && looksLikeUnnumberedTitle(block.text) && matchHeading(block.text) === null) {
        attachment.title = block.text;
        attachment.heading = `${attachment.heading} ${block.text}`;
        attachment.headingSpans.push(...block.spans);
        return;
      }
    }
    const match = matchHeading(block.text);
    // A line the user promoted that has no numbering of its own is read as a part title.
    if (parts.has(bodyIndex) || (corrected === true && !match)) {
      stack.length = 1;
      const section = newSection({ kind: 'part', marker: '', label: block.text.slice(0, 16), title: block.text, heading: block.text, headingSpans: block.spans });
      root.children.push(section);
      stack.push({ section, rank: HEADING_RANKS.part });
      return;
    }
    const accepted = match ? acceptHeading(match, block, stack, numbers, corrected === true) : null;
    if (!match || !accepted) {
      addParagraph(top, block, 0);
      return;
    }
    const { parentDepth, headingLength, standalone } = accepted;
    stack.length = parentDepth + 1;
    const parent = stack[parentDepth]!.section;
    const title = titleOf(match, headingLength, block.text, standalone);
    const section = newSection({
      kind: match.kind,
      marker: match.marker,
      label: match.label,
      title,
      heading: standalone ? block.text : block.text.slice(0, headingLength || match.marker.length),
      runIn: !standalone,
      headingSpans: standalone ? block.spans : sliceSpans(block.spans, 0, headingLength || match.marker.length),
    });
    if (match.number !== null) numbers.set(section, match.number);
    parent.children.push(section);
    if (standalone) {
      stack.push({ section, rank: HEADING_RANKS[match.kind] });
      if (match.kind === 'part' && match.number === null && match.marker !== '' && match.rest === '') attachmentAwaitingTitle = section;
      return;
    }
    addParagraph(section, block, headingLength);
    // The paragraphs after an item ("一是…", "1. …") stay with it until the next heading:
    // a section lists its own paragraphs before its subsections, so handing them back to the
    // parent would show them ahead of the items they follow.
    stack.push({ section, rank: HEADING_RANKS[match.kind] });
  });

  liftClosingParagraphs(root);
  assignIdentities(root);
  return {
    title,
    titleBlock,
    root,
    sourceRange: input.sourceRange,
    duplicateOf: input.duplicateOf,
    paragraphCount: countParagraphs(root),
  };
}

interface Acceptance {
  parentDepth: number;
  headingLength: number;
  standalone: boolean;
}

/** `promoted`: the user said this line is a heading, so a broken sequence does not refuse it. */
function acceptHeading(match: HeadingMatch, block: Block, stack: OpenSection[], numbers: WeakMap<Section, number>, promoted = false): Acceptance | null {
  const rank = HEADING_RANKS[match.kind];
  let parentDepth = stack.length - 1;
  while (parentDepth > 0 && stack[parentDepth]!.rank >= rank) parentDepth--;
  const parent = stack[parentDepth]!.section;

  if (match.number !== null && !promoted) {
    const last = lastNumberOf(parent, match.kind, numbers);
    if (match.number !== last + 1 && match.number !== 1) return null;
    if (match.decimalLike && (last === 0 || match.number !== last + 1)) return null;
  }
  const markerLength = block.text.length - match.rest.length;
  const runIn = runInHeadingLength(match.rest, match.kind);
  if (match.inlineOnly) {
    if (runIn === 0 || runIn > MAX_RUN_IN_HEADING) return null;
    return { parentDepth, headingLength: markerLength + runIn, standalone: false };
  }
  if (!block.singleLine && runIn === 0) return { parentDepth, headingLength: markerLength, standalone: false };
  if (runIn > 0 && runIn <= MAX_RUN_IN_HEADING) return { parentDepth, headingLength: markerLength + runIn, standalone: false };
  // A numbered list item that is one full sentence ("（１）通过编制规划…。") is a paragraph of
  // its list, while a section heading may end with a full stop and still stand on its own.
  const sentenceItem = ITEM_KINDS.has(match.kind) && /[。！？；;]$/.test(block.text);
  if (runIn === 0 && block.text.length <= MAX_STANDALONE_HEADING && !sentenceItem) {
    return { parentDepth, headingLength: block.text.length, standalone: true };
  }
  // A long numbered paragraph: the marker opens it, the text is body.
  return { parentDepth, headingLength: markerLength, standalone: false };
}

function titleOf(match: HeadingMatch, headingLength: number, text: string, standalone: boolean): string {
  if (match.kind === 'part' && match.number === null) return match.marker === '' ? match.rest : match.label;
  const markerLength = text.length - match.rest.length;
  const raw = standalone ? match.rest : text.slice(markerLength, Math.max(headingLength, markerLength));
  const title = raw.replace(/[。！？!?：:]$/, '').trim();
  // The full heading sentence: a view that needs a shorter label cuts it itself.
  if (title !== '') return title;
  const preview = match.rest.slice(0, 24);
  return match.rest.length > 24 ? `${preview}…` : preview;
}

function findUnnumberedParts(body: Block[]): Set<number> {
  const candidates: number[] = [];
  body.forEach((block, index) => {
    const next = body[index + 1];
    const previous = body[index - 1];
    if (!block.singleLine || !next || !looksLikeUnnumberedTitle(block.text) || matchHeading(block.text)) return;
    if (looksLikeUnnumberedTitle(next.text)) return;
    // The line after 附件 is the attachment's own title, not a part of the report.
    const previousMatch = previous ? matchHeading(previous.text) : null;
    if (previousMatch?.kind === 'part' && previousMatch.number === null) return;
    candidates.push(index);
  });
  // A single short line is more likely a stray caption than a structure of parts.
  return new Set(candidates.length >= 2 ? candidates : []);
}

function countParagraphs(section: Section): number {
  return section.paragraphs.length + section.children.reduce((sum, child) => sum + countParagraphs(child), 0);
}

function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

/** Numbers paragraphs in reading order and gives every node its path and stable id. */
function assignIdentities(root: Section): void {
  let number = 0;
  const seenParagraphs = new Map<string, number>();
  const seenSections = new Map<string, number>();

  const visit = (section: Section, labels: string[], level: number, firstParagraph = 1) => {
    section.level = level;
    const basePath = labels.join('/');
    // A closing section has no label of its own: its paragraphs are its part's (`三/p4`).
    const sectionKey = section.kind === 'closing' ? `${basePath || 'root'}/closing` : basePath === '' ? 'root' : basePath;
    const sectionSeen = seenSections.get(sectionKey) ?? 0;
    seenSections.set(sectionKey, sectionSeen + 1);
    section.id = `s:${sectionKey}${sectionSeen > 0 ? `#${sectionSeen + 1}` : ''}`;

    section.paragraphs.forEach((paragraph: Paragraph, i) => {
      number++;
      paragraph.number = number;
      paragraph.path = [...labels, `p${firstParagraph + i}`].join('/');
      const hash = hashText(paragraph.text);
      const seen = seenParagraphs.get(hash) ?? 0;
      seenParagraphs.set(hash, seen + 1);
      // The id depends on the text and how often it occurred before, not on its position,
      // so a paragraph keeps its id when others are inserted or removed around it.
      paragraph.id = `p${hash}${seen > 0 ? `-${seen + 1}` : ''}`;
    });
    for (const child of section.children) {
      if (child.kind === 'closing') visit(child, labels, level + 1, firstParagraph + section.paragraphs.length);
      else visit(child, [...labels, child.label], level + 1);
    }
  };
  visit(root, [], 0);
}
