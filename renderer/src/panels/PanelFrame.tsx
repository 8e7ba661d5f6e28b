import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

/** The frame every side panel shares: a title, a close button, Esc to close. */
export function PanelFrame({ title, testId, onClose, children, className }: { title: string; testId: string; onClose: () => void; children: ReactNode; className?: string }) {
  const { t } = useI18n();
  return (
    <section
      className={`side-panel${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-label={title}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="side-panel-head">
        <h2>{title}</h2>
        <button type="button" className="side-panel-close" aria-label={t('panel.close')} title={t('panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
    </section>
  );
}
