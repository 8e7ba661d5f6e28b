import { useEffect, useState } from 'react';
import type { AdoptionReport, ApiError, ReportVersion, VersionComparison } from '../api/contract';
import { useApi } from '../api/ApiContext';

/** The two sides compared: versions (of this report, or `fromReport`'s), and optionally one part of each. */
export interface ComparedPair {
  from: string;
  to: string;
  fromReport?: string;
  fromPart?: string;
  toPart?: string;
}

const keyOf = (pair: ComparedPair, ignoreFormatting: boolean) => `${pair.from}/${pair.fromPart ?? ''}>${pair.to}/${pair.toPart ?? ''}:${ignoreFormatting}`;

export interface ComparisonState {
  comparison: VersionComparison | null;
  adoption: AdoptionReport | null;
  loading: boolean;
}

/** The report's chain (handed to the caller), and the comparison and adoption of the two versions chosen from it. */
export function useComparison(
  reportId: string,
  /** `fromReport`: the older side is a version of another report (no adoption to tell then). */
  pair: ComparedPair | null,
  ignoreFormatting: boolean,
  onError: (error: ApiError) => void,
  /** The report's chain, once it has been read: the caller picks the pair from it. */
  onVersions: (versions: ReportVersion[]) => void,
): ComparisonState {
  const api = useApi();
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [adoption, setAdoption] = useState<AdoptionReport | null>(null);
  // What the shown comparison answers: it is loading while that differs from what is asked.
  const [answered, setAnswered] = useState<string | null>(null);
  const asked = pair ? keyOf(pair, ignoreFormatting) : null;

  useEffect(() => {
    let current = true;
    void api.call('report.versions', { reportId }).then((result) => {
      if (!current) return;
      if (result.ok) onVersions(result.value);
      else onError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, reportId, onError, onVersions]);

  useEffect(() => {
    if (!pair) return;
    let current = true;
    const input = { reportId, fromVersionId: pair.from, toVersionId: pair.to };
    const otherReport = pair.fromReport !== undefined && pair.fromReport !== reportId;
    // Opinions belong to one report: across two reports there is no adoption to tell.
    const adoption = otherReport || pair.fromPart || pair.toPart ? Promise.resolve(null) : api.call('versions.adoption', input);
    const parts = { ...(pair.fromPart ? { fromPartId: pair.fromPart } : {}), ...(pair.toPart ? { toPartId: pair.toPart } : {}) };
    // A comparison of parts is of texts, not of drafts: no adoption to tell for it either.
    const compare = api.call('versions.compare', { ...input, ...(otherReport ? { fromReportId: pair.fromReport! } : {}), ...parts, ignoreFormatting });
    void Promise.all([compare, adoption]).then(([compared, adopted]) => {
      if (!current) return;
      setAnswered(keyOf(pair, ignoreFormatting));
      if (compared.ok) setComparison(compared.value);
      else onError(compared.error);
      if (adopted === null) setAdoption(null);
      else if (adopted.ok) setAdoption(adopted.value);
      else onError(adopted.error);
    });
    return () => {
      current = false;
    };
  }, [api, reportId, pair, ignoreFormatting, onError]);

  return { comparison, adoption, loading: asked !== answered };
}
