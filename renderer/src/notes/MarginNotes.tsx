import { memo, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PlaceKey } from '../annotations/OpinionStore';
import { useAnnotationEnvironment, useNear, usePlace, useSession, useWantedIn } from '../annotations/AnnotationContext';
import { useI18n } from '../i18n/I18nContext';
import { NoteCard } from './NoteCard';
import { alignCards } from './alignCards';
import { passageRanges } from './passageLink';

/** Cards shown in a margin cell before "+N"; a paragraph rarely has more. */
export const FIRST_FEW = 3;
/** How many more cards each "+N" shows: a clerk's merged paragraph can hold hundreds. */
export const MORE_STEP = 50;

/**
 * The notes of one place (a paragraph, a heading, the title), stacked in its margin cell. The cell
 * grows with them and the row with the cell, so notes never overlap each other or the text.
 * In a narrow layout the margin is folded away and the notes panel shows them instead.
 *
 * Cards are built only for rows near the viewport (NearTracker), and only the first few of a
 * place, with "+N" for the rest: 10,000 notes open as quickly as a dozen. A note opened from
 * elsewhere (its highlight, the notes list, n/p) is shown wherever it is.
 */
export const MarginNotes = memo(function MarginNotes({ place }: { place: PlaceKey }) {
  const session = useSession();
  const { t } = useI18n();
  const { narrow } = useAnnotationEnvironment();
  const notes = usePlace(session, place);
  const near = useNear(session, place);
  const wantedId = useWantedIn(session, place);
  const slot = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const [limit, setLimit] = useState(FIRST_FEW);
  const [seenWanted, setSeenWanted] = useState<string | null>(null);

  useLayoutEffect(() => {
    const row = slot.current?.closest('.row');
    if (!session || !row) return;
    return session.near.register(place, row);
  }, [session, place]);

  const wantedIndex = wantedId ? notes.findIndex((opinion) => opinion.id === wantedId) : -1;
  // A note asked for stays unfolded after the request moves on (it may be being written in).
  if (wantedId !== seenWanted) {
    setSeenWanted(wantedId);
    if (wantedIndex >= limit) setLimit(wantedIndex + 1);
  }
  const shown = Math.min(notes.length, Math.max(limit, wantedIndex + 1));
  const hidden = notes.length - shown;
  const build = near || wantedIndex >= 0;
  const cards = useRef<HTMLDivElement>(null);

  // Each card beside its passage: again whenever the cards or the paragraph's text change size.
  useLayoutEffect(() => {
    const container = cards.current;
    const row = slot.current?.closest('.row');
    const text = row?.querySelector<HTMLElement>('.para-text') ?? row;
    if (!session || !container || !text || !build) return;
    const align = () => alignCards(container, (id) => passageRanges(session, id)[0]?.getClientRects()[0]?.top ?? null);
    align();
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          align();
        });
    });
    observer.observe(text);
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [session, notes, shown, build]);

  return (
    <div ref={slot} className="margin-slot">
      {!narrow && notes.length > 0 && (
        <div ref={cards} className="margin-notes" data-testid="margin-notes" data-count={notes.length}>
          {build ? (
            <>
              {notes.slice(0, shown).map((opinion) => (
                <NoteCard key={opinion.id} opinion={opinion} />
              ))}
              {(hidden > 0 || shown > FIRST_FEW) && (
                <div className="margin-fold">
                  {hidden > 0 && (
                    <button
                      ref={moreButton}
                      type="button"
                      className="margin-more"
                      data-testid="margin-more"
                      title={t('margin.moreTitle', { count: hidden, step: Math.min(hidden, MORE_STEP) })}
                      onClick={() => setLimit(shown + MORE_STEP)}
                    >
                      {t('margin.more', { count: hidden })}
                    </button>
                  )}
                  {shown > FIRST_FEW && (
                    <button
                      type="button"
                      className="margin-less"
                      data-testid="margin-less"
                      onClick={() => {
                        session?.releaseWanted(place);
                        flushSync(() => setLimit(FIRST_FEW));
                        // The folded cards took the page's height with them: "+N" is where the reader
                        // now is, and where the keyboard goes on.
                        moreButton.current?.focus();
                      }}
                    >
                      {t('margin.less')}
                    </button>
                  )}
                </div>
              )}
            </>
          ) : (
            // Off screen: a line, not cards. It becomes cards as the row nears the viewport.
            <p className="margin-pending" data-testid="margin-pending">
              {t('margin.pending', { count: notes.length })}
            </p>
          )}
        </div>
      )}
    </div>
  );
});
