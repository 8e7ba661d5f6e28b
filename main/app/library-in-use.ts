/**
 * Which process has the library open. The app keeps its store open for as long as it runs, and
 * SQLite cannot tell another process that it does; a restore from the command line would then
 * swap the file under the app, whose later saves would land in the file set aside. So the app
 * leaves a small marker beside the file while it has it open, and `shenyi restore` refuses while
 * the process it names is alive. A marker left by a crash names a dead process and is ignored.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const IN_USE_FILE = 'shenyi.db.in-use';

export function markInUse(dataDir: string, pid = process.pid): void {
  try {
    writeFileSync(join(dataDir, IN_USE_FILE), `${pid}\n`);
  } catch {
    // A read-only folder cannot hold the marker, and nothing can be restored into it either.
  }
}

export function clearInUse(dataDir: string, pid = process.pid): void {
  if (openedBy(dataDir) === pid) rmSync(join(dataDir, IN_USE_FILE), { force: true });
}

/** The pid of a live process holding the library open, or null. */
export function openedBy(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(join(dataDir, IN_USE_FILE), 'utf8'), 10);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
