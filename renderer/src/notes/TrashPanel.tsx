import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Opinion } from '../api/contract';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useAnnotationEnvironment } from '../annotations/AnnotationContext';
import { useI18n } from '../i18n/I18nContext';
import { useScriptConverter } from '../script/useScriptConverter';
import { PanelFrame } from '../panels/PanelFrame';
import { formatTime } from './formatTime';
import { kindText } from './NoteCard';

/** Deleted opinions of this report, newest first, each with 恢复. Deleting never destroys. */
export function TrashPanel({ session, onClose }: { session: AnnotationSession; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { stances } = useAnnotationEnvironment();
  const convert = useScriptConverter();
  // A note is called what its card called it: its stance (反对), or its kind when it has none.
  const nameOf = (item: Opinion) => stances.find((stance) => stance.id === item.stanceId)?.name ?? kindText(t, item.kind);
  const [items, setItems] = useState<Opinion[] | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  // Reloaded whenever the report's opinions change: a delete or an undo lands here at once.
  const revision = useSyncExternalStore(session.store.subscribe, () => session.store.revision);

  useEffect(() => {
    let live = true;
    void session.model.trash().then((trashed) => {
      if (live) setItems(trashed);
    });
    return () => {
      live = false;
    };
  }, [session, revision]);

  const restore = async (id: string) => {
    setRestoring(id);
    await session.restore(id);
    setRestoring(null);
  };

  return (
    <PanelFrame title={t('trash.title')} testId="trash-panel" onClose={onClose}>
      {items === null ? (
        <p className="panel-empty">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="panel-empty">{t('trash.empty')}</p>
      ) : (
        <ul className="trash-items">
          {items.map((item) => (
            <li key={item.id} className="trash-item" data-testid="trash-item" data-opinion-id={item.id}>
              <span className="trash-kind" data-testid="trash-kind">
                {nameOf(item)}
              </span>
              {item.anchor && (
                <span className="trash-quote" data-testid="trash-quote">
                  {convert(item.anchor.quote.exact.slice(0, 60))}
                </span>
              )}
              {item.bodyText && <span className="trash-body">{item.bodyText.slice(0, 120)}</span>}
              <span className="trash-meta">{t('trash.deletedAt', { time: formatTime(locale, item.deletedAt ?? item.updatedAt, 'short') })}</span>
              <button type="button" data-testid="trash-restore" disabled={restoring !== null} onClick={() => void restore(item.id)}>
                {t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </PanelFrame>
  );
}
