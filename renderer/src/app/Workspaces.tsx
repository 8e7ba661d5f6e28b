import type { Ref } from 'react';
import { useStore } from './SnapshotStore';
import { useStores } from './StoresContext';
import type { Workspace } from './WorkspaceRouter';
import { useI18n } from '../i18n/I18nContext';
import { LibraryView } from '../library/LibraryView';
import { Reader, type ReaderHandle } from '../reader/Reader';
import { CompareView } from '../versions/CompareView';
import { DeskWorkspace } from '../desk/DeskWorkspace';

interface Props {
  workspace: Workspace;
  readerRef: Ref<ReaderHandle>;
  onImportPackage: (file: File) => void;
}

/**
 * The workspace the router shows. The reader stays mounted while another workspace is shown
 * (hidden), so coming back keeps the place, the panels and the cards as they were.
 */
export function Workspaces({ workspace, readerRef, onImportPackage }: Props) {
  const { t } = useI18n();
  const { library, reader, router, packages, profile, settings, errors } = useStores();
  const { reports } = useStore(library);
  const { doc, opening } = useStore(reader);
  const { booted } = useStore(router);
  const { busy: packageBusy } = useStore(packages);
  const { profile: who, stances } = useStore(profile);
  const { script } = useStore(settings);

  return (
    <div className="workspace">
      {!doc && (!booted || opening) ? (
        <p className="app-loading" role="status">
          {t('app.loading')}
        </p>
      ) : (
        workspace.kind === 'library' && (
          <LibraryView
            reports={reports}
            openReportId={doc?.report.id ?? null}
            onOpen={(report) => {
              errors.clear();
              router.openFromLibrary(report);
            }}
            onImportPackage={onImportPackage}
            packageBusy={packageBusy}
            onNewVersion={library.setNewVersionOf}
            onCompare={router.compare}
          />
        )
      )}
      {workspace.kind === 'compare' && (
        <CompareView key={workspace.report.id} report={workspace.report} profile={who} script={script} onClose={router.showLibrary} onError={errors.report} />
      )}
      {workspace.kind === 'desk' && doc && <DeskWorkspace key={doc.version.id} doc={doc} stances={stances} script={script} onError={errors.report} />}
      {doc && <Reader ref={readerRef} hidden={workspace.kind !== 'reader'} />}
    </div>
  );
}
