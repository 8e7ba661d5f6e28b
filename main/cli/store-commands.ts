/**
 * `shenyi backup`, `shenyi restore` and `shenyi check`: the library file's safety from the
 * command line, through the same modules the app uses. A library that cannot be opened is
 * reported with what was found and the newest backup to restore, never re-initialised.
 */
import { openedBy } from '../app/library-in-use';
import { join } from 'node:path';
import { backUp, clearChangesPending } from '../app/backup-schedule';
import { checkStore } from '../app/check-store';
import { DomainError } from '../model/errors';
import { listBackups, newestGoodBackup, restoreBackup } from '../store/backups';
import { DATABASE_FILE, openStore } from '../store/store';
import type { StoreUnusableError } from '../store/store-errors';
import { print } from './print';

const describeBackup = (b: { name: string; takenAt: string; reports: number; opinions: number }) =>
  `${b.name} (${b.takenAt}: ${b.reports} reports, ${b.opinions} opinions)`;

/** The CLI's words for a library it could not open: what was found, and the way forward. */
export function unusableStoreMessage(error: StoreUnusableError, dataDir: string): string {
  const newest = newestGoodBackup(dataDir);
  const way = newest
    ? `The newest good backup is ${describeBackup(newest)}: \`shenyi restore --data-dir ${dataDir}\` puts it back (the damaged file is kept in set-aside/).`
    : 'There is no backup to restore in backups/.';
  return `${error.message} ${way}`;
}

export async function backupCommand(dataDir: string, json: boolean): Promise<void> {
  const store = openStore(dataDir);
  try {
    if (store.readOnly !== null) throw new DomainError('store-failed', `${store.path}: ${store.readOnly}; back it up by copying the data folder`);
    const info = await backUp(store, 'manual', () => new Date());
    clearChangesPending(dataDir);
    print(info, json, () => `${info.path}: ${info.reports} reports, ${info.opinions} opinions, verified`);
  } finally {
    store.close();
  }
}

export function restoreCommand(dataDir: string, options: { list: boolean; from?: string; json: boolean }): void {
  const backups = listBackups(dataDir);
  if (options.list) {
    print(backups, options.json, () => (backups.length === 0 ? 'no backups' : backups.map((b) => `${describeBackup(b)}${b.readable ? '' : ' — cannot be read'}`).join('\n')));
    return;
  }
  const holder = openedBy(dataDir);
  if (holder !== null) {
    throw new DomainError('store-failed', `${join(dataDir, DATABASE_FILE)}: Shenyi (process ${holder}) has this library open; restore from 恢复备份 in the app, or close it and run this again. Nothing was changed.`);
  }
  const chosen = options.from ?? newestGoodBackup(dataDir)?.name;
  if (!chosen) throw new DomainError('not-found', `${join(dataDir, 'backups')}: there is no good backup to restore`);
  const done = restoreBackup(join(dataDir, DATABASE_FILE), dataDir, chosen, new Date());
  // Opened once, as the app would: migrated if the backup is older, and checked.
  openStore(dataDir).close();
  print({ restored: done.restored, setAside: done.setAsidePath }, options.json, () =>
    [`restored ${describeBackup(done.restored)}`, done.setAsidePath ? `the file it replaced is kept as ${done.setAsidePath}` : ''].filter(Boolean).join('\n'),
  );
}

/** Exit status 1 when anything failed a check. */
export function checkCommand(dataDir: string, json: boolean): boolean {
  const store = openStore(dataDir, {});
  try {
    const report = checkStore(store, dataDir);
    print(report, json, () =>
      report.damagedOpinions.length === 0
        ? `${store.path}: ok (quick_check, ${report.opinionsChecked} opinion checksums)`
        : [
            `${store.path}: ${report.damagedOpinions.length} opinions fail their checksum`,
            ...report.damagedOpinions.map((o) =>
              `opinion ${o.id} (report ${o.reportId}): ${o.backup ? `a sound copy is in backup ${o.backup.name} (${o.backup.takenAt})` : 'no backup holds a sound copy'}`,
            ),
          ].join('\n'),
    );
    return report.damagedOpinions.length === 0;
  } finally {
    store.close();
  }
}
