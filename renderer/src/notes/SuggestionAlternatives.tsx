import { useAlternatives, useInlineInstead } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import type { ListedOpinion } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';

/**
 * Suggestions that change the same words: one is drawn in the text, the others are offered here
 * as alternatives (see OpinionStore's alternatives), each a click away from its own card.
 */
export function SuggestionAlternatives({ opinion, session }: { opinion: ListedOpinion; session: AnnotationSession }) {
  const { t } = useI18n();
  const alternatives = useAlternatives(session, opinion.id);
  const insteadId = useInlineInstead(session, opinion.id);
  const instead = insteadId ? session.store.get(insteadId) : undefined;
  if (instead) {
    return (
      <p className="suggestion-alternative-of" data-testid="suggestion-alternative-of">
        {t('suggestion.alternativeOf', { author: instead.author.name, proposed: instead.suggestion?.proposed ?? '' })}{' '}
        <button type="button" className="link-button" onClick={() => session.openNote(instead.id, false)}>
          {t('suggestion.showInline')}
        </button>
      </p>
    );
  }
  if (alternatives.length === 0) return null;
  return (
    <div className="suggestion-alternatives" data-testid="suggestion-alternatives">
      <p className="suggestion-label">{t('suggestion.alternatives', { count: alternatives.length })}</p>
      <ul>
        {alternatives.map((alternative) => (
          <li key={alternative.id} data-testid="suggestion-alternative">
            <button type="button" className="link-button" onClick={() => session.openNote(alternative.id, false)}>
              <ins className="suggestion-alternative-words">{alternative.suggestion?.proposed || t('suggestion.deleteOnly')}</ins>
            </button>
            <span className="suggestion-alternative-author"> — {alternative.author.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
