import { describe, expect, it, vi } from 'vitest';
import { guardClose } from '../../../main/electron/close-guard';

/** A window that really closes only when nobody prevents its 'close' event. */
function fakeWindow() {
  let listener: (event: { preventDefault(): void }) => void = () => undefined;
  const state = { closed: false, attempts: 0 };
  return {
    state,
    on(_event: 'close', handler: typeof listener) {
      listener = handler;
    },
    close() {
      state.attempts += 1;
      let prevented = false;
      listener({ preventDefault: () => (prevented = true) });
      if (!prevented) state.closed = true;
    },
    isDestroyed: () => state.closed,
  };
}

function manualTimers() {
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  return {
    timers,
    setTimer: (callback: () => void, ms: number) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => ((timer as { cleared: boolean }).cleared = true),
  };
}

describe('closing the window', () => {
  it('waits for the renderer to save what it holds, then closes', () => {
    const window = fakeWindow();
    const asked: string[] = [];
    const timers = manualTimers();
    const guard = guardClose(window, { askToFlush: (id) => asked.push(id), ...timers });
    window.close();
    expect(window.state.closed).toBe(false);
    expect(asked).toHaveLength(1);
    guard.flushed('not-this-one');
    expect(window.state.closed).toBe(false);
    guard.flushed(asked[0]!);
    expect(window.state.closed).toBe(true);
    expect(timers.timers[0]?.cleared).toBe(true);
  });

  it('asks once however often the user clicks close while it saves', () => {
    const window = fakeWindow();
    const askToFlush = vi.fn();
    guardClose(window, { askToFlush, ...manualTimers() });
    window.close();
    window.close();
    expect(askToFlush).toHaveBeenCalledOnce();
  });

  it('closes anyway when the page never answers', () => {
    const window = fakeWindow();
    const timers = manualTimers();
    guardClose(window, { askToFlush: () => undefined, timeoutMs: 1234, ...timers });
    window.close();
    expect(timers.timers[0]?.ms).toBe(1234);
    timers.timers[0]!.callback();
    expect(window.state.closed).toBe(true);
  });
});
