/**
 * One user session for an e2e test: a fresh data folder, the real browser shell on it, and a
 * page in its own browser context (1280x800) opened on the shell's URL.
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { requireBuiltRenderer } from './paths';
import { startShell, type ShellProcess } from './shell-process';
import { tempDir } from './temp-dirs';

export interface Session {
  dataDir: string;
  shell: ShellProcess;
  page: Page;
  /** Uncaught exceptions in the page: a test that passes with these has still found a bug. */
  pageErrors: string[];
  /** Closes the page, then stops the shell. */
  close(): Promise<void>;
}

/** `contextOptions` add to the page's browser context (the accessibility scan needs bypassCSP). */
export async function openSession(browser: Browser, dataDir = tempDir(), contextOptions: BrowserContextOptions = {}): Promise<Session> {
  requireBuiltRenderer();
  const shell = await startShell({ dataDir });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(shell.url);
  // Booted: the reader shows a report, or the library shows (an empty library opens nothing),
  // or the library file could not be used and the recovery screen says so.
  await byTestId(page, 'report-title').or(byTestId(page, 'library')).or(byTestId(page, 'recovery')).first().waitFor({ state: 'visible' });
  return {
    dataDir,
    shell,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      await shell.stop();
    },
  };
}

export const byTestId = (scope: Page | Locator, testId: string): Locator => scope.locator(`[data-testid="${testId}"]`);

/** Shows the library and returns the ids of the reports it lists, in order. */
export async function libraryReportIds(page: Page): Promise<string[]> {
  await byTestId(page, 'library-button').click();
  const library = byTestId(page, 'library');
  await library.waitFor({ state: 'visible' });
  // The list is reloaded when the library is shown; give that call a moment to land.
  await page.waitForLoadState('networkidle');
  return byTestId(library, 'library-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-report-id') ?? ''));
}

/** Opens a report from the library and waits for the reader to show its title. */
export async function openFromLibrary(page: Page, reportId: string): Promise<void> {
  await byTestId(page, 'library-button').click();
  await page.locator(`[data-testid="library-item"][data-report-id="${reportId}"]`).click();
  await byTestId(page, 'report-title').waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
}

/** The paragraph numbers of the report on screen, in document order. */
export function paragraphNumbers(page: Page): Promise<number[]> {
  return byTestId(page, 'paragraph').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-number'))));
}
