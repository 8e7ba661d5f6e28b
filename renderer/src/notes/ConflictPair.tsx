import type { ListedOpinion } from '../api/contract';
import { useAnnotationEnvironment, useConflicts } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import { formatTime } from './formatTime';
import { RichTextView } from './RichTextView';
import { bodyOf } from './bodyOf';

/**
 * A delegate's opinion that arrived again, changed, in a later package: the two versions side
 * by side in the one card, to keep one. Not a second note — the delegate said one thing, and
 * the clerk settles which wording stands; the other goes to the trash, where it can be read.
 */
export function ConflictPair({ opinion, session }: { opinion: ListedOpinion; session: AnnotationSession }) {
  const copies = useConflicts(session, opinion.id);
  const { t, locale } = useI18n();
  const { stances } = useAnnotationEnvironment();
  if (copies.length === 0) return null;
  const stanceName = (view: ListedOpinion) => stances.find((stance) => stance.id === view.stanceId)?.name ?? t(`kind.${view.kind}`);

  const side = (view: ListedOpinion, label: string) => (
    <div className="conflict-side" data-testid="conflict-side">
      <p className="conflict-label">
        {label} · {formatTime(locale, view.updatedAt, 'short')} · {stanceName(view)}
      </p>
      <RichTextView body={bodyOf(view)} className="note-body-text conflict-body" />
      {view.suggestion && (
        <p className="conflict-proposed">
          {t('suggestion.proposed')}：{view.suggestion.proposed}
        </p>
      )}
    </div>
  );

  return (
    <>
      {copies.map((copy) => (
        <section key={copy.id} className="conflict-pair" data-testid="conflict-pair" aria-label={t('conflict.title')}>
          <h3 className="conflict-title">{t('conflict.title')}</h3>
          <div className="conflict-sides">
            {side(opinion, t('conflict.current'))}
            {side(copy, t('conflict.incoming'))}
          </div>
          <div className="conflict-actions">
            <button type="button" data-testid="conflict-keep-current" onClick={() => void session.settle(copy.id, 'current')}>
              {t('conflict.keepCurrent')}
            </button>
            <button type="button" data-testid="conflict-keep-incoming" onClick={() => void session.settle(copy.id, 'incoming')}>
              {t('conflict.keepIncoming')}
            </button>
          </div>
        </section>
      ))}
    </>
  );
}
