/**
 * The feature stores of one app window, made once and wired together here: who reports errors
 * where, and what follows an import. Components reach them through StoresContext.
 */
import type { ShenyiApi } from '../api/contract';
import { OpinionSaver } from '../annotations/OpinionSaver';
import { ExportStore } from '../export/ExportStore';
import { ErrorStore } from '../feedback/ErrorStore';
import { LibraryStore } from '../library/LibraryStore';
import { PackageStore } from '../packages/PackageStore';
import { ProfileStore } from '../profile/ProfileStore';
import { ReaderStore } from '../reader/ReaderStore';
import { SettingsStore } from '../settings/SettingsStore';
import type { BootRequests } from './boot';
import { WorkspaceRouter } from './WorkspaceRouter';

export interface AppStores {
  errors: ErrorStore;
  /** Autosave for opinions: outlives every report view, so nothing typed is lost. */
  saver: OpinionSaver;
  settings: SettingsStore;
  library: LibraryStore;
  profile: ProfileStore;
  reader: ReaderStore;
  exports: ExportStore;
  packages: PackageStore;
  router: WorkspaceRouter;
}

export function createAppStores(api: ShenyiApi): AppStores {
  const errors = new ErrorStore();
  const saver = new OpinionSaver(api);
  const settings = new SettingsStore(api, errors.report);
  const library = new LibraryStore(api, errors.report);
  const profile = new ProfileStore(api);
  const reader = new ReaderStore(api, errors.report);
  const exports = new ExportStore(api);
  const packages = new PackageStore(api, errors.report);
  const router = new WorkspaceRouter({ saver, library, reader, settings, profile, exports });
  library.onImported = (reportId) => void router.openReport(reportId);
  // The clerk sees the opinions at once: the report they belong to opens.
  packages.onImported = (outcome) => void library.reload().then(() => router.openReport(outcome.result.reportId));
  return { errors, saver, settings, library, profile, reader, exports, packages, router };
}

/** Adopts the start-up answers and opens the report last read (or the first; the shell seeds a sample on first launch). */
export async function applyBoot(stores: AppStores, boot: BootRequests, live: () => boolean): Promise<void> {
  const [stored, listed, who, stanceList] = await Promise.all([boot.settings, boot.library, boot.profile, boot.stances]);
  if (!live()) return;
  const initial = stored.ok ? stored.value : null;
  if (initial) stores.settings.replace(initial);
  else if (!stored.ok) stores.errors.report(stored.error);
  stores.profile.adopt(who.ok ? who.value : undefined, stanceList.ok ? stanceList.value : undefined);
  const reports = listed.ok ? listed.value : [];
  if (listed.ok) stores.library.adopt(reports);
  else stores.errors.report(listed.error);
  const first = reports.find((report) => report.id === initial?.lastReportId) ?? reports[0];
  if (first) await stores.router.openReport(first.id, first.latestVersionId);
  if (live()) stores.router.booted();
}
