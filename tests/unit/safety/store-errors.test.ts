import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, readdirSync } from 'node:fs';
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { call, Libraries, ok, opinionTexts, storePath, writeOpinions } from '../../support/store-library';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

const CLI = join(__dirname, '..', '..', '..', 'main', 'cli', 'bin.mjs');

/**
 * As root, the test runs the CLI as `nobody`; that needs a checkout `nobody` can read (a clone
 * inside a 0700 temporary folder is not), else there is nothing to learn and the test is skipped.
 */
const nobodyCanRunTheCli =
  process.getuid?.() === 0 &&
  spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'sh', '-c', 'test -x "$0" && test -r "$1"', process.execPath, CLI]).status === 0;

const textBody = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('honest store errors', () => {
  it('a full disk is said as such (store-failed, saving resumes), loses nothing, and the same save lands once there is room', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    await app.backups.idle();
    const written = await writeOpinions(app, 2);
    const [report] = await ok(app, 'library.list');
    const [id] = [...written.keys()];
    // SQLite's own page limit gives the same SQLITE_FULL a full disk does.
    const db = app.store.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const patch = { id, versionId: report!.latestVersionId, patch: { body: textBody('很长的修改意见'.repeat(4000)) } };
    const full = await call(app, 'opinions.update', patch);
    expect(full).toEqual({ ok: false, error: { code: 'store-failed', message: expect.stringMatching(/^The disk is full: this change was not saved yet\. Nothing already saved is lost; saving resumes/) } });
    expect(await opinionTexts(app)).toEqual(written);
    db.pragma('max_page_count = 1073741823');
    expect(await call(app, 'opinions.update', patch)).toMatchObject({ ok: true });
  });

  it.skipIf(!nobodyCanRunTheCli)('a library in a folder another user cannot write opens read-only for them, and a write is refused in words', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    await writeOpinions(app, 1);
    await app.backups.idle();
    libraries.close(app);
    // Owned by root, readable by all, writable by nobody else: what `nobody` finds.
    chmodSync(dir, 0o755);
    chmodSync(storePath(dir), 0o644);
    const asNobody = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, CLI, ...args], { env: { ...process.env, HOME: '/tmp' } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) || 1 : 0, stdout, stderr }),
        );
      });
    const listed = await asNobody(['reports', '--data-dir', dir]);
    expect(listed).toMatchObject({ code: 0, stdout: expect.stringContaining('晉中市政府工作報告') });
    const refused = await asNobody(['note', 'add', '--data-dir', dir, '--report', 'x', '--quote', '各位代表', '--stance', '赞同', '--body', '好']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/shenyi\.db: the library file or its folder cannot be written to; nothing was written/);
    expect(readdirSync(dir).sort()).toEqual(['backups', 'shenyi.db']);
  });
});
