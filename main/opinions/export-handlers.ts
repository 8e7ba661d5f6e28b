/** Exporting opinions: gathered from the store, built by the document layouts, sent as bytes. */
import type { Handlers } from '../api/contract';
import type { Store } from '../store/store';
import type { PdfPrinter } from '../export/pdf-printer';
import type { ExportAdoption } from '../export/export-input';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { buildExport, gatherExportInput } from './export-opinions';

/** `adoptionOf`: what became of the report's opinions in a version (main/versions), for an export that asks. */
export function exportHandlers(
  store: Store,
  readings: ReadingTexts,
  appVersion: string,
  printer: PdfPrinter,
  now: () => Date,
  adoptionOf: (reportId: string, versionId: string) => ExportAdoption,
): Pick<Handlers, 'export.build'> {
  return {
    'export.build': async ({ format, includeAdoption, ...request }) => {
      const gathered = gatherExportInput(store, readings, request, { now, appVersion });
      const input = includeAdoption ? { ...gathered, adoption: adoptionOf(request.reportId, gathered.report.versionId) } : gathered;
      const file = await buildExport(input, format, printer);
      return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64'), opinionCount: file.opinionCount };
    },
  };
}
