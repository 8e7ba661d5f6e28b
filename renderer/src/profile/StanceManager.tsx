import { useEffect, useRef, useState } from 'react';
import type { ApiError, Stance } from '../api/contract';
import { useStores } from '../app/StoresContext';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';

const NEW_COLOR = '#00838f';

/** Rename and recolour stances, add custom labels, remove custom labels not in use. */
export function StanceManager({ stances }: { stances: Stance[] }) {
  const { profile } = useStores();
  const { t } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const [newName, setNewName] = useState('');
  const [newColor, setNewColor] = useState(NEW_COLOR);

  const save = async (stance: { id?: string; name: string; color: string; order?: number }) => {
    const result = await profile.saveStance(stance);
    if (result.ok) {
      setError(null);
      return true;
    }
    setError(result.error);
    return false;
  };

  const remove = async (id: string) => {
    const result = await profile.removeStance(id);
    if (result.ok) setError(null);
    else setError(result.error);
  };

  return (
    <section className="stance-manager" data-testid="stance-manager" aria-labelledby="stances-title">
      <h3 id="stances-title">{t('stances.title')}</h3>
      <ul className="stance-list">
        {stances.map((stance, index) => (
          <li key={stance.id} className="stance-item" data-testid="stance-item" data-stance-id={stance.id}>
            <span className="stance-number">{index < 5 ? index + 1 : ''}</span>
            <ColorInput
              color={stance.color}
              label={t('stances.color', { name: stance.name })}
              onCommit={(color) => void save({ id: stance.id, name: stance.name, color, order: stance.order })}
            />
            <input
              key={`${stance.id}:${stance.name}`}
              className="stance-name"
              data-testid="stance-name"
              aria-label={t('stances.name')}
              defaultValue={stance.name}
              maxLength={40}
              onBlur={(event) => {
                const name = event.target.value.trim();
                if (name === '') event.target.value = stance.name;
                else if (name !== stance.name) void save({ id: stance.id, name, color: stance.color, order: stance.order });
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.currentTarget.blur();
              }}
            />
            {stance.builtin ? (
              <span className="stance-builtin" title={t('stances.builtinHint')}>
                {t('stances.builtin')}
              </span>
            ) : (
              <button type="button" className="stance-remove" data-testid="stance-remove" aria-label={t('stances.remove', { name: stance.name })} onClick={() => void remove(stance.id)}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="stance-add"
        onSubmit={(event) => {
          event.preventDefault();
          const name = newName.trim();
          if (!name) return;
          void save({ name, color: newColor }).then((ok) => {
            if (ok) setNewName('');
          });
        }}
      >
        <input type="color" aria-label={t('stances.newColor')} value={newColor} onChange={(event) => setNewColor(event.target.value)} />
        <input data-testid="stance-new-name" placeholder={t('stances.newName')} aria-label={t('stances.newName')} maxLength={40} value={newName} onChange={(event) => setNewName(event.target.value)} />
        <button type="submit" data-testid="stance-add" disabled={newName.trim() === ''}>
          {t('stances.add')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
    </section>
  );
}

/** The picker reports every movement; the colour is saved once it rests for a moment. */
function ColorInput({ color, label, onCommit }: { color: string; label: string; onCommit: (color: string) => void }) {
  const [value, setValue] = useState(color);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    if (!timer.current) setValue(color);
  }, [color]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return (
    <input
      type="color"
      className="stance-color"
      data-testid="stance-color"
      aria-label={label}
      value={value}
      onChange={(event) => {
        const next = event.target.value;
        setValue(next);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          timer.current = null;
          if (next.toLowerCase() !== color.toLowerCase()) commit.current(next);
        }, 400);
      }}
    />
  );
}
