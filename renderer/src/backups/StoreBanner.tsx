import { useState } from 'react';
import type { ApiError, StoreStatus } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { backupDate } from './backupWords';

/**
 * What the reader must know about the library file while working: it is open read-only (no
 * save will land), it was just restored from a backup, or some opinions failed their checksum
 * (each with the copy a backup holds).
 */
export function StoreBanner({ status }: { status: StoreStatus }) {
  const { t, locale } = useI18n();
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const putBack = async (id: string, name: string) => {
    const result = await api.call('backups.restoreOpinion', { id, name });
    // The reading view lists the opinion again once the page is read afresh.
    if (result.ok) window.location.reload();
    else setError(result.error);
  };
  return (
    <>
      {status.state === 'read-only' && (
        <div className="banner banner-error" role="alert" data-testid="store-read-only">
          <span className="banner-text">{t('store.readOnly', { reason: status.readOnlyReason ?? '' })}</span>
        </div>
      )}
      {status.restored && (
        <div className="banner banner-status" role="status" data-testid="store-restored">
          <span className="banner-text">
            {t('store.restored', { date: backupDate(locale, status.restored.from.takenAt), path: status.restored.setAsidePath ?? '' })}
          </span>
        </div>
      )}
      {status.damagedOpinions.length > 0 && (
        <div className="banner banner-error" role="alert" data-testid="store-damaged-opinions">
          <div className="banner-text">
            <p>{t('store.damagedOpinions', { count: status.damagedOpinions.length })}</p>
            <ul>
              {status.damagedOpinions.map((opinion) => (
                <li key={opinion.id} data-testid="damaged-opinion" data-opinion-id={opinion.id}>
                  {opinion.backup
                    ? t('store.damagedOpinion', { id: opinion.id, date: backupDate(locale, opinion.backup.takenAt), text: opinion.backup.text })
                    : t('store.noBackupCopy', { id: opinion.id })}
                  {opinion.backup && (
                    <button type="button" className="store-put-back" data-testid="put-back-opinion" onClick={() => void putBack(opinion.id, opinion.backup!.name)}>
                      {t('store.putBack')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {error && <p role="alert">{errorText(t, error)}</p>}
          </div>
        </div>
      )}
    </>
  );
}
