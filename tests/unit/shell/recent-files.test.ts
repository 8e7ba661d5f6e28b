import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_RECENT_FILES, RECENT_FILES_NAME, RecentFiles } from '../../../main/electron/recent-files';

const created: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-recent-'));
  created.push(dir);
  return dir;
};
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('RecentFiles', () => {
  it('keeps the most recent first, without duplicates, at most ten, across restarts', () => {
    const dir = dataDir();
    const recent = RecentFiles.inDataDir(dir);
    for (let n = 0; n < 12; n += 1) recent.add(`/r/${n}.docx`);
    recent.add('/r/5.docx');
    const again = RecentFiles.inDataDir(dir).list();
    expect(again).toHaveLength(MAX_RECENT_FILES);
    expect(again[0]).toBe('/r/5.docx');
    expect(again[1]).toBe('/r/11.docx');
    expect(new Set(again).size).toBe(again.length);
  });

  it('removes and clears', () => {
    const dir = dataDir();
    const recent = RecentFiles.inDataDir(dir);
    recent.add('/a.txt');
    recent.add('/b.txt');
    recent.remove('/a.txt');
    expect(RecentFiles.inDataDir(dir).list()).toEqual(['/b.txt']);
    recent.clear();
    expect(JSON.parse(readFileSync(join(dir, RECENT_FILES_NAME), 'utf8'))).toEqual([]);
  });

  it.each(['{not json', '{"a":1}', '[1, null, "", "/ok.txt", "/ok.txt"]', ''])('reads a damaged list %j as what it can', (content) => {
    const dir = dataDir();
    writeFileSync(join(dir, RECENT_FILES_NAME), content);
    const list = RecentFiles.inDataDir(dir).list();
    expect(list.every((item) => typeof item === 'string' && item.length > 0)).toBe(true);
    expect(list.length).toBeLessThanOrEqual(1);
  });
});
