import type { Settings } from '../api/contract';

export type ThemeSetting = Settings['theme'];

/** The order the theme button steps through; dark comes first so the first click is visible. */
const CYCLE: readonly ThemeSetting[] = ['system', 'dark', 'light'];

export function nextTheme(theme: ThemeSetting): ThemeSetting {
  return CYCLE[(CYCLE.indexOf(theme) + 1) % CYCLE.length] ?? 'system';
}
