/**
 * A short flash over a passage: boxes drawn over the range's line boxes in a layer of the report
 * (which scrolls with the text), faded out by CSS and then removed. A `::highlight` cannot be
 * animated, and wrapping the words would change the paragraph's DOM, so the flash is an overlay.
 */
const FLASH_MS = 1400;

export function flashRects(report: HTMLElement, ranges: Range[]): void {
  const origin = report.getBoundingClientRect();
  const layer = document.createElement('div');
  layer.className = 'flash-layer';
  layer.setAttribute('aria-hidden', 'true');
  layer.dataset.testid = 'passage-flash';
  for (const range of ranges) {
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width < 1 || rect.height < 1) continue;
      const box = document.createElement('div');
      box.className = 'flash-rect';
      box.style.left = `${rect.left - origin.left}px`;
      box.style.top = `${rect.top - origin.top}px`;
      box.style.width = `${rect.width}px`;
      box.style.height = `${rect.height}px`;
      layer.append(box);
    }
  }
  if (layer.childElementCount === 0) return;
  report.append(layer);
  setTimeout(() => layer.remove(), FLASH_MS);
}
