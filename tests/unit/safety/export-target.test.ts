/** `shenyi export -o PATH` writes a regular file or a new one, and nothing else. */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Libraries, ok, writeOpinions } from '../../support/store-library';
import { shenyi } from '../cli/run-cli';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

async function library() {
  const dir = libraries.dir();
  const app = await libraries.open(dir);
  await writeOpinions(app, 1);
  const [report] = await ok(app, 'library.list');
  libraries.close(app);
  const exportTo = (output: string) => shenyi(['export', '--data-dir', dir, '--report', report!.id, '--format', 'csv', '-o', output]);
  return { dir, exportTo };
}

describe('export -o', () => {
  it('refuses a symbolic link, leaving the link and what it points to as they were', async () => {
    const { dir, exportTo } = await library();
    const target = join(dir, 'precious.txt');
    writeFileSync(target, '重要内容');
    const link = join(dir, 'out.csv');
    symlinkSync(target, link);
    const result = await exportTo(link);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`shenyi: ${link}: this is a symbolic link to ${target}; nothing was written (name the file itself)\n`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('重要内容');
  });

  it('refuses a folder and a device, and replaces a regular file or writes a new one', async () => {
    const { dir, exportTo } = await library();
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    expect(await exportTo(folder)).toMatchObject({ code: 1, stderr: `shenyi: ${folder}: this is a folder, not a file; nothing was written\n` });
    if (existsSync('/dev/full')) {
      expect(await exportTo('/dev/full')).toMatchObject({ code: 1, stderr: 'shenyi: /dev/full: this is a device, not a file; nothing was written\n' });
      expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
    }
    const file = join(dir, 'old.csv');
    writeFileSync(file, 'old');
    expect(await exportTo(file)).toMatchObject({ code: 0 });
    expect(readFileSync(file, 'utf8')).toContain('意见0');
    expect(await exportTo(join(dir, 'new.csv'))).toMatchObject({ code: 0 });
  });
});
