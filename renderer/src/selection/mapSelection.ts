/**
 * The reader's DOM selection as paragraph ids and offsets into the paragraphs' ORIGINAL text —
 * what `opinions.create` takes. A selection may run across paragraphs and the headings between
 * them; it is trimmed to the paragraph text it covers. Selections that start or end in a note,
 * a control or outside the report are not the reader marking the report, and map to nothing.
 */
import type { SelectionInput } from '../api/contract';
import type { HighlightPainter } from '../highlights/HighlightPainter';

export interface MappedSelection {
  input: SelectionInput;
  /** Where to put the toolbar: the selection's last line box, in viewport coordinates. */
  anchorRect: DOMRect;
}

const OUTSIDE_TEXT = '.para-margin, .note-card, input, textarea, select, button, [contenteditable="true"]';

export function mapSelection(report: HTMLElement, painter: HighlightPainter): MappedSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!report.contains(range.commonAncestorContainer)) return null;
  for (const container of [range.startContainer, range.endContainer]) {
    const element = container instanceof Element ? container : container.parentElement;
    if (element?.closest(OUTSIDE_TEXT)) return null;
  }

  const texts = Array.from(report.querySelectorAll<HTMLElement>('.para-row .para-text')).filter((element) => range.intersectsNode(element));
  const first = texts[0];
  const last = texts[texts.length - 1];
  if (!first || !last) return null;
  const firstId = paragraphId(first);
  const lastId = paragraphId(last);
  if (!firstId || !lastId) return null;

  const startOffset = first.contains(range.startContainer) ? painter.offsetAt(firstId, range.startContainer, range.startOffset) : 0;
  const lastLength = painter.originalText(lastId)?.length ?? 0;
  const endOffset = last.contains(range.endContainer) ? painter.offsetAt(lastId, range.endContainer, range.endOffset) : lastLength;
  if (startOffset === null || endOffset === null) return null;

  // A selection that ends at the very start of a paragraph does not select anything in it.
  let endId = lastId;
  let end = endOffset;
  if (end === 0 && texts.length > 1) {
    const previous = texts[texts.length - 2] as HTMLElement;
    endId = paragraphId(previous) ?? lastId;
    end = painter.originalText(endId)?.length ?? 0;
  }
  let startId = firstId;
  let start = startOffset;
  if (start >= (painter.originalText(startId)?.length ?? 0) && texts.length > 1) {
    startId = paragraphId(texts[1] as HTMLElement) ?? firstId;
    start = 0;
  }
  if (startId === endId && end <= start) return null;

  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  const anchorRect = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { input: { startParagraphId: startId, startOffset: start, endParagraphId: endId, endOffset: end }, anchorRect };
}

function paragraphId(text: HTMLElement): string | null {
  return text.closest<HTMLElement>('.para-row')?.dataset.paragraphId ?? null;
}
