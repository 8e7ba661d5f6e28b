import { useState } from 'react';
import type { ApiError } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { saveFile } from '../export/saveFile';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  reportId: string;
  pair: { from: string; to: string };
  onError: (error: ApiError) => void;
}

/** 导出修改情况说明: the change list of the two versions on screen, as Word or Markdown. */
export function RevisionNoteButtons({ reportId, pair, onError }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const save = async (format: 'docx' | 'md') => {
    setBusy(true);
    const result = await api.call('versions.note', { reportId, fromVersionId: pair.from, toVersionId: pair.to, format });
    setBusy(false);
    if (result.ok) saveFile(result.value.fileName, result.value.mime, result.value.dataBase64);
    else onError(result.error);
  };
  return (
    <span className="compare-note" role="group" aria-label={t('versions.noteExport')}>
      <span>{t('versions.noteExport')}</span>
      <button type="button" data-testid="compare-note-docx" disabled={busy} onClick={() => void save('docx')}>
        Word
      </button>
      <button type="button" data-testid="compare-note-md" disabled={busy} onClick={() => void save('md')}>
        Markdown
      </button>
    </span>
  );
}
