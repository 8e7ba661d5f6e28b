/**
 * A library file found damaged is never shown as an empty library: the browser shell's page
 * says what was found and restores the newest good backup on one click, and every opinion
 * written before that backup is back (issue 17's drill, for the damage a file can take).
 */
import { describe, expect, it } from 'vitest';
import { browserSessions } from '../support/browser-sessions';
import { screenshot } from '../support/screenshots';
import { byTestId, type Session } from '../support/session';
import { tempDir } from '../support/temp-dirs';
import { DAMAGE, damageRow, Libraries, ok, opinionTexts, storePath, writeOpinions } from '../support/store-library';

const e2e = browserSessions();
const libraries = new Libraries();

/** Stops the shell, then reads the library back in-process: exactly the opinions written before the backup. */
async function closeAndExpectOpinions(session: Session, dataDir: string, written: Map<string, string>): Promise<void> {
  e2e.untrack(session);
  await session.close();
  expect(session.pageErrors).toEqual([]);
  const reopened = await libraries.open(dataDir);
  expect(await opinionTexts(reopened)).toEqual(written);
  libraries.close(reopened);
}

describe('a damaged library file in the browser shell', () => {
  for (const [kind, damage] of Object.entries(DAMAGE)) {
    it(`${kind}: the page says so, restores the newest backup, and every opinion from before it is back`, async () => {
      const dataDir = tempDir();
      const app = await libraries.open(dataDir);
      const written = await writeOpinions(app, 5);
      await ok(app, 'backups.create');
      libraries.close(app);
      damage(storePath(dataDir));

      const session = await e2e.open(dataDir);
      const recovery = byTestId(session.page, 'recovery');
      await recovery.waitFor({ state: 'visible' });
      await expect.poll(() => byTestId(session.page, 'recovery-newest').textContent()).toContain('5 条意见');
      await screenshot(session.page, `recovery-${kind.replace(/ /g, '-')}`);
      await byTestId(session.page, 'recovery-restore').click();
      await byTestId(session.page, 'store-restored').waitFor({ state: 'visible' });
      await byTestId(session.page, 'report-title').waitFor({ state: 'visible' });
      if (kind === 'zero-length') await screenshot(session.page, 'recovery-restored');
      await closeAndExpectOpinions(session, dataDir, written);
    });
  }

  it('a row failing its check: the library opens, the banner names the opinion with the backup copy, and puts that copy back', async () => {
    const dataDir = tempDir();
    const app = await libraries.open(dataDir);
    const written = await writeOpinions(app, 3);
    await ok(app, 'backups.create');
    libraries.close(app);
    const [id] = [...written.keys()];
    damageRow(storePath(dataDir), id!);

    const session = await e2e.open(dataDir);
    const banner = byTestId(session.page, 'store-damaged-opinions');
    await banner.waitFor({ state: 'visible' });
    await expect.poll(() => banner.textContent()).toContain(written.get(id!)!);
    await screenshot(session.page, 'recovery-damaged-opinion');
    await byTestId(banner, 'put-back-opinion').click();
    await expect.poll(() => byTestId(session.page, 'note-card').count(), { timeout: 20_000 }).toBe(3);
    expect(await byTestId(session.page, 'store-damaged-opinions').count()).toBe(0);
    await closeAndExpectOpinions(session, dataDir, written);
  });

  it('the library lists every backup with its date and counts', async () => {
    const session = await e2e.open();
    await byTestId(session.page, 'library-button').click();
    await byTestId(session.page, 'backups-button').click();
    const dialog = byTestId(session.page, 'backups-dialog');
    await byTestId(dialog, 'backup-now').click();
    await expect.poll(() => byTestId(dialog, 'backup-row').count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => byTestId(dialog, 'backup-row').first().textContent()).toMatch(/手动备份 · 1 份报告，0 条意见/);
    await screenshot(session.page, 'backups-dialog');
  });
});
