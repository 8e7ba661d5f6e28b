/**
 * The opinions of one report version, without a DOM: the store the views subscribe to, the
 * saver that sends edits, the undo history, the notes list's filter, and every API call that
 * changes or reads opinions. The reader's coordinator (AnnotationSession) adds the page — the
 * painter, the cards, the selection — on top; a second pane or a workspace without a report
 * column (the consolidation desk) can use the model alone.
 */
import type { ApiError, ListedOpinion, Opinion, OpinionKind, Output, ParagraphRange, Result, SelectionInput, ShenyiApi } from '../api/contract';
import type { MessageKey } from '../i18n/messages';
import { CommandStack } from './CommandStack';
import type { DocIndex } from './docIndex';
import { NotesListState } from './NotesListState';
import type { OpinionPatch, OpinionSaver } from './OpinionSaver';
import { OpinionStore } from './OpinionStore';

export type NewNote =
  | { kind: 'passage-comment' | 'passage-suggestion'; selection: SelectionInput; stanceId: string | null }
  | { kind: 'section-note'; sectionId: string }
  | { kind: 'report-note' };

export interface ModelOptions {
  api: ShenyiApi;
  saver: OpinionSaver;
  reportId: string;
  versionId: string;
  index: DocIndex;
  onError: (error: ApiError) => void;
}

export class OpinionsModel {
  readonly saver: OpinionSaver;
  readonly index: DocIndex;
  readonly store: OpinionStore;
  readonly commands = new CommandStack();
  /** The notes list's filter and ticked opinions, kept while the panel is closed (export uses them). */
  readonly list: NotesListState;
  readonly reportId: string;
  readonly versionId: string;
  private readonly api: ShenyiApi;
  private readonly onError: (error: ApiError) => void;
  private disposed = false;

  constructor({ api, saver, reportId, versionId, index, onError }: ModelOptions) {
    this.api = api;
    this.saver = saver;
    this.onError = onError;
    this.reportId = reportId;
    this.versionId = versionId;
    this.index = index;
    this.store = new OpinionStore(reportId, versionId, index);
    this.list = new NotesListState(this.store);
  }

  /** Accepts results again (React may drop and restart a session's effects). */
  start(): void {
    this.disposed = false;
  }

  /** From now on results are dropped: another version is on screen. */
  dispose(): void {
    this.disposed = true;
  }

  get live(): boolean {
    return !this.disposed;
  }

  /**
   * The opinions as the shell lists them, with the edits not yet confirmed laid over them (a
   * refresh never shows older text); null when the list failed (reported) or the model was
   * dropped meanwhile. `prefetched` is a list request sent while the report was being rendered.
   */
  async fetch(prefetched?: Promise<Result<readonly ListedOpinion[]>>): Promise<ListedOpinion[] | null> {
    const result = await (prefetched ?? this.api.call('opinions.list', { reportId: this.reportId, versionId: this.versionId }));
    if (this.disposed) return null;
    if (!result.ok) {
      this.onError(result.error);
      return null;
    }
    return result.value.map((view) => this.saver.overlay(view));
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

  /** Creates an opinion (undoable); the view the shell made, or null when it refused (reported). */
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
    if (ok) this.commands.push({ label: 'undo.restore', undo: () => this.deleteNow(id), redo: () => this.restoreNow(id) });
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

  // ---- placing by hand ----

  /**
   * A person's word on where an opinion stands in this version (an orphaned or ambiguous one,
   * or one the resolver placed wrongly): kept by main over what the resolver finds. Undoable:
   * the undo puts back the earlier placement, or takes this one back.
   */
  async place(id: string, selection: SelectionInput): Promise<boolean> {
    const earlier = placedSelection(this.store.get(id));
    const ok = await this.placeNow(id, selection);
    if (ok) {
      this.commands.push({
        label: 'undo.place',
        undo: () => (earlier ? this.placeNow(id, earlier) : this.unplaceNow(id)),
        redo: () => this.placeNow(id, selection),
      });
    }
    return ok;
  }

  /** Takes a placement by hand back: the opinion is placed as the resolver finds it again. */
  async unplace(id: string): Promise<boolean> {
    const earlier = placedSelection(this.store.get(id));
    if (!earlier) return false;
    const ok = await this.unplaceNow(id);
    if (ok) this.commands.push({ label: 'undo.unplace', undo: () => this.placeNow(id, earlier), redo: () => this.unplaceNow(id) });
    return ok;
  }

  private async placeNow(id: string, selection: SelectionInput): Promise<boolean> {
    return this.adoptResult(await this.api.call('opinions.place', { id, versionId: this.versionId, selection }));
  }

  private async unplaceNow(id: string): Promise<boolean> {
    return this.adoptResult(await this.api.call('opinions.unplace', { id, versionId: this.versionId }));
  }

  private adoptResult(result: Result<ListedOpinion>): boolean {
    if (!result.ok) {
      this.onError(result.error);
      return false;
    }
    this.adopt(this.saver.overlay(result.value));
    return true;
  }

  // ---- edits ----

  /** A change made in a card's own controls (stance, tags): saved now and undoable. */
  change(id: string, label: MessageKey, before: OpinionPatch, after: OpinionPatch): void {
    this.apply(id, after);
    this.committed(id, label, before, after);
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

  // ---- reading what is not on the page ----

  /** The report's deleted opinions, newest first; empty when the shell could not list them. */
  async trash(): Promise<Opinion[]> {
    const result = await this.api.call('opinions.trash', { reportId: this.reportId });
    if (!result.ok) return [];
    return [...result.value].sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1));
  }

  /** Searches the report and its opinions (the shell folds 简/繁 and widths). */
  search(query: string): Promise<Result<Output<'search.query'>>> {
    return this.api.call('search.query', { reportId: this.reportId, versionId: this.versionId, query: query.slice(0, 200) });
  }

}

function createLabel(kind: OpinionKind): MessageKey {
  return kind === 'passage-suggestion' ? 'undo.createSuggestion' : 'undo.create';
}

/** Where a person placed the opinion in this version, as a selection; null when the resolver placed it. */
function placedSelection(view: ListedOpinion | null | undefined): SelectionInput | null {
  const ranges = view?.resolution?.placed ? view.resolution.ranges : undefined;
  return ranges && ranges.length > 0 ? selectionOfRanges(ranges) : null;
}

/** The selection that covers paragraph ranges in reading order (a resolution's, a candidate's). */
export function selectionOfRanges(ranges: readonly ParagraphRange[]): SelectionInput {
  const first = ranges[0]!;
  const last = ranges[ranges.length - 1]!;
  return { startParagraphId: first.paragraphId, startOffset: first.start, endParagraphId: last.paragraphId, endOffset: last.end };
}
