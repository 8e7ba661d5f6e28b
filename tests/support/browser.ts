/**
 * Debian's Chromium driven by playwright-core (no downloaded browsers): one launch recipe for
 * the bench and the e2e tests.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.SHENYI_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (set SHENYI_CHROMIUM)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Polls `predicate` in the page until it returns a truthy value, and returns that value.
 * Playwright's own waitForFunction evaluates its predicate with eval, which the renderer's CSP
 * (no 'unsafe-eval') refuses; page.evaluate calls a function over CDP and is not affected.
 */
export async function waitInPage<T>(page: Page, predicate: () => T, options: { timeout?: number; interval?: number } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    const value = await page.evaluate(predicate);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`waitInPage: timed out after ${options.timeout ?? 30_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.interval ?? 50));
  }
}
