import type { ListedOpinion, ParagraphRange } from '../api/contract';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { selectionOfRanges } from '../annotations/OpinionsModel';
import { useI18n } from '../i18n/I18nContext';
import { useScriptConverter } from '../script/useScriptConverter';

/** Characters of the text shown on each side of a candidate place, to tell the places apart. */
const CONTEXT = 10;

/** A candidate place as a reader tells it from the others: its words with a little text around. */
function candidateContext(session: AnnotationSession, ranges: readonly ParagraphRange[]): string {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  const firstText = first && session.index.paragraphs.get(first.paragraphId)?.paragraph.text;
  const lastText = last && session.index.paragraphs.get(last.paragraphId)?.paragraph.text;
  if (!first || !last || firstText === undefined || lastText === undefined) return '';
  const before = firstText.slice(Math.max(0, first.start - CONTEXT), first.start);
  const words = first === last ? firstText.slice(first.start, first.end) : `${firstText.slice(first.start)}…${lastText.slice(0, last.end)}`;
  const after = lastText.slice(last.end, last.end + CONTEXT);
  return `${first.start > CONTEXT ? '…' : ''}${before}【${words}】${after}${last.end + CONTEXT < lastText.length ? '…' : ''}`;
}

/**
 * A passage opinion the resolver could not place for sure — found nowhere, in several places, or
 * only approximately — can be placed by a person: on one of the candidate places, or on words
 * selected in the text. main keeps that placement over the resolver from then on; a placed
 * opinion says so and can be given back to the resolver. Each step is on the undo history.
 */
export function PlaceByHand({ opinion, session }: { opinion: ListedOpinion; session: AnnotationSession }) {
  const { t } = useI18n();
  const convert = useScriptConverter();
  const resolution = opinion.resolution;
  if (opinion.anchor === null || opinion.deletedAt !== null) return null;

  if (resolution?.placed) {
    return (
      <div className="note-placing" data-testid="note-placed">
        <span className="note-placed-badge" title={t('place.placedHint')}>
          {t('place.placed')}
        </span>
        <button type="button" className="link-button" data-testid="note-unplace" onClick={() => void session.unplace(opinion.id)}>
          {t('place.unplace')}
        </button>
      </div>
    );
  }
  const status = resolution?.status ?? 'orphan';
  if (status !== 'orphan' && status !== 'ambiguous' && status !== 'fuzzy') return null;
  const candidates = status === 'ambiguous' ? (resolution?.candidates ?? []) : [];
  return (
    <div className="note-placing" data-testid="note-place">
      {candidates.length > 0 && (
        <ol className="place-candidates">
          {candidates.map((candidate, i) => {
            const context = convert(candidateContext(session, candidate.ranges));
            return (
              <li key={i}>
                <button
                  type="button"
                  className="place-candidate"
                  data-testid="place-candidate"
                  title={t('place.candidateHint', { n: i + 1, context })}
                  onClick={() => void session.place(opinion.id, selectionOfRanges(candidate.ranges))}
                >
                  <span className="place-candidate-label">{t('place.candidate', { n: i + 1 })}</span>
                  <span className="place-candidate-context">{context}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="link-button" data-testid="place-start" title={t('place.startHint')} onClick={() => session.startPlacing(opinion.id)}>
        {t('place.start')}
      </button>
    </div>
  );
}
