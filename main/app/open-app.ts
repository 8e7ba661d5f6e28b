/**
 * The application core shared by every shell: the store, the importer and the API handlers.
 * Shells (Electron, the browser shell) only add transport; the CLI calls the same pieces.
 */
import { join } from 'node:path';
import type { Handlers, Settings } from '../api/contract';
import { createHandlers } from '../api/handlers';
import { listBackups } from '../store/backups';
import { readOnlyStoreError } from '../store/store-errors';
import { BackupSchedule, backupIntervalMs } from './backup-schedule';
import { guardedHandlers, type StoreHandlers } from './guarded-handlers';
import { StoreSession } from './store-session';
import { readReportFile } from '../import/read-file';
import { readImportFile } from '../import/read-input';
import type { ImportedVersion } from '../store/report-store';
import type { Store } from '../store/store';
import { resourcesDir, SAMPLE_REPORT_FILE } from './data-dir';
import { importIntoStore } from '../library/import-into-store';
import { chromiumPrinter, type PdfPrinter } from '../export/pdf-printer';

export interface AppOptions {
  dataDir: string;
  shell: 'electron' | 'browser';
  version: string;
  /** Import the bundled sample when the library has never held anything (default true). */
  seedSample?: boolean;
  /** How PDF exports are printed: the Electron shell passes its own; a local Chromium otherwise. */
  printer?: PdfPrinter;
  /** Routine backups at most this often while editing (SHENYI_BACKUP_MINUTES, else 15 minutes). */
  backupIntervalMs?: number;
  now?: () => Date;
}

export interface App {
  handlers: Handlers;
  dataDir: string;
  /** The open store; throws `store-failed` when the library file could not be used. */
  readonly store: Store;
  session: StoreSession;
  backups: BackupSchedule;
  importPath(path: string): Promise<ImportedVersion[]>;
  /**
   * Reads and resolves the opinions of the report the window opens first (the last one read),
   * for a shell to call while its window is still loading: the window's own opinions.list then
   * finds them ready. Failing here costs nothing; that call will report whatever is wrong.
   */
  warmUp(): void;
  close(): void;
}

const SAMPLE_SEEDED = 'sampleSeeded';

async function seedSample(store: Store): Promise<void> {
  if (store.reports.getSetting<boolean>(SAMPLE_SEEDED)) return;
  // Once seeded, never again: a user who removed the sample does not want it back.
  if (store.reports.listReports().length === 0) {
    const path = join(resourcesDir(), SAMPLE_REPORT_FILE);
    const parsed = await readReportFile(readImportFile(path), path);
    const imported = store.reports.importFile(parsed, [0]);
    store.reports.putSettings({ lastReportId: imported[0]!.reportId });
  }
  store.reports.putSettings({ [SAMPLE_SEEDED]: true });
}

export async function openApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const session = new StoreSession(options.dataDir, now);
  let inner: StoreHandlers | null = null;
  session.onOpened = (store) => {
    inner = createHandlers({
      store,
      shell: options.shell,
      version: options.version,
      dataDir: options.dataDir,
      printer: options.printer ?? chromiumPrinter(),
      now,
    });
  };
  session.open();
  const schedule = new BackupSchedule(() => session.store, { now, intervalMs: options.backupIntervalMs ?? backupIntervalMs(), log: (m) => console.error(m) });
  const opened = session.store;
  if (opened && opened.readOnly === null) {
    try {
      if (options.seedSample ?? true) await seedSample(opened);
    } catch (error) {
      session.close();
      throw error;
    }
    schedule.onLaunch();
  }
  const handlers = guardedHandlers({
    session,
    schedule,
    inner: () => (session.store ? inner : null),
    listBackups: () => listBackups(options.dataDir).map(({ path: _path, ...summary }) => summary),
  });
  const writableStore = (): Store => {
    const store = session.requireStore();
    if (store.readOnly !== null) throw readOnlyStoreError(store.readOnly);
    return store;
  };
  return {
    handlers,
    dataDir: options.dataDir,
    get store() {
      return session.requireStore();
    },
    session,
    backups: schedule,
    importPath: async (path) => {
      const imported = await importIntoStore(writableStore(), readImportFile(path), path, { select: 'originals' });
      schedule.noteChange();
      return imported;
    },
    warmUp: () => {
      try {
        if (!session.store) return;
        const { lastReportId } = handlers['settings.get']({}) as Settings;
        const store = session.store;
        if (lastReportId && store.reports.hasReport(lastReportId)) {
          void handlers['opinions.list']({ reportId: lastReportId, versionId: store.reports.latestVersionId(lastReportId) });
        }
      } catch {
        // Nothing is lost: the window asks again and shows the error then.
      }
    },
    close: () => {
      schedule.dispose();
      session.close();
    },
  };
}

