/**
 * Everything about annotating one report version, in one object the reader creates and drops
 * with the version: the opinion store, the highlight painter, the undo history, and the actions
 * that change opinions through the API. Note cards register here so that "open this note" works
 * from anywhere (a highlight click, the notes list, `n`/`p`), whether or not the card exists yet.
 */
import type { ApiError, OpinionKind, ListedOpinion, ReportDocument, Result, RichTextNode, SelectionInput, ShenyiApi } from '../api/contract';
import type { MessageKey } from '../i18n/messages';
import { HighlightPainter } from '../highlights/HighlightPainter';
import { flashRects } from '../highlights/flash';
import { CommandStack } from './CommandStack';
import { indexDocument, type DocIndex } from './docIndex';
import { NearTracker } from './NearTracker';
import { NotesListState } from './NotesListState';
import type { OpinionPatch, OpinionSaver } from './OpinionSaver';
import { OpinionStore, type HighlightSpec, type PlaceKey } from './OpinionStore';

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
}

export type NewNote =
  | { kind: 'passage-comment' | 'passage-suggestion'; selection: SelectionInput; stanceId: string | null }
  | { kind: 'section-note'; sectionId: string }
  | { kind: 'report-note' };

export class AnnotationSession {
  readonly api: ShenyiApi;
  readonly saver: OpinionSaver;
  readonly index: DocIndex;
  readonly store: OpinionStore;
  readonly painter: HighlightPainter;
  readonly commands = new CommandStack();
  /** Which margin rows are near the viewport: only they build note cards. */
  readonly near = new NearTracker();
  /** The notes list's filter and ticked opinions, kept while the panel is closed (export uses them). */
  readonly list: NotesListState;
  readonly reportId: string;
  readonly versionId: string;
  private onError: (error: ApiError) => void;
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
  /** Highlights as last painted, to repaint only the paragraphs whose highlights changed. */
  private paintedHighlights: ReadonlyMap<string, HighlightSpec[]> = new Map();
  /** Whether the first list has been painted (and timed); each is marked once per session. */
  private highlightsMarked = false;
  private marginMarked = false;

  constructor({ api, saver, doc, onError }: SessionOptions) {
    this.api = api;
    this.saver = saver;
    this.onError = onError;
    this.reportId = doc.report.id;
    this.versionId = doc.version.id;
    this.index = indexDocument(doc);
    this.store = new OpinionStore(this.reportId, this.versionId, this.index);
    this.painter = new HighlightPainter((paragraphId) => this.store.highlightsFor(paragraphId));
    this.list = new NotesListState(this.store);
    this.paintedHighlights = this.store.highlightMap();
    this.store.subscribe(() => this.syncHighlights());
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
    this.painter.start();
  }

  dispose(): void {
    this.disposed = true;
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
   * still being rendered (App.openReport), so the shell's work overlaps the first render.
   */
  async load(prefetched?: Promise<Result<readonly ListedOpinion[]>>): Promise<void> {
    const result = await (prefetched ?? this.api.call('opinions.list', { reportId: this.reportId, versionId: this.versionId }));
    if (this.disposed) return;
    if (!result.ok) {
      this.onError(result.error);
      return;
    }
    // Edits not yet confirmed are laid over what the shell sent: a refresh never shows older text.
    const views = result.value.map((view) => this.saver.overlay(view));
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
    if (!this.disposed) this.store.upsert(view);
  }

  /** Lays the edits not yet confirmed over the stored opinion, so every view of it shows them. */
  showPending(id: string): void {
    const view = this.store.get(id);
    if (view && this.saver.pendingPatch(id)) this.adopt(this.saver.overlay(view));
  }

  // ---- creating and removing ----

  async create(note: NewNote): Promise<ListedOpinion | null> {
    const id = crypto.randomUUID();
    const base = { id, reportId: this.reportId, versionId: this.versionId, tags: [] as string[] };
    const input =
      note.kind === 'section-note'
        ? { ...base, kind: note.kind, stanceId: null, sectionId: note.sectionId }
        : note.kind === 'report-note'
          ? { ...base, kind: note.kind, stanceId: null }
          : {
              ...base,
              kind: note.kind,
              stanceId: note.stanceId,
              selection: note.selection,
              ...(note.kind === 'passage-suggestion' ? { suggestion: { proposed: '', reason: '' } } : {}),
            };
    const result = await this.api.call('opinions.create', input);
    if (!result.ok) {
      this.onError(result.error);
      return null;
    }
    const view = result.value;
    this.adopt(view);
    this.commands.push({
      label: createLabel(view.kind),
      undo: () => this.deleteNow(view.id),
      redo: () => this.restoreNow(view.id),
    });
    this.openNote(view.id, true);
    return view;
  }

  async remove(id: string): Promise<boolean> {
    const ok = await this.deleteNow(id);
    if (ok) this.commands.push({ label: 'undo.delete', undo: () => this.restoreNow(id), redo: () => this.deleteNow(id) });
    return ok;
  }

  /** Restores from the trash (the trash panel's button); undoable like any other step. */
  async restore(id: string): Promise<boolean> {
    const ok = await this.restoreNow(id);
    if (ok) {
      this.commands.push({ label: 'undo.restore', undo: () => this.deleteNow(id), redo: () => this.restoreNow(id) });
      this.openNote(id, false);
    }
    return ok;
  }

  private async deleteNow(id: string): Promise<boolean> {
    // Whatever was typed last goes in first, so a restore brings back the latest words.
    await this.saver.flush(id);
    const result = await this.api.call('opinions.delete', { id });
    if (!result.ok) {
      this.onError(result.error);
      return false;
    }
    this.saver.forget(id);
    this.store.remove(id);
    if (this.activeId === id) this.activeId = null;
    return true;
  }

  private async restoreNow(id: string): Promise<boolean> {
    const result = await this.api.call('opinions.restore', { id, versionId: this.versionId });
    if (!result.ok) {
      this.onError(result.error);
      return false;
    }
    this.adopt(result.value);
    return true;
  }

  /** Settles a conflict: keeps the opinion as it is ('current') or takes the imported version; the other goes to the trash. */
  async settle(copyId: string, keep: 'current' | 'incoming'): Promise<boolean> {
    const result = await this.api.call('opinions.settle', { id: copyId, versionId: this.versionId, keep });
    if (!result.ok) {
      this.onError(result.error);
      return false;
    }
    this.store.remove(copyId);
    this.adopt(result.value);
    return true;
  }

  // ---- edits ----

  /** A change made in a card's own controls (stance, tags): saved now and undoable. */
  change(id: string, label: MessageKey, before: OpinionPatch, after: OpinionPatch): void {
    this.apply(id, after);
    this.commands.push({
      label,
      undo: () => Promise.resolve(this.apply(id, before)),
      redo: () => Promise.resolve(this.apply(id, after)),
    });
  }

  /** Records an edit already saved by the card's autosave (a body or suggestion committed on blur). */
  committed(id: string, label: MessageKey, before: OpinionPatch, after: OpinionPatch): void {
    this.commands.push({
      label,
      undo: () => Promise.resolve(this.apply(id, before)),
      redo: () => Promise.resolve(this.apply(id, after)),
    });
  }

  /** Shows a change at once and saves it; the card adopts it unless its editor is in use. */
  private apply(id: string, patch: OpinionPatch): boolean {
    const view = this.store.get(id);
    if (!view) return false;
    this.saver.edit(id, this.versionId, patch, 0);
    this.store.upsert(this.saver.overlay(view));
    return true;
  }

  setBody(id: string, body: RichTextNode): void {
    this.apply(id, { body });
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

function createLabel(kind: OpinionKind): MessageKey {
  return kind === 'passage-suggestion' ? 'undo.createSuggestion' : 'undo.create';
}

function flashElement(element: HTMLElement): void {
  element.classList.remove('flash-target');
  // Restart the animation when the same element flashes twice in a row.
  void element.offsetWidth;
  element.classList.add('flash-target');
  element.addEventListener('animationend', () => element.classList.remove('flash-target'), { once: true });
}
