import { useEffect, useState, type ReactNode } from 'react';
import type { Locale, StoreStatus } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { I18nProvider } from '../i18n/I18nProvider';
import { RecoveryScreen } from './RecoveryScreen';
import { StoreBanner } from './StoreBanner';

/**
 * Asks the shell about the library file before anything else is shown: an unusable file gets
 * the recovery screen instead of an empty-looking library; a read-only or partly damaged one
 * gets its banner above the app.
 */
export function StoreGate({ locale, children }: { locale: Promise<Locale>; children: ReactNode }) {
  const api = useApi();
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [language, setLanguage] = useState<Locale>('zh-Hans');
  useEffect(() => {
    let live = true;
    void locale.then((value) => live && setLanguage(value));
    void api.call('store.status', {}).then((result) => {
      if (live && result.ok) setStatus(result.value);
    });
    return () => {
      live = false;
    };
  }, [api, locale]);
  if (status?.state === 'unusable') {
    return (
      <I18nProvider locale={language}>
        <RecoveryScreen status={status} onStatus={setStatus} />
      </I18nProvider>
    );
  }
  return (
    <>
      {status && (
        <I18nProvider locale={language}>
          <StoreBanner status={status} />
        </I18nProvider>
      )}
      {children}
    </>
  );
}
