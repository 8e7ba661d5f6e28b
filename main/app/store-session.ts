/**
 * The library file as the app holds it: open and writable, open read-only, or not usable with
 * what was found. A file that fails its checks is never re-initialised: the session says what
 * it found and offers the newest good backup (the file is set aside, not deleted) or a
 * read-only look at what can still be read. Restoring swaps the store under the same handler
 * map, so neither shell has to rebind anything.
 */
import { clearInUse, markInUse } from './library-in-use';
import { DomainError } from '../model/errors';
import type { StoreStatus } from '../model/store-status';
import { listBackups, newestGoodBackup, restoreBackup, type BackupInfo } from '../store/backups';
import { DATABASE_FILE, openStore, type Store } from '../store/store';
import { StoreUnusableError } from '../store/store-errors';
import { join } from 'node:path';
import { damagedOpinions } from './damaged-opinions';

const summary = ({ path: _path, ...rest }: BackupInfo) => rest;

export class StoreSession {
  private current: Store | null = null;
  private unusable: StoreUnusableError | null = null;
  private restored: StoreStatus['restored'] = null;
  /** Told whenever a different store is opened (a restore, a read-only open). */
  onOpened: (store: Store) => void = () => undefined;

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  get path(): string {
    return join(this.dataDir, DATABASE_FILE);
  }

  get store(): Store | null {
    return this.current;
  }

  /** The store, or the refusal a call gets when the library could not be opened. */
  requireStore(): Store {
    if (this.current) return this.current;
    const found = this.unusable?.message ?? `${this.path}: the library is not open`;
    throw new DomainError('store-failed', `${found} Restore a backup (恢复备份) or open it read-only to go on.`);
  }

  /** Opens the file; an unusable one is remembered, not thrown, unless `strict` (the CLI). */
  open(options: { salvage?: boolean; strict?: boolean } = {}): void {
    this.close();
    try {
      this.current = openStore(this.dataDir, { now: this.now, salvage: options.salvage ?? false });
      markInUse(this.dataDir);
      this.unusable = null;
      this.onOpened(this.current);
    } catch (error) {
      if (!(error instanceof StoreUnusableError) || options.strict) throw error;
      this.unusable = error;
    }
  }

  status(): StoreStatus {
    const newest = this.current && this.current.readOnly === null ? null : newestGoodBackup(this.dataDir);
    return {
      state: this.current === null ? 'unusable' : this.current.readOnly === null ? 'ok' : 'read-only',
      path: this.path,
      problem: this.unusable?.problem ?? null,
      message: this.unusable?.message ?? null,
      readOnlyReason: this.current?.readOnly ?? null,
      newestBackup: newest ? summary(newest) : null,
      damagedOpinions: this.current ? damagedOpinions(this.current, this.dataDir) : [],
      restored: this.restored,
    };
  }

  openReadOnly(): StoreStatus {
    if (this.current?.readOnly === null) return this.status();
    this.open({ salvage: true, strict: true });
    return this.status();
  }

  /** Puts a backup in place of the library file and opens it. */
  restore(name: string): StoreStatus {
    // The backup is checked before the open store is let go: a bad choice changes nothing.
    const chosen = listBackups(this.dataDir).find((backup) => backup.name === name);
    if (!chosen) throw new DomainError('not-found', `${name}: there is no such backup`);
    this.close();
    let done: ReturnType<typeof restoreBackup>;
    try {
      done = restoreBackup(this.path, this.dataDir, name, this.now());
    } finally {
      // Whatever happened, the session holds whatever the folder now has.
      this.open();
    }
    this.restored = { from: summary(done.restored), setAsidePath: done.setAsidePath };
    return this.status();
  }

  close(): void {
    if (this.current) clearInUse(this.dataDir);
    this.current?.close();
    this.current = null;
  }
}
