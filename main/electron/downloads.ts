/**
 * Exports reach the disk as downloads: the renderer hands the file to an `<a download>`, and
 * Electron asks where to save it. The renderer is told how that ended, so a cancelled save
 * dialog says that nothing was exported instead of nothing at all.
 */
import type { DownloadItem, Session, WebContents } from 'electron';
import { sendEvent } from './ipc';

export function reportDownloads(session: Session, dialogTitle: () => string): void {
  session.on('will-download', (_event, item: DownloadItem, contents: WebContents) => {
    const fileName = item.getFilename();
    item.setSaveDialogOptions({ title: dialogTitle(), defaultPath: fileName });
    item.once('done', (_done, state) => {
      if (contents.isDestroyed()) return;
      const outcome = state === 'completed' ? 'completed' : state === 'cancelled' ? 'cancelled' : 'interrupted';
      sendEvent(contents, 'export.saved', { fileName, state: outcome, path: outcome === 'completed' ? item.getSavePath() : null });
    });
  });
}
