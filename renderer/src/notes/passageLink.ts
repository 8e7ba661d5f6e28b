import type { AnnotationSession } from '../annotations/AnnotationSession';

/**
 * While a card is hovered or focused, its passage is outlined in the text and a line joins the
 * two, so the reader sees which words a note is about even when several sit close together.
 * The line is one fixed element laid over the page, redrawn as the report scrolls under it.
 */
const HIGHLIGHT = 'sy-linked';
let line: HTMLElement | null = null;
let stopFollowing: (() => void) | null = null;

export function passageRanges(session: AnnotationSession, opinionId: string): Range[] {
  const view = session.store.get(opinionId);
  if (!view || (view.kind !== 'passage-comment' && view.kind !== 'passage-suggestion')) return [];
  return (view.resolution?.ranges ?? [])
    .map((range) => session.painter.rangeFor(range.paragraphId, range.start, range.end))
    .filter((range): range is Range => range !== null);
}

/**
 * From the text column's edge, level with the passage's first line, to the card: across, then
 * down or up to the card. Never drawn over the text, where a line would read as a strike-out.
 */
function draw(element: HTMLElement, first: DOMRect, textRight: number, card: HTMLElement): void {
  const box = card.getBoundingClientRect();
  const y = first.top + first.height / 2;
  const cardY = Math.min(Math.max(y, box.top + 8), box.bottom - 8);
  Object.assign(element.style, {
    left: `${textRight}px`,
    top: `${Math.min(y, cardY)}px`,
    width: `${Math.max(0, box.left - textRight)}px`,
    height: `${Math.abs(cardY - y)}px`,
  });
  element.classList.toggle('goes-down', cardY >= y);
  element.classList.toggle('goes-up', cardY < y);
}

export function showPassageLink(session: AnnotationSession, opinionId: string, card: HTMLElement): void {
  hidePassageLink();
  const ranges = passageRanges(session, opinionId);
  if (ranges.length === 0) return;
  if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  // The line only from the margin beside the text; a card in a side panel just outlines its words.
  if (!card.closest('.margin-notes')) return;
  const element = document.createElement('div');
  element.className = 'passage-link';
  element.dataset.testid = 'passage-link';
  element.setAttribute('aria-hidden', 'true');
  const start = ranges[0]!.startContainer;
  const text = (start instanceof Element ? start : start.parentElement)?.closest('.para-text') ?? null;
  const redraw = () => {
    const first = ranges[0]!.getClientRects()[0];
    if (first) draw(element, first, text ? text.getBoundingClientRect().right + 2 : first.right, card);
  };
  redraw();
  document.body.append(element);
  line = element;
  const scroller = card.closest('.report-scroll');
  if (!scroller) return;
  let frame = 0;
  const onScroll = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        redraw();
      });
  };
  scroller.addEventListener('scroll', onScroll, { passive: true });
  stopFollowing = () => {
    scroller.removeEventListener('scroll', onScroll);
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}

export function hidePassageLink(): void {
  if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
  line?.remove();
  line = null;
  stopFollowing?.();
  stopFollowing = null;
}
