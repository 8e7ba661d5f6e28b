import { useEffect, useState } from 'react';
import type { ApiError, ListedOpinion } from '../api/contract';
import { useApi } from '../api/ApiContext';

/** Opinions by the paragraph they are placed on, in one version. */
export type OpinionsByParagraph = ReadonlyMap<string, ListedOpinion[]>;

export interface CompareOpinions {
  old: OpinionsByParagraph;
  new: OpinionsByParagraph;
}

const NONE: CompareOpinions = { old: new Map(), new: new Map() };

/** Only an opinion placed for sure is shown beside a paragraph; the others wait in the reader's 未定位. */
function byParagraph(list: readonly ListedOpinion[]): OpinionsByParagraph {
  const map = new Map<string, ListedOpinion[]>();
  for (const opinion of list) {
    const resolution = opinion.resolution;
    if (opinion.deletedAt !== null || !resolution || resolution.status === 'ambiguous' || resolution.status === 'orphan') continue;
    const paragraphId = resolution.ranges?.[0]?.paragraphId;
    if (paragraphId) map.set(paragraphId, [...(map.get(paragraphId) ?? []), opinion]);
  }
  return map;
}

/**
 * The report's opinions as each side of the comparison places them (opinions.list of either
 * version): the margin of each pane shows those on its paragraphs. Across two reports there are
 * none to show, since an opinion belongs to its own report.
 */
export function useCompareOpinions(reportId: string, pair: { from: string; to: string; fromReport?: string } | null, onError: (error: ApiError) => void): CompareOpinions {
  const api = useApi();
  // The answer and the pair it answers: another pair shows nothing until its own answer is in.
  const [answer, setAnswer] = useState<{ key: string; opinions: CompareOpinions } | null>(null);
  const from = pair?.from;
  const to = pair?.to;
  const otherReport = pair?.fromReport !== undefined;
  const key = from && to && !otherReport ? `${reportId}:${from}>${to}` : null;
  useEffect(() => {
    if (!key || !from || !to) return;
    let current = true;
    void Promise.all([api.call('opinions.list', { reportId, versionId: from }), api.call('opinions.list', { reportId, versionId: to })]).then(([older, newer]) => {
      if (!current) return;
      if (!older.ok) onError(older.error);
      if (!newer.ok) onError(newer.error);
      setAnswer({ key, opinions: { old: older.ok ? byParagraph(older.value) : new Map(), new: newer.ok ? byParagraph(newer.value) : new Map() } });
    });
    return () => {
      current = false;
    };
  }, [api, reportId, from, to, key, onError]);
  return answer && answer.key === key ? answer.opinions : NONE;
}
