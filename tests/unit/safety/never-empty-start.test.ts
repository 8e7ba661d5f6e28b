import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DAMAGE, flipPage, Libraries, call, ok, opinionTexts, storePath, writeOpinions } from '../../support/store-library';
import { shenyi } from '../cli/run-cli';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

/** A library with opinions, backed up, then closed. */
async function backedUpLibrary() {
  const dir = libraries.dir();
  const app = await libraries.open(dir);
  const written = await writeOpinions(app, 3);
  await ok(app, 'backups.create');
  libraries.close(app);
  return { dir, written };
}

describe('a damaged library file is never taken for a first launch', () => {
  for (const [kind, damage] of Object.entries(DAMAGE)) {
    it(`${kind}: says what it found, changes nothing, and offers the newest good backup`, async () => {
      const { dir } = await backedUpLibrary();
      damage(storePath(dir));
      const before = readFileSync(storePath(dir));
      const app = await libraries.open(dir);
      const status = await ok(app, 'store.status');
      expect(status).toMatchObject({ state: 'unusable', problem: expect.any(String), message: expect.stringContaining('shenyi.db') });
      expect(status.newestBackup).toMatchObject({ reports: 1, opinions: 3 });
      // Nothing answers as if the library were empty, and the file is exactly as found.
      expect(await call(app, 'library.list')).toMatchObject({ ok: false, error: { code: 'store-failed' } });
      expect(await call(app, 'opinions.create', {})).toMatchObject({ ok: false });
      libraries.close(app);
      expect(readFileSync(storePath(dir)).equals(before)).toBe(true);
    });
  }

  it('tells an empty file from a cut-short one and from one that is not a database', async () => {
    const problems: Record<string, string | null> = {};
    for (const kind of ['zero-length', 'truncated', 'not a database'] as const) {
      const { dir } = await backedUpLibrary();
      DAMAGE[kind](storePath(dir));
      const app = await libraries.open(dir);
      problems[kind] = (await ok(app, 'store.status')).problem;
    }
    expect(problems).toEqual({ 'zero-length': 'empty', truncated: 'truncated', 'not a database': 'not-a-database' });
  });

  it('restores the newest good backup on request, keeping the damaged file aside', async () => {
    const { dir, written } = await backedUpLibrary();
    DAMAGE['zero-length'](storePath(dir));
    const app = await libraries.open(dir);
    const { newestBackup } = await ok(app, 'store.status');
    const restored = await ok(app, 'backups.restore', { name: newestBackup!.name });
    expect(restored).toMatchObject({ state: 'ok', restored: { from: { name: newestBackup!.name }, setAsidePath: expect.stringContaining('set-aside') } });
    expect(await opinionTexts(app)).toEqual(written);
    expect(statSync(restored.restored!.setAsidePath!).size).toBe(0);
  });

  it('opens a damaged file read-only to show what can still be read; saves are refused up front', async () => {
    const { dir } = await backedUpLibrary();
    flipPage(storePath(dir), 'paragraph_search_text');
    const app = await libraries.open(dir);
    expect(await ok(app, 'store.status')).toMatchObject({ state: 'unusable', problem: 'damaged' });
    const status = await ok(app, 'store.openReadOnly');
    expect(status).toMatchObject({ state: 'read-only', readOnlyReason: expect.stringContaining('damaged') });
    expect(await ok(app, 'library.list')).toHaveLength(1);
    expect(await call(app, 'settings.set', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'store-failed', message: expect.stringContaining('read-only') } });
  });

  it('a file cut short where its tables are says nothing can be read, and still offers the backup', async () => {
    const { dir } = await backedUpLibrary();
    DAMAGE.truncated(storePath(dir));
    const app = await libraries.open(dir);
    expect(await call(app, 'store.openReadOnly')).toMatchObject({ ok: false, error: { code: 'store-failed', message: expect.stringContaining('nothing in it can be read') } });
    expect(await ok(app, 'store.status')).toMatchObject({ state: 'unusable', newestBackup: { opinions: 3 } });
  });

  it('an empty file with no backup at all is still refused, not filled with the sample', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    libraries.close(app);
    DAMAGE['zero-length'](storePath(dir));
    const again = await libraries.open(dir);
    expect(await ok(again, 'store.status')).toMatchObject({ state: 'unusable', problem: 'empty', newestBackup: null });
    libraries.close(again);
    expect(statSync(storePath(dir)).size).toBe(0);
  });

  it('a first launch makes the file whole before it is called shenyi.db', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    expect(readdirSync(dir).filter((name) => name.startsWith('shenyi.db.new'))).toEqual([]);
    expect(await ok(app, 'library.list')).toHaveLength(1);
  });

  it('the CLI says what it found and how to restore, exits non-zero, and restores', async () => {
    const { dir, written } = await backedUpLibrary();
    DAMAGE['zero-length'](storePath(dir));
    const refused = await shenyi(['reports', '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/shenyi\.db: the file is empty \(0 bytes\)\. The library was not opened and the file was not changed\. The newest good backup is shenyi-.*: 1 reports, 3 opinions\): `shenyi restore --data-dir/);
    expect(statSync(storePath(dir)).size).toBe(0);
    const restored = await shenyi(['restore', '--data-dir', dir]);
    expect(restored).toMatchObject({ code: 0, stdout: expect.stringMatching(/^restored shenyi-.*3 opinions/) });
    expect(existsSync(join(dir, 'set-aside'))).toBe(true);
    const app = await libraries.open(dir);
    expect(await opinionTexts(app)).toEqual(written);
  });
});
