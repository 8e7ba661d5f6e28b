import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, Role } from '../api/contract';
import { ROLES } from '../api/contract';
import { useStore } from '../app/SnapshotStore';
import { useStores } from '../app/StoresContext';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { StanceManager } from './StanceManager';


/**
 * Who is writing: name, 代表团/界别 and role, stored once and written into every opinion. Not modal:
 * the report can be read before answering; marking asks again.
 */
export function ProfileDialog() {
  const { profile: profiles } = useStores();
  const { profile, stances, prompt } = useStore(profiles);
  // First run: asks once, without the stance manager; later: edits the profile and the stances.
  const firstRun = prompt?.firstRun ?? false;
  const { t } = useI18n();
  // Why the dialog opened on its own (the reader tried to mark before saying who they are).
  const reason = prompt?.reason ? t(prompt.reason) : null;
  const onClose = profiles.close;
  const panel = useRef<HTMLElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(profile?.name ?? '');
  const [delegation, setDelegation] = useState(profile?.delegation ?? '');
  const [role, setRole] = useState<Role>(profile?.role ?? 'npc-delegate');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  // Focus the name on opening, and again when a mark was refused for want of a profile.
  useEffect(() => {
    nameInput.current?.focus();
  }, [reason]);

  useEffect(() => {
    if (firstRun) return;
    // The popover closes on a press outside it (the top-bar button toggles it itself).
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element;
      if (panel.current && !panel.current.contains(target) && !target.closest?.('.profile-button')) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [firstRun, onClose]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      nameInput.current?.focus();
      return;
    }
    setSaving(true);
    const result = await profiles.save({ name: name.trim(), delegation: delegation.trim(), role });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
  };

  return (
    <section
      ref={panel}
      className={`profile-dialog${firstRun ? ' is-first-run' : ' is-popover'}`}
      data-testid="profile-dialog"
      role="dialog"
      aria-labelledby="profile-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="profile-head">
        <h2 id="profile-title">{firstRun ? t('profile.welcome') : t('profile.title')}</h2>
        <button type="button" className="profile-close" aria-label={t('panel.close')} title={firstRun ? t('profile.later') : t('panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {firstRun && <p className="profile-intro">{reason ?? t('profile.intro')}</p>}
      <form className="profile-form" onSubmit={(event) => void submit(event)}>
        <label>
          <span>{t('profile.name')}</span>
          <input ref={nameInput} data-testid="profile-name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          <span>{t('profile.delegation')}</span>
          <input
            data-testid="profile-delegation"
            maxLength={100}
            placeholder={t('profile.delegationHint')}
            value={delegation}
            onChange={(event) => setDelegation(event.target.value)}
          />
        </label>
        <label>
          <span>{t('profile.role')}</span>
          <select data-testid="profile-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p className="form-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        <div className="dialog-actions">
          {firstRun && (
            <button type="button" onClick={onClose}>
              {t('profile.later')}
            </button>
          )}
          <button type="submit" className="primary" data-testid="profile-save" disabled={saving || name.trim() === ''}>
            {t('profile.save')}
          </button>
        </div>
      </form>
      {!firstRun && <StanceManager stances={stances} />}
    </section>
  );
}
