/**
 * PDF export in the desktop app: Electron's own Chromium prints the opinion sheet. The page is
 * loaded in a hidden window on a session of its own that may load nothing but that one
 * `data:` page — no script, no network, no file — so the main session's rules stay intact.
 */
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../app/pdf-printer';

const PARTITION = 'shenyi-print';
let prepared = false;

function printSession() {
  const printing = session.fromPartition(PARTITION, { cache: false });
  if (!prepared) {
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.setPermissionCheckHandler(() => false);
    printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:text/html') }));
    prepared = true;
  }
  return printing;
}

export const electronPrinter: PdfPrinter = async (html) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession(), sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false, generateTaggedPDF: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
};
