/**
 * The composer: every capability's slice of the handler map, merged into the one map the shells
 * bind (after main/app/guarded-handlers.ts puts the store session in front). Inputs arrive
 * already parsed by dispatch(); results go back as values or DomainErrors.
 */
import { ReadingTexts } from '../anchoring/reading-texts';
import { ListedOpinions } from '../opinions/listed-opinions';
import { deskHandlers } from '../desk/desk-handlers';
import { draftHandlers } from '../proposals/draft-handlers';
import { opinionHandlers } from '../opinions/opinion-handlers';
import { exportHandlers } from '../opinions/export-handlers';
import { libraryHandlers } from '../library/library-handlers';
import { settingsHandlers } from '../settings/settings-handlers';
import { packageHandlers } from '../packages/package-handlers';
import { versionHandlers } from '../versions/version-handlers';
import { exportAdoption } from '../versions/export-adoption';
import { composeSlices, type HandlerContext, type StoreHandlers } from './slices';

export type { HandlerContext, StoreHandlers } from './slices';

export function createHandlers(context: Omit<HandlerContext, 'readings' | 'now'> & { now?: () => Date }): StoreHandlers {
  const { store, shell, version, dataDir, printer, now = () => new Date() } = context;
  // Shared by the slices: restoring debris changes a version's reading text.
  const readings = new ReadingTexts((versionId) => store.reports.paragraphsOf(versionId));
  // Shared by the reading view and the desk: both see a report's opinions resolved in a version.
  const listed = new ListedOpinions(store, readings);
  return composeSlices({
    app: {
      'app.info': () => ({ shell, version, dataDir }),
      // Only the Electron shell has a window to close; it binds its own answer (main/electron/close-guard.ts).
      'window.flushed': () => ({}),
      // Jobs run in the core's host (main/jobs/core-host.ts), which answers a cancel itself; in
      // process (the CLI, tests) there is never a job to cancel.
      'jobs.cancel': () => ({ cancelled: false }),
    },
    library: libraryHandlers(store, readings),
    settings: settingsHandlers(store),
    opinions: opinionHandlers(store, readings, listed),
    // What became of the opinions in a version: the versions capability says, the export writes it.
    export: exportHandlers(store, readings, version, printer, now, (reportId, versionId) => exportAdoption(store, reportId, versionId)),
    packages: packageHandlers(store, readings, now),
    desk: deskHandlers(store, readings, listed, now, version),
    versions: versionHandlers(store, version),
    drafting: draftHandlers(store, readings, printer, now),
  }) as StoreHandlers;
}
