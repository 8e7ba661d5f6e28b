/**
 * Export: pure builders from one ExportInput to the files a delegate hands in. None of them
 * touches the store, the file system or Electron; the caller gathers the input and writes
 * the bytes wherever the user chose.
 */
export type { ExportInput, ExportOrder, ExportReport, ExportScript } from './export-input';
export { buildOpinionSheetDocx } from './opinion-sheet-docx';
export { buildReportDocx } from './report-docx';
export { buildOpinionXlsx } from './opinion-xlsx';
export { buildOpinionCsv } from './opinion-csv';
export { buildOpinionMarkdown } from './opinion-markdown';
export { buildOpinionPackage, buildPackageDocument } from './package/build-package';
export { parsePackage, type Package, type PackageWarning } from './package/parse-package';
export { packageToOpinions, type PackageContents } from './package/package-to-opinions';
export { groupOpinions, type OpinionGroup } from './grouping';
export { prepareExport } from './export-context';
