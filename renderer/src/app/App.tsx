/**
 * The app shell: the feature stores of this window (AppStores.ts), the top bar, the feedback
 * strip, the workspace the router shows (Workspaces.tsx), and the dialogs over it. State lives
 * in the stores; App wires the shell's events, the keyboard and file drops to them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { BootRequests } from './boot';
import { AnnotationContext, AnnotationEnvironmentContext, type AnnotationEnvironment } from '../annotations/AnnotationContext';
import { I18nProvider } from '../i18n/I18nProvider';
import { translator } from '../i18n/translate';
import { ErrorBanner } from '../feedback/ErrorBanner';
import { ExportDialog } from '../export/ExportDialog';
import { StatusLine } from '../feedback/StatusLine';
import { ShortcutHelp } from '../help/ShortcutHelp';
import { ChooseDialog } from '../import/ChooseDialog';
import { ImportInput } from '../import/ImportInput';
import { OutlineCheckNotice } from '../import/OutlineCheckNotice';
import type { ShortcutAction } from '../keyboard/shortcuts';
import { useShortcuts } from '../keyboard/useShortcuts';
import { PackageImportNotice } from '../packages/PackageImportNotice';
import { ProfileDialog } from '../profile/ProfileDialog';
import type { ReaderHandle } from '../reader/Reader';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { TopBar } from './TopBar';
import { useShellEvents } from './useShellEvents';
import { useFileDrop } from '../import/useFileDrop';
import { NewVersionDialog } from '../versions/NewVersionDialog';
import { applyBoot, createAppStores } from './AppStores';
import { useStore } from './SnapshotStore';
import { StoresContext } from './StoresContext';
import { useReaderSession } from './useReaderSession';
import { Workspaces } from './Workspaces';
import { JobProgressIndicator } from '../jobs/JobProgressIndicator';

export function App({ boot }: { boot: BootRequests }) {
  const api = useApi();
  const [stores] = useState(() => createAppStores(api));
  const { errors, saver, settings: settingsStore, library: libraryStore, profile: profileStore, reader: readerStore, exports, packages, router } = stores;
  const settings = useStore(settingsStore);
  const { error } = useStore(errors);
  const library = useStore(libraryStore);
  const { profile, stances, prompt } = useStore(profileStore);
  const { doc, opening, narrow } = useStore(readerStore);
  const exportState = useStore(exports);
  const packageState = useStore(packages);
  const { workspace, helpOpen } = useStore(router);
  const reader = useRef<ReaderHandle>(null);

  useAppliedTheme(settings.theme);
  // App renders the provider, so its own few strings come from a translator of the same locale.
  const t = useMemo(() => translator(settings.locale), [settings.locale]);

  useEffect(() => {
    let live = true;
    void applyBoot(stores, boot, () => live);
    return () => {
      live = false;
    };
  }, [stores, boot]);

  const session = useReaderSession(stores, doc);

  const shellEvents = useShellEvents(api, saver, router.openExport);

  const onImportPackage = useCallback(
    (file: File) => {
      errors.clear();
      exports.clearDone();
      void packages.importPackage(file);
    },
    [errors, exports, packages],
  );

  const [dropNotice, setDropNotice] = useState(false);
  const onDropFile = useCallback(
    (file: File) => {
      setDropNotice(false);
      if (/\.json$/i.test(file.name)) {
        onImportPackage(file);
        return;
      }
      errors.clear();
      void libraryStore.importFile(file);
    },
    [errors, libraryStore, onImportPackage],
  );
  const onDropMany = useCallback(() => setDropNotice(true), []);
  const { dragging } = useFileDrop(onDropFile, onDropMany, library.choice === null && !exportState.open && !library.importing);

  useEffect(() => {
    const offImport = api.on('menu.import', () => libraryStore.requestPick());
    const offOpened = api.on('report.opened', ({ reportId }) => {
      void libraryStore.reload();
      void router.openReport(reportId);
    });
    return () => {
      offImport();
      offOpened();
    };
  }, [api, libraryStore, router]);

  const onShortcut = (action: ShortcutAction): boolean => {
    const inReader = router.is('reader');
    const reading = inReader && reader.current !== null;
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
      case 'confirm':
        return reading && !!reader.current?.placeHere();
      case 'next-note':
      case 'previous-note':
        if (!reading || !session) return false;
        session.step(action === 'next-note' ? 1 : -1);
        return true;
      case 'search':
        if (!inReader || !session) return false;
        readerStore.openSearch();
        return true;
      case 'notes-list':
        if (!inReader || !session) return false;
        readerStore.togglePanel('notes');
        return true;
      case 'undo':
      case 'redo':
        if (!inReader || !session) return false;
        void (action === 'undo' ? session.commands.undo() : session.commands.redo());
        return true;
      case 'import':
        libraryStore.requestPick();
        return true;
      case 'export':
        if (!inReader || !session) return false;
        router.openExport();
        return true;
      case 'font-bigger':
        settingsStore.stepFont(1);
        return true;
      case 'font-smaller':
        settingsStore.stepFont(-1);
        return true;
      case 'library':
        router.showLibrary();
        return true;
      case 'help':
        router.toggleHelp();
        return true;
      case 'dismiss': {
        // The innermost thing first: help, the profile popover, the selection, placing by hand, the drawer, a panel.
        const { drawerOpen, panel } = readerStore.getSnapshot();
        if (router.getSnapshot().helpOpen) router.closeHelp();
        else if (profileStore.popoverOpen()) profileStore.close();
        else if (reader.current?.hasSelection()) reader.current.clearSelection();
        else if (session?.placingId) session.cancelPlacing();
        else if (drawerOpen) readerStore.setDrawer(false);
        else if (panel) readerStore.setPanel(null);
        else return false;
        return true;
      }
    }
  };
  // A modal dialog owns the keyboard while it is open.
  useShortcuts(onShortcut, library.choice === null && !exportState.open);

  const profileId = profile?.id ?? null;
  const script = settings.script;
  const environment = useMemo<AnnotationEnvironment>(
    () => ({ stances, narrow, withProfile: profileStore.withProfile, profileId, script }),
    [stances, narrow, profileStore, profileId, script],
  );
  const saveOutcome = shellEvents.saveOutcome;

  return (
    <StoresContext value={stores}>
      <I18nProvider locale={settings.locale}>
        <AnnotationContext value={session}>
          <AnnotationEnvironmentContext value={environment}>
            <div className="app">
              <TopBar />
              <JobProgressIndicator />
              <ImportInput />
              {/* First run asks in a strip above the report, which moves down rather than being covered. */}
              {prompt?.firstRun && <ProfileDialog key="first-run" />}
              <div className="feedback" aria-live="polite">
                {error && (
                  <ErrorBanner
                    error={error}
                    onDismiss={errors.clear}
                    action={
                      library.misnamedWord && error.detail?.problem === 'docx-misnamed'
                        ? {
                            label: t('import.readAsWord'),
                            testId: 'read-as-word',
                            run: () => {
                              errors.clear();
                              void libraryStore.readAsWord();
                            },
                          }
                        : undefined
                    }
                  />
                )}
                {library.importing && <StatusLine testId="import-progress" text={t('import.progress')} longWork />}
                {opening && doc && <StatusLine testId="open-progress" text={t('app.loading')} />}
                {library.alreadyPresent && !library.importing && (
                  <StatusLine testId="notice" text={t('import.alreadyPresent', { title: library.alreadyPresent })} />
                )}
                {library.outlineCheck && !library.importing && <OutlineCheckNotice reports={library.outlineCheck} onDismiss={libraryStore.dismissOutlineCheck} />}
                {packageState.busy && <StatusLine testId="package-import-progress" text={t('package.progress')} longWork />}
                {packageState.outcome && (
                  <PackageImportNotice fileName={packageState.outcome.fileName} result={packageState.outcome.result} onDismiss={packages.dismiss} />
                )}
                {dropNotice && <StatusLine testId="drop-notice" text={t('drop.oneFile')} />}
                {saveOutcome && (
                  <StatusLine
                    testId="export-saved"
                    text={
                      saveOutcome.state === 'completed'
                        ? t('export.saved', { path: saveOutcome.path ?? saveOutcome.fileName })
                        : t(saveOutcome.state === 'cancelled' ? 'export.saveCancelled' : 'export.saveInterrupted', { file: saveOutcome.fileName })
                    }
                  />
                )}
                {exportState.done && !(saveOutcome && saveOutcome.state !== 'completed') && (
                  <StatusLine
                    testId="export-result"
                    text={
                      exportState.done.opinionCount > 0
                        ? t('export.done', { file: exportState.done.fileName, count: exportState.done.opinionCount })
                        : t('export.doneEmpty', { file: exportState.done.fileName })
                    }
                  />
                )}
              </div>
              <Workspaces workspace={workspace} readerRef={reader} onImportPackage={onImportPackage} />
              {library.choice && (
                <ChooseDialog
                  key={library.choice.fileName}
                  choice={library.choice}
                  onConfirm={(indices) => void libraryStore.confirmChoice(indices)}
                  onCancel={libraryStore.cancelChoice}
                />
              )}
              {prompt && !prompt.firstRun && <ProfileDialog key="edit" />}
              {exportState.open && doc && session && exportState.options && <ExportDialog key={session.versionId} session={session} doc={doc} profile={profile} />}
              {library.newVersionOf && (
                <NewVersionDialog
                  report={library.newVersionOf}
                  onError={errors.report}
                  onClose={() => libraryStore.setNewVersionOf(null)}
                  onImported={(reportId) => {
                    libraryStore.setNewVersionOf(null);
                    void libraryStore.reload().then((reports) => {
                      const report = reports?.find((entry) => entry.id === reportId);
                      if (report) router.compare(report);
                    });
                  }}
                />
              )}
              {helpOpen && <ShortcutHelp onClose={router.closeHelp} />}
              {dragging && (
                <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
                  <p>{t('drop.hint')}</p>
                </div>
              )}
            </div>
          </AnnotationEnvironmentContext>
        </AnnotationContext>
      </I18nProvider>
    </StoresContext>
  );
}
