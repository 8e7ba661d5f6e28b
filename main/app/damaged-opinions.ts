/**
 * Opinions whose rows fail their checksum, each with a sound copy from a backup when one holds
 * it: what `shenyi check` and the app's banner report, one line per opinion.
 */
import type { DamagedOpinion } from '../model/store-status';
import { Database } from '../store/sqlite';
import { listBackups, type BackupInfo } from '../store/backups';
import { rowIsSound, type CheckedRow } from '../store/opinion-checksum';
import type { Store } from '../store/store';

type Row = CheckedRow & { checksum?: string };

/** The opinion's text as one backup holds it, when that copy is sound. */
function soundCopy(backup: BackupInfo, id: string): string | null {
  try {
    const db = new Database(backup.path, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT * FROM opinions WHERE id = ?').get(id) as Row | undefined;
      if (!row) return null;
      // A copy from before checksums (schema < 5) cannot be verified; it is still the best offer.
      if (row.checksum !== undefined && !rowIsSound(row as CheckedRow & { checksum: string })) return null;
      return row.body_text;
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
      const text = soundCopy(backup, entry.id);
      if (text !== null) return { ...entry, backup: { name: backup.name, takenAt: backup.takenAt, text } };
    }
    return { ...entry, backup: null };
  });
}
