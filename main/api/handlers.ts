/**
 * The handler map: what each API method does, in terms of the store and the importer.
 * Inputs arrive already parsed by dispatch(); results go back as values or DomainErrors.
 */
import { readReportFileIsolated } from '../import/read-file-isolated';
import type { Store } from '../store/store';
import { describeImport, selectDocuments } from '../app/import-into-store';
import { ReadingTexts } from '../opinions/reading-texts';
import { DEFAULT_SETTINGS, Settings } from './contract';
import type { StoreHandlers } from '../app/guarded-handlers';
import { opinionHandlers } from './opinion-handlers';
import { buildExport, gatherExportInput } from '../app/export-opinions';
import { importPackage } from '../app/import-package';
import { packageText } from '../app/package-text';
import type { PdfPrinter } from '../app/pdf-printer';
import { versionPair } from '../app/stored-version-diff';
import { adoptionBetween, confirmAdoption } from '../app/version-adoption';
import { compareStoredVersions } from '../app/version-comparison';
import { revisionNoteFile } from '../app/revision-note-file';
import { DomainError } from '../model/errors';

export interface HandlerContext {
  store: Store;
  shell: 'electron' | 'browser';
  version: string;
  dataDir: string;
  /** Prints the opinion sheet's HTML to PDF (Electron's printToPDF, or a local Chromium). */
  printer: PdfPrinter;
  now?: () => Date;
}

const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

function readSettings(store: Store): Settings {
  const stored: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    const value = store.reports.getSetting(key);
    if (value !== undefined) stored[key] = value;
  }
  // A value written by another version that no longer fits falls back to the default.
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function createHandlers({ store, shell, version, dataDir, printer, now = () => new Date() }: HandlerContext): StoreHandlers {
  // Shared with the opinion handlers: restoring debris changes a version's reading text.
  const readings = new ReadingTexts((versionId) => store.reports.paragraphsOf(versionId));
  return {
    'app.info': () => ({ shell, version, dataDir }),
    'library.list': () => store.reports.listReports(),
    'report.open': ({ reportId, versionId }) => store.reports.openDocument(reportId, versionId),
    'report.remove': ({ reportId }) => {
      readings.clear();
      return { removed: store.reports.removeReport(reportId) };
    },
    'report.versions': ({ reportId }) => {
      if (!store.reports.hasReport(reportId)) throw new DomainError('not-found', `Report ${reportId} is not in the library`);
      return store.reports.versionsOf(reportId);
    },
    'versions.compare': ({ reportId, fromVersionId, toVersionId, ignoreFormatting }) =>
      compareStoredVersions(store, reportId, versionPair(store, reportId, fromVersionId, toVersionId), ignoreFormatting),
    'versions.adoption': ({ reportId, fromVersionId, toVersionId }) => adoptionBetween(store, reportId, fromVersionId, toVersionId),
    'versions.confirmAdoption': ({ opinionId, toVersionId, status }) => confirmAdoption(store, opinionId, toVersionId, status),
    'versions.note': async ({ reportId, fromVersionId, toVersionId, format }) => {
      const file = await revisionNoteFile(store, reportId, versionPair(store, reportId, fromVersionId, toVersionId), format, version);
      return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64'), opinionCount: file.changeCount };
    },
    'import.file': async ({ fileName, dataBase64, select, asVersionOf, label }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      // Uploaded bytes are untrusted: they are parsed in a worker with memory and time limits.
      const file = await readReportFileIsolated(bytes, fileName);
      const offersChoice = file.documents.length > 1;
      if (offersChoice && select === undefined) {
        return {
          status: 'choose',
          fileName: file.fileName,
          documents: file.documents.map((document, index) => ({
            index,
            title: document.title,
            paragraphCount: document.paragraphCount,
            sectionCount: countSections(document.root),
            duplicateOf: document.duplicateOf,
          })),
        };
      }
      const reports = describeImport(file, store.reports.importFile(file, selectDocuments(file, select ?? [0]), asVersionOf, label));
      return { status: 'imported', reports };
    },
    'debris.setRestored': ({ versionId, start, restored }) => {
      readings.invalidate(versionId);
      return store.reports.setDebrisRestored(versionId, start, restored);
    },
    'outline.correctHeading': ({ versionId, start, asHeading }) => {
      readings.invalidate(versionId);
      return store.reports.setHeadingCorrection(versionId, start, asHeading);
    },
    'settings.get': () => readSettings(store),
    // Only the Electron shell has a window to close; it binds its own answer (main/electron/close-guard.ts).
    'window.flushed': () => ({}),
    // Jobs are cancelled by the host that runs the core (main/jobs/core-host.ts), never here.
    'jobs.cancel': () => ({ cancelled: false }),
    'settings.set': (changes) => {
      const next = Settings.parse({ ...readSettings(store), ...changes });
      store.reports.putSettings(next);
      return next;
    },
    ...opinionHandlers(store, readings),
    'export.build': async ({ format, ...request }) => {
      const input = gatherExportInput(store, readings, request, { now, appVersion: version });
      const file = await buildExport(input, format, printer);
      return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64'), opinionCount: file.opinionCount };
    },
    'package.import': ({ fileName, dataBase64 }) =>
      importPackage(store, readings, packageText(Buffer.from(dataBase64, 'base64'), fileName), fileName, now),
  };
}

function countSections(section: { children: { children: unknown[] }[] }): number {
  return section.children.reduce((sum, child) => sum + 1 + countSections(child as typeof section), 0);
}
