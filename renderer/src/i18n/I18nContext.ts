import { createContext, useContext } from 'react';
import type { Locale } from '../api/contract';
import { translator, type Translate } from './translate';

export interface I18n {
  locale: Locale;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ locale: 'zh-Hans', t: translator('zh-Hans') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
