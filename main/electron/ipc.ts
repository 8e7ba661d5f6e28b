/**
 * The API over Electron IPC: one channel for calls, one for events pushed to the renderer.
 * Every call is checked for its sender frame before the shared dispatcher validates the payload.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { dispatch } from '../api/dispatch';
import type { EventName, EventPayloads, Handlers, Result } from '../api/contract';
import { isAppUrl } from './app-origin';

export const CALL_CHANNEL = 'shenyi:call';
export const EVENT_CHANNEL = 'shenyi:event';

/**
 * Only our own page may call. The window never navigates away and never embeds anything, but
 * if it ever did, a foreign frame (an iframe, a page reached by a bug) gets `forbidden`
 * instead of the store (Electron security checklist item 17).
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export async function handleCall(handlers: Handlers, event: Pick<IpcMainInvokeEvent, 'senderFrame'>, method: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isTrustedSender(event)) {
    return { ok: false, error: { code: 'forbidden', message: 'This page may not call Shenyi.' } };
  }
  return dispatch(handlers, method, payload);
}

export function registerApiChannel(handlers: Handlers): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, payload: unknown) => handleCall(handlers, event, method, payload));
}

/** A call either answered in main (the window's own methods) or relayed to the core process. */
export type RelayCall = (method: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * The API channel when the core runs in a utility process (core-process.ts): the methods that
 * need the shell (`local`, e.g. 'window.flushed') are dispatched here, every other call is
 * relayed, and the core's job progress is pushed to the window as it comes.
 */
export function registerRelayChannel(
  core: { call: RelayCall; onEvent(listener: <E extends EventName>(event: E, payload: EventPayloads[E]) => void): () => void },
  local: Partial<Handlers>,
  window: () => WebContents | null,
): void {
  const localMethods = new Set(Object.keys(local));
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, payload: unknown) => {
    if (!isTrustedSender(event)) return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'This page may not call Shenyi.' } });
    // dispatch reads only the entry of the method it was given, which `local` has.
    if (typeof method === 'string' && localMethods.has(method)) return dispatch(local as Handlers, method, payload);
    return core.call(method, payload);
  });
  core.onEvent((name, payload) => {
    const contents = window();
    if (contents && !contents.isDestroyed()) sendEvent(contents, name, payload);
  });
}

export function sendEvent<E extends EventName>(contents: WebContents, event: E, payload: EventPayloads[E]): void {
  contents.send(EVENT_CHANNEL, event, payload);
}
