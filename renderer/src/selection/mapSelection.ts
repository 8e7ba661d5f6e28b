/**
 * The reader's DOM selection as paragraph ids and offsets into the paragraphs' ORIGINAL text —
 * what `opinions.create` takes. A selection may run across paragraphs and the headings between
 * them; it is trimmed to the paragraph text it covers (selectionOffsets.ts). Selections that start or end in a note,
 * a control or outside the report are not the reader marking the report, and map to nothing.
 */
import type { SelectionInput } from '../api/contract';
import type { HighlightPainter } from '../highlights/HighlightPainter';
import { selectionOffsets, type SelectedParagraph } from './selectionOffsets';

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
  const paragraphs: SelectedParagraph[] = [];
  for (const text of texts) {
    const id = paragraphId(text);
    if (id) paragraphs.push({ id, length: painter.originalText(id)?.length ?? 0 });
  }
  const firstId = paragraphId(first);
  const lastId = paragraphId(last);
  if (!firstId || !lastId) return null;

  const start = first.contains(range.startContainer) ? painter.offsetAt(firstId, range.startContainer, range.startOffset) : null;
  const end = last.contains(range.endContainer) ? painter.offsetAt(lastId, range.endContainer, range.endOffset) : null;
  // A point the painter cannot place (a paragraph it has not attached) maps to nothing.
  if ((first.contains(range.startContainer) && start === null) || (last.contains(range.endContainer) && end === null)) return null;
  const input = selectionOffsets(paragraphs, start, end);
  if (!input) return null;

  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  const anchorRect = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { input, anchorRect };
}

function paragraphId(text: HTMLElement): string | null {
  return text.closest<HTMLElement>('.para-row')?.dataset.paragraphId ?? null;
}
