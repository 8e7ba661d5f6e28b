/**
 * The main window. Its webPreferences are the renderer's half of the security model: no Node,
 * an isolated and sandboxed preload that exposes only `window.shenyi`.
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { WINDOW_TITLE } from './menu-strings';

export interface MainWindowOptions {
  /** out/preload/index.cjs: a sandboxed preload must be CommonJS. */
  preloadPath: string;
  /** DevTools exist only in development; a packaged app has none. */
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
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
  window.once('ready-to-show', () => window.show());
  window.webContents.once('did-fail-load', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Loading the renderer failed:', error));
  return window;
}
