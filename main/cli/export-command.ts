/**
 * `shenyi export` and `shenyi package import`: a delegate's opinions out to a file, and a
 * delegate's package into a clerk's store, through the API methods the app calls.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../model/export-file';
import { readImportFile } from '../import/read-input';
import { writeFileAtomic } from './write-file-atomic';
import type { StoreCall } from './store-api';
import { print } from './print';
import { requireOption, UsageError } from './usage';

export interface ExportOptions {
  report?: string;
  format?: string;
  output?: string;
  order?: string;
  orphans: boolean;
  adoption: boolean;
  script?: string;
  json: boolean;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} takes ${allowed.join('|')} (got ${value})`);
  return value as T;
}

export async function exportOpinions(api: StoreCall, options: ExportOptions): Promise<void> {
  const reportId = requireOption(options.report, '--report', 'export');
  const format = oneOf<ExportFormat>(requireOption(options.format, '--format', 'export'), EXPORT_FORMATS, '--format', 'docx');
  const output = requireOption(options.output, '-o FILE', 'export');
  const file = await api('export.build', {
    reportId,
    format,
    order: oneOf(options.order, ['report', 'stance'] as const, '--order', 'report'),
    includeOrphans: options.orphans,
    script: oneOf(options.script, ['source', 'hans', 'hant'] as const, '--script', 'source'),
    includeAdoption: options.adoption,
  });
  const bytes = Buffer.from(file.dataBase64, 'base64');
  writeFileAtomic(output, bytes);
  const summary = { file: output, format, opinions: file.opinionCount, bytes: bytes.length };
  print(summary, options.json, () =>
    file.opinionCount === 0 ? `${output}: no opinions to export; the file is valid and says so` : `${output}: ${file.opinionCount} opinions, ${bytes.length} bytes`,
  );
}

export async function importPackageFile(api: StoreCall, path: string, json: boolean): Promise<void> {
  const result = await api('package.import', { fileName: path, dataBase64: readImportFile(path).toString('base64') });
  print(result, json, () =>
    [
      `${path}: ${result.imported} imported, ${result.unchanged} already here, ${result.older} older copies left out, ${result.conflicts} changed, kept beside their original to settle`,
      `report ${result.reportId}, from ${result.author}`,
      ...result.warnings.map((warning) => `warning: ${warning}`),
    ].join('\n'),
  );
}
