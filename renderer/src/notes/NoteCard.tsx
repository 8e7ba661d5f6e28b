import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import type { ListedOpinion } from '../api/contract';
import { useAnnotationEnvironment, useSession } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import type { Translate } from '../i18n/translate';
import { formatTime } from './formatTime';
import { NoteBody, type NoteBodyHandle } from './NoteBody';
import { SaveStateLabel } from './SaveStateLabel';
import { SuggestionFields } from './SuggestionFields';
import { TagEditor } from './TagEditor';
import { ConflictPair } from './ConflictPair';
import { AnnotateButton } from './AnnotateButton';
import { PlaceByHand } from './PlaceByHand';
import { useScriptConverter } from '../script/useScriptConverter';
import { SuggestionAlternatives } from './SuggestionAlternatives';
import { hidePassageLink, showPassageLink } from './passageLink';

interface Props {
  opinion: ListedOpinion;
  /** Shown in lists away from the text (the 未定位 panel, the narrow notes panel): the quoted words. */
  showQuote?: boolean;
}

/**
 * One opinion: stance colour and name, author, time, tags, the body, and for a suggestion its
 * 原文 / 建议改为 / 理由. Clicking it flashes its passage in the text. Its state (the editor, the
 * fields) is its own: typing here re-renders this card, never the report.
 */
export const NoteCard = memo(function NoteCard({ opinion, showQuote = false }: Props) {
  const session = useSession();
  if (!session) return null;
  return <NoteCardInner opinion={opinion} session={session} showQuote={showQuote} />;
});

function NoteCardInner({ opinion, session, showQuote }: Props & { session: AnnotationSession }) {
  const { t, locale } = useI18n();
  const { stances, profileId } = useAnnotationEnvironment();
  const convert = useScriptConverter();
  const card = useRef<HTMLElement>(null);
  const body = useRef<NoteBodyHandle>(null);
  const [editing, setEditing] = useState(false);
  const id = opinion.id;
  const stance = stances.find((candidate) => candidate.id === opinion.stanceId) ?? null;
  const status = session.store.status(opinion);
  // Another delegate's opinion (imported by a clerk) is read, not rewritten: main refuses the write too.
  const readOnly = profileId !== null && opinion.author.id !== profileId;

  useEffect(() => {
    const element = card.current;
    if (!element) return;
    return session.registerCard(id, {
      element,
      open: (edit) => {
        // The row first: a card in a row skipped by content-visibility has no box of its own yet.
        const row = element.closest<HTMLElement>('.row');
        if (row && !inView(element)) row.scrollIntoView({ block: 'center' });
        element.scrollIntoView({ block: 'nearest' });
        if (edit) body.current?.edit();
        else element.focus({ preventScroll: true });
      },
    });
  }, [session, id]);

  const onCardMouseDown = (event: MouseEvent<HTMLElement>) => {
    session.setActive(id);
    // Flash once on entering the card, not on every click while writing in it.
    if (!card.current?.contains(document.activeElement) || event.target === card.current) session.flash(id);
  };

  const setStance = (stanceId: string | null) => {
    if (stanceId === opinion.stanceId) return;
    session.change(id, 'undo.restyle', { stanceId: opinion.stanceId }, { stanceId });
  };
  const setTags = (tags: string[]) => session.change(id, 'undo.tags', { tags: opinion.tags }, { tags });

  const style = useMemo(() => ({ '--stance-color': stance?.color ?? 'var(--note-neutral)' }) as CSSProperties, [stance?.color]);
  const kindLabel = kindText(t, opinion.kind);

  return (
    <article
      ref={card}
      className={`note-card kind-${opinion.kind}${editing ? ' is-editing' : ''}${readOnly ? ' is-read-only' : ''}`}
      style={style}
      data-testid="note-card"
      data-opinion-id={id}
      data-status={status}
      data-kind={opinion.kind}
      data-read-only={readOnly || undefined}
      tabIndex={-1}
      aria-label={t('note.cardLabel', { kind: kindLabel, author: opinion.author.name })}
      onMouseDown={onCardMouseDown}
      onMouseEnter={() => card.current && showPassageLink(session, id, card.current)}
      onMouseLeave={() => {
        if (!card.current?.contains(document.activeElement)) hidePassageLink();
      }}
      onFocus={() => {
        session.setActive(id);
        if (card.current) showPassageLink(session, id, card.current);
      }}
      onBlur={(event) => {
        // Still shown while the pointer rests on the card: the link is for hover or focus.
        if (!card.current?.contains(event.relatedTarget as Node | null) && !card.current?.matches(':hover')) hidePassageLink();
      }}
      onKeyDown={(event) => {
        if (event.target === card.current && event.key === 'Enter' && !readOnly) {
          event.preventDefault();
          body.current?.edit();
        }
      }}
    >
      <header className="note-head">
        <span className="note-swatch" aria-hidden="true" />
        <select
          className="note-stance"
          data-testid="note-stance-select"
          aria-label={t('note.stance')}
          value={opinion.stanceId ?? ''}
          disabled={readOnly}
          onChange={(event) => setStance(event.target.value || null)}
        >
          <option value="">{kindLabel}</option>
          {stances.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
          {opinion.stanceId && !stance && <option value={opinion.stanceId}>{t('note.unknownStance')}</option>}
        </select>
        {/* A placement by hand is its own answer (PlaceByHand says so): no match quality to warn of. */}
        {status !== 'exact' && status !== 'moved' && !opinion.resolution?.placed && (
          <span className={`note-status status-${status}`} title={t(`status.${status}Hint`)}>
            {t(`status.${status}`)}
          </span>
        )}
        {!readOnly && (
          <button
            type="button"
            className="note-delete"
            data-testid="note-delete"
            aria-label={t('note.delete')}
            title={t('note.delete')}
            onClick={() => void session.remove(id)}
          >
            ×
          </button>
        )}
      </header>
      <div className="note-meta">
        <span className="note-author" title={opinion.author.delegation}>
          {opinion.author.name}
        </span>
        {opinion.author.delegation !== '' && <span className="note-delegation">{opinion.author.delegation}</span>}
        {readOnly && (
          <span className="note-read-only" data-testid="note-read-only" title={t('note.readOnlyHint')}>
            {t('note.readOnly')}
          </span>
        )}
        <time dateTime={opinion.updatedAt} title={formatTime(locale, opinion.createdAt, 'long')}>
          {formatTime(locale, opinion.updatedAt, 'short')}
        </time>
      </div>
      {showQuote && opinion.anchor && opinion.kind !== 'passage-suggestion' && <blockquote className="note-quote">{convert(opinion.anchor.exact)}</blockquote>}
      {showQuote && opinion.resolution?.status === 'ambiguous' && (
        <p className="note-candidates">{t('unplaced.candidates', { count: opinion.resolution.candidates?.length ?? 0 })}</p>
      )}
      <PlaceByHand opinion={opinion} session={session} />
      <NoteBody ref={body} opinion={opinion} session={session} onEditing={setEditing} readOnly={readOnly} />
      {opinion.kind === 'passage-suggestion' && <SuggestionFields opinion={opinion} session={session} readOnly={readOnly} />}
      {opinion.kind === 'passage-suggestion' && <SuggestionAlternatives opinion={opinion} session={session} />}
      <ConflictPair opinion={opinion} session={session} />
      {readOnly && <AnnotateButton opinion={opinion} session={session} />}
      <footer className="note-foot">
        <TagEditor tags={opinion.tags} onChange={setTags} readOnly={readOnly} />
        <SaveStateLabel session={session} id={id} />
      </footer>
    </article>
  );
}

export function kindText(t: Translate, kind: ListedOpinion['kind']): string {
  return t(`kind.${kind}`);
}

function inView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
}
