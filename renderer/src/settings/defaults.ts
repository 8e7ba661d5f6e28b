import type { Settings } from '../api/contract';

/**
 * Used only when `settings.get` fails, so the app still opens. It mirrors DEFAULT_SETTINGS in the
 * contract, which cannot be imported at run time without bundling zod into the renderer.
 */
export const FALLBACK_SETTINGS: Settings = {
  locale: 'zh-Hans',
  script: 'source',
  fontSize: 18,
  theme: 'system',
  lastReportId: null,
};
