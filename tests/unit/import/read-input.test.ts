import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/import/read-input';
import { fixtureBytes, FIXTURES } from '../fixtures';
import { shenyi } from '../cli/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'shenyi-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading an import file from disk', () => {
  it('reads a regular file byte for byte', () => {
    expect(readImportFile(join(FIXTURES, 'zhejiang-2026-zh-hans.txt')).equals(fixtureBytes('zhejiang-2026-zh-hans.txt'))).toBe(true);
  });

  it('refuses a device at once instead of reading it forever, naming it', () => {
    expect(() => readImportFile('/dev/zero')).toThrow(/^\/dev\/zero: this is not a regular file/);
    expect(() => readImportFile('/dev/urandom')).toThrow(/^\/dev\/urandom: this is not a regular file/);
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(dir, 'report.txt');
    execFileSync('mkfifo', [fifo]);
    expect(() => readImportFile(fifo)).toThrow(/report\.txt: this is not a regular file/);
  });

  it('says a folder or a missing file is what it is', () => {
    expect(() => readImportFile(dir)).toThrow(/: this is a folder, not a file/);
    expect(() => readImportFile(join(dir, 'missing.txt'))).toThrow(/missing\.txt: no such file/);
  });

  it('shenyi import /dev/zero stops at once with that message and writes nothing', async () => {
    const dataDir = join(dir, 'data');
    const result = await shenyi(['import', '/dev/zero', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('shenyi: /dev/zero: this is not a regular file (a device, pipe or socket) and was not read; import a file saved on disk\n');
  });
});
