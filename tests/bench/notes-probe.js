/* global window, document, requestAnimationFrame, CSS, Highlight, MutationObserver */
// Injected before the renderer's scripts (page.addInitScript) for the "report with many notes"
// bench. The caller sets window.__notesExpected (opinions, each with one highlighted range).
// The painter merges the overlapping ranges of one stance in a paragraph (they paint the same),
// so "every opinion painted" is: every opinion is listed in its row's data-highlighted-opinions
// (which the painter writes as it adds that row's ranges) and every such row holds ranges.
// Records in window.__notes, in ms since navigation start:
//   listRequested      opinions.list sent (window.fetch is wrapped)
//   listArrived        its response parsed
//   firstAdd, lastAdd  first and last Highlight.prototype.add call (wrapped, to time the painter's own work)
//   firstCard          the first note card in the DOM
//   highlightsPainted  the end of the first frame in which every opinion is painted (see above)
//   highlightRows      rows marked data-highlighted-opinions at that moment
//   notesInDom         every [data-testid="note-card"] present; if the margin renders fewer (virtualised),
//                      the notes toggle shows the full count and the number of cards last changed then
//   notesPainted       the end of the frame in which that was seen
//   cards, badge       how many cards are in the DOM, what the notes toggle says; virtualised: see above
//   textInDom          the report's first paragraph text in the DOM (a MutationObserver: the commit itself)
//   textPainted        the end of the frame that first showed it
// These are observed from outside (the frames once per frame); the renderer's own marks are not used.
(() => {
  const expected = window.__notesExpected;
  const bench = (window.__notes = {});
  // check() runs in requestAnimationFrame: a task queued from there runs once that frame has been
  // rendered, before tasks the page queues after it (such as the margin's cards rendering).
  const afterThisFrame = (callback) => setTimeout(callback, 0);

  new PerformanceObserver((list) => {
    const fcp = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
    if (fcp) bench.fcp = fcp.startTime;
  }).observe({ type: 'paint', buffered: true });

  // The list may arrive before the report's text is rendered (both are asked for at once):
  // highlights can be painted only once both are there.
  const textObserver = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="paragraph-text"]')) return;
    bench.textInDom = performance.now();
    textObserver.disconnect();
    requestAnimationFrame(() => afterThisFrame(() => (bench.textPainted = performance.now())));
  });
  textObserver.observe(document, { childList: true, subtree: true });

  const fetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const isList = String(typeof input === 'string' ? input : input.url).endsWith('/api/opinions.list');
    if (isList) bench.listRequested ??= performance.now();
    const response = await fetch(input, init);
    if (isList) {
      const json = response.json.bind(response);
      response.json = async () => {
        const body = await json();
        bench.listArrived ??= performance.now();
        return body;
      };
    }
    return response;
  };

  if (typeof Highlight !== 'undefined') {
    const add = Highlight.prototype.add;
    Highlight.prototype.add = function (range) {
      const now = performance.now();
      bench.firstAdd ??= now;
      bench.lastAdd = now;
      bench.adds = (bench.adds ?? 0) + 1;
      return add.call(this, range);
    };
  }

  const rangesPainted = () => {
    if (typeof CSS === 'undefined' || !CSS.highlights) return 0;
    let n = 0;
    for (const [name, highlight] of CSS.highlights) if (!name.startsWith('sy-search')) n += highlight.size;
    return n;
  };
  const allPainted = () => {
    const rows = document.querySelectorAll('[data-highlighted-opinions]');
    const opinions = new Set();
    for (const row of rows) for (const id of row.dataset.highlightedOpinions.split(' ')) opinions.add(id);
    if (opinions.size < expected || typeof CSS === 'undefined' || !CSS.highlights) return false;
    const rowsWithRanges = new Set();
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('sy-search')) continue;
      for (const range of highlight) rowsWithRanges.add(range.startContainer.parentElement?.closest('[data-highlighted-opinions]'));
    }
    return [...rows].every((row) => rowsWithRanges.has(row));
  };

  let cardsSeen = -1;
  let changedAt = 0;
  let paintedAfterChange = {};
  const check = () => {
    const now = performance.now();
    if (bench.listArrived !== undefined && bench.highlightsSeen === undefined && allPainted()) {
      bench.highlightsSeen = now;
      bench.highlightRows = document.querySelectorAll('[data-highlighted-opinions]').length;
      bench.rangesPainted = rangesPainted();
      afterThisFrame(() => (bench.highlightsPainted = performance.now()));
    }
    if (bench.listArrived !== undefined && bench.notesInDom === undefined) {
      const cards = document.querySelectorAll('[data-testid="note-card"]').length;
      if (cards > 0) bench.firstCard ??= now;
      if (cards !== cardsSeen) {
        cardsSeen = cards;
        changedAt = now;
        const stamp = (paintedAfterChange = {});
        afterThisFrame(() => (stamp.at = performance.now()));
      }
      const badge = Number(document.querySelector('[data-testid="notes-count"]')?.textContent ?? NaN);
      if (cards >= expected) {
        Object.assign(bench, { notesInDom: now, cards, badge, virtualised: false });
        afterThisFrame(() => (bench.notesPainted = performance.now()));
      } else if (badge >= expected && cards > 0 && now - changedAt > 1000 && paintedAfterChange.at !== undefined) {
        // The margin renders only some cards: time when their number last changed, and its frame.
        Object.assign(bench, { notesInDom: changedAt, notesPainted: paintedAfterChange.at, cards, badge, virtualised: true });
      }
    }
    if (bench.notesPainted !== undefined && bench.highlightsPainted !== undefined && bench.fcp !== undefined) {
      bench.done = true;
      return;
    }
    if (now > 60_000) {
      bench.error = `gave up after 60 s: ${JSON.stringify({ ...bench, ranges: rangesPainted(), cards: document.querySelectorAll('[data-testid="note-card"]').length })}`;
      bench.done = true;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
