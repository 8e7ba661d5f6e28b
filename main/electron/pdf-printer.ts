/**
 * PDF export in the desktop app: Electron's own Chromium prints the opinion sheet. The page is
 * written to a private temporary folder and loaded from there: a `data:` URL would be simpler,
 * but Electron refuses URLs over 2 MB, which a sheet of ~3,000 opinions already is. It loads in
 * a hidden window on a session of its own that may load nothing but that one file — no script,
 * no network, no other file — so the main session's rules stay intact.
 */
import { BrowserWindow, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from '../export/pdf-printer';

const PARTITION = 'shenyi-print';
let prepared = false;
/** The file URLs the print session may load right now: one per print under way. */
const allowedUrls = new Set<string>();

function printSession() {
  const printing = session.fromPartition(PARTITION, { cache: false });
  if (!prepared) {
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.setPermissionCheckHandler(() => false);
    printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowedUrls.has(details.url) }));
    prepared = true;
  }
  return printing;
}

export const electronPrinter: PdfPrinter = async (html) => {
  // mkdtemp makes the folder readable by this user only (mode 0700).
  const folder = mkdtempSync(join(tmpdir(), 'shenyi-print-'));
  const page = join(folder, 'sheet.html');
  writeFileSync(page, html, { encoding: 'utf8', mode: 0o600 });
  const url = pathToFileURL(page).href;
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession(), sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false },
  });
  try {
    allowedUrls.add(url);
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false, generateTaggedPDF: true });
    return new Uint8Array(pdf);
  } finally {
    allowedUrls.delete(url);
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
};
