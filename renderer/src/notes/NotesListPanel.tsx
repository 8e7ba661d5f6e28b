import { useDeferredValue, useMemo, useState, type CSSProperties } from 'react';
import type { OpinionKind, OpinionView } from '../api/contract';
import { useAllOpinions, useAnnotationEnvironment } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { sectionPath, type SectionInfo } from '../annotations/docIndex';
import type { DisplayStatus } from '../annotations/OpinionStore';
import { useI18n } from '../i18n/I18nContext';
import { PanelFrame } from '../panels/PanelFrame';
import type { TextConverter } from '../script/converters';
import { formatTime } from './formatTime';
import { kindText } from './NoteCard';

const KINDS: OpinionKind[] = ['passage-comment', 'passage-suggestion', 'section-note', 'report-note'];
const STATUS_FILTERS = ['placed', 'fuzzy', 'ambiguous', 'orphan'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number] | '';
const NO_STANCE = '__none__';

interface Props {
  session: AnnotationSession;
  convert: TextConverter;
  onClose: () => void;
}

/** Every opinion of the report, filtered and sorted; choosing one scrolls to its note and flashes its passage. */
export function NotesListPanel({ session, convert, onClose }: Props) {
  const { t, locale } = useI18n();
  const { stances } = useAnnotationEnvironment();
  const all = useAllOpinions(session);
  const [stanceId, setStanceId] = useState('');
  const [kind, setKind] = useState<OpinionKind | ''>('');
  const [tag, setTag] = useState('');
  const [sectionId, setSectionId] = useState('');
  const [status, setStatus] = useState<StatusFilter>('');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<'report' | 'time'>('report');
  const query = useDeferredValue(text.trim().toLowerCase());

  const tags = useMemo(() => [...new Set(all.flatMap((view) => view.tags))].sort((a, b) => a.localeCompare(b, locale)), [all, locale]);
  const sectionOf = useMemo(() => {
    const map = new Map<string, SectionInfo | undefined>();
    for (const view of all) map.set(view.id, sectionInfo(session, view));
    return map;
  }, [all, session]);

  const shown = useMemo(() => {
    const matches = all.filter((view) => {
      if (stanceId === NO_STANCE ? view.stanceId !== null : stanceId && view.stanceId !== stanceId) return false;
      if (kind && view.kind !== kind) return false;
      if (tag && !view.tags.includes(tag)) return false;
      if (sectionId && !sectionOf.get(view.id)?.chain.some((section) => section.id === sectionId)) return false;
      if (status && !statusMatches(session.store.status(view), status)) return false;
      if (query && !searchableText(view).includes(query)) return false;
      return true;
    });
    if (sort === 'time') matches.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return matches;
  }, [all, stanceId, kind, tag, sectionId, status, query, sort, sectionOf, session]);

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
          onChange={(event) => setText(event.target.value)}
        />
        <select data-testid="notes-filter-stance" aria-label={t('notes.filterStance')} value={stanceId} onChange={(event) => setStanceId(event.target.value)}>
          <option value="">{t('notes.allStances')}</option>
          {stances.map((stance) => (
            <option key={stance.id} value={stance.id}>
              {stance.name}
            </option>
          ))}
          <option value={NO_STANCE}>{t('notes.noStance')}</option>
        </select>
        <select data-testid="notes-filter-kind" aria-label={t('notes.filterKind')} value={kind} onChange={(event) => setKind(event.target.value as OpinionKind | '')}>
          <option value="">{t('notes.allKinds')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {kindText(t, value)}
            </option>
          ))}
        </select>
        <select data-testid="notes-filter-tag" aria-label={t('notes.filterTag')} value={tag} onChange={(event) => setTag(event.target.value)}>
          <option value="">{t('notes.allTags')}</option>
          {tags.map((value) => (
            <option key={value} value={value}>
              #{value}
            </option>
          ))}
        </select>
        <select data-testid="notes-filter-section" aria-label={t('notes.filterSection')} value={sectionId} onChange={(event) => setSectionId(event.target.value)}>
          <option value="">{t('notes.allSections')}</option>
          {session.index.sectionList.map((info) => (
            <option key={info.section.id} value={info.section.id}>
              {'\u3000'.repeat(Math.max(0, info.chain.length - 1))}
              {convert(`${info.section.marker}${info.section.title || info.section.label}`).slice(0, 30)}
            </option>
          ))}
        </select>
        <select data-testid="notes-filter-status" aria-label={t('notes.filterStatus')} value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
          <option value="">{t('notes.allStatuses')}</option>
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`notes.status.${value}`)}
            </option>
          ))}
        </select>
        <select data-testid="notes-sort" aria-label={t('notes.sort')} value={sort} onChange={(event) => setSort(event.target.value as 'report' | 'time')}>
          <option value="report">{t('notes.sortReport')}</option>
          <option value="time">{t('notes.sortTime')}</option>
        </select>
      </div>
      <p className="notes-count" role="status">
        {t('notes.shown', { shown: shown.length, total: all.length })}
      </p>
      {shown.length === 0 ? (
        <p className="panel-empty">{all.length === 0 ? t('notes.empty') : t('notes.noMatch')}</p>
      ) : (
        <ul className="notes-list-items">
          {shown.map((view) => {
            const stance = stances.find((candidate) => candidate.id === view.stanceId);
            const viewStatus = session.store.status(view);
            const paragraph = firstParagraph(session, view);
            return (
              <li key={view.id}>
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
                  {view.anchor && <span className="notes-item-quote">{convert(excerpt(view.anchor.quote.exact, 60))}</span>}
                  {view.bodyText && <span className="notes-item-body">{excerpt(view.bodyText, 90)}</span>}
                  {view.tags.length > 0 && <span className="notes-item-tags">{view.tags.map((value) => `#${value}`).join(' ')}</span>}
                  <span className="notes-item-author">{view.author.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </PanelFrame>
  );
}

function sectionInfo(session: AnnotationSession, view: OpinionView): SectionInfo | undefined {
  const { index } = session;
  if (view.kind === 'section-note') return view.sectionId ? index.sections.get(view.sectionId) : undefined;
  if (view.kind === 'report-note') return undefined;
  const first = view.resolution?.ranges?.[0] ?? view.resolution?.candidates?.[0]?.ranges[0];
  const section = first ? index.paragraphs.get(first.paragraphId)?.section : undefined;
  if (section) return index.sections.get(section.id);
  const anchored = view.anchor ? index.paragraphs.get(view.anchor.startParagraphId)?.section : undefined;
  return anchored ? index.sections.get(anchored.id) : undefined;
}

function firstParagraph(session: AnnotationSession, view: OpinionView): number | null {
  const first = view.resolution?.ranges?.[0];
  return first ? (session.index.paragraphs.get(first.paragraphId)?.paragraph.number ?? null) : null;
}

function statusMatches(status: DisplayStatus, filter: Exclude<StatusFilter, ''>): boolean {
  if (filter === 'placed') return status === 'exact' || status === 'moved';
  return status === filter;
}

function searchableText(view: OpinionView): string {
  return [view.bodyText, view.anchor?.quote.exact, view.suggestion?.proposed, view.suggestion?.reason, view.tags.join(' '), view.author.name]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
