import type { ApiError } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';

/** The last failure, in words the reader can act on; it stays until dismissed or replaced. */
export function ErrorBanner({ error, onDismiss }: { error: ApiError; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="banner banner-error">
      {/* Only the message is the alert: the close button is not part of what gets announced. */}
      <span className="banner-text" role="alert" data-testid="error-banner" data-code={error.code}>
        {errorText(t, error)}
      </span>
      <button type="button" className="banner-dismiss" onClick={onDismiss} aria-label={t('error.dismiss')}>
        ×
      </button>
    </div>
  );
}
