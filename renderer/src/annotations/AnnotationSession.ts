/**
 * The reader's coordinator for one report version: the page side of annotating, on top of the
 * DOM-free opinions model (OpinionsModel.ts, which owns the store, the saver, the undo history
 * and every API call). Here are the highlight painter of this pane, which rows are near the
 * viewport, the note cards — registered so that "open this note" works from anywhere (a
 * highlight click, the notes list, `n`/`p`) whether or not the card exists yet — and flashes.
 * The reader creates it with the version and drops it with it.
 */
import type { ApiError, ListedOpinion, ReportDocument, Result, SelectionInput, ShenyiApi } from '../api/contract';
import type { MessageKey } from '../i18n/messages';
import { HighlightPainter } from '../highlights/HighlightPainter';
import { newPaneId } from '../highlights/highlightNames';
import { flashRects } from '../highlights/flash';
import { indexDocument } from './docIndex';
import { NearTracker } from './NearTracker';
import type { OpinionPatch, OpinionSaver } from './OpinionSaver';
import { OpinionsModel, type NewNote } from './OpinionsModel';
import type { HighlightSpec, PlaceKey } from './OpinionStore';

export type { NewNote } from './OpinionsModel';

export interface CardHandle {
  element: HTMLElement;
  /** Scrolls the card into view and focuses it; with `edit`, its editor. */
  open(edit: boolean): void;
}

export interface SessionOptions {
  api: ShenyiApi;
  saver: OpinionSaver;
  doc: ReportDocument;
  onError: (error: ApiError) => void;
  /** Names this pane's highlights (highlightNames.ts); two panes on one page need two ids. */
  paneId?: string;
}

export class AnnotationSession {
  readonly model: OpinionsModel;
  readonly painter: HighlightPainter;
  /** Which margin rows are near the viewport: only they build note cards. */
  readonly near = new NearTracker();
  private cards = new Map<string, CardHandle>();
  private pendingOpen: { id: string; edit: boolean } | null = null;
  /** The report column's <article>, where flashes are drawn. */
  private report: HTMLElement | null = null;
  /** Makes a card exist for a note (the reader opens the notes panel in narrow layouts). */
  private reveal: (id: string) => void = () => {};
  /** The note last opened or focused, for `n`/`p`. */
  private activeId: string | null = null;
  private disposed = true;
  /** The note last asked to open, and where it is shown: its place renders it even when folded or far. */
  private wanted: { id: string; place: PlaceKey } | null = null;
  private wantedListeners = new Set<() => void>();
  private placing: string | null = null;
  private placingListeners = new Set<() => void>();
  /** Highlights as last painted, to repaint only the paragraphs whose highlights changed. */
  private paintedHighlights: ReadonlyMap<string, HighlightSpec[]> = new Map();
  /** Whether the first list has been painted (and timed); each is marked once per session. */
  private highlightsMarked = false;
  private marginMarked = false;

  constructor({ api, saver, doc, onError, paneId }: SessionOptions) {
    this.model = new OpinionsModel({ api, saver, reportId: doc.report.id, versionId: doc.version.id, index: indexDocument(doc), onError });
    const store = this.model.store;
    this.painter = new HighlightPainter((paragraphId) => store.highlightsFor(paragraphId), paneId ?? newPaneId('reader'));
    this.paintedHighlights = store.highlightMap();
    store.subscribe(() => this.syncHighlights());
  }

  // The model's parts, named as the views have always reached them.
  get store() {
    return this.model.store;
  }
  get saver() {
    return this.model.saver;
  }
  get commands() {
    return this.model.commands;
  }
  get list() {
    return this.model.list;
  }
  get index() {
    return this.model.index;
  }
  get reportId(): string {
    return this.model.reportId;
  }
  get versionId(): string {
    return this.model.versionId;
  }

  /** Marks for repainting the paragraphs whose highlights changed (the store keeps unchanged arrays). */
  private syncHighlights(): void {
    const previous = this.paintedHighlights;
    const next = this.store.highlightMap();
    if (previous === next) return;
    for (const id of previous.keys()) if (previous.get(id) !== next.get(id)) this.painter.invalidate(id);
    for (const id of next.keys()) if (!previous.has(id)) this.painter.invalidate(id);
    this.paintedHighlights = next;
  }

  /** Goes live (paints, accepts results); the reader shows this session from now on. */
  start(): void {
    this.disposed = false;
    this.model.start();
    this.painter.start();
  }

  dispose(): void {
    this.disposed = true;
    this.model.dispose();
    this.painter.dispose();
    this.near.dispose();
  }

  get reportElement(): HTMLElement | null {
    return this.report;
  }

  setReportElement(element: HTMLElement | null): void {
    this.report = element;
  }

  setRevealCard(reveal: (id: string) => void): void {
    this.reveal = reveal;
  }

  setActive(id: string): void {
    this.activeId = id;
  }

  /**
   * Loads (or refreshes) the opinions. `prefetched` is a list request sent while the report was
   * still being rendered (ReaderStore.open), so the shell's work overlaps the first render.
   */
  async load(prefetched?: Promise<Result<readonly ListedOpinion[]>>): Promise<void> {
    const views = await this.model.fetch(prefetched);
    if (!views || this.disposed) return;
    if (this.store.loaded) {
      this.store.replaceAll(views);
      return;
    }
    // The first list: highlights first. They need no card, so they are painted now, before React
    // hears of the opinions; the cards of the rows on screen follow once that frame is out.
    this.store.replaceAll(views, { quiet: true });
    this.syncHighlights();
    this.painter.flushNow();
    if (!this.highlightsMarked) {
      this.highlightsMarked = true;
      performance.mark('shenyi:highlights-painted', { detail: { opinions: views.length } });
    }
    afterNextFrame(() => {
      if (!this.disposed) this.store.notify();
    });
  }

  /**
   * Called once the margin has rendered the loaded opinions (the cards of the rows near the
   * viewport exist and take clicks): marks `shenyi:margin-ready` the first time.
   */
  marginRendered(): void {
    if (this.marginMarked || !this.store.loaded || this.disposed) return;
    this.marginMarked = true;
    performance.mark('shenyi:margin-ready', { detail: { opinions: this.store.count() } });
  }

  adopt(view: ListedOpinion): void {
    if (!this.disposed) this.model.adopt(view);
  }

  showPending(id: string): void {
    this.model.showPending(id);
  }

  // ---- what the cards and panels do, through the model; the page follows ----

  /** Creates an opinion and opens its card for writing. */
  async create(note: NewNote): Promise<ListedOpinion | null> {
    const view = await this.model.create(note);
    if (view) this.openNote(view.id, true);
    return view;
  }

  remove(id: string): Promise<boolean> {
    return this.model.remove(id);
  }

  /** Restores from the trash and shows the note again. */
  async restore(id: string): Promise<boolean> {
    const ok = await this.model.restore(id);
    if (ok) this.openNote(id, false);
    return ok;
  }

  settle(copyId: string, keep: 'current' | 'incoming'): Promise<boolean> {
    return this.model.settle(copyId, keep);
  }

  change(id: string, label: MessageKey, before: OpinionPatch, after: OpinionPatch): void {
    this.model.change(id, label, before, after);
  }

  // ---- placing an opinion by hand: pick it, then select its words in the text ----

  /** The opinion waiting for the person to select where it goes; null when none is. */
  get placingId(): string | null {
    return this.placing;
  }

  subscribePlacing = (listener: () => void): (() => void) => {
    this.placingListeners.add(listener);
    return () => this.placingListeners.delete(listener);
  };

  /** From now on the selection toolbar offers to place this opinion on the selected words. */
  startPlacing(id: string): void {
    this.setPlacing(id);
  }

  cancelPlacing(): void {
    this.setPlacing(null);
  }

  /** Places the waiting opinion on the selection, and shows its card there. */
  async placeHere(selection: SelectionInput): Promise<boolean> {
    const id = this.placing;
    if (!id) return false;
    this.setPlacing(null);
    return this.place(id, selection);
  }

  async place(id: string, selection: SelectionInput): Promise<boolean> {
    const ok = await this.model.place(id, selection);
    if (ok) this.openNote(id, false);
    return ok;
  }

  unplace(id: string): Promise<boolean> {
    return this.model.unplace(id);
  }

  private setPlacing(id: string | null): void {
    if (this.placing === id) return;
    this.placing = id;
    for (const listener of this.placingListeners) listener();
  }

  committed(id: string, label: MessageKey, before: OpinionPatch, after: OpinionPatch): void {
    this.model.committed(id, label, before, after);
  }

  // ---- cards: opening, flashing, moving between them ----

  registerCard(id: string, handle: CardHandle): () => void {
    this.cards.set(id, handle);
    if (this.pendingOpen?.id === id) {
      const { edit } = this.pendingOpen;
      this.pendingOpen = null;
      // After the card's first paint, so scrolling measures its real place.
      requestAnimationFrame(() => handle.open(edit));
    }
    return () => {
      if (this.cards.get(id) === handle) this.cards.delete(id);
    };
  }

  openNote(id: string, edit: boolean): void {
    this.activeId = id;
    const card = this.cards.get(id);
    if (card && card.element.isConnected && card.element.offsetParent !== null) {
      card.open(edit);
      return;
    }
    this.pendingOpen = { id, edit };
    // The card may not exist yet: its row is far away, or it is folded under "+N". Its place
    // is told to show it; the card opens itself when it registers.
    const place = this.store.placeOf(id);
    if (place) this.setWanted({ id, place });
    this.reveal(id);
  }

  subscribeWanted = (listener: () => void): (() => void) => {
    this.wantedListeners.add(listener);
    return () => this.wantedListeners.delete(listener);
  };

  /** The note a place must show whatever its folding, or null. */
  wantedIn(place: PlaceKey): string | null {
    return this.wanted?.place === place ? this.wanted.id : null;
  }

  wantedId(): string | null {
    return this.wanted?.id ?? null;
  }

  /** The reader folded a place again: it need no longer show the note asked for. */
  releaseWanted(place: PlaceKey): void {
    if (this.wanted?.place !== place) return;
    this.wanted = null;
    for (const listener of [...this.wantedListeners]) listener();
  }

  private setWanted(wanted: { id: string; place: PlaceKey }): void {
    if (this.wanted?.id === wanted.id && this.wanted.place === wanted.place) return;
    this.wanted = wanted;
    for (const listener of [...this.wantedListeners]) listener();
  }

  /** Moves to the next (1) or previous (-1) note in reading order, and shows its passage. */
  step(direction: 1 | -1): void {
    const all = this.store.all();
    if (all.length === 0) return;
    // A note deleted since it was active is not found, and counts as none.
    const current = this.activeId ? all.findIndex((view) => view.id === this.activeId) : -1;
    const next = current < 0 ? (direction === 1 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, current + direction));
    const view = all[next];
    if (!view) return;
    this.openNote(view.id, false);
    this.flash(view.id);
  }

  /** Briefly marks an opinion's passage (or heading, or title) in the text, once scrolling has settled. */
  flash(id: string): void {
    requestAnimationFrame(() => requestAnimationFrame(() => this.flashNow(id)));
  }

  private flashNow(id: string): void {
    const view = this.store.get(id);
    const report = this.reportElement;
    if (!view || !report || this.disposed) return;
    if (view.kind === 'section-note' || view.kind === 'report-note') {
      const target =
        view.kind === 'report-note'
          ? report.querySelector<HTMLElement>('.report-header .report-title')
          : report.querySelector<HTMLElement>(`[data-testid="section-heading"][data-section-id="${CSS.escape(view.sectionId ?? '')}"]`);
      if (target) flashElement(target);
      return;
    }
    this.painter.flushNow();
    const ranges = view.resolution?.ranges ?? [];
    const domRanges = ranges
      .map((range) => this.painter.rangeFor(range.paragraphId, range.start, range.end))
      .filter((range): range is Range => range !== null);
    flashRects(report, domRanges);
  }

  /** The opinions painted at an offset of a paragraph, innermost (shortest) first. */
  opinionsAt(paragraphId: string, offset: number): string[] {
    const hits = this.store
      .highlightsFor(paragraphId)
      .filter((spec) => spec.start <= offset && offset < spec.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    return [...new Set(hits.map((spec) => spec.opinionId))];
  }
}

/** Runs `callback` once the next frame has been produced (or soon, in a page that draws no frames). */
function afterNextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  // A hidden page draws no frames: the opinions must still arrive.
  setTimeout(run, 250);
}

function flashElement(element: HTMLElement): void {
  element.classList.remove('flash-target');
  // Restart the animation when the same element flashes twice in a row.
  void element.offsetWidth;
  element.classList.add('flash-target');
  element.addEventListener('animationend', () => element.classList.remove('flash-target'), { once: true });
}
