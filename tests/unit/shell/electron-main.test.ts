/**
 * The Electron main process, run in Node against a recording fake of the electron module (no
 * Electron binary can run on the CI machines) and the real app core with a throwaway data
 * directory. It checks the wiring: what is hardened before the window exists, the window's
 * webPreferences, the IPC door, and the File → 打开/导入… flow.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { delegatePackageBase64 } from '../../support/big-package';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const order: string[] = [];
  const listeners = new Map<string, Listener[]>();
  const emitter = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return emitter;
    },
    emit(event: string, ...args: unknown[]) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
  };
  const paths = new Map<string, string>([['appData', '/fake-app-data']]);
  const windows: { options: Record<string, unknown>; loaded: string[]; sent: unknown[][] }[] = [];
  const captured: Record<string, Listener> = {};
  const sessionCalls: Record<string, unknown> = {};
  const dialogState = { nextPaths: [] as string[], errors: [] as [string, string][] };

  class BrowserWindow {
    static getAllWindows = () => windows;
    readonly record: { options: Record<string, unknown>; loaded: string[]; sent: unknown[][] };
    readonly webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      order.push('new BrowserWindow');
      this.record = { options, loaded: [], sent: [] };
      windows.push(this.record);
      const record = this.record;
      this.webContents = { send: (...args: unknown[]) => record.sent.push(args), isLoading: () => false, isDestroyed: () => false, once: () => undefined, on: () => undefined };
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 10, width: 1280, height: 860 });
    close = () => undefined;
    maximize = () => undefined;
    focus = () => undefined;
    show = () => undefined;
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }

  const electron = {
    app: Object.assign(emitter, {
      isPackaged: false,
      enableSandbox: () => order.push('enableSandbox'),
      getPath: (name: string) => paths.get(name) ?? `/fake-${name}`,
      setPath: (name: string, value: string) => {
        order.push(`setPath ${name}`);
        paths.set(name, value);
      },
      requestSingleInstanceLock: () => {
        order.push('requestSingleInstanceLock');
        return true;
      },
      whenReady: () => {
        order.push('whenReady');
        return Promise.resolve();
      },
      getVersion: () => '0.0.0-test',
      quit: () => order.push('quit'),
      exit: (code: number) => order.push(`exit ${code}`),
      addRecentDocument: (path: string) => order.push(`addRecentDocument ${path}`),
      clearRecentDocuments: () => undefined,
    }),
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        captured.menu = () => menu;
      },
    },
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: dialogState.nextPaths }),
      showErrorBox: (title: string, message: string) => dialogState.errors.push([title, message]),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        order.push(`ipcMain.handle ${channel}`);
        captured[channel] = handler;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        order.push('registerSchemesAsPrivileged');
        sessionCalls.schemes = schemes;
      },
      handle: (scheme: string, handler: Listener) => {
        order.push(`protocol.handle ${scheme}`);
        captured.protocol = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: unknown) => (sessionCalls.permissionRequest = handler),
        setPermissionCheckHandler: (handler: unknown) => (sessionCalls.permissionCheck = handler),
        setDevicePermissionHandler: (handler: unknown) => (sessionCalls.devicePermission = handler),
        setDisplayMediaRequestHandler: (handler: unknown) => (sessionCalls.displayMedia = handler),
        setSpellCheckerEnabled: (enabled: boolean) => (sessionCalls.spellChecker = enabled),
        webRequest: { onBeforeRequest: (handler: unknown) => (sessionCalls.beforeRequest = handler) },
        on: (event: string, handler: unknown) => (sessionCalls[event] = handler),
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    // The utility process is played by a worker thread running the core's entry from source (the
    // built one sits in out/, which this test does not need): the relay to the core runs for real.
    utilityProcess: {
      fork: () => {
        order.push('utilityProcess.fork');
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        const worker = new Worker(new URL('../../../main/jobs/core-worker-from-source.mjs', import.meta.url));
        const handlers = new Map<string, Listener[]>();
        const child = {
          on(event: string, listener: Listener) {
            handlers.set(event, [...(handlers.get(event) ?? []), listener]);
            return child;
          },
          once(event: string, listener: Listener) {
            return child.on(event, listener);
          },
          postMessage: (message: unknown) => worker.postMessage(message),
          kill: () => {
            void worker.terminate();
            return true;
          },
        };
        worker.on('message', (message: unknown) => handlers.get('message')?.forEach((listener) => listener(message)));
        worker.on('exit', (code: number) => handlers.get('exit')?.forEach((listener) => listener(code)));
        return child;
      },
    },
  };
  return { order, emitter, windows, captured, sessionCalls, dialogState, electron, paths };
});

vi.mock('electron', () => fake.electron);

const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-electron-main-'));
const fixture = resolve('tests/fixtures/beijing-2026-zh-hans.txt');
type MenuItem = { label?: string; accelerator?: string; click?: () => void; submenu?: MenuItem[] };
const fileMenuItem = (label: string) => (fake.captured.menu as () => MenuItem[])().find((item) => item.label === '文件')?.submenu?.find((item) => item.label === label);
const trusted = { senderFrame: { url: 'app://shenyi/index.html', parent: null } };

beforeAll(async () => {
  process.env.SHENYI_DATA_DIR = dataDir;
  await import('../../../main/electron/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
}, 60_000);

afterAll(() => {
  delete process.env.SHENYI_DATA_DIR;
  fake.emitter.emit('will-quit');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Electron main', () => {
  it('hardens and locks before anything is shown, and opens the store before the window', () => {
    const at = (step: string) => fake.order.indexOf(step);
    expect(at('enableSandbox')).toBe(0);
    expect(at('setPath userData')).toBeLessThan(at('requestSingleInstanceLock'));
    expect(at('registerSchemesAsPrivileged')).toBeLessThan(at('whenReady'));
    expect(at('protocol.handle app')).toBeLessThan(at('new BrowserWindow'));
    expect(at('ipcMain.handle shenyi:call')).toBeLessThan(at('new BrowserWindow'));
    expect(fake.paths.get('userData')).toBe(dataDir);
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(fake.sessionCalls.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('creates a sandboxed, isolated window loading app://shenyi/', () => {
    const [window] = fake.windows;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      webviewTag: false,
      devTools: true,
    });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window?.loaded).toEqual(['app://shenyi/index.html']);
  });

  it('denies every permission and every remote request', () => {
    const callback = vi.fn();
    (fake.sessionCalls.permissionRequest as Listener)({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect((fake.sessionCalls.permissionCheck as Listener)({}, 'clipboard-read', 'app://shenyi', {})).toBe(false);
    expect(fake.sessionCalls.spellChecker).toBe(false);
    const decide = (url: string) => {
      let answer: unknown;
      (fake.sessionCalls.beforeRequest as Listener)({ url }, (response: unknown) => (answer = response));
      return answer;
    };
    expect(decide('https://example.com/x.js')).toEqual({ cancel: true });
    expect(decide('app://shenyi/assets/x.js')).toEqual({ cancel: false });
  });

  it('denies navigation, new windows and webviews in every web contents', () => {
    const handlers: Record<string, Listener> = {};
    let openHandler: Listener = () => undefined;
    fake.emitter.emit('web-contents-created', {}, {
      on: (event: string, listener: Listener) => (handlers[event] = listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      handlers[event]?.({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('answers app:// requests outside the renderer folder with 404', async () => {
    const respond = fake.captured.protocol as (request: Request) => Promise<Response>;
    expect((await respond(new Request('app://shenyi/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await respond(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('serves the API to our page only', async () => {
    const call = fake.captured['shenyi:call'] as Listener;
    const list = (await call(trusted, 'library.list', {})) as { ok: boolean; value: unknown[] };
    expect(list.ok).toBe(true);
    expect(list.value.length).toBeGreaterThan(0); // the bundled sample, imported on first launch
    expect(await call({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'library.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(trusted, 'app.info', {})).toMatchObject({ ok: true, value: { shell: 'electron', version: '0.0.0-test', dataDir } });
  });

  it('opens a report from the File menu: imports it, remembers it, tells the renderer', async () => {
    const open = fileMenuItem('打开/导入…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    fake.dialogState.nextPaths = [fixture];
    open?.click?.();
    await vi.waitFor(() => expect(fake.windows[0]?.sent).toHaveLength(1), { timeout: 30_000 });
    const [channel, event, payload] = fake.windows[0]!.sent[0]!;
    expect([channel, event]).toEqual(['shenyi:event', 'report.opened']);
    expect(payload).toEqual({ reportId: expect.any(String) });
    expect(JSON.parse(readFileSync(join(dataDir, 'recent-files.json'), 'utf8'))).toEqual([fixture]);
    expect(fake.order).toContain(`addRecentDocument ${fixture}`);
  });

  it('shows an import failure in an error box', async () => {
    const open = fileMenuItem('打开/导入…');
    fake.dialogState.nextPaths = [join(dataDir, 'missing.txt')];
    open?.click?.();
    await vi.waitFor(() => expect(fake.dialogState.errors).toHaveLength(1));
    expect(fake.dialogState.errors[0]?.[1]).toContain('missing.txt');
  });

  it('cancels a long job in the utility process while its work never yields, and keeps none of it', async () => {
    const call = fake.captured['shenyi:call'] as Listener;
    const packageData = await delegatePackageBase64(5_000);
    const sent = fake.windows[0]!.sent;
    const from = sent.length;
    const importing = call(trusted, 'package.import', { fileName: 'wang.shenyi.json', dataBase64: packageData }) as Promise<{ ok: boolean; error?: { code: string } }>;
    // The cancel goes out once the core has said it is under way, as the strip's button would.
    const progress = () => sent.slice(from).filter(([channel, event]) => channel === 'shenyi:event' && event === 'job.progress').map(([, , payload]) => payload as { jobId: string; done: number; state: string });
    await vi.waitFor(() => expect(progress().some((event) => event.done > 0)).toBe(true), { timeout: 30_000, interval: 5 });
    const { jobId } = progress()[0]!;
    expect(await call(trusted, 'jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await importing).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(progress().at(-1)).toMatchObject({ jobId, state: 'cancelled' });
    expect(progress().at(-1)!.done).toBeLessThan(5_000);
    const [report] = ((await call(trusted, 'library.list', {})) as { value: { id: string }[] }).value;
    const versions = (await call(trusted, 'report.versions', { reportId: report!.id })) as { value: { id: string }[] };
    const listed = (await call(trusted, 'opinions.list', { reportId: report!.id, versionId: versions.value.at(-1)!.id })) as { value: unknown[] };
    expect(listed.value).toHaveLength(0);
  }, 60_000);

  it('closes the store when the app quits, holding the quit until the core has closed it', async () => {
    const event = { preventDefault: vi.fn() };
    fake.emitter.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.order).toContain('quit'), { timeout: 10_000 });
    expect(existsSync(join(dataDir, 'shenyi.db-wal'))).toBe(false);
  });
});
