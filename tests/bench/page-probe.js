/* global window, document, MutationObserver, requestAnimationFrame, CSS */
// Injected before the renderer's own scripts (page.addInitScript). Records reading-view timings
// in ms since navigation start into window.__bench; the caller sets
// window.__benchExpectedParagraphs first. Once the last paragraph exists and has been painted,
// it clicks the last outline item and times until that section's heading is in the viewport.
// bench.fcp is the first contentful paint; bench.done says everything is in.
(() => {
  const bench = (window.__bench = {});
  const lastParagraph = `[data-testid="paragraph"][data-number="${window.__benchExpectedParagraphs}"]`;
  // rAF runs just before a frame is painted; a task queued from it runs after that paint.
  const afterPaint = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));
  const finish = (error) => {
    if (error) bench.error = error;
    bench.finished = true;
    settle();
  };
  // Done once the jump is timed and the first contentful paint is known (it can be reported late).
  const settle = () => {
    if (bench.finished && bench.fcp !== undefined) bench.done = true;
  };

  new PerformanceObserver((list) => {
    const fcp = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
    if (fcp) bench.fcp = fcp.startTime;
    settle();
  }).observe({ type: 'paint', buffered: true });

  const observer = new MutationObserver(() => {
    if (bench.firstParagraph === undefined && document.querySelector('[data-testid="paragraph"]')) {
      bench.firstParagraph = performance.now();
    }
    if (document.querySelector(lastParagraph)) {
      bench.lastParagraph = performance.now();
      observer.disconnect();
      afterPaint(() => {
        bench.lastParagraphPainted = performance.now();
        clickLastOutlineItem();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });

  function clickLastOutlineItem() {
    const items = document.querySelectorAll('[data-testid="outline-item"]');
    const item = items[items.length - 1];
    if (!item) return finish('no outline item');
    const id = item.getAttribute('data-section-id');
    const heading = document.querySelector(`[data-testid="section-heading"][data-section-id="${CSS.escape(id)}"]`);
    if (!heading) return finish(`no heading for outline item ${id}`);
    bench.clickedSection = id;
    const start = performance.now();
    item.click();
    const check = () => {
      const box = heading.getBoundingClientRect();
      if (box.top >= 0 && box.bottom <= window.innerHeight && item.getAttribute('aria-current') === 'true') {
        afterPaint(() => {
          bench.outlineScrolled = performance.now();
          bench.outlineClickMs = bench.outlineScrolled - start;
          finish();
        });
      } else if (performance.now() - start > 10_000) {
        finish(`section ${id} never came into view (top ${box.top}, viewport ${window.innerHeight})`);
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  }
})();
