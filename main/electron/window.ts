/**
 * The main window. Its webPreferences are the renderer's half of the security model: no Node,
 * an isolated and sandboxed preload that exposes only `window.shenyi`.
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { WINDOW_TITLE } from './menu-strings';
import { DEFAULT_SIZE, MINIMUM_SIZE } from './window-state';
import type { WindowState } from './window-state';

export interface MainWindowOptions {
  /** out/preload/index.cjs: a sandboxed preload must be CommonJS. */
  preloadPath: string;
  /** DevTools exist only in development; a packaged app has none. */
  devTools: boolean;
  /** Where the window was last time, already checked to be on a screen; centred at the default size when absent. */
  place: WindowState | null;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(options.place ? options.place.bounds : DEFAULT_SIZE),
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    title: WINDOW_TITLE,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The spell-checker would download dictionaries from Google.
      spellcheck: false,
      devTools: options.devTools,
      safeDialogs: true,
    },
  });
  // Shown once painted, so the user never sees an empty white frame; shown anyway if the page
  // fails to load, so a broken build is a visible error rather than an invisible window.
  window.once('ready-to-show', () => {
    if (options.place?.maximized) window.maximize();
    window.show();
  });
  window.webContents.once('did-fail-load', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Loading the renderer failed:', error));
  return window;
}
