import { memo } from 'react';
import type { ReportDocument } from '../api/contract';
import type { Translate } from '../i18n/translate';

type DebrisLine = ReportDocument['debris'][number];

interface Props {
  debris: DebrisLine[];
  /** The start offset of the line being restored or undone, while the shell works on it. */
  pendingStart: number | null;
  onSetRestored: (start: number, restored: boolean) => void;
  t: Translate;
}

/**
 * Lines the importer kept out of the body (page headers, share buttons, captions…). They are never
 * deleted, only set aside, so a wrong call can be undone here; debris text is shown as found.
 */
export const DebrisPanel = memo(function DebrisPanel({ debris, pendingStart, onSetRestored, t }: Props) {
  if (debris.length === 0) return null;
  const setAside = debris.filter((line) => !line.restored);
  const restored = debris.filter((line) => line.restored);
  return (
    <section className="row debris-row">
      <details className="row-text debris" data-testid="debris">
        <summary>{t('debris.summary', { count: setAside.length })}</summary>
        <p className="debris-intro">{t('debris.intro')}</p>
        {setAside.length > 0 && (
          <ul className="debris-list">
            {setAside.map((line) => (
              <li key={line.start} className="debris-line" data-testid="debris-line" data-start={line.start}>
                <span className="debris-reason">{t(`debris.reason.${line.reason}`)}</span>
                <span className="debris-text">{line.text}</span>
                <button
                  type="button"
                  data-testid="debris-restore"
                  disabled={pendingStart !== null}
                  onClick={() => onSetRestored(line.start, true)}
                >
                  {t('debris.restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {restored.length > 0 && (
          <>
            <h3 className="debris-subtitle">{t('debris.restored')}</h3>
            <ul className="debris-list">
              {restored.map((line) => (
                <li key={line.start} className="debris-line restored" data-testid="debris-restored" data-start={line.start}>
                  <span className="debris-reason">{t(`debris.reason.${line.reason}`)}</span>
                  <span className="debris-text">{line.text}</span>
                  <button
                    type="button"
                    data-testid="debris-undo"
                    disabled={pendingStart !== null}
                    onClick={() => onSetRestored(line.start, false)}
                  >
                    {t('debris.undo')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </section>
  );
});
