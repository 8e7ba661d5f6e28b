/**
 * Exporting a report's opinions: the store gives the input, a pure builder (main/export/)
 * makes the bytes, and the caller writes them (atomically) or hands them to the renderer.
 */
import { createHash } from 'node:crypto';
import {
  buildOpinionCsv,
  buildOpinionMarkdown,
  buildOpinionSheetDocx,
  buildOpinionXlsx,
  buildReportDocx,
  prepareExport,
  type ExportInput,
  type ExportOrder,
  type ExportScript,
} from '../export';
import { buildOpinionPackage } from '../packages/format';
import { DomainError } from '../model/errors';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { viewsIn } from './opinion-views';
import type { Store } from '../store/store';
import { opinionSheetHtml } from './opinion-sheet-html';
import type { PdfPrinter } from '../export/pdf-printer';

import { EXPORT_FILE_TYPES, suggestFileName, type ExportFormat } from '../model/export-file';

export { EXPORT_FORMATS, suggestFileName, type ExportFormat } from '../model/export-file';

export interface ExportRequest {
  reportId: string;
  versionId?: string;
  format: ExportFormat;
  /** Only these opinions (the notes list's filter or a selection); all when absent. */
  opinionIds?: string[];
  order: ExportOrder;
  includeOrphans: boolean;
  script: ExportScript;
  /** The zone the UI shows times in (minutes east of UTC); this machine's when absent. */
  utcOffsetMinutes?: number;
}

export interface ExportResult {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  opinionCount: number;
}

export function gatherExportInput(
  store: Store,
  readings: ReadingTexts,
  request: Omit<ExportRequest, 'format'>,
  options: { now: () => Date; appVersion: string },
): ExportInput {
  const document = store.reports.openDocument(request.reportId, request.versionId);
  const profile = store.profile.get();
  if (!profile) throw new DomainError('invalid-input', 'Set your name (profile) before exporting: the documents carry it');
  const reading = readings.get(document.version.id);
  let opinions = viewsIn(reading, store.opinions.listByReport(request.reportId), readings.originOf, store.anchors.placementsIn(document.version.id));
  if (request.opinionIds) {
    const wanted = new Set(request.opinionIds);
    opinions = opinions.filter((opinion) => wanted.has(opinion.id));
  }
  return {
    report: {
      id: document.report.id,
      title: document.title,
      versionId: document.version.id,
      versionLabel: document.version.label,
      textHash: createHash('sha256').update(reading.text).digest('hex'),
    },
    root: document.root,
    titleBlock: document.titleBlock,
    opinions,
    stances: store.stances.list(),
    profile,
    script: request.script,
    order: request.order,
    includeOrphans: request.includeOrphans,
    now: options.now,
    appVersion: options.appVersion,
    // One rule for every time: the zone the person reading the UI is in.
    utcOffsetMinutes: request.utcOffsetMinutes ?? -options.now().getTimezoneOffset(),
  };
}

export async function buildExport(input: ExportInput, format: ExportFormat, printer: PdfPrinter): Promise<ExportResult> {
  // A Buffer is a Uint8Array: no second copy of a large export.
  const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
  // Prepared once and handed to the builder, which would otherwise prepare its own (placing
  // and sorting 100,000 opinions takes a few hundred milliseconds); the count comes from it too.
  const context = prepareExport(input);
  let bytes: Uint8Array;
  switch (format) {
    case 'docx':
      bytes = await buildOpinionSheetDocx(input, context);
      break;
    case 'report-docx':
      bytes = await buildReportDocx(input, context);
      break;
    case 'xlsx':
      bytes = await buildOpinionXlsx(input, context);
      break;
    case 'csv':
      bytes = utf8(buildOpinionCsv(input, context));
      break;
    case 'md':
      bytes = utf8(buildOpinionMarkdown(input, context));
      break;
    case 'pdf':
      bytes = await printer(opinionSheetHtml(context));
      break;
    case 'json':
      bytes = utf8(buildOpinionPackage(input, context));
      break;
  }
  // Named for whose opinions they are: a clerk's export of one delegate's sheet carries the delegate's name.
  const whose = context.people.owner?.name ?? '多人汇总';
  return {
    // In the export's script, as its words are (简/繁 chosen): the name is what a clerk reads first.
    fileName: context.out(suggestFileName(input.report.title, whose, input.now(), format)),
    mime: EXPORT_FILE_TYPES[format].mime,
    bytes,
    opinionCount: context.entries.length,
  };
}
