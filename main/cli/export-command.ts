/**
 * `shenyi export` and `shenyi package import`: a delegate's opinions out to a file, and a
 * delegate's package into a clerk's store, through the same code the app uses.
 */
import { EXPORT_FORMATS, buildExport, gatherExportInput, type ExportFormat } from '../opinions/export-opinions';
import { importPackage } from '../packages/import-package';
import { packageText } from '../packages/package-text';
import { chromiumPrinter } from '../export/pdf-printer';
import { writeFileAtomic } from './write-file-atomic';
import { ReadingTexts } from '../anchoring/reading-texts';
import type { Store } from '../store/store';
import { readImportFile } from '../import/read-input';
import { print } from './print';
import { requireOption, UsageError } from './usage';

export interface ExportOptions {
  report?: string;
  format?: string;
  output?: string;
  order?: string;
  orphans: boolean;
  script?: string;
  json: boolean;
}

const readingsOf = (store: Store) => new ReadingTexts((versionId) => store.reports.paragraphsOf(versionId));

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} takes ${allowed.join('|')} (got ${value})`);
  return value as T;
}

export async function exportOpinions(store: Store, options: ExportOptions, appVersion: string): Promise<void> {
  const reportId = requireOption(options.report, '--report', 'export');
  const format = oneOf<ExportFormat>(requireOption(options.format, '--format', 'export'), EXPORT_FORMATS, '--format', 'docx');
  const output = requireOption(options.output, '-o FILE', 'export');
  const input = gatherExportInput(
    store,
    readingsOf(store),
    {
      reportId,
      order: oneOf(options.order, ['report', 'stance'] as const, '--order', 'report'),
      includeOrphans: options.orphans,
      script: oneOf(options.script, ['source', 'hans', 'hant'] as const, '--script', 'source'),
    },
    { now: () => new Date(), appVersion },
  );
  const file = await buildExport(input, format, chromiumPrinter());
  writeFileAtomic(output, file.bytes);
  const summary = { file: output, format, opinions: file.opinionCount, bytes: file.bytes.length };
  print(summary, options.json, () =>
    file.opinionCount === 0 ? `${output}: no opinions to export; the file is valid and says so` : `${output}: ${file.opinionCount} opinions, ${file.bytes.length} bytes`,
  );
}

export function importPackageFile(store: Store, path: string, json: boolean): void {
  const text = packageText(readImportFile(path), path);
  const result = importPackage(store, text, path);
  print(result, json, () =>
    [
      `${path}: ${result.imported} imported, ${result.unchanged} already here, ${result.older} older copies left out, ${result.conflicts} changed, kept beside their original to settle`,
      `report ${result.reportId}, from ${result.author}`,
      ...result.warnings.map((warning) => `warning: ${warning}`),
    ].join('\n'),
  );
}
