import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, BackupSummary } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { backupDate, reasonKey } from './backupWords';

/**
 * 恢复备份: every backup with its date and what it holds; restoring one replaces the library
 * (the current file is kept in set-aside/) and reloads the page on the restored library.
 */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    () =>
      api.call('backups.list', {}).then((result) => {
        if (result.ok) setBackups(result.value);
        else setError(result.error);
      }),
    [api],
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void load();
  }, [load]);

  const restore = async (backup: BackupSummary) => {
    if (!window.confirm(t('backups.confirm', { date: backupDate(locale, backup.takenAt) }))) return;
    setBusy(true);
    const result = await api.call('backups.restore', { name: backup.name });
    if (result.ok) {
      window.location.reload();
      return;
    }
    setBusy(false);
    setError(result.error);
  };

  const backUpNow = async () => {
    setBusy(true);
    const result = await api.call('backups.create', {});
    setBusy(false);
    if (result.ok) void load();
    else setError(result.error);
  };

  return (
    <dialog ref={dialog} className="export-dialog backups-dialog" data-testid="backups-dialog" aria-labelledby="backups-title" onClose={onClose}>
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="backups-intro">{t('backups.intro')}</p>
      {error && (
        <p className="backups-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {backups === null ? (
        <p role="status">{t('app.loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('backups.empty')}</p>
      ) : (
        <ul className="backups-list">
          {backups.map((backup) => (
            <li key={backup.name} data-testid="backup-row" data-name={backup.name}>
              <span className="backups-date">{backupDate(locale, backup.takenAt)}</span>
              <span className="backups-meta">
                {t(reasonKey(backup.reason))} · {backup.readable ? t('backups.counts', { reports: backup.reports, opinions: backup.opinions }) : t('backups.unreadable')}
              </span>
              <button type="button" disabled={busy || !backup.readable} onClick={() => void restore(backup)} data-testid="backup-restore">
                {t('backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="backups-actions">
        <button type="button" disabled={busy} onClick={() => void backUpNow()} data-testid="backup-now">
          {t('backups.create')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('backups.close')}
        </button>
      </div>
    </dialog>
  );
}
