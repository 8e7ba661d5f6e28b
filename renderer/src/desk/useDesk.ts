/**
 * The desk's data for the report on screen: the consolidated view under the clerk's filter
 * (counts of every part, section and paragraph, and the rows of the node chosen), the clusters
 * there, and the kinds of disposition. `reload` after an action asks again; an answer to an
 * older question (the filter changed meanwhile) is dropped.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { ApiError, DeskCluster, DeskFilter, DeskView, DispositionKind } from '../api/contract';

export interface DeskData {
  view: DeskView | null;
  clusters: { suggested: DeskCluster[]; confirmed: DeskCluster[] } | null;
  kinds: DispositionKind[];
  loading: boolean;
  reload: () => void;
}

interface Answer {
  key: string;
  view: DeskView | null;
  clusters: DeskData['clusters'];
  kinds: DispositionKind[];
}

export function useDesk(reportId: string, versionId: string, filter: DeskFilter, onError: (error: ApiError) => void): DeskData {
  const api = useApi();
  const [revision, setRevision] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = `${reportId}\n${versionId}\n${JSON.stringify(filter)}\n${revision}`;

  useEffect(() => {
    let current = true;
    const asked = JSON.parse(key.split('\n')[2]!) as DeskFilter;
    void Promise.all([
      api.call('desk.view', { reportId, versionId, filter: asked, limit: 500 }),
      api.call('desk.clusters', { reportId, versionId, ...(asked.nodeId ? { nodeId: asked.nodeId } : {}) }),
      api.call('desk.kinds', {}),
    ]).then(([viewed, clustered, listed]) => {
      if (!current) return;
      if (!viewed.ok) onError(viewed.error);
      if (!clustered.ok) onError(clustered.error);
      setAnswer((before) => ({
        key,
        view: viewed.ok ? viewed.value : (before?.view ?? null),
        clusters: clustered.ok ? clustered.value : (before?.clusters ?? null),
        kinds: listed.ok ? listed.value : (before?.kinds ?? []),
      }));
    });
    return () => {
      current = false;
    };
  }, [api, reportId, versionId, key, onError]);

  const reload = useCallback(() => setRevision((value) => value + 1), []);
  return { view: answer?.view ?? null, clusters: answer?.clusters ?? null, kinds: answer?.kinds ?? [], loading: answer?.key !== key, reload };
}
