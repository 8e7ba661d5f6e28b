import { useEffect, useRef, useState } from 'react';
import type { ListedOpinion } from '../api/contract';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import { useScriptConverter } from '../script/useScriptConverter';

type Fields = { proposed: string; reason: string };

/**
 * 原文 / 建议改为 / 理由. The proposed words are shown in the text as the reader types them (the
 * paragraph re-renders, nothing else) and saved with the note's autosave; leaving the fields
 * records the change as one undoable step.
 */
export function SuggestionFields({ opinion, session, readOnly = false }: { opinion: ListedOpinion; session: AnnotationSession; readOnly?: boolean }) {
  const { t } = useI18n();
  // The report's words as the report column shows them; the proposed words are the delegate's own.
  const convert = useScriptConverter();
  const suggestion = opinion.suggestion ?? { original: opinion.anchor?.exact ?? '', proposed: '', reason: '' };
  const [fields, setFields] = useState<Fields>({ proposed: suggestion.proposed, reason: suggestion.reason });
  const atFocus = useRef<Fields | null>(null);
  const focused = useRef(false);

  // Adopt a change made elsewhere (an undo) unless the reader is typing here.
  useEffect(() => {
    if (focused.current || session.saver.hasPending(opinion.id)) return;
    setFields({ proposed: suggestion.proposed, reason: suggestion.reason });
  }, [suggestion.proposed, suggestion.reason, session, opinion.id]);

  const change = (next: Fields) => {
    setFields(next);
    session.saver.edit(opinion.id, session.versionId, { suggestion: next });
    const view = session.store.get(opinion.id);
    if (view) session.adopt(session.saver.overlay(view));
  };

  const onFocus = () => {
    focused.current = true;
    atFocus.current ??= fields;
  };
  const onBlur = () => {
    focused.current = false;
    void session.saver.flush(opinion.id);
    const before = atFocus.current;
    atFocus.current = null;
    if (before && (before.proposed !== fields.proposed || before.reason !== fields.reason)) {
      session.committed(opinion.id, 'undo.suggestion', { suggestion: before }, { suggestion: fields });
    }
  };

  return (
    <div className="suggestion-fields">
      <div className="suggestion-field">
        <span className="suggestion-label">{t('suggestion.original')}</span>
        <del className="suggestion-original" data-testid="suggestion-original">
          {convert(suggestion.original)}
        </del>
      </div>
      <label className="suggestion-field">
        <span className="suggestion-label">{t('suggestion.proposed')}</span>
        <textarea
          data-testid="suggestion-proposed"
          rows={2}
          value={fields.proposed}
          readOnly={readOnly}
          onChange={(event) => change({ ...fields, proposed: event.target.value })}
          onFocus={onFocus}
          onBlur={onBlur}
        />
      </label>
      <label className="suggestion-field">
        <span className="suggestion-label">{t('suggestion.reason')}</span>
        <textarea
          data-testid="suggestion-reason"
          rows={2}
          value={fields.reason}
          readOnly={readOnly}
          onChange={(event) => change({ ...fields, reason: event.target.value })}
          onFocus={onFocus}
          onBlur={onBlur}
        />
      </label>
    </div>
  );
}
