/**
 * Habits of a desktop program, in the renderer both shells serve: a report file dragged onto the
 * window is imported, with the window marked as a drop target while the file is over it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSessions } from '../support/browser-sessions';
import { FIXTURES } from '../support/paths';
import { screenshot } from '../support/screenshots';
import { byTestId, libraryReportIds } from '../support/session';

const e2e = browserSessions();

/** Drags files (name → bytes) from outside onto the page, as the OS would: enter, over, drop. */
async function dragFiles(page: Page, files: { name: string; bytes: Buffer }[], drop = true): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, base64: file.bytes.toString('base64') }));
  const types = drop ? ['dragenter', 'dragover', 'drop'] : ['dragenter', 'dragover'];
  // Page code as text: this file compiles with Node's types, not the DOM's.
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    for (const file of ${JSON.stringify(payload)}) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name));
    }
    const target = document.querySelector('[data-testid="report-title"]') ?? document.body;
    for (const type of ${JSON.stringify(types)}) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  })()`);
}

describe('dragging a file onto the window', () => {
  it('shows the drop target, imports the report and opens it', async () => {
    const { page } = await e2e.open();
    await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 20_000 }).toContain('晉中');
    const before = await libraryReportIds(page);
    const bytes = readFileSync(`${FIXTURES}sichuan-2025-zh-hans.txt`);

    await dragFiles(page, [{ name: 'sichuan-2025.txt', bytes }], false);
    await expect.poll(() => byTestId(page, 'drop-overlay').count()).toBe(1);
    await screenshot(page, 'desktop-drop-target');

    await dragFiles(page, [{ name: 'sichuan-2025.txt', bytes }]);
    await expect.poll(() => byTestId(page, 'drop-overlay').count()).toBe(0);
    await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 30_000 }).toContain('四川');
    expect(await libraryReportIds(page)).toHaveLength(before.length + 1);
  });

  it('refuses several files at once without importing any', async () => {
    const { page } = await e2e.open();
    await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 20_000 }).toContain('晉中');
    const before = await libraryReportIds(page);
    const bytes = readFileSync(`${FIXTURES}sichuan-2025-zh-hans.txt`);
    await dragFiles(page, [
      { name: 'a.txt', bytes },
      { name: 'b.txt', bytes },
    ]);
    await expect.poll(() => byTestId(page, 'drop-notice').textContent()).toContain('一个文件');
    expect(await libraryReportIds(page)).toEqual(before);
  });
});
