/**
 * Long work as jobs, through the browser shell: a clerk imports a 20,000-opinion package. The
 * import runs in the shell's core worker, so while it runs the page still answers input, the
 * shell's own thread still serves, the progress strip shows how far it has come, and at the end
 * every opinion is listed. The package is made in-process from a delegate's store of its own
 * (the same seeded sample report), as their Shenyi would.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshot } from '../support/screenshots';
import { describe, expect, it } from 'vitest';
import { delegatePackageBase64 } from '../support/big-package';
import { fillFirstRunProfile } from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();
const COUNT = 20_000;

let built: Promise<string> | null = null;
/** Made once for the file's tests: seeding and exporting 20,000 opinions takes a while. */
const bigPackageOnce = () => (built ??= bigPackage());

async function bigPackage(): Promise<string> {
  const path = join(tempDir('shenyi-package-'), 'wang.shenyi.json');
  writeFileSync(path, Buffer.from(await delegatePackageBase64(COUNT), 'base64'));
  return path;
}

describe('a long package import as a job', () => {
  it('shows progress, keeps the page and the shell answering, and lists all 20,000 opinions', async () => {
    const packagePath = await bigPackageOnce();
    const { page, shell } = await e2e.open();
    await fillFirstRunProfile(page, { name: '李文书', delegation: '大会秘书处', role: 'clerk' });
    await byTestId(page, 'library-button').click();
    await byTestId(page, 'library').waitFor({ state: 'visible' });

    // Every count the strip shows, as it shows it (the job may end between two polls).
    await page.evaluate(`(() => {
      const seen = [];
      window.jobCounts = seen;
      new MutationObserver(() => {
        const row = document.querySelector('[data-testid="job-progress-row"]');
        if (row) seen.push({ done: Number(row.getAttribute('data-done')), total: Number(row.getAttribute('data-total')) });
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    })()`);
    await byTestId(page, 'package-import-input').setInputFiles(packagePath);
    const progress = byTestId(page, 'job-progress-row');
    await progress.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await progress.getAttribute('data-method')).toBe('package.import');
    await screenshot(page, 'jobs-package-import-progress');

    // While the job runs: the page answers a click, and the shell's thread serves a request.
    await byTestId(page, 'help-button').click();
    await byTestId(page, 'shortcut-help').waitFor({ state: 'visible', timeout: 2_000 });
    const index = await fetch(new URL('/', shell.url));
    expect(index.status).toBe(200);
    // Served while the import was still running, not after it.
    expect(await progress.isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    // The strip counted the opinions as they were placed, and went away when the import ended.
    await byTestId(page, 'job-progress').waitFor({ state: 'detached', timeout: 90_000 });
    const counts = (await page.evaluate('window.jobCounts')) as { done: number; total: number }[];
    const counted = counts.filter((count) => count.total === COUNT && count.done > 0);
    expect(counted.length).toBeGreaterThan(1);
    expect(counted.map((count) => count.done)).toEqual([...counted.map((count) => count.done)].sort((a, b) => a - b));
    await byTestId(page, 'report-title').waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => byTestId(page, 'notes-count').textContent(), { timeout: 30_000 }).toBe(String(COUNT));
  });

  it('cancelled from its strip, the import stops, says so, and leaves not one of the opinions behind', async () => {
    const packagePath = await bigPackageOnce();
    const { page } = await e2e.open();
    await fillFirstRunProfile(page, { name: '李文书', delegation: '大会秘书处', role: 'clerk' });
    await byTestId(page, 'library-button').click();
    await byTestId(page, 'package-import-input').setInputFiles(packagePath);
    const progress = byTestId(page, 'job-progress-row');
    await progress.waitFor({ state: 'visible', timeout: 30_000 });
    // Cancel once the import is under way: some opinions are in its transaction already.
    await expect.poll(() => progress.getAttribute('data-done').then(Number), { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    await byTestId(page, 'job-cancel').click();
    await byTestId(page, 'job-progress').waitFor({ state: 'detached', timeout: 60_000 });
    const banner = byTestId(page, 'error-banner');
    await banner.waitFor({ state: 'visible', timeout: 10_000 });
    await expect(banner.getAttribute('data-code')).resolves.toBe('cancelled');
    await screenshot(page, 'jobs-package-import-cancelled');

    // The report the package was for holds none of its opinions.
    await byTestId(page, 'library-button').click();
    await byTestId(page, 'library-item').first().click();
    await byTestId(page, 'report-title').waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => byTestId(page, 'notes-count').textContent()).toBe('0');
  });
});
