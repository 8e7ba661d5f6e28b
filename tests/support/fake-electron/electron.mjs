/**
 * A recording stand-in for the `electron` module, for running the BUILT main bundle
 * (out/main/index.js) in plain Node: every call the shell makes is logged in order, and the
 * handlers it registers (protocol, IPC, app events, window events) are kept so a driver can call
 * them as Electron would. Only what the bundle uses is here; anything else it reaches for
 * fails loudly as a missing export at load time, which is what a broken bundle should do.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';

export const record = { calls: [], protocol: null, ipc: new Map(), windows: [], menu: null, sessions: {}, dialogs: [] };
const log = (entry) => record.calls.push(entry);

class AppEmitter extends EventEmitter {}
const paths = new Map([['appData', '/fake-app-data']]);
const appEmitter = new AppEmitter();
let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));

export const app = Object.assign(appEmitter, {
  isPackaged: false,
  enableSandbox: () => log('app.enableSandbox'),
  getPath: (name) => paths.get(name) ?? `/fake-${name}`,
  setPath: (name, value) => {
    log(`app.setPath ${name}`);
    paths.set(name, value);
  },
  requestSingleInstanceLock: () => {
    log('app.requestSingleInstanceLock');
    return true;
  },
  whenReady: () => {
    log('app.whenReady');
    return ready;
  },
  getVersion: () => '0.0.0-bundle',
  quit: () => log('app.quit'),
  exit: (code) => log(`app.exit ${code}`),
  addRecentDocument: (path) => log(`app.addRecentDocument ${path}`),
  clearRecentDocuments: () => undefined,
  /** Called by the driver: Electron's 'ready'. */
  __becomeReady: () => {
    log('ready');
    readyResolve();
  },
});

class FakeWebContents extends EventEmitter {
  sent = [];
  send(...args) {
    this.sent.push(args);
  }
  isLoading = () => false;
  isDestroyed = () => false;
  setWindowOpenHandler() {}
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows = () => record.windows.filter((window) => !window.destroyed);
  destroyed = false;
  loaded = [];
  webContents = new FakeWebContents();
  constructor(options) {
    super();
    this.options = options;
    log('new BrowserWindow');
    record.windows.push(this);
  }
  loadURL(url) {
    this.loaded.push(url);
    // As Electron: the page paints, then the window may be shown.
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show() {
    log('window.show');
    this.emit('show');
  }
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
      if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  isMaximized = () => false;
  maximize() {}
  restore() {}
  focus() {}
  getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 760 });
}

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => {
    log('Menu.setApplicationMenu');
    record.menu = menu;
  },
};

export const dialog = {
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showErrorBox: (title, message) => record.dialogs.push({ title, message }),
  showMessageBox: (_window, options) => {
    record.dialogs.push(options);
    return Promise.resolve({ response: 0 });
  },
};

export const ipcMain = {
  handle: (channel, handler) => {
    log(`ipcMain.handle ${channel}`);
    record.ipc.set(channel, handler);
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => {
    log('protocol.registerSchemesAsPrivileged');
    record.schemes = schemes;
  },
  handle: (scheme, handler) => {
    log(`protocol.handle ${scheme}`);
    record.protocol = handler;
  },
};

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] };

function fakeSession(name) {
  const calls = {};
  record.sessions[name] = calls;
  return {
    setPermissionRequestHandler: (handler) => (calls.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (calls.permissionCheck = handler),
    setDevicePermissionHandler: (handler) => (calls.devicePermission = handler),
    setDisplayMediaRequestHandler: (handler) => (calls.displayMedia = handler),
    setSpellCheckerEnabled: (enabled) => (calls.spellChecker = enabled),
    webRequest: { onBeforeRequest: (handler) => (calls.beforeRequest = handler) },
    on: (event, handler) => (calls[event] = handler),
  };
}

export const session = { defaultSession: fakeSession('default'), fromPartition: (name) => fakeSession(name) };

/**
 * A utility process played by a worker thread running the same built entry: the entry takes the
 * worker's parentPort as it would Electron's process.parentPort, so the shell's relay to the
 * app core runs for real.
 */
export const utilityProcess = {
  fork: (modulePath, _args, options) => {
    log(`utilityProcess.fork ${options?.serviceName ?? ''}`.trim());
    const worker = new Worker(modulePath);
    const child = new EventEmitter();
    worker.on('message', (message) => child.emit('message', message));
    worker.on('exit', (code) => child.emit('exit', code));
    worker.on('error', (error) => {
      console.error('fake utility process:', error);
    });
    return Object.assign(child, {
      postMessage: (message) => worker.postMessage(message),
      kill: () => {
        void worker.terminate();
        return true;
      },
    });
  },
};

export default { app, BrowserWindow, Menu, dialog, ipcMain, protocol, screen, session, utilityProcess };
