/**
 * The opinions of the part, section or paragraph chosen: confirmed clusters first (their
 * 归纳意见 editable, 综合N位代表（M个代表团）意见, every member listed, one disposition for all),
 * then the suggested ones to confirm, then each opinion not in a cluster. Suggestions are only
 * that: nothing is grouped until the clerk confirms.
 */
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { ApiError, DeskCluster, DeskRow, DispositionKind } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { DispositionForm } from './DispositionForm';
import { DeskRowCard } from './DeskRowCard';

interface Props {
  reportId: string;
  rows: DeskRow[];
  clusters: { suggested: DeskCluster[]; confirmed: DeskCluster[] };
  kinds: DispositionKind[];
  onChanged: () => void;
  onError: (error: ApiError) => void;
}

function ClusterSummary({ cluster, onSave }: { cluster: DeskCluster; onSave: (summary: string) => void }) {
  const { t } = useI18n();
  const [summary, setSummary] = useState(cluster.summary);
  return (
    <div className="cluster-summary">
      <textarea data-testid="cluster-summary" aria-label={t('desk.clusterSummary')} placeholder={t('desk.clusterSummary')} value={summary} onChange={(event) => setSummary(event.target.value)} rows={2} />
      <button type="button" data-testid="cluster-summary-save" disabled={summary === cluster.summary} onClick={() => onSave(summary)}>
        {t('desk.save')}
      </button>
    </div>
  );
}

export function DeskItems({ reportId, rows, clusters, kinds, onChanged, onError }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const membersOf = (cluster: DeskCluster) => cluster.memberIds.flatMap((id) => byId.get(id) ?? []);
  const act = async (work: Promise<{ ok: true } | { ok: false; error: ApiError }>) => {
    const result = await work;
    if (!result.ok) onError(result.error);
    onChanged();
  };
  const lone = rows.filter((row) => row.clusterId === null);
  // A cluster none of whose members passes the filters is not what the clerk asked to see.
  const shown = (list: DeskCluster[]) => list.filter((cluster) => cluster.memberIds.some((id) => byId.has(id)));
  const resolve = (row: DeskRow) => (stage: 'first' | 'second', keep: 'ours' | 'theirs', theirs: number) =>
    void act(api.call('desk.resolveConflict', { reportId, opinionId: row.id, stage, keep, theirs }));

  return (
    <div className="desk-items" data-testid="desk-items">
      {shown(clusters.confirmed).map((cluster) => (
        <section key={cluster.id} className="desk-cluster confirmed" data-testid="confirmed-cluster" data-cluster-id={cluster.id}>
          <header>
            <strong data-testid="cluster-counts">{cluster.countsLine}</strong>
            <span className="desk-location">{cluster.location}</span>
            <button type="button" data-testid="cluster-dissolve" onClick={() => void act(api.call('desk.dissolveCluster', { id: cluster.id }))}>
              {t('desk.dissolve')}
            </button>
          </header>
          <ClusterSummary key={cluster.summary} cluster={cluster} onSave={(summary) => void act(api.call('desk.updateCluster', { id: cluster.id, summary }))} />
          <DispositionForm reportId={reportId} target={{ clusterId: cluster.id }} rows={membersOf(cluster)} kinds={kinds} onSaved={onChanged} testId="cluster-disposition" />
          <ul className="desk-members">
            {membersOf(cluster).map((row) => (
              <DeskRowCard
                key={row.id}
                row={row}
                kinds={kinds}
                onResolve={resolve(row)}
                onRemove={cluster.memberIds.length > 2 ? () => void act(api.call('desk.updateCluster', { id: cluster.id, memberIds: cluster.memberIds.filter((id) => id !== row.id) })) : undefined}
              />
            ))}
          </ul>
        </section>
      ))}
      {shown(clusters.suggested).map((cluster) => (
        <section key={cluster.id} className="desk-cluster suggested" data-testid="suggested-cluster">
          <header>
            <strong>{t('desk.suggested', { counts: cluster.countsLine })}</strong>
            <span className="desk-location">{cluster.location}</span>
            <span className="desk-similarity">{t('desk.similarity', { value: Math.round((cluster.similarity ?? 0) * 100) })}</span>
            <button type="button" className="primary" data-testid="cluster-confirm" onClick={() => void act(api.call('desk.confirmCluster', { reportId, memberIds: cluster.memberIds, summary: '' }))}>
              {t('desk.confirm')}
            </button>
          </header>
          <ul className="desk-members">
            {membersOf(cluster).map((row) => (
              <DeskRowCard key={row.id} row={row} kinds={kinds} onResolve={resolve(row)} />
            ))}
          </ul>
        </section>
      ))}
      <ul className="desk-lone">
        {lone.map((row) => (
          <DeskRowCard key={row.id} row={row} kinds={kinds} onResolve={resolve(row)}>
            <DispositionForm reportId={reportId} target={{ opinionIds: [row.id] }} rows={[row]} kinds={kinds} onSaved={onChanged} testId="row-disposition" />
          </DeskRowCard>
        ))}
      </ul>
      {rows.length === 0 && <p className="desk-empty">{t('desk.noneHere')}</p>}
    </div>
  );
}
