/**
 * Which workspace the shell shows, and the moves between them. A workspace is one role's room:
 * the library, the reader, the versions compare view, the clerk's consolidation desk — and, to
 * come, 提案/建议 drafting, added as one more member of `Workspace` and one more case in
 * Workspaces.tsx. The router also runs the flows that cross features (open a report: flush the
 * notes being typed, open it, remember it).
 */
import type { ReportSummary } from '../api/contract';
import type { OpinionSaver } from '../annotations/OpinionSaver';
import type { ExportStore } from '../export/ExportStore';
import type { LibraryStore } from '../library/LibraryStore';
import type { ProfileStore } from '../profile/ProfileStore';
import type { ReaderStore } from '../reader/ReaderStore';
import type { SettingsStore } from '../settings/SettingsStore';
import { SnapshotStore } from './SnapshotStore';

export type Workspace = { kind: 'library' } | { kind: 'reader' } | { kind: 'compare'; report: ReportSummary } | { kind: 'desk' };

export type WorkspaceKind = Workspace['kind'];

export interface RouterState {
  workspace: Workspace;
  /** Whether the start-up requests have been answered (and the last report opened). */
  booted: boolean;
  /** The shortcut help, over whatever workspace is shown. */
  helpOpen: boolean;
}

interface Features {
  saver: OpinionSaver;
  library: LibraryStore;
  reader: ReaderStore;
  settings: SettingsStore;
  profile: ProfileStore;
  exports: ExportStore;
}

export class WorkspaceRouter extends SnapshotStore<RouterState> {
  private readonly features: Features;

  constructor(features: Features) {
    super({ workspace: { kind: 'library' }, booted: false, helpOpen: false });
    this.features = features;
  }

  is(kind: WorkspaceKind): boolean {
    return this.getSnapshot().workspace.kind === kind;
  }

  booted(): void {
    this.set({ booted: true });
  }

  openReport = async (reportId: string, latestVersionId?: string): Promise<void> => {
    await this.showReport(reportId, latestVersionId ? { latest: latestVersionId } : undefined);
  };

  /** Another version of the report in the reader (the version bar): its opinions are shown on it. */
  openVersion = async (reportId: string, versionId: string): Promise<void> => {
    await this.showReport(reportId, { chosen: versionId });
  };

  private showReport = async (reportId: string, version?: { latest: string } | { chosen: string }): Promise<void> => {
    const { saver, reader, settings } = this.features;
    // Notes being typed in the report on screen are sent before another report replaces it.
    void saver.flushAll();
    const doc = await reader.open(reportId, version);
    if (!doc) return;
    reader.setDoc(doc);
    this.set({ workspace: { kind: 'reader' } });
    settings.update({ lastReportId: reportId });
  };

  /** The library's 打开: back to the report already open, or open it. */
  openFromLibrary = (report: ReportSummary): void => {
    const { doc } = this.features.reader.getSnapshot();
    if (doc && doc.report.id === report.id && doc.version.id === report.latestVersionId) this.set({ workspace: { kind: 'reader' } });
    else void this.openReport(report.id, report.latestVersionId);
  };

  showLibrary = (): void => {
    void this.features.saver.flushAll();
    this.set({ workspace: { kind: 'library' } });
    void this.features.library.reload();
  };

  compare = (report: ReportSummary): void => this.set({ workspace: { kind: 'compare', report } });

  /** 汇总台, over the report being read; notes being typed are sent first, as the desk counts them. */
  showDesk = (): void => {
    if (!this.features.reader.getSnapshot().doc) return;
    void this.features.saver.flushAll();
    this.set({ workspace: { kind: 'desk' } });
  };

  /** Back from the desk to the report as it was left. */
  showReader = (): void => {
    if (this.features.reader.getSnapshot().doc) this.set({ workspace: { kind: 'reader' } });
  };

  /** 导出, for the report being read. */
  openExport = (): void => {
    if (!this.features.reader.getSnapshot().doc) return;
    this.features.exports.openDialog(this.features.settings.getSnapshot().script);
  };

  /** The export dialog is modal: it steps aside while the profile is filled in, then comes back. */
  exportAfterProfile = (): void => {
    const { exports, profile } = this.features;
    exports.close();
    profile.askFor('export.profileNeeded', exports.reopen);
  };

  toggleHelp = (): void => this.set({ helpOpen: !this.getSnapshot().helpOpen });

  closeHelp = (): void => this.set({ helpOpen: false });
}
