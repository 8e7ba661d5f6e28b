/**
 * Turning the opinion sheet's HTML into a PDF. The Electron shell prints with its own
 * Chromium (webContents.printToPDF); the CLI and the browser shell print with a Chromium
 * found on this machine. Without either, PDF export says so plainly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../model/errors';

export type PdfPrinter = (html: string) => Promise<Uint8Array>;

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SHENYI_CHROMIUM && existsSync(env.SHENYI_CHROMIUM)) return env.SHENYI_CHROMIUM;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const PDF_UNAVAILABLE =
  'PDF export needs a Chromium browser (install "chromium", or set SHENYI_CHROMIUM to its path) or the Shenyi desktop app; none was found';

export function chromiumPrinter(executable = findChromium()): PdfPrinter {
  return async (html) => {
    if (!executable) throw new DomainError('internal', PDF_UNAVAILABLE);
    const folder = mkdtempSync(join(tmpdir(), 'shenyi-pdf-'));
    try {
      const page = join(folder, 'sheet.html');
      const output = join(folder, 'sheet.pdf');
      writeFileSync(page, html, 'utf8');
      await new Promise<void>((resolve, reject) => {
        const child = spawn(
          executable,
          [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--no-first-run', '--no-pdf-header-footer', `--user-data-dir=${join(folder, 'profile')}`, `--print-to-pdf=${output}`, page,
          ],
          { stdio: 'ignore' },
        );
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('error', (error) => reject(new DomainError('internal', `PDF printing failed: ${error.message}`)));
        child.on('exit', () => {
          clearTimeout(timer);
          if (existsSync(output)) resolve();
          else reject(new DomainError('internal', 'PDF printing failed: the browser wrote no PDF'));
        });
      });
      return new Uint8Array(readFileSync(output));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
