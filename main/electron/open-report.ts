/**
 * Opening a report file from the menu, the recent list or the OS: import it through the app
 * core, remember it, and tell the renderer which report to show. Errors are shown in a dialog
 * whose text is the importer's own message (it names the file and the problem).
 */
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { sendEvent } from './ipc';
import type { ShellStrings } from './menu-strings';
import type { RecentFiles } from './recent-files';
import { REPORT_EXTENSIONS } from './report-files';

export interface ReportOpenerOptions {
  /** Imports a report file in the app core; answers the reports it became. */
  shenyi: { importPath(path: string): Promise<{ reportId: string }[]> };
  recent: RecentFiles;
  /** The window to show the report in, created if there is none (macOS keeps running without one). */
  ensureWindow(): BrowserWindow;
  /** The recent list changed: rebuild the menu. */
  onRecentChanged(): void;
  /** Dialog words in the UI's current language. */
  strings(): ShellStrings;
}

export interface ReportOpener {
  openFromDialog(): Promise<void>;
  openPath(path: string): Promise<void>;
}

export function createReportOpener(options: ReportOpenerOptions): ReportOpener {
  async function openPath(path: string): Promise<void> {
    let reports: { reportId: string }[];
    try {
      reports = await options.shenyi.importPath(path);
    } catch (error) {
      dialog.showErrorBox(options.strings().importFailed, error instanceof Error ? error.message : String(error));
      if (!existsSync(path)) {
        options.recent.remove(path);
        options.onRecentChanged();
      }
      return;
    }
    options.recent.add(path);
    app.addRecentDocument(path);
    options.onRecentChanged();

    // A file holding several documents imports them all; the first one is shown, the others
    // are in the library.
    const first = reports[0];
    if (first === undefined) return;
    const window = options.ensureWindow();
    const send = () => sendEvent(window.webContents, 'report.opened', { reportId: first.reportId });
    if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
    else send();
  }

  async function openFromDialog(): Promise<void> {
    const window = options.ensureWindow();
    const DIALOG_STRINGS = options.strings();
    const choice = await dialog.showOpenDialog(window, {
      title: DIALOG_STRINGS.openTitle,
      buttonLabel: DIALOG_STRINGS.openButton,
      properties: ['openFile'],
      filters: [
        { name: DIALOG_STRINGS.reportFiles, extensions: [...REPORT_EXTENSIONS] },
        { name: DIALOG_STRINGS.allFiles, extensions: ['*'] },
      ],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return;
    await openPath(path);
  }

  return { openFromDialog, openPath };
}
