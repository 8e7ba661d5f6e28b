import { useAnnotationEnvironment, usePlace, useSession } from '../annotations/AnnotationContext';
import { useI18n } from '../i18n/I18nContext';
import { NoteCard } from './NoteCard';

/**
 * 未定位: opinions whose passage could not be found in this version (orphan) or could be found in
 * several places (ambiguous). They are never painted on a guess; here they keep their quote,
 * their note and, for ambiguous ones, how many places matched.
 */
export function UnplacedPanel() {
  const session = useSession();
  const { t } = useI18n();
  const { narrow } = useAnnotationEnvironment();
  const notes = usePlace(session, 'unplaced');
  if (notes.length === 0) return null;
  return (
    <section className={`row unplaced-row${narrow ? ' is-narrow' : ''}`}>
      <details className="row-text unplaced" data-testid="unplaced-panel" open>
        <summary>{t('unplaced.title', { count: notes.length })}</summary>
        <p className="unplaced-intro">{t('unplaced.intro')}</p>
        <div className="unplaced-list">
          {notes.map((opinion) => (
            <NoteCard key={opinion.id} opinion={opinion} showQuote />
          ))}
        </div>
      </details>
    </section>
  );
}
