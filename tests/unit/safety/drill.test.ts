/**
 * Issue 17's drill, through the API both shells bind: opinions written and backed up, the store
 * damaged, the app started, the newest backup restored, and every opinion acknowledged before
 * the backup is back. (tests/e2e/store-recovery.test.ts runs the file damages in the page.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DAMAGE, damageRow, Libraries, ok, opinionTexts, storePath, writeOpinions } from '../../support/store-library';
import { shenyi } from '../cli/run-cli';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

async function writtenAndBackedUp() {
  const dir = libraries.dir();
  const app = await libraries.open(dir);
  const written = await writeOpinions(app, 6);
  await ok(app, 'backups.create');
  return { dir, app, written };
}

describe('the drill', () => {
  for (const [kind, damage] of Object.entries(DAMAGE)) {
    it(`${kind}: start, restore the newest backup, every acknowledged opinion is back`, async () => {
      const { dir, app, written } = await writtenAndBackedUp();
      libraries.close(app);
      damage(storePath(dir));
      const again = await libraries.open(dir);
      const status = await ok(again, 'store.status');
      expect(status.state).toBe('unusable');
      await ok(again, 'backups.restore', { name: status.newestBackup!.name });
      expect(await opinionTexts(again)).toEqual(written);
    });
  }

  it('a row failing its check: the library still opens, the opinion is named, and restoring the backup brings it back', async () => {
    const { dir, app, written } = await writtenAndBackedUp();
    libraries.close(app);
    const [id] = [...written.keys()];
    damageRow(storePath(dir), id!);
    const again = await libraries.open(dir);
    const status = await ok(again, 'store.status');
    expect(status).toMatchObject({ state: 'ok', damagedOpinions: [{ id, backup: { text: written.get(id!) } }] });
    const [backup] = await ok(again, 'backups.list');
    await ok(again, 'backups.restore', { name: backup!.name });
    expect(await opinionTexts(again)).toEqual(written);
  });

  it('a stale -wal beside the file is set aside by a restore, never replayed over the backup', async () => {
    const { dir, app, written } = await writtenAndBackedUp();
    // A -wal holding later writes, left from another run of the file.
    await writeOpinions(app, 2, '后来');
    const stale = join(dir, 'stale-wal');
    copyFileSync(`${storePath(dir)}-wal`, stale);
    libraries.close(app);
    DAMAGE.truncated(storePath(dir));
    copyFileSync(stale, `${storePath(dir)}-wal`);
    const restored = await shenyi(['restore', '--data-dir', dir]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(existsSync(`${storePath(dir)}-wal`)).toBe(false);
    expect(readdirSync(join(dir, 'set-aside')).some((name) => name.endsWith('.db-wal'))).toBe(true);
    const again = await libraries.open(dir);
    expect(await opinionTexts(again)).toEqual(written);
  });
});
