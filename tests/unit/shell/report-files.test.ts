import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { reportPathsFromArgv } from '../../../main/electron/report-files';

describe('reportPathsFromArgv', () => {
  it('finds report files among the arguments, resolved against the working directory', () => {
    const cwd = resolve('/home/clerk');
    expect(reportPathsFromArgv(['/opt/Shenyi/shenyi', 'report.DOCX', '--flag', 'notes.md', 'photo.jpg', '/abs/x.txt'], cwd)).toEqual([
      resolve(cwd, 'report.DOCX'),
      resolve(cwd, 'notes.md'),
      resolve('/abs/x.txt'),
    ]);
  });

  it('ignores the executable, the dev app folder and flag values', () => {
    expect(reportPathsFromArgv(['electron.txt', '.', '--data-dir', 'old.txt', '--data-dir=/d/x.txt'], '/')).toEqual([]);
  });
});
