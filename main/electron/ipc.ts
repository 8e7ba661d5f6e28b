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

export function sendEvent<E extends EventName>(contents: WebContents, event: E, payload: EventPayloads[E]): void {
  contents.send(EVENT_CHANNEL, event, payload);
}
