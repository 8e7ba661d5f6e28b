/**
 * Sentences of the report's paragraphs, as the reader sees them, for selecting from the keyboard:
 * `]` selects the next sentence, `[` the previous one, `Shift+]` adds the next sentence to the
 * selection. With words selected, the stance keys 1–5, C and S then mark them as a drag would.
 * A sentence ends after 。！？；!?; and the closing quotes or brackets that follow; the proposed
 * words of a suggestion (drawn in the text, not part of it) are skipped.
 */
const END = /[。！？；!?;][”’」』）)】〕]*/g;

interface Piece {
  node: Text;
  start: number;
}

interface ParagraphText {
  element: HTMLElement;
  text: string;
  pieces: Piece[];
}

function readParagraph(element: HTMLElement): ParagraphText {
  const pieces: Piece[] = [];
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-decoration]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  return { element, text, pieces };
}

/** [start, end) of each sentence, blank space around it left out. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  const push = (end: number) => {
    let start = from;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end > start) spans.push([start, end]);
    from = end;
  };
  for (const match of text.matchAll(END)) push(match.index + match[0].length);
  push(text.length);
  return spans;
}

function point(paragraph: ParagraphText, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  for (let i = 0; i < paragraph.pieces.length; i++) {
    const piece = paragraph.pieces[i]!;
    const end = piece.start + piece.node.data.length;
    if (offset < end || (preferEnd && offset === end) || i === paragraph.pieces.length - 1) {
      return { node: piece.node, offset: Math.min(offset - piece.start, piece.node.data.length) };
    }
  }
  return null;
}

/** Where a DOM point lies in a paragraph's seen text. */
function offsetOf(paragraph: ParagraphText, node: Node, offset: number): number | null {
  const piece = paragraph.pieces.find((candidate) => candidate.node === node);
  if (piece) return piece.start + offset;
  if (!paragraph.element.contains(node)) return null;
  // A point between elements: the text before it.
  const range = document.createRange();
  range.setStart(paragraph.element, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export type SentenceMove = 'next' | 'previous' | 'extend';

/** The paragraph texts of the report, in order. */
function paragraphsOf(report: HTMLElement): HTMLElement[] {
  return [...report.querySelectorAll<HTMLElement>('.para-row .para-text')];
}

/** The first paragraph whose text is in the column's view. */
function firstInView(elements: HTMLElement[], column: HTMLElement): number {
  const top = column.getBoundingClientRect().top;
  const index = elements.findIndex((element) => element.getBoundingClientRect().bottom > top + 4);
  return Math.max(0, index);
}

/**
 * Moves (or extends) the document's selection by one sentence. Returns false when there is no
 * sentence to go to.
 */
export function selectSentence(report: HTMLElement, column: HTMLElement, move: SentenceMove): boolean {
  const elements = paragraphsOf(report);
  if (elements.length === 0) return false;
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const inReport = range && !selection!.isCollapsed && report.contains(range.commonAncestorContainer);

  // Where we are: the paragraph and offset the selection ends (next, extend) or starts (previous) at.
  let index: number;
  let offset: number;
  if (inReport) {
    const node = move === 'previous' ? range.startContainer : range.endContainer;
    const at = move === 'previous' ? range.startOffset : range.endOffset;
    index = elements.findIndex((element) => element.contains(node));
    if (index < 0) index = firstInView(elements, column);
    const found = offsetOf(readParagraph(elements[index]!), node, at);
    offset = found ?? 0;
  } else {
    index = firstInView(elements, column);
    offset = -1; // before the paragraph's first sentence
  }

  let target: { paragraph: ParagraphText; span: [number, number] } | null = null;
  for (let i = index; i >= 0 && i < elements.length && !target; i += move === 'previous' ? -1 : 1) {
    const paragraph = readParagraph(elements[i]!);
    const spans = sentenceSpans(paragraph.text);
    const span =
      move === 'previous'
        ? [...spans].reverse().find(([, end]) => i !== index || end <= offset)
        : spans.find(([start]) => i !== index || start >= offset);
    if (span) target = { paragraph, span };
  }
  if (!target || !selection) return false;

  const start = point(target.paragraph, target.span[0], false);
  const end = point(target.paragraph, target.span[1], true);
  if (!start || !end) return false;
  const next = document.createRange();
  if (move === 'extend' && inReport) next.setStart(range.startContainer, range.startOffset);
  else next.setStart(start.node, start.offset);
  next.setEnd(end.node, end.offset);
  selection.removeAllRanges();
  selection.addRange(next);
  (end.node.parentElement ?? target.paragraph.element).scrollIntoView({ block: 'nearest' });
  return true;
}
