/**
 * The real desktop app through Playwright's Electron driver: the first window shows the sample
 * report with only `window.shenyi` bridged, a file imports, an export is written, and the data
 * is there after closing and reopening. It needs the Electron binary, which `npm start`
 * downloads on first use; where there is none (these machines cannot download it) or no
 * display, it is skipped with the reason in its name.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { installedElectron } from '../../scripts/start/electron-binary.mjs';
import { FIXTURES, ROOT } from '../support/paths';
import { screenshot } from '../support/screenshots';
import { byTestId } from '../support/session';

const electronPath: string | null = installedElectron(join(ROOT, 'node_modules', 'electron'));
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = electronPath === null ? 'no Electron binary here (npm start downloads it on first use)' : noDisplay ? 'no display (DISPLAY/WAYLAND_DISPLAY unset)' : null;

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: electronPath!,
    args: [ROOT, '--data-dir', dataDir],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '' },
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  return { app, page };
}

describe.skipIf(skipReason !== null)(`the Electron app${skipReason ? ` — skipped: ${skipReason}` : ''}`, () => {
  it('opens the sample, imports a file, writes an export, and keeps the data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-electron-'));
    const downloads = mkdtempSync(join(tmpdir(), 'shenyi-electron-out-'));
    try {
      let { app, page } = await launch(dataDir);
      await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 30_000 }).toContain('晉中市政府工作報告');
      // The bridge is one object with two functions, and nothing of Node leaks through.
      expect(await page.evaluate(() => {
        const page = globalThis as unknown as { shenyi?: object; require?: unknown };
        return [typeof page.shenyi, Object.keys(page.shenyi ?? {}).sort().join(','), typeof page.require];
      })).toEqual([
        'object',
        'call,on',
        'undefined',
      ]);
      await screenshot(page, 'electron-first-window');

      await byTestId(page, 'import-input').setInputFiles(join(FIXTURES, 'sichuan-2025-zh-hans.txt'));
      await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 30_000 }).toContain('四川');

      // The save dialog is answered here, as a user choosing a folder would.
      const target = join(downloads, 'opinions.docx');
      await app.evaluate(({ session }, path) => {
        session.defaultSession.on('will-download', (_event, item) => item.setSavePath(path));
      }, target);
      await page.keyboard.press('Control+E');
      await byTestId(page, 'export-confirm').click();
      await expect.poll(() => existsSync(target) && statSync(target).size > 0, { timeout: 30_000 }).toBe(true);
      expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
      await expect.poll(() => byTestId(page, 'export-saved').textContent(), { timeout: 10_000 }).toContain(target);

      await app.close();
      ({ app, page } = await launch(dataDir));
      await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 30_000 }).toContain('四川');
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    }
  }, 240_000);
});
