/**
 * The library's methods: which reports are here, opening and removing one, its versions,
 * importing a file (untrusted bytes, read in a worker with limits) and the reader's own
 * corrections of how a report was read (debris restored, a line read as a heading or not).
 */
import { readReportFileIsolated } from '../import/read-file-isolated';
import type { Handlers } from '../api/contract';
import type { Store } from '../store/store';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { DomainError } from '../model/errors';
import { describeImport, selectDocuments } from './import-into-store';

type LibraryMethods =
  | 'library.list'
  | 'report.open'
  | 'report.remove'
  | 'report.versions'
  | 'import.file'
  | 'debris.setRestored'
  | 'outline.correctHeading';

export function libraryHandlers(store: Store, readings: ReadingTexts): Pick<Handlers, LibraryMethods> {
  return {
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
    'import.file': async ({ fileName, dataBase64, select, asVersionOf, label }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
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
  };
}

function countSections(section: { children: { children: unknown[] }[] }): number {
  return section.children.reduce((sum, child) => sum + 1 + countSections(child as typeof section), 0);
}
