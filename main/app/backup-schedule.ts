/**
 * When routine backups are taken: on launch when the library changed since the last one (or
 * none exists yet), and during editing at most once every `intervalMs` (15 minutes unless
 * SHENYI_BACKUP_MINUTES says otherwise). "Changed since the last backup" survives a crash or a
 * kill: the first change after a backup leaves a marker file in backups/, removed only once
 * the next verified backup is in place. The CLI leaves the same marker after it writes.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupsFolder, listBackups, rotateBackups, takeBackup, type BackupInfo } from '../store/backups';
import type { BackupReason } from '../model/store-status';
import type { Store } from '../store/store';

const MARKER = 'changes-pending';
export const DEFAULT_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export function backupIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const minutes = Number(env.SHENYI_BACKUP_MINUTES);
  return Number.isFinite(minutes) && minutes > 0 ? minutes * 60 * 1000 : DEFAULT_BACKUP_INTERVAL_MS;
}

export function markChangesPending(dataDir: string): void {
  mkdirSync(backupsFolder(dataDir), { recursive: true });
  writeFileSync(join(backupsFolder(dataDir), MARKER), '');
}

const changesPending = (dataDir: string) => existsSync(join(backupsFolder(dataDir), MARKER));
export const clearChangesPending = (dataDir: string) => rmSync(join(backupsFolder(dataDir), MARKER), { force: true });

/** A verified backup, then the routine copies rotated. */
export async function backUp(store: Store, reason: BackupReason, now: () => Date): Promise<BackupInfo> {
  const info = await takeBackup(store.db, store.dataDir, reason, now());
  rotateBackups(store.dataDir, now());
  return info;
}

export class BackupSchedule {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private lastBackupAt = Number.NEGATIVE_INFINITY;
  private marked = false;
  private changes = 0;

  constructor(
    private readonly store: () => Store | null,
    private readonly options: { now: () => Date; intervalMs: number; log?: (message: string) => void },
  ) {}

  /** At launch: a backup when anything changed since the last one, or when there is none. */
  onLaunch(): void {
    const store = this.writableStore();
    if (!store) return;
    const hasContent = (store.db.prepare('SELECT count(*) FROM reports').pluck().get() as number) > 0;
    const hasRoutine = listBackups(store.dataDir).some((b) => b.reason === 'routine' || b.reason === 'manual');
    if (changesPending(store.dataDir) || (hasContent && !hasRoutine)) void this.run('routine');
  }

  /** After every write: marks the change, and schedules a backup no sooner than the interval allows. */
  noteChange(): void {
    const store = this.writableStore();
    if (!store) return;
    this.changes += 1;
    if (!this.marked) {
      markChangesPending(store.dataDir);
      this.marked = true;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastBackupAt + this.options.intervalMs - this.options.now().getTime());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run('routine');
    }, Math.max(wait, 1000));
    this.timer.unref();
  }

  /** A backup now (the UI's and the CLI's "back up"); waits for one already running. */
  backUpNow(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    const store = this.writableStore();
    if (!store) return Promise.reject(new Error('The library is not open for writing; there is nothing new to back up.'));
    return this.run(reason, true) as Promise<BackupInfo>;
  }

  /** Settles when no backup is running (tests, and closing). */
  idle(): Promise<void> {
    return this.running.then(() => undefined, () => undefined);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private writableStore(): Store | null {
    const store = this.store();
    return store && store.readOnly === null ? store : null;
  }

  private run(reason: BackupReason, rethrow = false): Promise<BackupInfo | null> {
    const next = this.running.then(async () => {
      const store = this.writableStore();
      if (!store) return null;
      const seen = this.changes;
      try {
        const info = await backUp(store, reason, this.options.now);
        this.lastBackupAt = this.options.now().getTime();
        // A change made while the copy was taken is not in it: the marker stays for the next one.
        if (this.changes === seen) {
          clearChangesPending(store.dataDir);
          this.marked = false;
        }
        return info;
      } catch (error) {
        if (rethrow) throw error;
        // Closed while the copy was taken (the app quit): the marker stays, the next launch backs up.
        if (store.db.open) this.options.log?.(`Shenyi: the routine backup failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
    });
    this.running = next.catch(() => undefined);
    return next;
  }
}
