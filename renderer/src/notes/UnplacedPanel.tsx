import { useAnnotationEnvironment, usePlace, useSession, useWantedIn } from '../annotations/AnnotationContext';
import { useI18n } from '../i18n/I18nContext';
import { NoteCard } from './NoteCard';
import { useIncremental } from './useIncremental';

/**
 * 未定位: opinions whose passage could not be found in this version (orphan) or could be found in
 * several places (ambiguous). They are never painted on a guess; here they keep their quote,
 * their note and, for ambiguous ones, how many places matched. A clerk's merged package on a
 * new version can leave hundreds here: they are built a page at a time as the list scrolls.
 */
export function UnplacedPanel() {
  const session = useSession();
  const { t } = useI18n();
  const { narrow } = useAnnotationEnvironment();
  const notes = usePlace(session, 'unplaced');
  const wantedId = useWantedIn(session, 'unplaced');
  const wantedIndex = wantedId ? notes.findIndex((view) => view.id === wantedId) : -1;
  const { count, sentinel } = useIncremental(notes.length, { initial: 12, step: 24, mustInclude: wantedIndex });
  if (notes.length === 0) return null;
  return (
    <section className={`row unplaced-row${narrow ? ' is-narrow' : ''}`}>
      <details className="row-text unplaced" data-testid="unplaced-panel" open>
        <summary>{t('unplaced.title', { count: notes.length })}</summary>
        <p className="unplaced-intro">{t('unplaced.intro')}</p>
        <div className="unplaced-list">
          {notes.slice(0, count).map((opinion) => (
            <NoteCard key={opinion.id} opinion={opinion} showQuote />
          ))}
        </div>
        {count < notes.length && (
          <p ref={sentinel} className="list-more" role="status">
            {t('list.more', { count: notes.length - count })}
          </p>
        )}
      </details>
    </section>
  );
}
