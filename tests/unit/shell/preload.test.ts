import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShenyiApi } from '../../../main/api/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;
const listeners = new Set<Listener>();
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (_channel: string, listener: Listener) => listeners.add(listener),
    removeListener: (_channel: string, listener: Listener) => listeners.delete(listener),
  },
}));

await import('../../../preload/index');
const api = exposed.shenyi as ShenyiApi;
const emit = (...args: unknown[]) => listeners.forEach((listener) => listener({ sender: 'secret ipc event' }, ...args));

beforeEach(() => invoke.mockClear());

describe('preload', () => {
  it('exposes exactly call and on', () => {
    expect(Object.keys(exposed)).toEqual(['shenyi']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
  });

  it('forwards known methods over shenyi:call', async () => {
    expect(await api.call('app.info', {})).toEqual({ ok: true, value: 'from main' });
    expect(invoke).toHaveBeenCalledWith('shenyi:call', 'app.info', {});
  });

  it('answers unknown methods itself with invalid-input', async () => {
    const call = api.call as (method: string, input: unknown) => Promise<unknown>;
    expect(await call('shell.exec', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('delivers only the subscribed event, with the payload alone, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const off = api.on('report.opened', (...args: unknown[]) => seen.push(args));
    emit('menu.import', {});
    emit('report.opened', { reportId: 'r1' });
    off();
    emit('report.opened', { reportId: 'r2' });
    expect(seen).toEqual([[{ reportId: 'r1' }]]);
    expect(listeners.size).toBe(0);
  });

  it('refuses unknown events', () => {
    const on = api.on as (event: string, listener: () => void) => () => void;
    expect(() => on('anything', () => undefined)).toThrow(TypeError);
    expect(listeners.size).toBe(0);
  });
});
