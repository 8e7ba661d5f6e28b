import { useCallback, useEffect, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import type { ReportDocument } from '../api/contract';
import { useAnnotationEnvironment, useSession } from '../annotations/AnnotationContext';
import { useStore } from '../app/SnapshotStore';
import { useStores } from '../app/StoresContext';
import { useI18n } from '../i18n/I18nContext';
import { NotesDrawer } from '../notes/NotesDrawer';
import { NotesListPanel } from '../notes/NotesListPanel';
import { TrashPanel } from '../notes/TrashPanel';
import { OutlinePanel } from '../outline/OutlinePanel';
import { OutlineCorrections } from '../outline/OutlineCorrections';
import { SearchPanel } from '../search/SearchPanel';
import { detectScript } from '../script/detectScript';
import { useDisplayScript } from '../script/useDisplayScript';
import { useKeepPlace } from './useKeepPlace';
import { skipTo } from '../app/skipTo';
import { useSentenceKeys } from '../selection/useSentenceKeys';
import { SelectionToolbar, type MarkKind } from '../selection/SelectionToolbar';
import { useReportSelection } from '../selection/useReportSelection';
import { reportText } from './reportBlocks';
import { ReportView } from './ReportView';
import { PlacingBanner, usePlacing } from './PlacingBanner';
import { VersionBar } from '../versions/VersionBar';
import { useNarrowColumn } from './useNarrowColumn';
import { useSectionTracking } from './useSectionTracking';

export type { SidePanel } from './ReaderStore';

export interface ReaderHandle {
  /** Moves to the next (1) or previous (-1) section heading. */
  step(direction: 1 | -1): void;
  /** Marks the current selection; false when nothing is selected. */
  mark(mark: MarkKind | { kind: 'stance-number'; n: number }): boolean;
  /** Places the opinion waiting to be placed by hand on the selection; false when there is none. */
  placeHere(): boolean;
  /** Whether there is a selection the toolbar is offered for. */
  hasSelection(): boolean;
  clearSelection(): void;
}

interface Props {
  /** Another workspace is shown: the reader stays mounted, keeping its place. */
  hidden: boolean;
  ref?: Ref<ReaderHandle>;
}

/**
 * The reading view: the outline (or a panel) beside the report column, which scrolls on its own.
 * What it shows comes from the stores: the report and the panels (ReaderStore), the script and
 * font size (SettingsStore), the annotation session of the report (AnnotationContext).
 */
export function Reader({ hidden, ref }: Props) {
  const stores = useStores();
  const readerState = useStore(stores.reader);
  const { panel, searchFocus, drawerOpen } = readerState;
  // Workspaces renders the reader only once a report is open.
  const doc = readerState.doc as ReportDocument;
  const { script, fontSize } = useStore(stores.settings);
  const session = useSession();
  const { setPanel: onPanel, setDrawer: onDrawer, setNarrow: onNarrow, setDoc: onDocument } = stores.reader;
  const onError = stores.errors.report;
  const { t } = useI18n();
  const { stances, narrow, withProfile } = useAnnotationEnvironment();
  const sourceScript = useMemo(() => detectScript(reportText(doc.title, doc.root)), [doc.title, doc.root]);
  const { convert, lang, loading } = useDisplayScript(script, sourceScript);
  const versionId = doc.version.id;
  const { column, currentId, goTo, step } = useSectionTracking(doc, versionId);
  const [pendingDebris, setPendingDebris] = useState<number | null>(null);
  const selection = useReportSelection(session, column);
  const [marking, setMarking] = useState(false);

  useNarrowColumn(column, onNarrow);
  useKeepPlace(column, fontSize);
  useSentenceKeys(session, column, !hidden);

  // A script change replaces the paragraphs' text nodes: the rows repaint themselves as they
  // re-render, but say so anyway for rows React leaves alone.
  useEffect(() => {
    session?.painter.invalidateAll();
  }, [session, convert]);

  useEffect(() => {
    if (session) session.painter.setStances(stances);
  }, [session, stances]);

  useEffect(() => {
    session?.setRevealCard(() => {
      if (narrow) onDrawer(true);
    });
  }, [session, narrow, onDrawer]);

  const placingId = usePlacing(session);
  useEffect(() => {
    // In a narrow layout the card asking for a place sits in the drawer, over the text.
    if (placingId) onDrawer(false);
  }, [placingId, onDrawer]);

  const placeHere = useCallback((): boolean => {
    const current = selection.current;
    if (!session || !current || !placingId) return false;
    void session.placeHere(current.input);
    selection.clear();
    return true;
  }, [session, selection, placingId]);

  const mark = useCallback(
    (choice: MarkKind | { kind: 'stance-number'; n: number }): boolean => {
      const current = selection.current;
      // While an opinion waits for its place, a selection is for placing it, not for a new note.
      if (!session || !current || marking || placingId) return false;
      let resolved: MarkKind;
      if (choice.kind === 'stance-number') {
        const stance = stances[choice.n - 1];
        if (!stance) return false;
        resolved = { kind: 'stance', stanceId: stance.id };
      } else resolved = choice;
      const input = current.input;
      withProfile(() => {
        setMarking(true);
        void session
          .create(
            resolved.kind === 'suggestion'
              ? { kind: 'passage-suggestion', selection: input, stanceId: null }
              : { kind: 'passage-comment', selection: input, stanceId: resolved.kind === 'stance' ? resolved.stanceId : null },
          )
          .finally(() => setMarking(false));
        selection.clear();
      });
      return true;
    },
    [session, selection, marking, stances, withProfile, placingId],
  );

  useImperativeHandle(
    ref,
    () => ({
      step,
      mark,
      placeHere,
      hasSelection: () => selection.current !== null,
      clearSelection: selection.clear,
    }),
    [step, mark, placeHere, selection],
  );

  const setRestored = useCallback(
    async (start: number, restored: boolean) => {
      setPendingDebris(start);
      await stores.reader.setRestored(versionId, start, restored);
      setPendingDebris(null);
    },
    [stores, versionId],
  );
  const onSetRestored = useCallback((start: number, restored: boolean) => void setRestored(start, restored), [setRestored]);
  const closePanel = useCallback(() => onPanel(null), [onPanel]);

  return (
    <div className={`reader${panel ? ' has-panel' : ''}${narrow ? ' is-narrow' : ''}`} hidden={hidden}>
      <div className="sidebar">
        <div className="sidebar-outline" hidden={panel !== null}>
          <OutlinePanel
            key={versionId}
            root={doc.root}
            corrections={<OutlineCorrections doc={doc} currentId={currentId} convert={convert} onDocument={onDocument} onError={onError} />}
            currentId={currentId}
            convert={convert}
            lang={lang}
            onSelect={goTo}
          />
        </div>
        {session && panel === 'notes' && <NotesListPanel session={session} convert={convert} onClose={closePanel} />}
        {session && panel === 'search' && <SearchPanel session={session} focusRequest={searchFocus} convert={convert} onClose={closePanel} />}
        {session && panel === 'trash' && <TrashPanel session={session} onClose={closePanel} />}
      </div>
      <main ref={column} id="report-column" className="report-scroll" tabIndex={-1} aria-busy={loading || undefined} aria-label={t('reader.reportLabel')}>
        <a className="skip-link" href="#top-bar" data-testid="skip-to-toolbar" onClick={skipTo('.topbar button')}>
          {t('skip.toToolbar')}
        </a>
        {loading && (
          <p className="script-loading" role="status">
            {t('reader.scriptLoading')}
          </p>
        )}
        <VersionBar doc={doc} />
        {session && placingId && <PlacingBanner session={session} opinionId={placingId} />}
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
      {session && narrow && drawerOpen && <NotesDrawer session={session} onClose={() => onDrawer(false)} />}
      {selection.current && session && !hidden && (
        <SelectionToolbar
          selection={selection.current}
          stances={stances}
          busy={marking}
          onMark={(choice) => mark(choice)}
          onPlace={placingId ? () => placeHere() : undefined}
        />
      )}
    </div>
  );
}
