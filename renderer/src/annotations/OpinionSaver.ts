/**
 * Autosave for opinions, one queue per opinion. Edits are merged and sent after a short pause;
 * a flush sends at once and is used on blur, on closing a note, on switching report, on
 * `pagehide`/`beforeunload` and when the window hides — a pending edit is never cancelled, only
 * sent sooner (the way note apps lose the last words is a debounce cancelled on close).
 *
 * One request per opinion is in flight at a time, so saves land in the order they were made.
 * A failed save keeps its edit (merged under anything typed since) and is retried with backoff;
 * the editor keeps the text all along. The saver outlives the note component and the report
 * view, so a save still pending when a note closes is still delivered.
 */
import type { ApiError, Input, ListedOpinion, RichTextNode, ShenyiApi } from '../api/contract';

/** The contract's patch, with the body typed as the editor's JSON (the schema types it loosely on input). */
export type OpinionPatch = Omit<Input<'opinions.update'>['patch'], 'body'> & { body?: RichTextNode };
/** A body can be handed over lazily: serialising a long note on every keystroke would be wasted work. */
export type BodySource = RichTextNode | (() => RichTextNode);
export type PendingPatch = Omit<OpinionPatch, 'body'> & { body?: BodySource };

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaveStatus {
  state: SaveState;
  error: ApiError | null;
}

interface Entry {
  id: string;
  versionId: string;
  pending: PendingPatch | null;
  /** The patch on its way to the shell, until it answers. */
  sending: OpinionPatch | null;
  timer: ReturnType<typeof setTimeout> | null;
  inflight: boolean;
  attempt: number;
  status: SaveStatus;
  listeners: Set<() => void>;
  waiters: (() => void)[];
}

export const SAVE_DEBOUNCE_MS = 400;
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;
/** Errors a retry cannot fix: the edit is kept and sent again with the next change or flush. */
const PERMANENT: ReadonlySet<ApiError['code']> = new Set(['invalid-input', 'not-found', 'forbidden']);

const IDLE: SaveStatus = { state: 'idle', error: null };

export class OpinionSaver {
  private entries = new Map<string, Entry>();
  private api: ShenyiApi;
  /** Called with each view the shell returns (resolved in `versionId`), with edits made since laid over it. */
  private onSaved: (view: ListedOpinion, versionId: string) => void = () => {};

  constructor(api: ShenyiApi) {
    this.api = api;
  }

  setOnSaved(onSaved: (view: ListedOpinion, versionId: string) => void): void {
    this.onSaved = onSaved;
  }

  /** Queues a change; `delay` 0 sends it now (a stance picked, a tag added). */
  edit(id: string, versionId: string, patch: PendingPatch, delay = SAVE_DEBOUNCE_MS): void {
    const entry = this.entry(id);
    entry.versionId = versionId;
    entry.pending = { ...entry.pending, ...patch };
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    if (!entry.inflight) this.setStatus(entry, { state: 'pending', error: entry.status.error });
    if (delay <= 0) void this.run(entry);
    else entry.timer = setTimeout(() => void this.run(entry), delay);
  }

  /** Sends what is pending for one opinion now; resolves once nothing is pending or in flight (or it failed). */
  flush(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || (!entry.pending && !entry.inflight)) return Promise.resolve();
    this.resolveBody(entry);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    const settled = new Promise<void>((resolve) => entry.waiters.push(resolve));
    void this.run(entry);
    return settled;
  }

  flushAll(): Promise<void> {
    return Promise.all([...this.entries.keys()].map((id) => this.flush(id))).then(() => undefined);
  }

  /** Turns a lazy body into a value now, while its editor still exists. */
  settleBody(id: string): void {
    const entry = this.entries.get(id);
    if (entry) this.resolveBody(entry);
  }

  hasPending(id: string): boolean {
    const entry = this.entries.get(id);
    return !!entry && (entry.pending !== null || entry.inflight);
  }

  /** The edits not yet confirmed by the shell (sent or not), bodies resolved: laid over any view from the shell. */
  pendingPatch(id: string): OpinionPatch | null {
    const entry = this.entries.get(id);
    if (!entry || (!entry.pending && !entry.sending)) return null;
    this.resolveBody(entry);
    return { ...entry.sending, ...(entry.pending as OpinionPatch | null) };
  }

  /** Drops what is queued for an opinion that no longer exists (deleted): nothing left to save it to. */
  forget(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.pending = null;
    entry.sending = null;
    entry.timer = null;
    this.setStatus(entry, IDLE);
    this.settle(entry);
  }

  status(id: string): SaveStatus {
    return this.entries.get(id)?.status ?? IDLE;
  }

  subscribe(id: string, listener: () => void): () => void {
    const entry = this.entry(id);
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  overlay(view: ListedOpinion): ListedOpinion {
    const patch = this.pendingPatch(view.id);
    if (!patch) return view;
    return {
      ...view,
      ...(patch.body ? { body: patch.body } : {}),
      ...(patch.tags ? { tags: patch.tags } : {}),
      ...(patch.stanceId !== undefined ? { stanceId: patch.stanceId } : {}),
      ...(patch.suggestion && view.suggestion ? { suggestion: { ...view.suggestion, ...patch.suggestion } } : {}),
    };
  }

  private entry(id: string): Entry {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { id, versionId: '', pending: null, sending: null, timer: null, inflight: false, attempt: 0, status: IDLE, listeners: new Set(), waiters: [] };
      this.entries.set(id, entry);
    }
    return entry;
  }

  private resolveBody(entry: Entry): void {
    const body = entry.pending?.body;
    if (typeof body === 'function' && entry.pending) entry.pending = { ...entry.pending, body: body() };
  }

  private async run(entry: Entry): Promise<void> {
    if (entry.inflight) return; // the request in flight sends the rest when it returns
    if (!entry.pending) {
      this.settle(entry);
      return;
    }
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    this.resolveBody(entry);
    const patch = entry.pending as OpinionPatch;
    entry.pending = null;
    entry.sending = patch;
    entry.inflight = true;
    this.setStatus(entry, { state: 'saving', error: null });
    const result = await this.api.call('opinions.update', { id: entry.id, versionId: entry.versionId, patch });
    entry.inflight = false;
    entry.sending = null;
    if (result.ok) {
      entry.attempt = 0;
      this.onSaved(this.overlay(result.value), entry.versionId);
      if (entry.pending) {
        this.setStatus(entry, { state: 'pending', error: null });
        // Edits made while this one was in flight: sent at once if someone is waiting, else after the pause.
        if (entry.waiters.length > 0) void this.run(entry);
        else if (!entry.timer) entry.timer = setTimeout(() => void this.run(entry), SAVE_DEBOUNCE_MS);
        return;
      }
      this.setStatus(entry, { state: 'saved', error: null });
      this.settle(entry);
      return;
    }
    // Keep the failed edit; anything typed since is newer and wins.
    // (Read again: edits may have arrived while the request was out.)
    entry.pending = { ...patch, ...(entry.pending as PendingPatch | null) };
    this.setStatus(entry, { state: 'error', error: result.error });
    this.settle(entry);
    if (PERMANENT.has(result.error.code)) return;
    const wait = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** entry.attempt);
    entry.attempt += 1;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.run(entry), wait);
  }

  private settle(entry: Entry): void {
    const waiters = entry.waiters.splice(0);
    for (const resolve of waiters) resolve();
  }

  private setStatus(entry: Entry, status: SaveStatus): void {
    if (entry.status.state === status.state && entry.status.error === status.error) return;
    entry.status = status;
    for (const listener of [...entry.listeners]) listener();
  }
}
