import { useEffect, useState } from 'react';
import type { ApiError, ReportDocument, ReportVersion } from '../api/contract';
import { useApi } from '../api/ApiContext';

/**
 * The chain of drafts of the report on screen, oldest first (report.versions). A report with one
 * version is not asked about: its chain is the version it is read in.
 */
export function useReportVersions(doc: ReportDocument, onError?: (error: ApiError) => void): readonly ReportVersion[] {
  const api = useApi();
  const reportId = doc.report.id;
  const many = doc.report.versionCount > 1;
  const [answer, setAnswer] = useState<{ reportId: string; versions: readonly ReportVersion[] } | null>(null);
  useEffect(() => {
    if (!many) return;
    let current = true;
    void api.call('report.versions', { reportId }).then((result) => {
      if (!current) return;
      if (result.ok) setAnswer({ reportId, versions: result.value });
      else onError?.(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, reportId, many, onError, doc.report.versionCount]);
  return many && answer?.reportId === reportId ? answer.versions : [doc.version];
}
