import { useSyncExternalStore } from 'react';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import { useScriptConverter } from '../script/useScriptConverter';

const noSession = () => () => {};

/** The opinion waiting to be placed by hand in this session's version, or null. */
export function usePlacing(session: AnnotationSession | null): string | null {
  return useSyncExternalStore(session?.subscribePlacing ?? noSession, () => session?.placingId ?? null);
}

/** Longest quote shown in the banner: enough to recognise the opinion. */
const QUOTE_CHARS = 24;

/**
 * Says, above the text, that an opinion is waiting for the person to select its words, and how
 * to stop (取消, or Esc). The selection toolbar meanwhile offers only 放在这里.
 */
export function PlacingBanner({ session, opinionId }: { session: AnnotationSession; opinionId: string }) {
  const { t } = useI18n();
  const convert = useScriptConverter();
  const exact = session.store.get(opinionId)?.anchor?.exact ?? '';
  const quote = exact.length > QUOTE_CHARS ? `${exact.slice(0, QUOTE_CHARS)}…` : exact;
  return (
    <div className="placing-banner" role="status" data-testid="placing-banner">
      <span>{t('place.banner', { quote: convert(quote) })}</span>
      <button type="button" className="placing-cancel" data-testid="placing-cancel" onClick={() => session.cancelPlacing()}>
        {t('place.cancel')}
      </button>
    </div>
  );
}
