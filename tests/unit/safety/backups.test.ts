import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../../main/store/sqlite';
import { listBackups, takeBackup } from '../../../main/store/backups';
import { backupsToDrop } from '../../../main/store/rotation';
import { Libraries, opinionTexts, storePath, writeOpinions } from '../../support/store-library';
import { shenyi } from '../cli/run-cli';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

describe('routine backups', () => {
  it('on launch after changes: the opinions written last time are in a verified copy', async () => {
    const dir = libraries.dir();
    const first = await libraries.open(dir);
    await first.backups.idle();
    await writeOpinions(first, 4);
    // The app is killed before any timer fires: the marker of the change is already on disk.
    expect(existsSync(join(dir, 'backups', 'changes-pending'))).toBe(true);
    libraries.close(first);
    const second = await libraries.open(dir);
    await second.backups.idle();
    const [newest] = listBackups(dir);
    expect(newest).toMatchObject({ reason: 'routine', reports: 1, opinions: 4, readable: true });
    expect(existsSync(join(dir, 'backups', 'changes-pending'))).toBe(false);
    // Nothing changed since: a third launch takes no new copy.
    libraries.close(second);
    const count = listBackups(dir).length;
    const third = await libraries.open(dir);
    await third.backups.idle();
    expect(listBackups(dir)).toHaveLength(count);
  });

  it('during editing, at most once per interval, and the copy holds what was written', async () => {
    const dir = libraries.dir();
    const app = await openWithInterval(dir, 1);
    await app.backups.idle();
    const before = listBackups(dir).length;
    await writeOpinions(app, 2);
    await expect.poll(() => listBackups(dir).length, { timeout: 10_000, interval: 100 }).toBe(before + 1);
    expect(listBackups(dir)[0]).toMatchObject({ opinions: 2 });
  });

  it('finishes while another connection keeps writing (no livelock), and the copy passes quick_check', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    await app.backups.idle();
    const writer = new Database(storePath(dir));
    writer.exec('CREATE TABLE IF NOT EXISTS churn (n INTEGER)');
    let writing = true;
    const churn = () => {
      if (!writing) return;
      writer.prepare('INSERT INTO churn VALUES (?)').run(Date.now());
      setImmediate(churn);
    };
    churn();
    const info = await takeBackup(app.store.db, dir, 'manual', new Date());
    writing = false;
    writer.close();
    const copy = new Database(info.path, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('keeps the 10 newest, one a day for two weeks and one a week for eight', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    const hourly = Array.from({ length: 24 * 70 }, (_, i) => ({ takenAt: new Date(now.getTime() - i * 3_600_000).toISOString() }));
    const kept = hourly.filter((b) => !backupsToDrop(hourly, now).includes(b));
    const days = new Set(kept.map((b) => b.takenAt.slice(0, 10)));
    expect(kept.length).toBeLessThanOrEqual(10 + 14 + 8);
    expect(kept.slice(0, 10)).toEqual(hourly.slice(0, 10));
    expect(days.size).toBeGreaterThanOrEqual(14);
    expect(kept.at(-1)!.takenAt < new Date(now.getTime() - 49 * 86_400_000).toISOString()).toBe(true);
  });

  it('shenyi backup makes a verified copy; shenyi restore --list lists it', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    await writeOpinions(app, 1);
    await app.backups.idle();
    libraries.close(app);
    const made = await shenyi(['backup', '--data-dir', dir]);
    expect(made).toMatchObject({ code: 0, stdout: expect.stringMatching(/backups\/shenyi-.*-manual\.db: 1 reports, 1 opinions, verified/) });
    const listed = await shenyi(['restore', '--list', '--data-dir', dir]);
    expect(listed.stdout).toMatch(/shenyi-.*-manual\.db \(.*: 1 reports, 1 opinions\)/);
    expect(readdirSync(join(dir, 'backups')).filter((name) => name.startsWith('.partial'))).toEqual([]);
  });

  it('shenyi restore refuses while the app has the library open, and restores once it is closed', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    await writeOpinions(app, 2);
    const made = await shenyi(['backup', '--data-dir', dir]);
    const backupName = /backups\/(shenyi-[^:\s]+\.db)/.exec(made.stdout)![1]!;
    await writeOpinions(app, 1, '备份之后');
    const refused = await shenyi(['restore', backupName, '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Shenyi (process ${process.pid}) has this library open; restore from 恢复备份 in the app, or close it and run this again. Nothing was changed.`);
    // The app goes on saving into the file it has open: nothing was swapped under it.
    expect((await opinionTexts(app)).size).toBe(3);
    libraries.close(app);
    // The backup taken before the third opinion, by name: the app may have taken newer ones since.
    const restored = await shenyi(['restore', backupName, '--data-dir', dir]);
    expect(restored.code, restored.stderr).toBe(0);
    const again = await libraries.open(dir);
    expect((await opinionTexts(again)).size).toBe(2);
  });
});

async function openWithInterval(dir: string, ms: number) {
  const { openApp } = await import('../../../main/app/open-app');
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test', backupIntervalMs: ms });
  libraries.track(app);
  return app;
}


