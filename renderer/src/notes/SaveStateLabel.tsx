import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useSaveStatus } from '../annotations/AnnotationContext';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';

/** 保存中… / 已保存 / 保存失败，将重试 for one note; only this line re-renders as saves come and go. */
export function SaveStateLabel({ session, id }: { session: AnnotationSession; id: string }) {
  const { t } = useI18n();
  const { state, error } = useSaveStatus(session, id);
  const retrying = error !== null && !['invalid-input', 'not-found', 'forbidden'].includes(error.code);
  const text =
    state === 'pending' || state === 'saving'
      ? t('save.saving')
      : state === 'saved'
        ? t('save.saved')
        : state === 'error'
          ? t(retrying ? 'save.failedRetry' : 'save.failed')
          : '';
  // A failure a retry cannot fix says why, so the writer can shorten or split the note.
  const reason = state === 'error' && error && !retrying ? errorText(t, error) : null;
  return (
    <span
      className={`note-save-state state-${state}`}
      data-testid="note-save-state"
      data-state={state}
      role={state === 'error' ? 'alert' : undefined}
      title={error ? errorText(t, error) : undefined}
    >
      {text}
      {reason && <span className="note-save-reason">{reason}</span>}
    </span>
  );
}
