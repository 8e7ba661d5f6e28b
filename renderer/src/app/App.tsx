import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { ApiError, ListedOpinion, Profile, ReportDocument, ReportSummary, Result, Settings, Stance } from '../api/contract';
import { useApi } from '../api/ApiContext';
import type { BootRequests } from './boot';
import { AnnotationContext, AnnotationEnvironmentContext, type AnnotationEnvironment } from '../annotations/AnnotationContext';
import { AnnotationSession } from '../annotations/AnnotationSession';
import { OpinionSaver } from '../annotations/OpinionSaver';
import { preloadEditor } from '../notes/NoteBody';
import { I18nProvider } from '../i18n/I18nProvider';
import { translator } from '../i18n/translate';
import { ErrorBanner } from '../feedback/ErrorBanner';
import { ExportDialog, type ExportDone, type ExportOptions } from '../export/ExportDialog';
import { StatusLine } from '../feedback/StatusLine';
import { ShortcutHelp } from '../help/ShortcutHelp';
import { ChooseDialog } from '../import/ChooseDialog';
import { IMPORT_ACCEPT } from '../import/accept';
import { useImport, type ImportedReports } from '../import/useImport';
import { hasOutlineFindings, OutlineCheckNotice } from '../import/OutlineCheckNotice';
import type { ShortcutAction } from '../keyboard/shortcuts';
import { useShortcuts } from '../keyboard/useShortcuts';
import { LibraryView } from '../library/LibraryView';
import { PackageImportNotice } from '../packages/PackageImportNotice';
import { usePackageImport, type PackageOutcome } from '../packages/usePackageImport';
import { ProfileDialog } from '../profile/ProfileDialog';
import { Reader, type ReaderHandle, type SidePanel } from '../reader/Reader';
import { stepFontSize } from '../settings/fontSize';
import { nextTheme } from '../settings/theme';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { useSettings } from '../settings/useSettings';
import { TopBar } from './TopBar';
import { useShellEvents } from './useShellEvents';
import { useFileDrop } from '../import/useFileDrop';
import { CompareView } from '../versions/CompareView';
import { NewVersionDialog } from '../versions/NewVersionDialog';
import { JobProgressIndicator } from '../jobs/JobProgressIndicator';

type View = 'library' | 'reader' | 'compare';

interface ProfilePrompt {
  firstRun: boolean;
  reason: string | null;
}

export function App({ boot }: { boot: BootRequests }) {
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
  const [outlineCheck, setOutlineCheck] = useState<ImportedReports | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const reader = useRef<ReaderHandle>(null);
  const openRequest = useRef(0);
  const prefetchedList = useRef<{ versionId: string; list: Promise<Result<readonly ListedOpinion[]>> } | null>(null);

  // ---- annotation state: who writes, with which stances, into which report ----
  const [saver] = useState(() => new OpinionSaver(api));
  const [profile, setProfile] = useState<Profile | null>(null);
  const [profilePrompt, setProfilePrompt] = useState<ProfilePrompt | null>(null);
  const afterProfile = useRef<(() => void) | null>(null);
  const [stances, setStances] = useState<Stance[]>([]);
  const [panel, setPanel] = useState<SidePanel | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [narrow, setNarrow] = useState(false);
  const [searchFocus, setSearchFocus] = useState(0);

  // ---- export and opinion packages ----
  const [exportOpen, setExportOpen] = useState(false);
  const [exportOptions, setExportOptions] = useState<ExportOptions | null>(null);
  const [exportDone, setExportDone] = useState<ExportDone | null>(null);
  const [packageOutcome, setPackageOutcome] = useState<PackageOutcome | null>(null);

  // ---- versions: a revised draft coming in, two versions compared ----
  const [newVersionOf, setNewVersionOf] = useState<ReportSummary | null>(null);
  const [comparing, setComparing] = useState<ReportSummary | null>(null);

  useAppliedTheme(settings.theme);
  // App renders the provider, so its own few strings come from a translator of the same locale.
  const t = useMemo(() => translator(settings.locale), [settings.locale]);

  const reloadLibrary = useCallback(async (): Promise<ReportSummary[] | null> => {
    const result = await api.call('library.list', {});
    if (result.ok) setLibrary(result.value);
    else setError(result.error);
    return result.ok ? result.value : null;
  }, [api]);

  /** `latestVersionId`, when the library says which version will open: its opinions are asked for alongside the report. */
  const openReport = useCallback(
    async (reportId: string, latestVersionId?: string) => {
      // Notes being typed in the report on screen are sent before another report replaces it.
      void saver.flushAll();
      // Only the latest request may show its report: a slow open must not replace a later one.
      const request = ++openRequest.current;
      setOpening(true);
      const early = latestVersionId ? { versionId: latestVersionId, list: api.call('opinions.list', { reportId, versionId: latestVersionId }) } : null;
      const result = await api.call('report.open', { reportId });
      if (request !== openRequest.current) return;
      setOpening(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      // The opinions are asked for now at the latest, while React renders the report, not after it.
      const versionId = result.value.version.id;
      prefetchedList.current = early?.versionId === versionId ? early : { versionId, list: api.call('opinions.list', { reportId, versionId }) };
      setDoc(result.value);
      setView('reader');
      updateSettings({ lastReportId: reportId });
    },
    [api, saver, updateSettings],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      const [stored, listed, who, stanceList] = await Promise.all([boot.settings, boot.library, boot.profile, boot.stances]);
      if (!live) return;
      const initial: Settings | null = stored.ok ? stored.value : null;
      if (initial) replaceSettings(initial);
      else if (!stored.ok) setError(stored.error);
      if (who.ok) {
        setProfile(who.value);
        // Asked once, on first run: nobody has said who they are yet.
        if (who.value === null) setProfilePrompt({ firstRun: true, reason: null });
      }
      if (stanceList.ok) setStances(stanceList.value);
      const reports = listed.ok ? listed.value : [];
      if (listed.ok) setLibrary(reports);
      else setError(listed.error);
      // The shell imports the bundled sample on first launch, so a first start opens it here.
      const first = reports.find((report) => report.id === initial?.lastReportId) ?? reports[0];
      if (first) await openReport(first.id, first.latestVersionId);
      if (live) setBooted(true);
    })();
    return () => {
      live = false;
    };
  }, [boot, openReport, replaceSettings]);

  // One annotation session per document shown. Made during render (it has no effects until
  // started), started and dropped here; the saver outlives it, so nothing typed is lost.
  const session = useMemo(() => (doc ? new AnnotationSession({ api, saver, doc, onError: setError }) : null), [api, saver, doc]);
  useEffect(() => {
    if (!session) return;
    session.start();
    const prefetched = prefetchedList.current?.versionId === session.versionId ? prefetchedList.current.list : undefined;
    prefetchedList.current = null;
    void session.load(prefetched);
    const preload = setTimeout(preloadEditor, 500);
    return () => {
      clearTimeout(preload);
      session.dispose();
    };
  }, [session]);
  const liveSession = session;

  useEffect(() => {
    saver.setOnSaved((saved, versionId) => {
      if (liveSession && liveSession.versionId === versionId) liveSession.adopt(saved);
    });
  }, [saver, liveSession]);

  // The last words typed are sent when the page goes away or the window hides, never dropped;
  // coming back refreshes the list (a focused, unsaved editor keeps its own text).
  useEffect(() => {
    const flush = () => void saver.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
      else void liveSession?.load();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saver, liveSession]);

  useEffect(() => {
    if (!alreadyPresent) return;
    const timer = setTimeout(() => setAlreadyPresent(null), 8000);
    return () => clearTimeout(timer);
  }, [alreadyPresent]);

  useEffect(() => {
    if (!exportDone) return;
    const timer = setTimeout(() => setExportDone(null), 12_000);
    return () => clearTimeout(timer);
  }, [exportDone]);

  const onImported = useCallback(
    async (reports: ImportedReports) => {
      await reloadLibrary();
      const first = reports[0];
      if (!first) return;
      if (reports.every((report) => report.alreadyPresent)) setAlreadyPresent(first.title);
      setOutlineCheck(hasOutlineFindings(reports) ? reports : null);
      await openReport(first.reportId);
    },
    [openReport, reloadLibrary],
  );
  const onImportedSync = useCallback((reports: ImportedReports) => void onImported(reports), [onImported]);
  const importer = useImport(api, onImportedSync, setError);

  const onPackageImported = useCallback(
    (outcome: PackageOutcome) => {
      setPackageOutcome(outcome);
      // The clerk sees the opinions at once: the report they belong to opens.
      void reloadLibrary().then(() => openReport(outcome.result.reportId));
    },
    [openReport, reloadLibrary],
  );
  const packages = usePackageImport(api, onPackageImported, setError);
  const onImportPackage = useCallback(
    (file: File) => {
      setError(null);
      setPackageOutcome(null);
      setExportDone(null);
      void packages.importPackage(file);
    },
    [packages],
  );

  const openExport = useCallback(() => {
    if (!doc) return;
    setExportDone(null);
    setExportOptions((options) => options ?? { format: 'docx', scope: 'all', order: 'report', includeOrphans: true, script: settings.script });
    setExportOpen(true);
  }, [doc, settings.script]);
  const shellEvents = useShellEvents(api, saver, openExport);

  const [dropNotice, setDropNotice] = useState(false);
  const onDropFile = useCallback(
    (file: File) => {
      setDropNotice(false);
      if (/\.json$/i.test(file.name)) {
        onImportPackage(file);
        return;
      }
      setError(null);
      setAlreadyPresent(null);
      void importer.importFile(file);
    },
    [importer, onImportPackage],
  );
  const onDropMany = useCallback(() => setDropNotice(true), []);
  const { dragging } = useFileDrop(onDropFile, onDropMany, importer.choice === null && !exportOpen && !importer.busy);
  const closeExport = useCallback(() => setExportOpen(false), []);
  const onExported = useCallback((done: ExportDone) => {
    setExportOpen(false);
    setExportDone(done);
  }, []);

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
    void saver.flushAll();
    setView('library');
    void reloadLibrary();
  }, [reloadLibrary, saver]);

  const onOpenFromLibrary = (report: ReportSummary) => {
    setError(null);
    if (doc && doc.report.id === report.id && doc.version.id === report.latestVersionId) setView('reader');
    else void openReport(report.id, report.latestVersionId);
  };

  const withProfile = useCallback(
    (action: () => void) => {
      if (profile) {
        action();
        return;
      }
      afterProfile.current = action;
      setProfilePrompt({ firstRun: true, reason: t('profile.needed') });
    },
    [profile, t],
  );

  const onProfileSaved = useCallback(
    (saved: Profile) => {
      const wasFirstRun = profilePrompt?.firstRun ?? false;
      setProfile(saved);
      if (wasFirstRun) setProfilePrompt(null);
      const pending = afterProfile.current;
      afterProfile.current = null;
      pending?.();
    },
    [profilePrompt],
  );
  const closeProfile = useCallback(() => {
    afterProfile.current = null;
    setProfilePrompt(null);
  }, []);
  const exportAfterProfile = useCallback(() => {
    // The dialog is modal: it steps aside while the profile is filled in, then comes back.
    setExportOpen(false);
    afterProfile.current = () => setExportOpen(true);
    setProfilePrompt({ firstRun: true, reason: t('export.profileNeeded') });
  }, [t]);
  const toggleProfile = useCallback(() => {
    setProfilePrompt((open) => (open ? null : { firstRun: profile === null, reason: null }));
  }, [profile]);

  const togglePanel = useCallback((next: SidePanel) => setPanel((open) => (open === next ? null : next)), []);
  const openSearch = useCallback(() => {
    setPanel('search');
    setSearchFocus((n) => n + 1);
  }, []);

  const stepFont = (direction: 1 | -1) => updateSettings({ fontSize: stepFontSize(settings.fontSize, direction) });

  const onShortcut = (action: ShortcutAction): boolean => {
    const reading = view === 'reader' && reader.current !== null;
    switch (action) {
      case 'next-section':
      case 'previous-section':
        if (!reading || !reader.current) return false;
        reader.current.step(action === 'next-section' ? 1 : -1);
        return true;
      case 'mark-stance-1':
      case 'mark-stance-2':
      case 'mark-stance-3':
      case 'mark-stance-4':
      case 'mark-stance-5':
        return reading && !!reader.current?.mark({ kind: 'stance-number', n: Number(action.slice(-1)) });
      case 'mark-comment':
        return reading && !!reader.current?.mark({ kind: 'comment' });
      case 'mark-suggestion':
        return reading && !!reader.current?.mark({ kind: 'suggestion' });
      case 'next-note':
      case 'previous-note':
        if (!reading || !liveSession) return false;
        liveSession.step(action === 'next-note' ? 1 : -1);
        return true;
      case 'search':
        if (view !== 'reader' || !liveSession) return false;
        openSearch();
        return true;
      case 'notes-list':
        if (view !== 'reader' || !liveSession) return false;
        togglePanel('notes');
        return true;
      case 'undo':
      case 'redo':
        if (view !== 'reader' || !liveSession) return false;
        void (action === 'undo' ? liveSession.commands.undo() : liveSession.commands.redo());
        return true;
      case 'import':
        pickFile();
        return true;
      case 'export':
        if (view !== 'reader' || !liveSession) return false;
        openExport();
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
        // The innermost thing first: help, the profile popover, the selection, the drawer, a panel.
        if (helpOpen) setHelpOpen(false);
        else if (profilePrompt && !profilePrompt.firstRun) setProfilePrompt(null);
        else if (reader.current?.hasSelection()) reader.current.clearSelection();
        else if (drawerOpen) setDrawerOpen(false);
        else if (panel) setPanel(null);
        else return false;
        return true;
    }
  };
  // A modal dialog owns the keyboard while it is open.
  useShortcuts(onShortcut, importer.choice === null && !exportOpen);

  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const profileId = profile?.id ?? null;
  const script = settings.script;
  const environment = useMemo<AnnotationEnvironment>(
    () => ({ stances, narrow, withProfile, profileId, script }),
    [stances, narrow, withProfile, profileId, script],
  );

  return (
    <I18nProvider locale={settings.locale}>
      <AnnotationContext value={liveSession}>
        <AnnotationEnvironmentContext value={environment}>
          <div className="app">
            <TopBar
              settings={settings}
              view={view}
              importing={importer.busy}
              helpOpen={helpOpen}
              session={liveSession}
              panel={panel}
              narrow={narrow}
              drawerOpen={drawerOpen}
              profile={profile}
              profileOpen={profilePrompt !== null && !profilePrompt.firstRun}
              onLibrary={showLibrary}
              onImport={pickFile}
              onExport={openExport}
              onScript={(script) => updateSettings({ script })}
              onFontStep={stepFont}
              onTheme={() => updateSettings({ theme: nextTheme(settings.theme) })}
              onLocale={(locale) => updateSettings({ locale })}
              onHelp={() => setHelpOpen((open) => !open)}
              onPanel={togglePanel}
              onSearch={() => (panel === 'search' ? setPanel(null) : openSearch())}
              onDrawer={() => setDrawerOpen((open) => !open)}
              onProfile={toggleProfile}
            />
            <JobProgressIndicator />
            <input
              ref={fileInput}
              type="file"
              accept={IMPORT_ACCEPT}
              hidden
              data-testid="import-input"
              onChange={onFileChosen}
            />
            {/* First run asks in a strip above the report, which moves down rather than being covered. */}
            {profilePrompt?.firstRun && (
              <ProfileDialog
                key="first-run"
                profile={profile}
                firstRun
                reason={profilePrompt.reason}
                stances={stances}
                onSaved={onProfileSaved}
                onStances={setStances}
                onClose={closeProfile}
              />
            )}
            <div className="feedback" aria-live="polite">
              {error && (
                <ErrorBanner
                  error={error}
                  onDismiss={() => setError(null)}
                  action={
                    importer.misnamedWord && error.detail?.problem === 'docx-misnamed'
                      ? { label: t('import.readAsWord'), testId: 'read-as-word', run: () => {
                            setError(null);
                            void importer.readAsWord();
                          },
                        }
                      : undefined
                  }
                />
              )}
              {importer.busy && <StatusLine testId="import-progress" text={t('import.progress')} />}
              {opening && doc && <StatusLine testId="open-progress" text={t('app.loading')} />}
              {alreadyPresent && !importer.busy && (
                <StatusLine testId="notice" text={t('import.alreadyPresent', { title: alreadyPresent })} />
              )}
              {outlineCheck && !importer.busy && <OutlineCheckNotice reports={outlineCheck} onDismiss={() => setOutlineCheck(null)} />}
              {packages.busy && <StatusLine testId="package-import-progress" text={t('package.progress')} />}
              {packageOutcome && (
                <PackageImportNotice fileName={packageOutcome.fileName} result={packageOutcome.result} onDismiss={() => setPackageOutcome(null)} />
              )}
              {dropNotice && <StatusLine testId="drop-notice" text={t('drop.oneFile')} />}
              {shellEvents.saveOutcome && (
                <StatusLine
                  testId="export-saved"
                  text={
                    shellEvents.saveOutcome.state === 'completed'
                      ? t('export.saved', { path: shellEvents.saveOutcome.path ?? shellEvents.saveOutcome.fileName })
                      : t(shellEvents.saveOutcome.state === 'cancelled' ? 'export.saveCancelled' : 'export.saveInterrupted', { file: shellEvents.saveOutcome.fileName })
                  }
                />
              )}
              {exportDone && !(shellEvents.saveOutcome && shellEvents.saveOutcome.state !== 'completed') && (
                <StatusLine
                  testId="export-result"
                  text={
                    exportDone.opinionCount > 0
                      ? t('export.done', { file: exportDone.fileName, count: exportDone.opinionCount })
                      : t('export.doneEmpty', { file: exportDone.fileName })
                  }
                />
              )}
            </div>
            <div className="workspace">
              {!doc && (!booted || opening) ? (
                <p className="app-loading" role="status">
                  {t('app.loading')}
                </p>
              ) : (
                view === 'library' && (
                  <LibraryView
                    reports={library}
                    openReportId={doc?.report.id ?? null}
                    onOpen={onOpenFromLibrary}
                    onImportPackage={onImportPackage}
                    packageBusy={packages.busy}
                    onNewVersion={setNewVersionOf}
                    onCompare={(report) => {
                      setComparing(report);
                      setView('compare');
                    }}
                  />
                )
              )}
              {view === 'compare' && comparing && (
                <CompareView key={comparing.id} report={comparing} profile={profile} script={settings.script} onClose={showLibrary} onError={setError} />
              )}
              {doc && (
                <Reader
                  ref={reader}
                  doc={doc}
                  session={liveSession}
                  script={settings.script}
                  fontSize={settings.fontSize}
                  hidden={view !== 'reader'}
                  panel={panel}
                  searchFocus={searchFocus}
                  drawerOpen={drawerOpen}
                  onPanel={setPanel}
                  onDrawer={setDrawerOpen}
                  onNarrow={setNarrow}
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
            {profilePrompt && !profilePrompt.firstRun && (
              <ProfileDialog
                key="edit"
                profile={profile}
                firstRun={profilePrompt.firstRun}
                reason={profilePrompt.reason}
                stances={stances}
                onSaved={onProfileSaved}
                onStances={setStances}
                onClose={closeProfile}
              />
            )}
            {exportOpen && doc && liveSession && exportOptions && (
              <ExportDialog
                key={liveSession.versionId}
                session={liveSession}
                doc={doc}
                profile={profile}
                options={exportOptions}
                onOptions={setExportOptions}
                onDone={onExported}
                onOpenProfile={exportAfterProfile}
                onClose={closeExport}
              />
            )}
            {newVersionOf && (
              <NewVersionDialog
                report={newVersionOf}
                onError={setError}
                onClose={() => setNewVersionOf(null)}
                onImported={(reportId) => {
                  setNewVersionOf(null);
                  void reloadLibrary().then((reports) => {
                    const report = reports?.find((entry) => entry.id === reportId);
                    if (report) {
                      setComparing(report);
                      setView('compare');
                    }
                  });
                }}
              />
            )}
            {helpOpen && <ShortcutHelp onClose={closeHelp} />}
            {dragging && (
              <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
                <p>{t('drop.hint')}</p>
              </div>
            )}
          </div>
        </AnnotationEnvironmentContext>
      </AnnotationContext>
    </I18nProvider>
  );
}
