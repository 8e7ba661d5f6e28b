import { useCallback, useState } from 'react';
import type { ApiError, Settings, ShenyiApi } from '../api/contract';
import { FALLBACK_SETTINGS } from './defaults';

export interface SettingsState {
  settings: Settings;
  /** Adopts settings read from the shell at start-up. */
  replace(settings: Settings): void;
  /** Applies a change at once and persists it; a failed save is reported but not rolled back. */
  update(patch: Partial<Settings>): void;
}

export function useSettings(api: ShenyiApi, onError: (error: ApiError) => void): SettingsState {
  const [settings, setSettings] = useState<Settings>(FALLBACK_SETTINGS);

  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((previous) => ({ ...previous, ...patch }));
      void api.call('settings.set', patch).then((result) => {
        if (!result.ok) onError(result.error);
      });
    },
    [api, onError],
  );

  return { settings, replace: setSettings, update };
}
