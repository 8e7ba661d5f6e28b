import { useDeferredValue, useMemo, type CSSProperties } from 'react';
import type { OpinionKind, ListedOpinion } from '../api/contract';
import { useAllOpinions, useAnnotationEnvironment, useNotesFilter, useTicked } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { sectionPath } from '../annotations/docIndex';
import { NO_STANCE, STATUS_FILTERS, type StatusFilter } from '../annotations/NotesListState';
import { useI18n } from '../i18n/I18nContext';
import { PanelFrame } from '../panels/PanelFrame';
import type { TextConverter } from '../script/converters';
import { formatTime } from './formatTime';
import { kindText } from './NoteCard';
import { useIncremental } from './useIncremental';

const KINDS: OpinionKind[] = ['passage-comment', 'passage-suggestion', 'section-note', 'report-note'];

interface Props {
  session: AnnotationSession;
  convert: TextConverter;
  onClose: () => void;
}

/**
 * Every opinion of the report, filtered and sorted; choosing one scrolls to its note and flashes
 * its passage. The filter and the ticks live in the session (the export dialog exports "the
 * current filter" or "the ticked ones"); the list is built a page at a time as it scrolls.
 */
export function NotesListPanel({ session, convert, onClose }: Props) {
  const { t, locale } = useI18n();
  const { stances } = useAnnotationEnvironment();
  const all = useAllOpinions(session);
  const filter = useNotesFilter(session);
  const ticked = useTicked(session);
  const { stanceId, kind, tag, sectionId, status, text, sort } = filter;
  const setFilter = (patch: Parameters<typeof session.list.setFilter>[0]) => session.list.setFilter(patch);
  // Typing stays quick with thousands of opinions: the list follows a beat behind.
  const applied = useDeferredValue(filter);

  const tags = useMemo(() => [...new Set(all.flatMap((view) => view.tags))].sort((a, b) => a.localeCompare(b, locale)), [all, locale]);
  const sectionOf = useMemo(() => session.list.sectionsOf(all), [all, session]);
  const shown = useMemo(() => session.list.apply(all, applied), [all, applied, session]);
  const { count, sentinel } = useIncremental(shown.length, { initial: 100, step: 200, resetKey: applied });
  const tickedShown = useMemo(() => shown.reduce((n, view) => n + (ticked.has(view.id) ? 1 : 0), 0), [shown, ticked]);
  const tickedCount = useMemo(() => (ticked.size === 0 ? 0 : all.reduce((n, view) => n + (ticked.has(view.id) ? 1 : 0), 0)), [all, ticked]);

  const open = (id: string) => {
    session.openNote(id, false);
    session.flash(id);
  };

  return (
    <PanelFrame title={t('notes.title', { count: all.length })} testId="notes-list" onClose={onClose}>
      <div className="notes-filters">
        <input
          type="search"
          className="notes-filter-text"
          data-testid="notes-filter-text"
          placeholder={t('notes.filterText')}
          aria-label={t('notes.filterText')}
          value={text}
          onChange={(event) => setFilter({ text: event.target.value })}
        />
        <select data-testid="notes-filter-stance" aria-label={t('notes.filterStance')} value={stanceId} onChange={(event) => setFilter({ stanceId: event.target.value })}>
          <option value="">{t('notes.allStances')}</option>
          {stances.map((stance) => (
            <option key={stance.id} value={stance.id}>
              {stance.name}
            </option>
          ))}
          <option value={NO_STANCE}>{t('notes.noStance')}</option>
        </select>
        <select data-testid="notes-filter-kind" aria-label={t('notes.filterKind')} value={kind} onChange={(event) => setFilter({ kind: event.target.value as OpinionKind | '' })}>
          <option value="">{t('notes.allKinds')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {kindText(t, value)}
            </option>
          ))}
        </select>
        <select data-testid="notes-filter-tag" aria-label={t('notes.filterTag')} value={tag} onChange={(event) => setFilter({ tag: event.target.value })}>
          <option value="">{t('notes.allTags')}</option>
          {tags.map((value) => (
            <option key={value} value={value}>
              #{value}
            </option>
          ))}
        </select>
        <select data-testid="notes-filter-section" aria-label={t('notes.filterSection')} value={sectionId} onChange={(event) => setFilter({ sectionId: event.target.value })}>
          <option value="">{t('notes.allSections')}</option>
          {session.index.sectionList.map((info) => (
            <option key={info.section.id} value={info.section.id}>
              {'\u3000'.repeat(Math.max(0, info.chain.length - 1))}
              {convert(`${info.section.marker}${info.section.title || info.section.label}`).slice(0, 30)}
            </option>
          ))}
        </select>
        <select data-testid="notes-filter-status" aria-label={t('notes.filterStatus')} value={status} onChange={(event) => setFilter({ status: event.target.value as StatusFilter })}>
          <option value="">{t('notes.allStatuses')}</option>
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`notes.status.${value}`)}
            </option>
          ))}
        </select>
        <select data-testid="notes-sort" aria-label={t('notes.sort')} value={sort} onChange={(event) => setFilter({ sort: event.target.value as 'report' | 'time' })}>
          <option value="report">{t('notes.sortReport')}</option>
          <option value="time">{t('notes.sortTime')}</option>
        </select>
      </div>
      <div className="notes-count-row">
        <p className="notes-count" role="status">
          {t('notes.shown', { shown: shown.length, total: all.length })}
          {tickedCount > 0 && (
            <span className="notes-ticked-count" data-testid="notes-ticked-count">
              {' · '}
              {t('notes.ticked', { count: tickedCount })}
            </span>
          )}
        </p>
        {shown.length > 0 && (
          <button
            type="button"
            className="link-button"
            data-testid="notes-tick-shown"
            onClick={() => session.list.tickAll(shown.map((view) => view.id), tickedShown < shown.length)}
          >
            {tickedShown < shown.length ? t('notes.tickShown', { count: shown.length }) : t('notes.untickShown')}
          </button>
        )}
        {tickedCount > 0 && (
          <button type="button" className="link-button" data-testid="notes-clear-ticks" onClick={() => session.list.clearTicks()}>
            {t('notes.clearTicks')}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="panel-empty">{all.length === 0 ? t('notes.empty') : t('notes.noMatch')}</p>
      ) : (
        <ul className="notes-list-items">
          {shown.slice(0, count).map((view) => {
            const stance = stances.find((candidate) => candidate.id === view.stanceId);
            const viewStatus = session.store.status(view);
            const paragraph = firstParagraph(session, view);
            return (
              <li key={view.id} className="notes-list-row">
                <input
                  type="checkbox"
                  className="notes-list-check"
                  data-testid="notes-list-checkbox"
                  data-opinion-id={view.id}
                  aria-label={t('notes.tick')}
                  title={t('notes.tick')}
                  checked={ticked.has(view.id)}
                  onChange={() => session.list.toggle(view.id)}
                />
                <button
                  type="button"
                  className="notes-list-item"
                  data-testid="notes-list-item"
                  data-opinion-id={view.id}
                  data-status={viewStatus}
                  style={{ '--stance-color': stance?.color ?? 'var(--note-neutral)' } as CSSProperties}
                  onClick={() => open(view.id)}
                >
                  <span className="notes-item-head">
                    <span className="note-swatch" aria-hidden="true" />
                    <span className="notes-item-kind">{stance?.name ?? kindText(t, view.kind)}</span>
                    {viewStatus !== 'exact' && viewStatus !== 'moved' && <span className={`note-status status-${viewStatus}`}>{t(`status.${viewStatus}`)}</span>}
                    <span className="notes-item-time">{formatTime(locale, view.updatedAt, 'short')}</span>
                  </span>
                  <span className="notes-item-where">
                    {sectionPath(sectionOf.get(view.id), convert) || t('notes.wholeReport')}
                    {paragraph && ` · ${t('reader.paragraphCite', { n: paragraph })}`}
                  </span>
                  {view.anchor && <span className="notes-item-quote">{convert(excerpt(view.anchor.exact, 60))}</span>}
                  {view.bodyText && <span className="notes-item-body">{excerpt(view.bodyText, 90)}</span>}
                  {view.tags.length > 0 && <span className="notes-item-tags">{view.tags.map((value) => `#${value}`).join(' ')}</span>}
                  <span className="notes-item-author">{view.author.name}</span>
                </button>
              </li>
            );
          })}
          {count < shown.length && (
            <li ref={sentinel} className="list-more" role="status">
              {t('list.more', { count: shown.length - count })}
            </li>
          )}
        </ul>
      )}
    </PanelFrame>
  );
}

function firstParagraph(session: AnnotationSession, view: ListedOpinion): number | null {
  const first = view.resolution?.ranges?.[0];
  return first ? (session.index.paragraphs.get(first.paragraphId)?.paragraph.number ?? null) : null;
}

function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
