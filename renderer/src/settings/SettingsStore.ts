/**
 * The reader's settings (language, 原文/简/繁, font size, theme, the report last open): applied
 * at once and persisted with `settings.set`; a failed save is reported, not rolled back.
 */
import type { ApiError, Settings, ShenyiApi } from '../api/contract';
import { SnapshotStore } from '../app/SnapshotStore';
import { FALLBACK_SETTINGS } from './defaults';
import { stepFontSize } from './fontSize';
import { nextTheme } from './theme';

export class SettingsStore extends SnapshotStore<Settings> {
  private readonly api: ShenyiApi;
  private readonly onError: (error: ApiError) => void;

  constructor(api: ShenyiApi, onError: (error: ApiError) => void) {
    super(FALLBACK_SETTINGS);
    this.api = api;
    this.onError = onError;
  }

  /** Adopts settings read from the shell at start-up. */
  replace(settings: Settings): void {
    this.set(settings);
  }

  update = (patch: Partial<Settings>): void => {
    this.set(patch);
    void this.api.call('settings.set', patch).then((result) => {
      if (!result.ok) this.onError(result.error);
    });
  };

  stepFont = (direction: 1 | -1): void => this.update({ fontSize: stepFontSize(this.getSnapshot().fontSize, direction) });

  nextTheme = (): void => this.update({ theme: nextTheme(this.getSnapshot().theme) });
}
