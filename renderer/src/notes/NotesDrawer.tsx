import { useMemo } from 'react';
import { useAllOpinions, useWantedId } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import { PanelFrame } from '../panels/PanelFrame';
import { NoteCard } from './NoteCard';
import { useIncremental } from './useIncremental';

/**
 * The margin, folded: in a window too narrow for text and notes side by side, the notes open
 * here in reading order. Unplaced notes are left out — the 未定位 panel in the text shows them.
 * Cards are built a page at a time as the list scrolls, and a note opened from elsewhere is
 * always among them.
 */
export function NotesDrawer({ session, onClose }: { session: AnnotationSession; onClose: () => void }) {
  const { t } = useI18n();
  const all = useAllOpinions(session);
  const wantedId = useWantedId(session);
  const placed = useMemo(() => all.filter((view) => session.store.placeOf(view.id) !== 'unplaced'), [all, session]);
  const wantedIndex = wantedId ? placed.findIndex((view) => view.id === wantedId) : -1;
  const { count, sentinel } = useIncremental(placed.length, { initial: 20, step: 40, mustInclude: wantedIndex });
  return (
    <PanelFrame title={t('drawer.title', { count: placed.length })} testId="notes-drawer" onClose={onClose} className="notes-drawer">
      {placed.length === 0 ? (
        <p className="panel-empty">{t('notes.empty')}</p>
      ) : (
        <div className="drawer-notes">
          {placed.slice(0, count).map((view) => (
            <NoteCard key={view.id} opinion={view} showQuote />
          ))}
          {count < placed.length && (
            <p ref={sentinel} className="list-more" role="status">
              {t('list.more', { count: placed.length - count })}
            </p>
          )}
        </div>
      )}
    </PanelFrame>
  );
}
