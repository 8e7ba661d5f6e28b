/**
 * Sets a disposition — for one opinion or a whole cluster — at the 初审 or 复审 stage. The kind
 * decides what else is asked: a reason (未采纳), a department (转有关部门研究). A 复审 by the
 * clerk who made the 初审 is refused unless an override says why; the shell's refusal is shown
 * here, beside the choice it refused.
 */
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { DeskRow, DispositionKind, ReviewStage } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';

interface Props {
  reportId: string;
  target: { opinionIds: string[] } | { clusterId: string };
  /** The rows it sets: what they hold now is the form's starting point. */
  rows: DeskRow[];
  kinds: DispositionKind[];
  onSaved: () => void;
  testId: string;
}

export function DispositionForm({ reportId, target, rows, kinds, onSaved, testId }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const first = rows[0];
  const [stage, setStage] = useState<ReviewStage>(first?.first && !first.second ? 'second' : 'first');
  const current = stage === 'second' ? (first?.second ?? first?.first) : first?.first;
  const [kindId, setKindId] = useState(current?.kindId ?? kinds[0]?.id ?? '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [department, setDepartment] = useState(current?.department ?? '');
  const [override, setOverride] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const kind = kinds.find((candidate) => candidate.id === kindId);

  const save = async () => {
    setSaving(true);
    setProblem(null);
    // Only what the form shows is sent: a reason typed for 未采纳 does not follow a change to 采纳.
    const result = await api.call('desk.dispose', {
      reportId,
      ...target,
      stage,
      kindId,
      reason: kind?.needs === 'reason' ? reason : '',
      department: kind?.needs === 'department' ? department : '',
      ...(override.trim() ? { override } : {}),
    });
    setSaving(false);
    if (result.ok) onSaved();
    else setProblem(errorText(t, result.error));
  };

  return (
    <div className="disposition-form" data-testid={testId}>
      <select aria-label={t('desk.stage')} data-testid="disposition-stage" value={stage} onChange={(event) => setStage(event.target.value as ReviewStage)}>
        <option value="first">{t('desk.stage.first')}</option>
        <option value="second">{t('desk.stage.second')}</option>
      </select>
      <select aria-label={t('desk.disposition')} data-testid="disposition-kind" value={kindId} onChange={(event) => setKindId(event.target.value)}>
        {kinds.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
      {kind?.needs === 'reason' && <input data-testid="disposition-reason" aria-label={t('desk.reason')} placeholder={t('desk.reason')} value={reason} onChange={(event) => setReason(event.target.value)} />}
      {kind?.needs === 'department' && (
        <input data-testid="disposition-department" aria-label={t('desk.department')} placeholder={t('desk.department')} value={department} onChange={(event) => setDepartment(event.target.value)} />
      )}
      {stage === 'second' && first?.first && (
        <input data-testid="disposition-override" aria-label={t('desk.override')} placeholder={t('desk.override')} value={override} onChange={(event) => setOverride(event.target.value)} />
      )}
      <button type="button" data-testid="disposition-save" disabled={saving || kindId === ''} onClick={() => void save()}>
        {t('desk.save')}
      </button>
      {problem && (
        <p className="disposition-problem" role="alert" data-testid="disposition-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
