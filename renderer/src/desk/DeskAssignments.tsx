/**
 * 分工: each delegation, and each part of the report, given to a clerk by name. A clerk's share is
 * then a filter (分工) and what their desk package sends; a name left empty gives a share back.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { ApiError, DeskAssignment } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  reportId: string;
  delegations: string[];
  /** The report's parts: label (what a share is kept by) and heading (what the clerk reads). */
  parts: { label: string; heading: string }[];
  assignments: DeskAssignment[];
  onSaved: () => void;
  onError: (error: ApiError) => void;
}

const keyOf = (scope: DeskAssignment['scope'], value: string) => `${scope}\n${value}`;

export function DeskAssignments({ reportId, delegations, parts, assignments, onSaved, onError }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => setNames(new Map(assignments.map((share) => [keyOf(share.scope, share.value), share.clerkName]))), [assignments]);

  const save = async () => {
    const shares = [
      ...delegations.map((value) => ({ scope: 'delegation' as const, value })),
      ...parts.map((part) => ({ scope: 'part' as const, value: part.label })),
    ].map((share) => ({ ...share, clerkName: names.get(keyOf(share.scope, share.value))?.trim() ?? '' }));
    const result = await api.call('desk.assign', { reportId, shares });
    if (!result.ok) return onError(result.error);
    setOpen(false);
    onSaved();
  };
  const input = (scope: DeskAssignment['scope'], value: string, label: string) => (
    <label key={keyOf(scope, value)}>
      {label}
      <input
        data-testid={`assign-${scope}`}
        data-value={value}
        placeholder={t('desk.assign.clerk')}
        value={names.get(keyOf(scope, value)) ?? ''}
        onChange={(event) => setNames((current) => new Map(current).set(keyOf(scope, value), event.target.value))}
      />
    </label>
  );

  if (!open) {
    return (
      <button type="button" data-testid="desk-assignments" title={t('desk.assignmentsTitle')} onClick={() => setOpen(true)}>
        {t('desk.assignments')}
      </button>
    );
  }
  return (
    <form
      className="desk-panel"
      data-testid="desk-assignments-panel"
      aria-label={t('desk.assignmentsTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>{t('desk.assign.delegations')}</h3>
      {delegations.map((delegation) => input('delegation', delegation, delegation))}
      <h3>{t('desk.assign.parts')}</h3>
      {parts.map((part) => input('part', part.label, part.heading))}
      <div className="desk-panel-actions">
        <button type="submit" className="primary" data-testid="assign-save">
          {t('desk.assign.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('desk.typed.cancel')}
        </button>
      </div>
    </form>
  );
}
