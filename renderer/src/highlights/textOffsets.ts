/**
 * Between DOM positions in a paragraph and offsets in the paragraph's ORIGINAL text.
 *
 * The displayed text may be converted 简/繁 by OpenCC, which maps character for character in
 * practice; the stored text never changes. Where a paragraph's displayed length differs from its
 * original length anyway, offsets are mapped proportionally — close enough to start the quote
 * search the shell runs on every new anchor, which settles the exact words.
 *
 * Decorations drawn into the text (a suggestion's proposed words) carry `data-decoration` and
 * are not part of the text: they are skipped both ways.
 */

const DECORATION = '[data-decoration]';

/** The paragraph's text nodes in order, decorations left out. */
export function textNodes(root: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(DECORATION) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function totalLength(nodes: Text[]): number {
  let length = 0;
  for (const node of nodes) length += node.data.length;
  return length;
}

/** The displayed-text offset of a DOM point inside `root` (a point inside a decoration counts as its start). */
export function pointToDisplayed(root: HTMLElement, nodes: Text[], container: Node, offset: number): number {
  const decoration = (container instanceof Element ? container : container.parentElement)?.closest(DECORATION);
  const point = document.createRange();
  if (decoration && root.contains(decoration)) point.setStartBefore(decoration);
  else point.setStart(container, offset);
  point.collapse(true);
  let seen = 0;
  for (const node of nodes) {
    if (node === point.startContainer) return seen + Math.min(point.startOffset, node.data.length);
    // comparePoint: -1 before the (collapsed) point, 0 at it, 1 after it.
    if (point.comparePoint(node, node.data.length) <= 0) seen += node.data.length;
    else break;
  }
  return seen;
}

/** The text node and offset at a displayed-text offset; at a node boundary, the end of the earlier node. */
export function displayedToPoint(nodes: Text[], displayed: number): { node: Text; offset: number } | null {
  let seen = 0;
  for (const node of nodes) {
    const length = node.data.length;
    if (displayed <= seen + length) return { node, offset: Math.max(0, displayed - seen) };
    seen += length;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}

/** Same as displayedToPoint, but at a boundary the start of the later node (for range starts). */
function displayedToStartPoint(nodes: Text[], displayed: number): { node: Text; offset: number } | null {
  let seen = 0;
  for (const node of nodes) {
    const length = node.data.length;
    if (displayed < seen + length) return { node, offset: Math.max(0, displayed - seen) };
    seen += length;
  }
  return displayedToPoint(nodes, displayed);
}

export function toOriginal(displayed: number, displayedLength: number, originalLength: number): number {
  if (displayedLength === originalLength || displayedLength === 0) return Math.min(displayed, originalLength);
  return Math.min(originalLength, Math.round((displayed * originalLength) / displayedLength));
}

export function toDisplayed(original: number, displayedLength: number, originalLength: number): number {
  if (displayedLength === originalLength || originalLength === 0) return Math.min(original, displayedLength);
  return Math.min(displayedLength, Math.round((original * displayedLength) / originalLength));
}

/** The DOM boundary points of an original-text range, or null when the paragraph shows no text. */
export function boundaryPoints(
  nodes: Text[],
  originalLength: number,
  start: number,
  end: number,
): { start: { node: Text; offset: number }; end: { node: Text; offset: number } } | null {
  const displayedLength = totalLength(nodes);
  const from = displayedToStartPoint(nodes, toDisplayed(start, displayedLength, originalLength));
  const to = displayedToPoint(nodes, toDisplayed(end, displayedLength, originalLength));
  return from && to ? { start: from, end: to } : null;
}
