import { describe, expect, it } from 'vitest';
import { readReportFileIsolated } from '../../../main/import/read-file-isolated';
import { readReportFile } from '../../../main/import/read-file';
import { fixtureBytes } from '../fixtures';

describe('reading a file in a worker', () => {
  it('gives the same result as reading it in process', async () => {
    const bytes = fixtureBytes('zhejiang-2026-zh-hans.txt');
    expect(await readReportFileIsolated(bytes, 'zhejiang.txt')).toEqual(await readReportFile(bytes, 'zhejiang.txt'));
  });

  it('passes the importer’s error through unchanged', async () => {
    await expect(readReportFileIsolated(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.docx')).rejects.toMatchObject({
      code: 'import-failed',
      message: expect.stringMatching(/^old\.docx: this is an old Word \.doc/),
    });
  });

  it('stops a parse that runs past its time limit and says so', async () => {
    await expect(readReportFileIsolated(fixtureBytes('sichuan-2025-zh-hans.txt'), 'slow.txt', { maxOldGenerationSizeMb: 512, timeoutMs: 1 })).rejects.toThrow(
      /^slow\.txt: reading the file took longer than/,
    );
  });
});
