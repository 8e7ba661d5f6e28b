/**
 * Paints opinions' passages and search hits over the report text with the CSS Custom Highlight
 * API: one `Highlight` per stance colour (plus comment, deletion and search styles), filled with
 * `StaticRange`s. The paragraph DOM is never touched, so React's memoised rows stay as they are,
 * and selection offsets keep meaning the same text.
 *
 * Measured (tests' Chromium 156, headless, software rendering, 2 CPUs shared with other jobs;
 * 3,000 paragraphs of 160 characters in `content-visibility: auto` rows like the reader's;
 * 10,000 highlights in 5 colours, a quarter overlapping; medians of 5 fresh pages, two runs):
 *
 *                               apply (script)  to first frame  scroll step*  200 edits elsewhere
 *   <mark> spans, nested          88–118 ms      120–161 ms      36–42 ms       0.2–0.3 ms
 *   Highlight API, live Range     27–46 ms        55–123 ms      46–53 ms       115–121 ms
 *   Highlight API, StaticRange    31–36 ms        62–95 ms       53 ms          0.2 ms
 *   (* one jump of a screen and two frames, painting included)
 *
 * The <mark> figure is raw DOM building; through React it is slower still, it re-renders every
 * row whose highlights change, and it splits the text nodes that selections are mapped through.
 * Painting highlights costs a little more per scrolled frame (~10 ms at 10,000, nothing at the
 * hundreds a report really gets). Live Ranges make every DOM change anywhere pay for updating
 * all 10,000 of them — typing in a margin note cost 0.6 ms a keystroke — so StaticRanges are
 * used, and a paragraph is repainted whenever React re-renders it (its text nodes may then be
 * new). Overlaps show both: each highlight paints a translucent background and the two blend.
 *
 * Each painter is one pane and registers names of its own (highlightNames.ts), so two panes can
 * paint at once.
 */
import type { Stance } from '../api/contract';
import type { HighlightSpec } from '../annotations/OpinionStore';
import { baseHighlightRules, highlightNames, stanceHighlightRules, type HighlightNames } from './highlightNames';
import { boundaryPoints, pointToDisplayed, textNodes, toOriginal, totalLength } from './textOffsets';

interface AttachedParagraph {
  element: HTMLElement;
  row: HTMLElement | null;
  text: string;
}

interface PaintedRange {
  highlight: Highlight;
  range: StaticRange;
}

export type SearchRanges = ReadonlyMap<string, [number, number][]>;

export class HighlightPainter {
  private paragraphs = new Map<string, AttachedParagraph>();
  private painted = new Map<string, PaintedRange[]>();
  private highlights = new Map<string, Highlight>();
  private stanceNames = new Map<string, string>();
  private dirty = new Set<string>();
  private frame = 0;
  private sheet: CSSStyleSheet | null = null;
  private search: SearchRanges = new Map();
  private searchCurrent: { paragraphId: string; start: number; end: number } | null = null;
  private readonly supported = typeof CSS !== 'undefined' && 'highlights' in CSS;
  private specsFor: (paragraphId: string) => HighlightSpec[];
  private stances: Stance[] = [];
  private started = false;
  readonly names: HighlightNames;

  constructor(specsFor: (paragraphId: string) => HighlightSpec[], paneId: string) {
    this.specsFor = specsFor;
    this.names = highlightNames(paneId);
  }

  /** Registers this pane's highlights with the document, under names no other pane uses. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.supported) {
      this.register(this.names.comment, 1);
      this.register(this.names.deletion, 3);
      this.register(this.names.search, 4);
      this.register(this.names.searchCurrent, 5);
    }
    this.applyStances();
  }

  /** A paragraph row rendered (its text nodes may be new): paint it on the next frame. */
  attach(paragraphId: string, element: HTMLElement, text: string): void {
    this.paragraphs.set(paragraphId, { element, row: element.closest('.para-row'), text });
    this.invalidate(paragraphId);
  }

  detach(paragraphId: string, element: HTMLElement): void {
    if (this.paragraphs.get(paragraphId)?.element !== element) return;
    this.clear(paragraphId);
    this.paragraphs.delete(paragraphId);
  }

  invalidate(paragraphId: string): void {
    this.dirty.add(paragraphId);
    this.schedule();
  }

  invalidateAll(): void {
    for (const id of this.paragraphs.keys()) this.dirty.add(id);
    this.schedule();
  }

  /** Stance colours changed (or first known): one highlight and one style rule per stance. */
  setStances(stances: Stance[]): void {
    this.stances = stances;
    if (this.started) this.applyStances();
  }

  private applyStances(): void {
    const stances = this.stances;
    if (!this.supported) {
      this.invalidateAll();
      return;
    }
    for (const id of [...this.painted.keys()]) this.clear(id);
    for (const name of this.stanceNames.values()) {
      CSS.highlights.delete(name);
      this.highlights.delete(name);
    }
    this.stanceNames.clear();
    const rules = baseHighlightRules(this.names);
    stances.forEach((stance, index) => {
      const name = this.names.stance(index);
      this.stanceNames.set(stance.id, name);
      this.register(name, 2);
      rules.push(...stanceHighlightRules(name, stance.color));
    });
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(rules.join('\n'));
    this.invalidateAll();
  }

  setSearch(search: SearchRanges, current: { paragraphId: string; start: number; end: number } | null): void {
    const touched = new Set([...this.search.keys(), ...search.keys()]);
    if (this.searchCurrent) touched.add(this.searchCurrent.paragraphId);
    if (current) touched.add(current.paragraphId);
    this.search = search;
    this.searchCurrent = current;
    for (const id of touched) this.invalidate(id);
  }

  /** A live DOM Range over an original-text range of a paragraph (to flash it or place a toolbar). */
  rangeFor(paragraphId: string, start: number, end: number): Range | null {
    const attached = this.paragraphs.get(paragraphId);
    if (!attached) return null;
    const points = boundaryPoints(textNodes(attached.element), attached.text.length, start, end);
    if (!points) return null;
    const range = document.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    return range;
  }

  /** The original-text offset of a DOM point inside a paragraph's text. */
  offsetAt(paragraphId: string, container: Node, offset: number): number | null {
    const attached = this.paragraphs.get(paragraphId);
    if (!attached || !attached.element.contains(container)) return null;
    const nodes = textNodes(attached.element);
    const displayed = pointToDisplayed(attached.element, nodes, container, offset);
    return toOriginal(displayed, totalLength(nodes), attached.text.length);
  }

  element(paragraphId: string): HTMLElement | null {
    return this.paragraphs.get(paragraphId)?.element ?? null;
  }

  originalText(paragraphId: string): string | null {
    return this.paragraphs.get(paragraphId)?.text ?? null;
  }

  /** Paints now what is waiting for the next frame (tests and flashes need the ranges in place). */
  flushNow(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.paintDirty();
  }

  dispose(): void {
    this.started = false;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.supported) {
      for (const [name, highlight] of this.highlights) {
        if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      }
    }
    this.highlights.clear();
    this.stanceNames.clear();
    this.painted.clear();
    if (this.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    this.sheet = null;
  }

  private register(name: string, priority: number): void {
    if (!this.supported) return;
    const highlight = new Highlight();
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
    this.highlights.set(name, highlight);
  }

  private schedule(): void {
    if (this.frame || !this.started) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paintDirty();
    });
  }

  private paintDirty(): void {
    const ids = [...this.dirty];
    this.dirty.clear();
    for (const id of ids) this.paint(id);
  }

  private clear(paragraphId: string): void {
    for (const { highlight, range } of this.painted.get(paragraphId) ?? []) highlight.delete(range);
    this.painted.delete(paragraphId);
  }

  private paint(paragraphId: string): void {
    this.clear(paragraphId);
    const attached = this.paragraphs.get(paragraphId);
    if (!attached) return;
    const specs = this.specsFor(paragraphId);
    const opinionIds = [...new Set(specs.map((spec) => spec.opinionId))];
    // Exposed for tests and tools: a Highlight is not a DOM node, so say here what is painted.
    if (attached.row) {
      if (opinionIds.length > 0) attached.row.dataset.highlightedOpinions = opinionIds.join(' ');
      else delete attached.row.dataset.highlightedOpinions;
    }
    if (!this.supported) return;
    const search = this.search.get(paragraphId) ?? [];
    const current = this.searchCurrent?.paragraphId === paragraphId ? this.searchCurrent : null;
    if (specs.length === 0 && search.length === 0 && !current) return;

    const wanted = new Map<string, [number, number][]>();
    const want = (name: string | undefined, start: number, end: number) => {
      if (!name || end <= start) return;
      const list = wanted.get(name);
      if (list) list.push([start, end]);
      else wanted.set(name, [[start, end]]);
    };
    for (const spec of specs) {
      const { comment, deletion } = this.names;
      const name = spec.style === 'comment' ? comment : spec.style === 'deletion' ? deletion : (this.stanceNames.get(spec.style) ?? comment);
      want(name, spec.start, spec.end);
    }
    for (const [start, end] of search) want(this.names.search, start, end);
    if (current) want(this.names.searchCurrent, current.start, current.end);

    const nodes = textNodes(attached.element);
    const painted: PaintedRange[] = [];
    for (const [name, ranges] of wanted) {
      const highlight = this.highlights.get(name);
      if (!highlight) continue;
      for (const [start, end] of mergeOverlapping(ranges)) {
        const points = boundaryPoints(nodes, attached.text.length, start, end);
        if (!points) continue;
        const range = new StaticRange({
          startContainer: points.start.node,
          startOffset: points.start.offset,
          endContainer: points.end.node,
          endOffset: points.end.offset,
        });
        highlight.add(range);
        painted.push({ highlight, range });
      }
    }
    this.painted.set(paragraphId, painted);
  }
}

/**
 * One highlight paints overlapping ranges of its own once, not darker where they overlap
 * (checked in Chromium), so the ranges of one style in a paragraph are merged first: ten notes
 * on the same sentence in the same stance are one range to add and to paint.
 */
function mergeOverlapping(ranges: [number, number][]): [number, number][] {
  if (ranges.length < 2) return ranges;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [[...sorted[0]!]];
  for (const [start, end] of sorted.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
