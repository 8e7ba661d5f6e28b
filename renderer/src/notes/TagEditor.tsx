import { useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';

const SEPARATORS = /[,，、;；\n]/;
const MAX_TAG = 200;

/** Tags as chips; Enter or a comma (either width) adds, Backspace in the empty field removes the last. */
export function TagEditor({ tags, onChange, readOnly = false }: { tags: string[]; onChange: (tags: string[]) => void; readOnly?: boolean }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');

  const add = (text: string) => {
    const fresh = text
      .split(SEPARATORS)
      .map((tag) => tag.trim().replace(/^#/, '').slice(0, MAX_TAG))
      .filter((tag) => tag !== '' && !tags.includes(tag));
    if (fresh.length > 0) onChange([...tags, ...new Set(fresh)]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="note-tags" data-testid="note-tags">
      {tags.map((tag) => (
        <span key={tag} className="note-tag" data-testid="note-tag">
          #{tag}
          {!readOnly && (
          <button type="button" className="note-tag-remove" aria-label={t('tags.remove', { tag })} onClick={() => onChange(tags.filter((other) => other !== tag))}>
            ×
          </button>
          )}
        </span>
      ))}
      {!readOnly && (
      <input
        className="note-tag-input"
        data-testid="note-tag-input"
        value={draft}
        placeholder={tags.length === 0 ? t('tags.placeholder') : t('tags.more')}
        aria-label={t('tags.label')}
        maxLength={MAX_TAG * 4}
        onChange={(event) => {
          const value = event.target.value;
          if (SEPARATORS.test(value)) add(value);
          else setDraft(value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft.trim() !== '') add(draft);
        }}
      />
      )}
    </div>
  );
}
