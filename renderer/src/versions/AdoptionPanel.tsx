import { useState } from 'react';
import type { AdoptionReport, AdoptionStatus, ApiError, OpinionAdoption, Profile } from '../api/contract';
import { useApi } from '../api/ApiContext';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/I18nContext';
import type { TextConverter } from '../script/converters';
import type { TrailStep } from './useAdoptionTrail';

const OUTCOME_KEYS: Record<OpinionAdoption['outcome'], MessageKey> = {
  adopted: 'versions.outcome.adopted',
  'partly-adopted': 'versions.outcome.partly-adopted',
  'not-adopted': 'versions.outcome.not-adopted',
  'changed-otherwise': 'versions.outcome.changed-otherwise',
  deleted: 'versions.outcome.deleted',
  unchanged: 'versions.outcome.unchanged',
  changed: 'versions.outcome.changed',
  unplaced: 'versions.outcome.unplaced',
};

interface Props {
  adoption: AdoptionReport;
  profile: Profile | null;
  convert: TextConverter;
  onError: (error: ApiError) => void;
  /** Each opinion's outcome at every hop of a longer chain (useAdoptionTrail). */
  trail?: ReadonlyMap<string, TrailStep[]>;
}

/** Outcomes a reading of the texts cannot settle alone: a person looks and confirms them. */
const ASKS_A_LOOK: ReadonlySet<OpinionAdoption['outcome']> = new Set(['partly-adopted', 'changed-otherwise']);

/**
 * What became of the opinions: first the reader's own suggestions as one sentence (您的N条修改建议：
 * 采纳a，部分采纳b，未采纳c), then every opinion with its outcome, 部分采纳 with its score.
 */
export function AdoptionPanel({ adoption, profile, convert, onError, trail }: Props) {
  const { t } = useI18n();
  const api = useApi();
  // Confirmations made here since the report was read, each entry with the confirmation the store kept.
  const [confirmed, setConfirmed] = useState<ReadonlyMap<string, OpinionAdoption>>(new Map());
  const entries = adoption.opinions.map((entry) => confirmed.get(entry.opinionId) ?? entry);
  const confirm = async (entry: OpinionAdoption) => {
    const result = await api.call('versions.confirmAdoption', { opinionId: entry.opinionId, toVersionId: adoption.toVersionId, status: entry.outcome as AdoptionStatus });
    if (result.ok) setConfirmed((previous) => new Map(previous).set(entry.opinionId, { ...entry, confirmed: result.value }));
    else onError(result.error);
  };
  const mine = entries.filter((entry) => entry.proposed !== null && profile !== null && entry.author.name === profile.name);
  const count = (outcome: OpinionAdoption['outcome']) => mine.filter((entry) => (entry.confirmed?.status ?? entry.outcome) === outcome).length;
  return (
    <aside className="compare-adoption" data-testid="adoption-panel" aria-labelledby="adoption-title">
      <h2 id="adoption-title">{t('versions.adoptionTitle')}</h2>
      {mine.length > 0 && (
        <p className="adoption-mine" data-testid="adoption-mine">
          {t('versions.mine', {
            total: mine.length,
            adopted: count('adopted'),
            partly: count('partly-adopted'),
            not: count('not-adopted') + count('changed-otherwise') + count('deleted'),
          })}
        </p>
      )}
      {adoption.opinions.length === 0 ? (
        <p className="adoption-empty">{t('versions.noOpinions')}</p>
      ) : (
        <ul className="adoption-list">
          {entries.map((entry) => (
            <li key={entry.opinionId} data-testid="adoption-item" data-outcome={entry.outcome}>
              <span className={`adoption-outcome adoption-${entry.outcome}`}>
                {t(OUTCOME_KEYS[entry.outcome])}
                {entry.outcome === 'partly-adopted' && ` ${Math.round(entry.score * 100)}%`}
              </span>
              <span className="adoption-author">{entry.author.delegation ? `${entry.author.name}（${entry.author.delegation}）` : entry.author.name}</span>
              <q className="adoption-original">{convert(entry.original)}</q>
              {entry.proposed !== null && (
                <span className="adoption-proposed">
                  {t('versions.proposed')} <q>{convert(entry.proposed)}</q>
                </span>
              )}
              {entry.outcome !== 'unchanged' && entry.now !== '' && (
                <span className="adoption-now">
                  {t('versions.now')} <q>{convert(entry.now)}</q>
                </span>
              )}
              {(trail?.get(entry.opinionId)?.length ?? 0) > 1 && (
                <ol className="adoption-trail" data-testid="adoption-trail" aria-label={t('versions.trail')}>
                  {trail!.get(entry.opinionId)!.map((step) => (
                    <li key={step.hop}>
                      <span className="adoption-trail-hop">{step.hop}</span> {t(OUTCOME_KEYS[step.outcome])}
                    </li>
                  ))}
                </ol>
              )}
              {entry.confirmed ? (
                <span className="adoption-confirmed" data-testid="adoption-confirmed">
                  {t('versions.confirmedBy', { name: entry.confirmed.by, outcome: t(OUTCOME_KEYS[entry.confirmed.status]) })}
                </span>
              ) : (
                ASKS_A_LOOK.has(entry.outcome) && (
                  <button type="button" className="adoption-confirm" data-testid="adoption-confirm" onClick={() => void confirm(entry)}>
                    {t('versions.confirm', { outcome: t(OUTCOME_KEYS[entry.outcome]) })}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
