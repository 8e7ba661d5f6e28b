/**
 * Opinions whose rows fail their checksum, each with a sound copy from a backup when one holds
 * it: what `shenyi check` and the app's banner report, one line per opinion.
 */
import type { DamagedOpinion } from '../model/store-status';
import { Database } from '../store/sqlite';
import { listBackups, type BackupInfo } from '../store/backups';
import { CHECKED_COLUMNS, rowIsSound, type CheckedRow } from '../store/opinion-checksum';
import { DomainError } from '../model/errors';
import type { Store } from '../store/store';

type Row = CheckedRow & { checksum?: string };

/** The opinion's row as one backup holds it, when that copy is sound. */
function soundRow(backup: BackupInfo, id: string): CheckedRow | null {
  try {
    const db = new Database(backup.path, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT * FROM opinions WHERE id = ?').get(id) as Row | undefined;
      if (!row) return null;
      // A copy from before checksums (schema < 5) cannot be verified; it is still the best offer.
      if (row.checksum !== undefined && !rowIsSound(row as CheckedRow & { checksum: string })) return null;
      const { checksum: _checksum, ...checked } = row;
      return Object.fromEntries(CHECKED_COLUMNS.map((column) => [column, checked[column] ?? null])) as CheckedRow;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export function damagedOpinions(store: Store, dataDir: string): DamagedOpinion[] {
  const damaged: { id: string; reportId: string; foundText: string }[] = [];
  try {
    for (const row of store.db.prepare('SELECT * FROM opinions').iterate() as IterableIterator<Row & { checksum: string }>) {
      if (!rowIsSound(row)) damaged.push({ id: String(row.id), reportId: String(row.report_id), foundText: String(row.body_text ?? '') });
    }
  } catch {
    // The table itself cannot be read: quick_check reports that, and a restore is offered.
  }
  for (const [id, reportId] of store.opinions.damaged) {
    if (!damaged.some((entry) => entry.id === id)) damaged.push({ id, reportId, foundText: '' });
  }
  if (damaged.length === 0) return [];
  const backups = listBackups(dataDir).filter((backup) => backup.readable);
  return damaged.map((entry) => {
    for (const backup of backups) {
      const row = soundRow(backup, entry.id);
      if (row !== null) return { ...entry, backup: { name: backup.name, takenAt: backup.takenAt, text: row.body_text ?? '' } };
    }
    return { ...entry, backup: null };
  });
}

/** Puts one opinion back as the named backup holds it (the banner's 用备份中的副本). */
export function restoreOpinion(store: Store, dataDir: string, id: string, backupName: string): void {
  const backup = listBackups(dataDir).find((b) => b.name === backupName);
  const row = backup ? soundRow(backup, id) : null;
  if (!row) throw new DomainError('not-found', `${backupName}: this backup holds no sound copy of opinion ${id}`);
  store.opinions.putBack(row);
}
