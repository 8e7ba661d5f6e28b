import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { ApiError, ReportDocument, ReportSummary, Settings } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { I18nProvider } from '../i18n/I18nProvider';
import { translator } from '../i18n/translate';
import { ErrorBanner } from '../feedback/ErrorBanner';
import { StatusLine } from '../feedback/StatusLine';
import { ShortcutHelp } from '../help/ShortcutHelp';
import { ChooseDialog } from '../import/ChooseDialog';
import { IMPORT_ACCEPT } from '../import/accept';
import { useImport, type ImportedReports } from '../import/useImport';
import type { ShortcutAction } from '../keyboard/shortcuts';
import { useShortcuts } from '../keyboard/useShortcuts';
import { LibraryView } from '../library/LibraryView';
import { Reader, type ReaderHandle } from '../reader/Reader';
import { stepFontSize } from '../settings/fontSize';
import { nextTheme } from '../settings/theme';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { useSettings } from '../settings/useSettings';
import { TopBar } from './TopBar';

type View = 'library' | 'reader';

export function App() {
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const { settings, replace: replaceSettings, update: updateSettings } = useSettings(api, setError);
  const [booted, setBooted] = useState(false);
  const [library, setLibrary] = useState<ReportSummary[]>([]);
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const [view, setView] = useState<View>('library');
  const [opening, setOpening] = useState(false);
  /** Set when an import found every chosen document already in the library. */
  const [alreadyPresent, setAlreadyPresent] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const reader = useRef<ReaderHandle>(null);
  const openRequest = useRef(0);

  useAppliedTheme(settings.theme);

  const reloadLibrary = useCallback(async () => {
    const result = await api.call('library.list', {});
    if (result.ok) setLibrary(result.value);
    else setError(result.error);
  }, [api]);

  const openReport = useCallback(
    async (reportId: string) => {
      // Only the latest request may show its report: a slow open must not replace a later one.
      const request = ++openRequest.current;
      setOpening(true);
      const result = await api.call('report.open', { reportId });
      if (request !== openRequest.current) return;
      setOpening(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setDoc(result.value);
      setView('reader');
      updateSettings({ lastReportId: reportId });
    },
    [api, updateSettings],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      const [stored, listed] = await Promise.all([api.call('settings.get', {}), api.call('library.list', {})]);
      if (!live) return;
      const initial: Settings | null = stored.ok ? stored.value : null;
      if (initial) replaceSettings(initial);
      else if (!stored.ok) setError(stored.error);
      const reports = listed.ok ? listed.value : [];
      if (listed.ok) setLibrary(reports);
      else setError(listed.error);
      // The shell imports the bundled sample on first launch, so a first start opens it here.
      const first = reports.find((report) => report.id === initial?.lastReportId) ?? reports[0];
      if (first) await openReport(first.id);
      if (live) setBooted(true);
    })();
    return () => {
      live = false;
    };
  }, [api, openReport, replaceSettings]);

  useEffect(() => {
    if (!alreadyPresent) return;
    const timer = setTimeout(() => setAlreadyPresent(null), 8000);
    return () => clearTimeout(timer);
  }, [alreadyPresent]);

  const onImported = useCallback(
    async (reports: ImportedReports) => {
      await reloadLibrary();
      const first = reports[0];
      if (!first) return;
      if (reports.every((report) => report.alreadyPresent)) setAlreadyPresent(first.title);
      await openReport(first.reportId);
    },
    [openReport, reloadLibrary],
  );
  const onImportedSync = useCallback((reports: ImportedReports) => void onImported(reports), [onImported]);
  const importer = useImport(api, onImportedSync, setError);

  const pickFile = useCallback(() => {
    if (!importer.busy) fileInput.current?.click();
  }, [importer.busy]);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it, say) still fires a change.
    event.target.value = '';
    if (!file) return;
    setError(null);
    setAlreadyPresent(null);
    void importer.importFile(file);
  };

  useEffect(() => {
    const offImport = api.on('menu.import', () => pickFile());
    const offOpened = api.on('report.opened', ({ reportId }) => {
      void reloadLibrary();
      void openReport(reportId);
    });
    return () => {
      offImport();
      offOpened();
    };
  }, [api, openReport, pickFile, reloadLibrary]);

  const showLibrary = useCallback(() => {
    setView('library');
    void reloadLibrary();
  }, [reloadLibrary]);

  const onOpenFromLibrary = (report: ReportSummary) => {
    setError(null);
    if (doc && doc.report.id === report.id && doc.version.id === report.latestVersionId) setView('reader');
    else void openReport(report.id);
  };

  const stepFont = (direction: 1 | -1) => updateSettings({ fontSize: stepFontSize(settings.fontSize, direction) });

  const onShortcut = (action: ShortcutAction): boolean => {
    switch (action) {
      case 'next-section':
      case 'previous-section':
        if (view !== 'reader' || !reader.current) return false;
        reader.current.step(action === 'next-section' ? 1 : -1);
        return true;
      case 'import':
        pickFile();
        return true;
      case 'font-bigger':
        stepFont(1);
        return true;
      case 'font-smaller':
        stepFont(-1);
        return true;
      case 'library':
        showLibrary();
        return true;
      case 'help':
        setHelpOpen((open) => !open);
        return true;
      case 'dismiss':
        if (!helpOpen) return false;
        setHelpOpen(false);
        return true;
    }
  };
  // A modal dialog owns the keyboard while it is open.
  useShortcuts(onShortcut, importer.choice === null);

  const closeHelp = useCallback(() => setHelpOpen(false), []);
  // App renders the provider, so its own few strings come from a translator of the same locale.
  const t = useMemo(() => translator(settings.locale), [settings.locale]);

  return (
    <I18nProvider locale={settings.locale}>
      <div className="app">
        <TopBar
          settings={settings}
          view={view}
          importing={importer.busy}
          helpOpen={helpOpen}
          onLibrary={showLibrary}
          onImport={pickFile}
          onScript={(script) => updateSettings({ script })}
          onFontStep={stepFont}
          onTheme={() => updateSettings({ theme: nextTheme(settings.theme) })}
          onLocale={(locale) => updateSettings({ locale })}
          onHelp={() => setHelpOpen((open) => !open)}
        />
        <input
          ref={fileInput}
          type="file"
          accept={IMPORT_ACCEPT}
          hidden
          data-testid="import-input"
          onChange={onFileChosen}
        />
        <div className="feedback" aria-live="polite">
          {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
          {importer.busy && <StatusLine testId="import-progress" text={t('import.progress')} />}
          {opening && doc && <StatusLine testId="open-progress" text={t('app.loading')} />}
          {alreadyPresent && !importer.busy && (
            <StatusLine testId="notice" text={t('import.alreadyPresent', { title: alreadyPresent })} />
          )}
        </div>
        <div className="workspace">
          {!doc && (!booted || opening) ? (
            <p className="app-loading" role="status">
              {t('app.loading')}
            </p>
          ) : (
            view === 'library' && (
              <LibraryView reports={library} openReportId={doc?.report.id ?? null} onOpen={onOpenFromLibrary} />
            )
          )}
          {doc && (
            <Reader
              ref={reader}
              doc={doc}
              script={settings.script}
              fontSize={settings.fontSize}
              hidden={view !== 'reader'}
              onDocument={setDoc}
              onError={setError}
            />
          )}
        </div>
        {importer.choice && (
          <ChooseDialog
            key={importer.choice.fileName}
            choice={importer.choice}
            onConfirm={(indices) => void importer.confirmChoice(indices)}
            onCancel={importer.cancelChoice}
          />
        )}
        {helpOpen && <ShortcutHelp onClose={closeHelp} />}
      </div>
    </I18nProvider>
  );
}
