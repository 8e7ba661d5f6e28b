import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../../main/api/contract';

// The real electron package cannot be loaded outside Electron (here it would try to download).
vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

const { handleCall } = await import('../../../main/electron/ipc');

const calls: string[] = [];
const handlers = {
  'app.info': () => {
    calls.push('app.info');
    return { shell: 'electron', version: 'test', dataDir: '/nowhere' };
  },
} as unknown as Handlers;

type Frame = { url: string; parent: unknown } | null;
const from = (frame: Frame) => ({ senderFrame: frame }) as Pick<IpcMainInvokeEvent, 'senderFrame'>;

beforeEach(() => {
  calls.length = 0;
});

describe('shenyi:call sender check', () => {
  it('dispatches calls from the app:// main frame', async () => {
    const result = await handleCall(handlers, from({ url: 'app://shenyi/index.html#/report/1', parent: null }), 'app.info', {});
    expect(result).toEqual({ ok: true, value: { shell: 'electron', version: 'test', dataDir: '/nowhere' } });
    expect(calls).toEqual(['app.info']);
  });

  it.each<[string, Frame]>([
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
    ['a subframe of our page', { url: 'app://shenyi/frame.html', parent: {} }],
    ['a destroyed frame', null],
  ])('answers forbidden to %s without dispatching', async (_name, frame) => {
    const result = await handleCall(handlers, from(frame), 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('still validates the method and payload for a trusted sender', async () => {
    const trusted = from({ url: 'app://shenyi/', parent: null });
    expect(await handleCall(handlers, trusted, 'nope', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handleCall(handlers, trusted, 'app.info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });
});
