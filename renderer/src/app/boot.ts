/**
 * The first requests the app makes: sent from main.tsx before React's first render, so the
 * shell answers while React builds the page instead of after.
 */
import type { Profile, ReportSummary, Result, Settings, ShenyiApi, Stance } from '../api/contract';

export interface BootRequests {
  settings: Promise<Result<Settings>>;
  library: Promise<Result<ReportSummary[]>>;
  profile: Promise<Result<Profile | null>>;
  stances: Promise<Result<Stance[]>>;
}

export function startBoot(api: ShenyiApi): BootRequests {
  return {
    settings: api.call('settings.get', {}),
    library: api.call('library.list', {}),
    profile: api.call('profile.get', {}),
    stances: api.call('stances.list', {}),
  };
}
