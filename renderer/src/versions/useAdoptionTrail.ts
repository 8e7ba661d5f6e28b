import { useEffect, useState } from 'react';
import type { ApiError, OpinionAdoption, ReportVersion } from '../api/contract';
import { useApi } from '../api/ApiContext';

export interface TrailStep {
  /** 「征求意见稿→提请审议稿」 */
  hop: string;
  outcome: OpinionAdoption['outcome'];
}

/**
 * Each opinion's way through a chain of three drafts or more (versions.history): what became of it
 * at every hop, so 修改稿 does not hide that 提请审议稿 had already taken half of a suggestion.
 * Empty for a chain of two, where the one hop is the comparison itself.
 */
export function useAdoptionTrail(reportId: string, versions: readonly ReportVersion[], onError: (error: ApiError) => void): ReadonlyMap<string, TrailStep[]> {
  const api = useApi();
  const [trail, setTrail] = useState<ReadonlyMap<string, TrailStep[]>>(new Map());
  const chainKey = versions.map((version) => version.id).join(',');
  const long = versions.length >= 3;
  useEffect(() => {
    if (!long) return;
    let current = true;
    void api.call('versions.history', { reportId }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        onError(result.error);
        return;
      }
      const label = new Map(result.value.versions.map((version) => [version.id, version.label]));
      const steps = new Map<string, TrailStep[]>();
      for (const hop of result.value.hops) {
        const name = `${label.get(hop.fromVersionId) ?? ''}→${label.get(hop.toVersionId) ?? ''}`;
        for (const entry of hop.opinions) {
          steps.set(entry.opinionId, [...(steps.get(entry.opinionId) ?? []), { hop: name, outcome: entry.confirmed?.status ?? entry.outcome }]);
        }
      }
      setTrail(steps);
    });
    return () => {
      current = false;
    };
  }, [api, reportId, chainKey, long, onError]);
  return trail;
}
