import { useAllOpinions } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import { PanelFrame } from '../panels/PanelFrame';
import { NoteCard } from './NoteCard';

/**
 * The margin, folded: in a window too narrow for text and notes side by side, the notes open
 * here in reading order. Unplaced notes are left out — the 未定位 panel in the text shows them.
 */
export function NotesDrawer({ session, onClose }: { session: AnnotationSession; onClose: () => void }) {
  const { t } = useI18n();
  const all = useAllOpinions(session);
  const placed = all.filter((view) => session.store.placeOf(view.id) !== 'unplaced');
  return (
    <PanelFrame title={t('drawer.title', { count: placed.length })} testId="notes-drawer" onClose={onClose} className="notes-drawer">
      {placed.length === 0 ? (
        <p className="panel-empty">{t('notes.empty')}</p>
      ) : (
        <div className="drawer-notes">
          {placed.map((view) => (
            <NoteCard key={view.id} opinion={view} showQuote />
          ))}
        </div>
      )}
    </PanelFrame>
  );
}
