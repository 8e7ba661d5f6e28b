import { useEffect, useMemo, type ReactNode } from 'react';
import type { Locale } from '../api/contract';
import { I18nContext } from './I18nContext';
import { translator } from './translate';

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  useEffect(() => {
    // Screen readers and the CJK font fallback both key off <html lang>.
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
