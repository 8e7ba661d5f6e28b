/**
 * The three UI catalogues, one JSON file per locale with the same keys. A catalogue missing a key
 * is reported in the console and falls back to zh-Hans for it, never to a raw key on screen.
 */
import type { Locale } from '../api/contract';
import { MESSAGE_KEYS, type MessageKey } from './messageKeys';

export type { MessageKey } from './messageKeys';
export type Messages = Record<MessageKey, string>;

const files = import.meta.glob<Record<string, unknown>>('./locales/*.json', { eager: true, import: 'default' });

export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** Each language is named in itself, so a reader who picked the wrong one can still find theirs. */
export const LOCALE_NAMES: Record<Locale, string> = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
};

const reference = catalogue('zh-Hans', null);

export const MESSAGES: Record<Locale, Messages> = {
  'zh-Hans': reference,
  'zh-Hant': catalogue('zh-Hant', reference),
  en: catalogue('en', reference),
};

function catalogue(locale: Locale, fallback: Messages | null): Messages {
  const file = files[`./locales/${locale}.json`] ?? {};
  const messages = {} as Messages;
  for (const key of MESSAGE_KEYS) {
    const text = file[key];
    if (typeof text === 'string') {
      messages[key] = text;
    } else {
      console.error(`i18n: ${locale}.json has no "${key}"`);
      messages[key] = fallback?.[key] ?? key;
    }
  }
  for (const key of Object.keys(file)) {
    if (!(MESSAGE_KEYS as readonly string[]).includes(key)) console.error(`i18n: ${locale}.json has unknown "${key}"`);
  }
  return messages;
}
