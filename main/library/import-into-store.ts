/**
 * Reading a file and storing what the user chose from it: the one path every shell and the
 * CLI use, so a file is parsed completely before anything is written.
 */
import type { ImportedReport, ParsedFile } from '../model/report';
export type { ImportedReport } from '../model/report';
import { readReportFileIsolated } from '../import/read-file-isolated';
import type { ImportedVersion } from '../store/report-store';
import type { Store } from '../store/store';
import { checkDocument, copiesFinding } from '../structure/self-check';

/** 'originals' = every document that is not a copy of an earlier one; 'all'; or indices. */
export type DocumentSelection = 'originals' | 'all' | number[];

export function selectDocuments(file: ParsedFile, selection: DocumentSelection): number[] {
  if (Array.isArray(selection)) return [...new Set(selection)].sort((a, b) => a - b);
  return file.documents.flatMap((document, index) =>
    selection === 'all' || document.duplicateOf === null ? [index] : [],
  );
}

/** The self-check runs on every import: each stored document carries its findings. */
export function describeImport(file: ParsedFile, imported: ImportedVersion[]): ImportedReport[] {
  const chosen = new Set(imported.map((entry) => entry.document));
  return imported.map((entry) => {
    const findings = checkDocument(file.documents[entry.document]!, entry.document);
    const copies = copiesFinding(file, entry.document);
    const { original } = entry.copies;
    return {
      ...entry,
      findings: copies ? [...findings, copies] : findings,
      encoding: file.encoding,
      encodingNote: file.encodingNote ?? null,
      copiesLeftOut: file.documents.flatMap((document, index) =>
        !chosen.has(index) && (index === original || document.duplicateOf === original) ? [index] : [],
      ),
    };
  });
}

export async function importIntoStore(
  store: Store,
  bytes: Uint8Array,
  path: string,
  options: {
    select: DocumentSelection;
    asVersionOf?: string;
    /** The draft's name in the report's chain (征求意见稿, 提请审议稿, 修改稿); v1, v2… when absent. */
    label?: string;
    read?: (bytes: Uint8Array, path: string) => Promise<ParsedFile>;
  },
): Promise<ImportedReport[]> {
  // The file is untrusted: by default it is parsed in a worker with memory and time limits.
  const read = options.read ?? ((fileBytes: Uint8Array, filePath: string) => readReportFileIsolated(fileBytes, filePath));
  const file = await read(bytes, path);
  return describeImport(file, store.reports.importFile(file, selectDocuments(file, options.select), options.asVersionOf, options.label));
}
