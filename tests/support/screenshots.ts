/** Screenshots of each screen the e2e tests reach, for a person to look at (gitignored). */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

export const SCREENSHOT_DIR = `${ROOT}tests/artifacts/screenshots/`;

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}
