/**
 * The "最近打开" list: the last ten files opened from the menu, most recent first, kept as JSON
 * in the data directory. A missing or damaged file means an empty list, never a failed start;
 * the list is a convenience, not data.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

export class RecentFiles {
  private paths: string[];

  constructor(private readonly file: string) {
    this.paths = readList(file);
  }

  static inDataDir(dataDir: string): RecentFiles {
    return new RecentFiles(join(dataDir, RECENT_FILES_NAME));
  }

  list(): readonly string[] {
    return this.paths;
  }

  add(path: string): void {
    this.paths = [path, ...this.paths.filter((existing) => existing !== path)].slice(0, MAX_RECENT_FILES);
    this.save();
  }

  remove(path: string): void {
    this.paths = this.paths.filter((existing) => existing !== path);
    this.save();
  }

  clear(): void {
    this.paths = [];
    this.save();
  }

  private save(): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Write then rename, so a crash mid-write leaves the previous list, not half a file.
      const temporary = `${this.file}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(this.paths, null, 2)}\n`);
      renameSync(temporary, this.file);
    } catch (error) {
      console.error('Saving the recent-files list failed:', error);
    }
  }
}

function readList(file: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const paths = parsed.filter((item): item is string => typeof item === 'string' && item.length > 0 && item.length < 4096);
  return [...new Set(paths)].slice(0, MAX_RECENT_FILES);
}
