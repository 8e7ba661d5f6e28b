import type { ApiError } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';

export interface BannerAction {
  label: string;
  testId: string;
  run: () => void;
}

/** The last failure, in words the reader can act on; it stays until dismissed or replaced. `action`: the one thing that fixes it, when there is one. */
export function ErrorBanner({ error, onDismiss, action }: { error: ApiError; onDismiss: () => void; action?: BannerAction }) {
  const { t } = useI18n();
  return (
    <div className="banner banner-error">
      {/* Only the message is the alert: the close button is not part of what gets announced. */}
      <span className="banner-text" role="alert" data-testid="error-banner" data-code={error.code}>
        {errorText(t, error)}
      </span>
      {action && (
        <button type="button" className="banner-action" data-testid={action.testId} onClick={action.run}>
          {action.label}
        </button>
      )}
      <button type="button" className="banner-dismiss" onClick={onDismiss} aria-label={t('error.dismiss')}>
        ×
      </button>
    </div>
  );
}
