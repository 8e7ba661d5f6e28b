import { useCallback, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import type { ApiError, Settings } from '../api/contract';
import type { ReportDocument } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';
import { OutlinePanel } from '../outline/OutlinePanel';
import { detectScript } from '../script/detectScript';
import { useDisplayScript } from '../script/useDisplayScript';
import { reportText } from './reportBlocks';
import { ReportView } from './ReportView';
import { useSectionTracking } from './useSectionTracking';

export interface ReaderHandle {
  /** Moves to the next (1) or previous (-1) section heading. */
  step(direction: 1 | -1): void;
}

interface Props {
  doc: ReportDocument;
  script: Settings['script'];
  fontSize: number;
  hidden: boolean;
  onDocument: (doc: ReportDocument) => void;
  onError: (error: ApiError) => void;
  ref?: Ref<ReaderHandle>;
}

/** The reading view: the outline beside the report column, which scrolls on its own. */
export function Reader({ doc, script, fontSize, hidden, onDocument, onError, ref }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const sourceScript = useMemo(() => detectScript(reportText(doc.title, doc.root)), [doc.title, doc.root]);
  const { convert, lang, loading } = useDisplayScript(script, sourceScript);
  const versionId = doc.version.id;
  const { column, currentId, goTo, step } = useSectionTracking(doc, versionId);
  const [pendingDebris, setPendingDebris] = useState<number | null>(null);

  useImperativeHandle(ref, () => ({ step }), [step]);

  const setRestored = useCallback(
    async (start: number, restored: boolean) => {
      setPendingDebris(start);
      const result = await api.call('debris.setRestored', { versionId, start, restored });
      setPendingDebris(null);
      if (result.ok) onDocument(result.value);
      else onError(result.error);
    },
    [api, versionId, onDocument, onError],
  );
  const onSetRestored = useCallback((start: number, restored: boolean) => void setRestored(start, restored), [setRestored]);

  return (
    <div className="reader" hidden={hidden}>
      <OutlinePanel
        key={versionId}
        root={doc.root}
        currentId={currentId}
        convert={convert}
        lang={lang}
        onSelect={goTo}
      />
      <main ref={column} className="report-scroll" tabIndex={-1} aria-busy={loading || undefined}>
        {loading && (
          <p className="script-loading" role="status">
            {t('reader.scriptLoading')}
          </p>
        )}
        <ReportView
          key={versionId}
          doc={doc}
          convert={convert}
          lang={lang}
          fontSize={fontSize}
          pendingDebris={pendingDebris}
          onSetRestored={onSetRestored}
          t={t}
        />
      </main>
    </div>
  );
}
