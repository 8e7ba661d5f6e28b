/** Exporting opinions: gathered from the store, built by the document layouts, sent as bytes. */
import type { Handlers } from '../api/contract';
import type { Store } from '../store/store';
import type { PdfPrinter } from '../export/pdf-printer';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { buildExport, gatherExportInput } from './export-opinions';

export function exportHandlers(store: Store, readings: ReadingTexts, appVersion: string, printer: PdfPrinter, now: () => Date): Pick<Handlers, 'export.build'> {
  return {
    'export.build': async ({ format, ...request }) => {
      const input = gatherExportInput(store, readings, request, { now, appVersion });
      const file = await buildExport(input, format, printer);
      return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64'), opinionCount: file.opinionCount };
    },
  };
}
