/**
 * Export: pure builders from one ExportInput to the files a delegate hands in. None of them
 * touches the store, the file system or Electron; the caller gathers the input and writes
 * the bytes wherever the user chose. The opinion package, an interchange format rather than a
 * document, lives in main/packages/format/.
 */
export type { ExportInput, ExportOrder, ExportReport, ExportScript } from './export-input';
export { buildOpinionSheetDocx } from './opinion-sheet-docx';
export { buildReportDocx } from './report-docx';
export { buildOpinionXlsx } from './opinion-xlsx';
export { buildOpinionCsv } from './opinion-csv';
export { buildOpinionMarkdown } from './opinion-markdown';
export { groupOpinions, type OpinionGroup } from './grouping';
export { prepareExport } from './export-context';
