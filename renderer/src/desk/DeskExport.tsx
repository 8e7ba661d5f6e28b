/**
 * The desk's outputs: 审议意见汇总表 (.docx, .xlsx), 简报 (.docx, with its 报头), 转办清单 (.xlsx),
 * of the opinions under the current filter; 匿名 prints delegations only. A desk package
 * (汇总台交换包) sends the share under the filter — a clerk's 分工 — to another clerk's intake.
 */
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { ApiError, DeskExportFormat, DeskFilter } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKeys';
import { saveFile } from '../export/saveFile';

interface Props {
  reportId: string;
  versionId: string;
  filter: DeskFilter;
  onError: (error: ApiError) => void;
}

const FORMATS: DeskExportFormat[] = ['summary-xlsx', 'summary-docx', 'briefing-docx', 'referrals-xlsx', 'desk-package'];

export function DeskExport({ reportId, versionId, filter, onError }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [format, setFormat] = useState<DeskExportFormat>('summary-xlsx');
  const [anonymous, setAnonymous] = useState(false);
  const [issue, setIssue] = useState(1);
  const [publisher, setPublisher] = useState('');
  const [busy, setBusy] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);

  const run = async () => {
    setBusy(true);
    const result = await api.call('desk.export', {
      reportId,
      versionId,
      format,
      anonymous,
      filter,
      ...(format === 'briefing-docx' ? { briefing: { name: '会议简报', issue, publisher, date: new Date().toISOString().slice(0, 10) } } : {}),
    });
    setBusy(false);
    if (!result.ok) return onError(result.error);
    setWarnings(result.value.warnings);
    saveFile(result.value.fileName, result.value.mime, result.value.dataBase64);
  };

  return (
    <div className="desk-export" role="group" aria-label={t('desk.export')}>
      <select data-testid="desk-export-format" aria-label={t('desk.exportFormat')} value={format} onChange={(event) => setFormat(event.target.value as DeskExportFormat)}>
        {FORMATS.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`desk.format.${candidate}` as MessageKey)}
          </option>
        ))}
      </select>
      {format === 'briefing-docx' && (
        <>
          <input type="number" min={1} data-testid="desk-briefing-issue" aria-label={t('desk.briefingIssue')} value={issue} onChange={(event) => setIssue(Math.max(1, Number(event.target.value) || 1))} />
          <input data-testid="desk-briefing-publisher" aria-label={t('desk.briefingPublisher')} placeholder={t('desk.briefingPublisher')} value={publisher} onChange={(event) => setPublisher(event.target.value)} />
        </>
      )}
      <label>
        <input type="checkbox" data-testid="desk-export-anonymous" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
        {t('desk.anonymous')}
      </label>
      <button type="button" data-testid="desk-export" disabled={busy} onClick={() => void run()}>
        {t('desk.export')}
      </button>
      {warnings.length > 0 && (
        <ul className="desk-export-warnings" role="status">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
