import { useState } from 'react';
import type { ApiError, StoreStatus } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import type { MessageKey } from '../i18n/messageKeys';
import { BackupsDialog } from './BackupsDialog';
import { backupDate } from './backupWords';

const PROBLEMS: Record<NonNullable<StoreStatus['problem']>, MessageKey> = {
  empty: 'recovery.problem.empty',
  'not-a-database': 'recovery.problem.not-a-database',
  truncated: 'recovery.problem.truncated',
  damaged: 'recovery.problem.damaged',
  unreadable: 'recovery.problem.unreadable',
  'newer-version': 'recovery.problem.newer-version',
};

/**
 * Shown instead of the library when its file cannot be used: what was found, that nothing was
 * changed, and the ways forward (the newest good backup, another backup, or a read-only look).
 */
export function RecoveryScreen({ status, onStatus }: { status: StoreStatus; onStatus: (status: StoreStatus) => void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [choosing, setChoosing] = useState(false);
  const newest = status.newestBackup;

  const act = async (call: () => ReturnType<typeof api.call<'backups.restore'>>) => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (result.value.state === 'ok') window.location.reload();
    else onStatus(result.value);
  };

  return (
    <main className="recovery" data-testid="recovery" data-problem={status.problem ?? ''}>
      <h1>{t('recovery.title')}</h1>
      <p data-testid="recovery-problem">{t(status.problem ? PROBLEMS[status.problem] : 'recovery.problem.damaged')}</p>
      <p className="recovery-path">{status.path}</p>
      <p>{t('recovery.untouched')}</p>
      <p data-testid="recovery-newest">
        {newest ? t('recovery.newest', { date: backupDate(locale, newest.takenAt), reports: newest.reports, opinions: newest.opinions }) : t('recovery.noBackup')}
      </p>
      {error && (
        <p className="backups-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      <div className="recovery-actions">
        {newest && (
          <button type="button" className="recovery-primary" disabled={busy} data-testid="recovery-restore" onClick={() => void act(() => api.call('backups.restore', { name: newest.name }))}>
            {t('recovery.restoreNewest')}
          </button>
        )}
        <button type="button" disabled={busy} data-testid="recovery-choose" onClick={() => setChoosing(true)}>
          {t('recovery.chooseBackup')}
        </button>
        <button type="button" disabled={busy} data-testid="recovery-read-only" onClick={() => void act(() => api.call('store.openReadOnly', {}))}>
          {t('recovery.readOnly')}
        </button>
      </div>
      {choosing && <BackupsDialog onClose={() => setChoosing(false)} />}
    </main>
  );
}
