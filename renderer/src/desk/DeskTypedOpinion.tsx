/**
 * 录入意见: an opinion heard at a meeting, taken on the hotline or read online, typed in with its
 * channel and where it came from. The report's words it is about are optional; given, they must
 * stand in the report once, and the server's answer says so when they do not.
 */
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { Channel } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKeys';

interface Props {
  reportId: string;
  versionId: string;
  onAdded: () => void;
}

type TypedChannel = Extract<Channel, 'meeting-notes' | 'hotline' | 'online' | 'other'>;
const TYPED_CHANNELS: TypedChannel[] = ['meeting-notes', 'hotline', 'online', 'other'];
const EMPTY = { provenance: '', name: '', delegation: '', text: '', quote: '', proposed: '' };

export function DeskTypedOpinion({ reportId, versionId, onAdded }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<TypedChannel>('meeting-notes');
  const [fields, setFields] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const field = (key: keyof typeof EMPTY) => ({
    value: fields[key],
    onChange: (event: { target: { value: string } }) => setFields((current) => ({ ...current, [key]: event.target.value })),
  });

  const save = async () => {
    const result = await api.call('desk.addOpinion', {
      reportId,
      versionId,
      channel,
      provenance: fields.provenance,
      author: { name: fields.name.trim(), delegation: fields.delegation.trim(), role: 'npc-delegate' },
      text: fields.text,
      ...(fields.quote.trim() ? { quote: fields.quote } : {}),
      ...(fields.proposed.trim() ? { proposed: fields.proposed } : {}),
    });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setFields((current) => ({ ...EMPTY, provenance: current.provenance }));
    onAdded();
  };

  if (!open) {
    return (
      <button type="button" data-testid="desk-add-opinion" title={t('desk.addOpinionTitle')} onClick={() => setOpen(true)}>
        {t('desk.addOpinion')}
      </button>
    );
  }
  return (
    <form
      className="desk-panel"
      data-testid="desk-typed-opinion"
      aria-label={t('desk.addOpinionTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label>
        {t('desk.typed.channel')}
        <select data-testid="typed-channel" value={channel} onChange={(event) => setChannel(event.target.value as TypedChannel)}>
          {TYPED_CHANNELS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`desk.channel.${candidate}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('desk.typed.provenance')}
        <input data-testid="typed-provenance" {...field('provenance')} />
      </label>
      <label>
        {t('desk.typed.name')}
        <input data-testid="typed-name" required {...field('name')} />
      </label>
      <label>
        {t('desk.typed.delegation')}
        <input data-testid="typed-delegation" {...field('delegation')} />
      </label>
      <label className="wide">
        {t('desk.typed.text')}
        <textarea data-testid="typed-text" required rows={3} {...field('text')} />
      </label>
      <label>
        {t('desk.typed.quote')}
        <input data-testid="typed-quote" {...field('quote')} />
      </label>
      <label>
        {t('desk.typed.proposed')}
        <input data-testid="typed-proposed" {...field('proposed')} />
      </label>
      <div className="desk-panel-actions">
        <button type="submit" className="primary" data-testid="typed-save">
          {t('desk.typed.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('desk.typed.cancel')}
        </button>
        {problem && (
          <p className="desk-panel-problem" role="alert" data-testid="typed-problem">
            {problem}
          </p>
        )}
      </div>
    </form>
  );
}
