import { useState } from 'react';
import { ModalForm } from '../feedback/ModalForm';
import type { ApiError, ReportSummary } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';
import { IMPORT_ACCEPT } from '../import/accept';
import { readFileBase64 } from '../import/readFileBase64';
import { DRAFT_LABELS } from './draftLabels';

interface Props {
  report: ReportSummary;
  /** The new version is in the store: the caller reloads the library and may open the comparison. */
  onImported: (reportId: string, versionId: string) => void;
  onError: (error: ApiError) => void;
  onClose: () => void;
}

/**
 * 导入新版本: a revised draft of a report already in the library, with its name in the chain
 * (征求意见稿 → 提请审议稿 → 修改稿, or the user's own). The draft becomes the report's latest
 * version; its opinions stay on the version they were written on and are shown on the new one.
 */
export function NewVersionDialog({ report, onImported, onError, onClose }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [label, setLabel] = useState<string>(DRAFT_LABELS[Math.min(report.versionCount, DRAFT_LABELS.length - 1)]!);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!file || label.trim() === '') return;
    setBusy(true);
    try {
      const dataBase64 = await readFileBase64(file);
      // A file holding several documents (copies of one scraped page) gives its first as the draft.
      const result = await api.call('import.file', { fileName: file.name, dataBase64, asVersionOf: report.id, label: label.trim(), select: [0] });
      if (!result.ok) onError(result.error);
      else if (result.value.status === 'imported') {
        const imported = result.value.reports[0]!;
        if (imported.alreadyPresent) onError({ code: 'import-failed', message: t('versions.alreadyPresent', { file: file.name }) });
        else onImported(imported.reportId, imported.versionId);
      }
    } catch (error) {
      onError({ code: 'import-failed', message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalForm className="choose-dialog new-version-dialog" testId="new-version-dialog" labelledBy="new-version-title" onCancel={onClose} onSubmit={() => void submit()}>
        <h2 id="new-version-title">{t('versions.newTitle')}</h2>
        <p>{t('versions.newIntro', { title: report.title })}</p>
        <fieldset className="new-version-labels">
          <legend>{t('versions.label')}</legend>
          {DRAFT_LABELS.map((name) => (
            <label key={name}>
              <input type="radio" name="draft-label" value={name} checked={label === name} onChange={() => setLabel(name)} />
              {name}
            </label>
          ))}
          <label>
            <span>{t('versions.otherLabel')}</span>
            <input
              type="text"
              maxLength={40}
              data-testid="new-version-label"
              value={DRAFT_LABELS.includes(label) ? '' : label}
              placeholder={t('versions.otherLabelPlaceholder')}
              onChange={(event) => setLabel(event.target.value)}
            />
          </label>
        </fieldset>
        <label className="new-version-file">
          <span>{t('versions.file')}</span>
          <input type="file" accept={IMPORT_ACCEPT} data-testid="new-version-file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('choose.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="new-version-confirm" disabled={!file || label.trim() === '' || busy}>
            {busy ? t('versions.importing') : t('versions.import')}
          </button>
        </div>
    </ModalForm>
  );
}
