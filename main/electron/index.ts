/**
 * The Electron shell: wires the app core (main/app) to a hardened window, the app:// protocol,
 * the IPC channel and the menu. Launched by scripts/start.mjs in development.
 */
// First: the hardening rules (sandbox for all, navigation and window-open denied) must exist
// before any web contents does.
import { hardenSession } from './security';
import { BrowserWindow, Menu, app, dialog, screen, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPrinter } from './pdf-printer';
import { startCoreHost, type CoreHost } from '../jobs/core-host';
import { utilityProcessCarrier } from './core-process';
import { DomainError } from '../model/errors';
import { APP_NAME, explicitDataDir } from '../app/data-dir';
import { registerAppScheme, serveRenderer } from './protocol';
import { registerRelayChannel } from './ipc';
import { createMainWindow } from './window';
import { appMenuTemplate } from './menu';
import { shellStrings } from './menu-strings';
import type { ShellStrings } from './menu-strings';
import { guardClose } from './close-guard';
import { reportDownloads } from './downloads';
import { placeOnScreens, readWindowState, writeWindowState } from './window-state';
import { sendEvent } from './ipc';
import type { Locale, Settings } from '../api/contract';
import { RecentFiles } from './recent-files';
import { createReportOpener } from './open-report';
import type { ReportOpener } from './open-report';
import { reportPathsFromArgv } from './report-files';

/** out/, next to this bundle (out/main/index.js). */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const isDev = !app.isPackaged;

/**
 * `npm start` (scripts/start/electron-launch.mjs) watches stdout for these lines, to tell
 * Electron dying before its window shows (then the browser shell takes over) from a normal end.
 */
function launchMarker(line: 'SHENYI_WINDOW_SHOWN' | 'SHENYI_ALREADY_RUNNING'): void {
  if (process.env.SHENYI_LAUNCH_MARKERS === '1') process.stdout.write(`${line}\n`);
}

/**
 * `--data-dir DIR` or SHENYI_DATA_DIR when given (tests give each run its own); otherwise the
 * platform's app-data folder "Shenyi", the one the CLI and the browser shell use too. Electron's
 * own profile (userData) is the same folder, so the single-instance lock below is held per data
 * directory: one writer per store.
 */
function chooseDataDir(): string {
  const explicit = explicitDataDir(process.argv, process.env);
  if (explicit !== null) return explicit;
  // Electron would name the folder after package.json's "name" (shenyi); the app's is Shenyi.
  app.setPath('userData', join(app.getPath('appData'), APP_NAME));
  return app.getPath('userData');
}

const dataDir = chooseDataDir();
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  // Another Shenyi has this data directory open; it is brought forward by 'second-instance'.
  launchMarker('SHENYI_ALREADY_RUNNING');
  app.quit();
} else {
  registerAppScheme(); // must happen before 'ready'
  run();
}

function run(): void {
  let shenyi: CoreHost | null = null;
  let opener: ReportOpener | null = null;
  let mainWindow: BrowserWindow | null = null;
  let locale: Locale = 'zh-Hans';
  const strings = (): ShellStrings => shellStrings(locale);
  /** The open window's close guard, answered by the renderer's 'window.flushed'. */
  let flushed: (requestId: string) => void = () => undefined;
  // Files handed over before the app is ready (macOS 'open-file', or the command line).
  const pendingPaths = reportPathsFromArgv(process.argv, process.cwd());

  const ensureWindow = (): BrowserWindow => {
    if (mainWindow === null || mainWindow.isDestroyed()) {
      const place = placeOnScreens(readWindowState(dataDir), screen.getAllDisplays().map((display) => display.workArea));
      const window = createMainWindow({ preloadPath: join(outDir, 'preload', 'index.cjs'), devTools: isDev, place });
      mainWindow = window;
      window.once('show', () => launchMarker('SHENYI_WINDOW_SHOWN'));
      flushed = guardClose(window, { askToFlush: (requestId) => sendEvent(window.webContents, 'window.flush-requested', { requestId }) }).flushed;
      window.on('close', () => {
        try {
          writeWindowState(dataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
        } catch (error) {
          console.error('The window position could not be saved:', error);
        }
      });
      window.on('closed', () => {
        mainWindow = null;
      });
    }
    return mainWindow;
  };

  const openPaths = (paths: string[]) => {
    if (opener === null) pendingPaths.push(...paths);
    else for (const path of paths) void opener.openPath(path);
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPaths([path]);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = reportPathsFromArgv(argv, workingDirectory);
    if (opener === null) {
      pendingPaths.push(...paths); // still starting: no window to bring forward yet
      return;
    }
    const window = ensureWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
    openPaths(paths);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // The store is closed last, after every window is gone, so a final save still lands.
  // The core closes its store in its own process: quitting waits for that, then goes on.
  app.on('will-quit', (event) => {
    const core = shenyi;
    if (core === null) return;
    shenyi = null;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      reportDownloads(session.defaultSession, () => strings().saveExportTitle);
      serveRenderer(join(outDir, 'renderer'));

      // The store opens (and the sample is imported on first launch) before the window exists,
      // so the renderer's first call always finds the API channel registered.
      // The store and all heavy work run in a utility process (main/jobs/core-worker.ts), so the
      // window's calls are answered while an import runs; printing comes back here to Electron.
      const core = await startCoreHost(utilityProcessCarrier(join(outDir, 'main')), { dataDir, shell: 'electron', version: app.getVersion() }, { printer: electronPrinter });
      shenyi = core;
      const relayed = async <T>(method: string, payload: unknown): Promise<T> => {
        const result = await core.call(method, payload);
        if (!result.ok) throw new DomainError(result.error.code, result.error.message);
        return result.value as T;
      };
      locale = (await relayed<Settings>('settings.get', {})).locale;
      // The shell's part of two methods: the menu follows the UI language, and a window being
      // closed learns that the renderer has saved everything.
      registerRelayChannel(
        core,
        {
          'settings.set': async (changes) => {
            const settings = await relayed<Settings>('settings.set', changes);
            if (settings.locale !== locale) {
              locale = settings.locale;
              refreshMenu();
            }
            return settings;
          },
          'window.flushed': ({ requestId }) => {
            flushed(requestId);
            return {};
          },
        },
        () => mainWindow?.webContents ?? null,
      );

      const recent = RecentFiles.inDataDir(dataDir);
      const refreshMenu = () => {
        const template = appMenuTemplate({
          platform: process.platform,
          strings: strings(),
          isDev,
          recentFiles: recent.list(),
          onOpen: () => void opener?.openFromDialog(),
          onExport: () => sendEvent(ensureWindow().webContents, 'menu.export', {}),
          onAbout: () => showAbout(),
          onOpenRecent: (path) => void opener?.openPath(path),
          onClearRecent: () => {
            recent.clear();
            app.clearRecentDocuments();
            refreshMenu();
          },
        });
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      };
      const showAbout = () => {
        const s = strings();
        void dialog.showMessageBox(ensureWindow(), {
          type: 'info',
          title: s.about,
          message: '审议 Shenyi',
          detail: `${s.aboutDetail}\n\n${s.version} ${app.getVersion()} · Electron ${process.versions.electron} · Chromium ${process.versions.chrome}\n${s.dataFolder}: ${dataDir}`,
          buttons: [s.ok],
        });
      };
      opener = createReportOpener({ shenyi: core, recent, ensureWindow, onRecentChanged: refreshMenu, strings });
      refreshMenu();

      ensureWindow();
      // The window loads its scripts in its own process meanwhile.
      setImmediate(() => core.warmUp());
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) ensureWindow();
      });
      openPaths(pendingPaths.splice(0));
    })
    .catch((error: unknown) => {
      // Typically the store cannot be opened (a native module built for another ABI, a folder
      // without write access). Say so instead of leaving a process with no window.
      const message = error instanceof Error ? error.message : String(error);
      console.error('Shenyi failed to start:', error);
      dialog.showErrorBox(strings().startFailed, `${message}\n\n${dataDir}`);
      void shenyi?.close();
      app.exit(1);
    });
}
