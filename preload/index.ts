/**
 * The preload: runs sandboxed and context-isolated, and gives the page exactly one object,
 * `window.shenyi`, with two functions. The page never sees ipcRenderer or an IPC event (either
 * would let it send on any channel or reach the sender). Bundled to CommonJS
 * (out/preload/index.cjs) because a sandboxed preload cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { EVENTS, METHODS } from '../main/api/methods';
import type { EventName, EventPayloads, Method, ShenyiApi } from '../main/api/contract';

// Channel names as in main/electron/ipc.ts (not imported: that module is main-process code).
const CALL_CHANNEL = 'shenyi:call';
const EVENT_CHANNEL = 'shenyi:event';

const methods = new Set<string>(METHODS);
const events = new Set<string>(EVENTS);

const api = {
  call(method, input) {
    // The same answer the browser shell gives, without a round trip to the main process.
    if (!methods.has(method)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `Unknown method: ${String(method).slice(0, 80)}` } });
    }
    return ipcRenderer.invoke(CALL_CHANNEL, method satisfies Method, input);
  },

  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    if (!events.has(event)) throw new TypeError(`Unknown event: ${String(event).slice(0, 80)}`);
    const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as EventPayloads[E]);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
} satisfies ShenyiApi;

contextBridge.exposeInMainWorld('shenyi', api);
