/**
 * The user's settings (language, theme, reading layout …) kept in the store. A value written by
 * another release that no longer fits falls back to its default instead of failing the app.
 */
import { DEFAULT_SETTINGS, Settings } from '../api/contract';
import type { Handlers } from '../api/contract';
import type { Store } from '../store/store';

const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export function readSettings(store: Store): Settings {
  const stored: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    const value = store.reports.getSetting(key);
    if (value !== undefined) stored[key] = value;
  }
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function settingsHandlers(store: Store): Pick<Handlers, 'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => readSettings(store),
    'settings.set': (changes) => {
      const next = Settings.parse({ ...readSettings(store), ...changes });
      store.reports.putSettings(next);
      return next;
    },
  };
}
