/**
 * 批量导入: many opinion packages and 简报 chosen at once, taken in one job (its progress and
 * 取消 in the job strip), then a line per file — accepted, identical, with conflicts, rejected
 * and why — until dismissed.
 */
import { useRef, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { ApiError, IntakeReport } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKeys';
import { readFileBase64 } from '../import/readFileBase64';

interface Props {
  reportId: string;
  onDone: () => void;
  onError: (error: ApiError) => void;
}

export function DeskIntake({ reportId, onDone, onError }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<IntakeReport | null>(null);

  const take = async (list: FileList) => {
    setBusy(true);
    setReport(null);
    try {
      const files = await Promise.all([...list].map(async (file) => ({ fileName: file.name, dataBase64: await readFileBase64(file) })));
      const result = await api.call('desk.import', { reportId, files });
      if (result.ok) setReport(result.value);
      else onError(result.error);
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="primary" data-testid="desk-intake" disabled={busy} title={t('desk.intakeTitle')} onClick={() => input.current?.click()}>
        {t('desk.intake')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="desk-intake-input"
        accept=".json,.txt,.docx"
        onChange={(event) => {
          if (event.target.files && event.target.files.length > 0) void take(event.target.files);
          event.target.value = '';
        }}
      />
      {report && (
        <div className="desk-intake-report" role="status" data-testid="desk-intake-report">
          <p>
            {t('desk.intakeSummary', { files: report.files.length, accepted: report.counts.accepted, identical: report.counts.identical, conflict: report.counts.conflict, rejected: report.counts.rejected, imported: report.imported })}
            <button type="button" onClick={() => setReport(null)}>
              {t('desk.dismiss')}
            </button>
          </p>
          <ul>
            {report.files.map((file) => (
              <li key={file.fileName} data-status={file.status} data-testid="desk-intake-file">
                <span className="intake-status">{t(`desk.intake.${file.status}` as MessageKey)}</span> {file.fileName}
                {file.matched === 'passages' && file.anchoring && (
                  <span className="intake-reanchored"> {t('desk.intakeReanchored', { found: file.anchoring.exact + file.anchoring.moved + file.anchoring.fuzzy, missing: file.anchoring.orphan + file.anchoring.ambiguous })}</span>
                )}
                {file.exchange && <span className="intake-exchange"> — {t('desk.intakeExchange', { ...file.exchange, share: file.exchange.share || t('desk.wholeReport') })}</span>}
                {file.status === 'rejected' && file.reason && <span className="intake-reason"> — {file.reason}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
