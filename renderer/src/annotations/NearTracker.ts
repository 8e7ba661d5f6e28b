/**
 * Which margin cells are on screen or close to it, so note cards are built only where they can
 * be seen. A report with 10,000 notes took ~9 s to open when every card was rendered at once;
 * with cards built for the rows near the viewport, the margin is usable in a fraction of that.
 *
 * A cell registers its row; the row's nearness is measured at once (so the rows on screen get
 * their cards in the same commit as the opinions) and then followed by one IntersectionObserver
 * rooted at the report's scroll container, whose root margin reaches a screen above and below.
 * Nearness is sticky: a row that was once near keeps its cards, so scrolling away never unmounts
 * a note being written, and coming back shows the cards already built.
 */
import type { PlaceKey } from './OpinionStore';

/** How far beyond the visible part of the report a row counts as near, in px either way. */
const NEAR_MARGIN_PX = 600;

export class NearTracker {
  private observer: IntersectionObserver | null = null;
  private root: Element | null = null;
  private places = new Map<Element, PlaceKey>();
  private near = new Set<PlaceKey>();
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  isNear(place: PlaceKey): boolean {
    return this.near.has(place);
  }

  /** Follows a row; returns the cleanup. Measures it now, so a row already on screen is near at once. */
  register(place: PlaceKey, row: Element): () => void {
    const observer = this.observerFor(row);
    this.places.set(row, place);
    if (!this.near.has(place) && this.measure(row)) this.markNear([place]);
    if (!this.near.has(place)) observer?.observe(row);
    return () => {
      observer?.unobserve(row);
      if (this.places.get(row) === place) this.places.delete(row);
    };
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.places.clear();
    this.listeners.clear();
  }

  private observerFor(row: Element): IntersectionObserver | null {
    if (this.observer) return this.observer;
    if (typeof IntersectionObserver === 'undefined') return null;
    this.root = row.closest('.report-scroll');
    this.observer = new IntersectionObserver((entries) => this.onEntries(entries), {
      root: this.root,
      rootMargin: `${NEAR_MARGIN_PX}px 0px`,
    });
    return this.observer;
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    const newlyNear: PlaceKey[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const place = this.places.get(entry.target);
      // Once near, always near: the row no longer needs watching.
      this.observer?.unobserve(entry.target);
      if (place && !this.near.has(place)) newlyNear.push(place);
    }
    if (newlyNear.length > 0) this.markNear(newlyNear);
  }

  /** Whether a row is within the near band of the scroll container now (false while hidden). */
  private measure(row: Element): boolean {
    const root = this.root ?? row.closest('.report-scroll');
    if (!root) return false;
    const view = root.getBoundingClientRect();
    if (view.height === 0) return false;
    const box = row.getBoundingClientRect();
    return box.bottom >= view.top - NEAR_MARGIN_PX && box.top <= view.bottom + NEAR_MARGIN_PX;
  }

  private markNear(places: PlaceKey[]): void {
    for (const place of places) this.near.add(place);
    for (const listener of [...this.listeners]) listener();
  }
}
