import type { CSSProperties } from 'react';
import type { ListedOpinion } from '../api/contract';
import { useAnnotationEnvironment } from '../annotations/AnnotationContext';
import { useI18n } from '../i18n/I18nContext';
import type { TextConverter } from '../script/converters';

/** Notes shown beside one paragraph before the rest fold into "+N". */
const SHOWN = 3;
/** Characters of a note's words shown on its chip; the whole text is its tooltip. */
const SNIPPET = 28;

const snippet = (text: string) => (text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text);

/**
 * The margin of one pane of the comparison: the opinions placed on this paragraph in that
 * version, each a chip in its stance's colour with its author and its first words (a
 * suggestion's proposed wording), so a clerk sees which changed paragraph was commented on.
 */
export function CompareNotes({ notes, side, convert }: { notes: readonly ListedOpinion[]; side: 'old' | 'new'; convert: TextConverter }) {
  const { t } = useI18n();
  const { stances } = useAnnotationEnvironment();
  if (notes.length === 0) return null;
  const stanceOf = (opinion: ListedOpinion) => stances.find((stance) => stance.id === opinion.stanceId) ?? null;
  return (
    <ul className="compare-notes" data-testid={`compare-notes-${side}`} aria-label={t('versions.notesHere', { count: notes.length })}>
      {notes.slice(0, SHOWN).map((opinion) => {
        const stance = stanceOf(opinion);
        const words = opinion.suggestion ? `${t('versions.proposed')} ${opinion.suggestion.proposed}` : opinion.bodyText || (opinion.anchor?.exact ?? '');
        return (
          <li
            key={opinion.id}
            className="compare-note"
            data-testid="compare-note"
            data-opinion-id={opinion.id}
            data-status={opinion.resolution?.status}
            title={convert(opinion.bodyText || words)}
            style={{ '--stance-color': stance?.color ?? 'var(--note-neutral)' } as CSSProperties}
          >
            <span className="compare-note-author">{opinion.author.name}</span>
            {stance && <span className="compare-note-stance">{stance.name}</span>}
            <span className="compare-note-words">{convert(snippet(words))}</span>
          </li>
        );
      })}
      {notes.length > SHOWN && <li className="compare-note-more">{t('versions.moreNotes', { count: notes.length - SHOWN })}</li>}
    </ul>
  );
}
