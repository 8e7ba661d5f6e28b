import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SearchHit } from '../api/contract';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { sectionPath } from '../annotations/docIndex';
import { flashRects } from '../highlights/flash';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { PanelFrame } from '../panels/PanelFrame';
import type { TextConverter } from '../script/converters';

const DEBOUNCE_MS = 200;

interface Props {
  session: AnnotationSession;
  focusRequest: number;
  convert: TextConverter;
  onClose: () => void;
}

/**
 * Search in the report and its opinions (`search.query`: 简/繁 and full/half width folded by the
 * shell; one- and two-character words such as 改革 work). Paragraph hits are painted in the text
 * in their own style; Enter steps through them.
 */
export function SearchPanel({ session, focusRequest, convert, onClose }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  useEffect(() => {
    const text = query.trim();
    const mine = ++request.current;
    if (text === '') return;
    const timer = setTimeout(() => {
      void session.model.search(text).then((result) => {
        if (mine !== request.current) return;
        setCurrent(-1);
        if (result.ok) {
          setHits(result.value.hits);
          setError(null);
        } else {
          setHits([]);
          setError(errorText(t, result.error));
        }
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, session, t]);

  // Paint paragraph hits; the chosen one stands out.
  useEffect(() => {
    const visible = query.trim() === '' ? null : hits;
    const map = new Map<string, [number, number][]>();
    for (const hit of visible ?? []) {
      if (hit.kind === 'paragraph' && hit.paragraphId) map.set(hit.paragraphId, [...(map.get(hit.paragraphId) ?? []), ...hit.ranges]);
    }
    const chosen = visible?.[current];
    const first = chosen?.kind === 'paragraph' ? chosen.ranges[0] : undefined;
    session.painter.setSearch(map, chosen?.paragraphId && first ? { paragraphId: chosen.paragraphId, start: first[0], end: first[1] } : null);
  }, [hits, current, session, query]);
  useEffect(() => () => session.painter.setSearch(new Map(), null), [session]);

  // An emptied field shows the hint, whatever the last answer was.
  const shown = query.trim() === '' ? null : hits;
  const go = (index: number) => {
    const hit = shown?.[index];
    if (!hit) return;
    setCurrent(index);
    if (hit.kind === 'opinion' && hit.opinionId) {
      session.openNote(hit.opinionId, false);
      session.flash(hit.opinionId);
      return;
    }
    if (!hit.paragraphId) return;
    const row = session.reportElement?.querySelector<HTMLElement>(`[data-paragraph-id="${CSS.escape(hit.paragraphId)}"]`);
    row?.scrollIntoView({ block: 'center' });
    const range = hit.ranges[0];
    const report = session.reportElement;
    if (range && report) {
      const paragraphId = hit.paragraphId;
      requestAnimationFrame(() => {
        const dom = session.painter.rangeFor(paragraphId, range[0], range[1]);
        if (dom) flashRects(report, [dom]);
      });
    }
  };

  const count = shown?.length ?? 0;
  return (
    <PanelFrame title={t('search.title')} testId="search-panel" onClose={onClose}>
      <div className="search-box">
        <input
          ref={input}
          type="search"
          data-testid="search-input"
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          value={query}
          maxLength={200}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229 || count === 0) return;
            event.preventDefault();
            go(event.shiftKey ? (current <= 0 ? count - 1 : current - 1) : (current + 1) % count);
          }}
        />
      </div>
      <p className="notes-count" role="status" data-testid="search-count">
        {(shown && error) ?? (shown === null ? t('search.hint') : count === 0 ? t('search.none') : t('search.count', { count }))}
      </p>
      {shown && shown.length > 0 && (
        <ul className="search-hits">
          {shown.map((hit, index) => (
            <li key={`${hit.kind}:${hit.paragraphId ?? hit.opinionId}:${index}`}>
              <button
                type="button"
                className={`search-hit${index === current ? ' is-current' : ''}`}
                data-testid="search-hit"
                data-kind={hit.kind}
                data-paragraph-id={hit.paragraphId}
                data-opinion-id={hit.opinionId}
                aria-current={index === current ? 'true' : undefined}
                onClick={() => go(index)}
              >
                <span className="search-hit-where">
                  {hit.kind === 'opinion' ? t('search.inOpinion') : hitPath(session, hit, convert)}
                  {hit.number !== undefined && ` · ${t('reader.paragraphCite', { n: hit.number })}`}
                </span>
                <span className="search-hit-text">{hit.kind === 'paragraph' ? paragraphSnippet(session, hit, convert) : hit.snippet}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </PanelFrame>
  );
}

function hitPath(session: AnnotationSession, hit: SearchHit, convert: TextConverter): string {
  const section = hit.paragraphId ? session.index.paragraphs.get(hit.paragraphId)?.section : undefined;
  const info = section ? session.index.sections.get(section.id) : undefined;
  return sectionPath(info, convert) || hit.path;
}

const CONTEXT = 18;

/** The words around the first match, the match marked; drawn from the paragraph so the range is exact. */
function paragraphSnippet(session: AnnotationSession, hit: SearchHit, convert: TextConverter): ReactNode {
  const text = hit.paragraphId ? session.index.paragraphs.get(hit.paragraphId)?.paragraph.text : undefined;
  const range = hit.ranges[0];
  if (!text || !range) return hit.snippet;
  const [start, end] = range;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT * 2);
  return (
    <>
      {from > 0 && '…'}
      {convert(text.slice(from, start))}
      <mark>{convert(text.slice(start, end))}</mark>
      {convert(text.slice(end, to))}
      {to < text.length && '…'}
    </>
  );
}
