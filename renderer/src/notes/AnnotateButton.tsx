import type { ListedOpinion } from '../api/contract';
import { useAnnotationEnvironment } from '../annotations/AnnotationContext';
import type { AnnotationSession, NewNote } from '../annotations/AnnotationSession';
import { selectionOfRanges } from '../annotations/OpinionsModel';
import { useI18n } from '../i18n/I18nContext';

/** A note of one's own on the same words (or section, or report) as `opinion`; null when it has no place here. */
function sameTarget(opinion: ListedOpinion): NewNote | null {
  if (opinion.kind === 'report-note') return { kind: 'report-note' };
  if (opinion.kind === 'section-note') return opinion.sectionId ? { kind: 'section-note', sectionId: opinion.sectionId } : null;
  const ranges = opinion.resolution?.ranges ?? [];
  if (ranges.length === 0) return null;
  return { kind: 'passage-comment', stanceId: null, selection: selectionOfRanges(ranges) };
}

/**
 * On another delegate's opinion, which a clerk may not change: 批注 starts the clerk's own note
 * on the same words, beside it.
 */
export function AnnotateButton({ opinion, session }: { opinion: ListedOpinion; session: AnnotationSession }) {
  const { t } = useI18n();
  const { withProfile } = useAnnotationEnvironment();
  const target = sameTarget(opinion);
  if (!target) return null;
  return (
    <button
      type="button"
      className="link-button note-annotate"
      data-testid="note-annotate"
      onClick={() => withProfile(() => void session.create(target))}
    >
      {t('note.annotate')}
    </button>
  );
}
