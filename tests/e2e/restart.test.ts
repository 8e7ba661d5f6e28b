/**
 * The library outlives the shell: after an import, a new shell on the same data folder lists
 * the imported report and the sample, and opens both with the same paragraphs as before.
 */
import { describe, expect, it } from 'vitest';
import { browserSessions } from '../support/browser-sessions';
import { FIXTURES } from '../support/paths';
import { screenshot } from '../support/screenshots';
import { byTestId, libraryReportIds, openFromLibrary, paragraphNumbers, type Session } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();

/** For each report in the library: its title and the paragraph numbers the reader shows. */
async function readLibrary(session: Session, screenshotPrefix?: string): Promise<Map<string, { title: string; numbers: number[] }>> {
  const seen = new Map<string, { title: string; numbers: number[] }>();
  for (const id of await libraryReportIds(session.page)) {
    await openFromLibrary(session.page, id);
    if (screenshotPrefix) await screenshot(session.page, `${screenshotPrefix}-${seen.size + 1}`);
    const title = (await byTestId(session.page, 'report-title').textContent()) ?? '';
    seen.set(id, { title, numbers: await paragraphNumbers(session.page) });
  }
  return seen;
}

describe('restarting the shell', () => {
  it('keeps the imported report and the sample, with the same paragraphs', async () => {
    const dataDir = tempDir();
    const first = await e2e.open(dataDir);
    await byTestId(first.page, 'import-input').setInputFiles(`${FIXTURES}sichuan-2025-zh-hans.txt`);
    await expect.poll(() => byTestId(first.page, 'report-title').textContent(), { timeout: 20_000 }).toContain('四川');
    const before = await readLibrary(first);
    expect(before.size).toBe(2);
    expect([...before.values()].map((report) => report.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('晉中市政府工作報告'), expect.stringContaining('四川省政府工作报告')]),
    );
    e2e.untrack(first);
    await first.close();
    expect(first.pageErrors).toEqual([]);

    const second = await e2e.open(dataDir);
    await screenshot(second.page, 'restart-reopened');
    const after = await readLibrary(second, 'restart-report');
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, report] of before) {
      expect(after.get(id)?.title).toBe(report.title);
      expect(after.get(id)?.numbers.length).toBe(report.numbers.length);
      expect(after.get(id)?.numbers).toEqual(report.numbers);
    }
  });
});
