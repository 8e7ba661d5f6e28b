/**
 * Closing the window never loses an edit. The renderer saves as the user types, and an edit can
 * be queued behind a save still in flight; closing at that moment would drop it. So the first
 * close is held: the renderer is asked to flush ('window.flush-requested'), and the window
 * closes when it answers ('window.flushed') or after a bounded wait, so a hung page can never
 * keep the app from quitting. No electron import: the window is passed in.
 */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardOptions {
  askToFlush(requestId: string): void;
  /** How long a page may take to save before the window closes anyway. */
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface CloseGuard {
  /** The renderer's answer; an unknown or late id is ignored. */
  flushed(requestId: string): void;
}

export const CLOSE_FLUSH_TIMEOUT_MS = 5000;

export function guardClose(window: ClosableWindow, options: CloseGuardOptions): CloseGuard {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let released = false;
  let pending: { requestId: string; timer: unknown } | null = null;
  let counter = 0;

  const release = () => {
    if (pending) clearTimer(pending.timer);
    pending = null;
    released = true;
    if (!window.isDestroyed()) window.close();
  };

  window.on('close', (event) => {
    if (released) return;
    event.preventDefault();
    if (pending) return; // already asked; a second click waits for the same answer
    counter += 1;
    const requestId = `close-${counter}`;
    pending = { requestId, timer: setTimer(release, options.timeoutMs ?? CLOSE_FLUSH_TIMEOUT_MS) };
    options.askToFlush(requestId);
  });

  return {
    flushed(requestId) {
      if (pending?.requestId === requestId) release();
    },
  };
}
