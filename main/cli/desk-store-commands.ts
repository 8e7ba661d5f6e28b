/**
 * `shenyi desk import|tally|clusters|export` and `desk briefing --data-dir`: the clerk's desk on
 * a library, through the API methods the desk workspace calls.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DESK_EXPORT_FORMATS, type DeskExportFormat, type DeskView } from '../api/contract';
import type { IntakeReport } from '../desk/batch-import';
import type { TallyNode } from '../model/desk';
import { readImportFile } from '../import/read-input';
import type { StoreCall } from './store-api';
import { cell, print } from './print';
import { requireOption, UsageError } from './usage';
import { writeFileAtomic } from './write-file-atomic';

export interface DeskStoreOptions {
  report?: string;
  format?: string;
  output?: string;
  anonymous: boolean;
  issue?: string;
  publisher?: string;
  date?: string;
  json: boolean;
}

const INTAKE_EXTENSIONS = new Set(['.json', '.jsonld', '.txt', '.docx']);

/** The files named, a folder's files (and its folders') in name order; hidden files left out. */
export function intakeFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string, named: boolean) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith('.')) visit(join(path, entry), false);
    } else if (named || INTAKE_EXTENSIONS.has(extname(path).toLowerCase())) files.push(path);
  };
  for (const path of paths) visit(path, true);
  return files;
}

function intakeText(report: IntakeReport): string {
  const lines = report.files.map((file) => {
    const counts = `+${file.imported} =${file.unchanged}${file.conflicts > 0 ? ` ≠${file.conflicts}` : ''}`;
    const anchoring = file.anchoring && file.matched === 'passages' ? ` (re-anchored: ${file.anchoring.exact + file.anchoring.moved} found, ${file.anchoring.fuzzy} fuzzy, ${file.anchoring.ambiguous} ambiguous, ${file.anchoring.orphan} not found)` : '';
    return `${file.status}\t${file.fileName}\t${counts}${anchoring}${file.reason && file.status === 'rejected' ? `\t${file.reason}` : ''}`;
  });
  const { accepted, identical, conflict, rejected } = report.counts;
  lines.push(`${report.files.length} files: ${accepted} accepted, ${identical} identical, ${conflict} with conflicts, ${rejected} rejected; ${report.imported} opinions imported`);
  return lines.join('\n');
}

export async function deskImport(api: StoreCall, paths: string[], options: DeskStoreOptions): Promise<void> {
  if (paths.length === 0) throw new UsageError('desk import needs DIR_OR_FILES');
  const files = intakeFiles(paths);
  if (files.length === 0) throw new UsageError(`desk import found no packages (.json) or 简报 (.txt, .docx) in ${paths.join(' ')}`);
  const report = await api('desk.import', {
    ...(options.report !== undefined ? { reportId: options.report } : {}),
    files: files.map((file) => ({ fileName: basename(file), dataBase64: readImportFile(file).toString('base64') })),
  });
  print(report, options.json, () => intakeText(report));
}

async function deskView(api: StoreCall, options: DeskStoreOptions, command: string): Promise<{ reportId: string; versionId: string; view: DeskView }> {
  const reportId = requireOption(options.report, '--report', command);
  const versionId = (await api('report.versions', { reportId })).at(-1)!.id;
  return { reportId, versionId, view: await api('desk.view', { reportId, versionId, filter: {}, limit: 1 }) };
}

function tallyLines(node: TallyNode, depth: number, lines: string[]): void {
  if (node.opinions === 0 && node.level !== 'report') return;
  lines.push(`${'  '.repeat(depth)}${node.label}\t${node.opinions}条\t${node.people}人\t${node.delegations}个代表团`);
  for (const child of node.children) tallyLines(child, depth + 1, lines);
}

export async function deskTally(api: StoreCall, options: DeskStoreOptions): Promise<void> {
  const { view } = await deskView(api, options, 'desk tally');
  const result = { headline: view.headline, tally: view.tally };
  print(result, options.json, () => {
    const lines = [view.headline.line];
    tallyLines(view.tally, 0, lines);
    return lines.join('\n');
  });
}

export async function deskClusters(api: StoreCall, options: DeskStoreOptions): Promise<void> {
  const { reportId, versionId } = await deskView(api, options, 'desk clusters');
  const clusters = await api('desk.clusters', { reportId, versionId });
  print(clusters, options.json, () =>
    [...clusters.confirmed, ...clusters.suggested]
      .map((cluster) => `${cluster.confirmed ? 'confirmed' : `suggested ${cluster.similarity}`}\t${cluster.location}\t${cluster.countsLine}\t${cluster.memberIds.join(',')}${cluster.summary ? `\t${cell(cluster.summary)}` : ''}`)
      .join('\n'),
  );
}

/** What desk export needs, checked before the library is opened. */
export function checkExportOptions(options: DeskStoreOptions): { format: DeskExportFormat; output: string; issue: number | undefined } {
  requireOption(options.report, '--report', 'desk export');
  const format = requireOption(options.format, '--format', 'desk export') as DeskExportFormat;
  if (!DESK_EXPORT_FORMATS.includes(format)) throw new UsageError(`--format takes ${DESK_EXPORT_FORMATS.join('|')} (got ${format})`);
  const output = requireOption(options.output, '-o FILE', 'desk export');
  const issue = options.issue === undefined ? undefined : Number(options.issue);
  if (format === 'briefing-docx' && (issue === undefined || !Number.isInteger(issue) || issue < 1)) throw new UsageError('desk export --format briefing-docx needs --issue N (the 期号)');
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new UsageError(`--date takes YYYY-MM-DD (got ${options.date})`);
  return { format, output, issue };
}

export async function deskExport(api: StoreCall, options: DeskStoreOptions): Promise<void> {
  const { format, output, issue } = checkExportOptions(options);
  const { reportId, versionId } = await deskView(api, options, 'desk export');
  const file = await api('desk.export', {
    reportId,
    versionId,
    format,
    anonymous: options.anonymous,
    ...(format === 'briefing-docx'
      ? { briefing: { name: '会议简报', issue: issue!, publisher: options.publisher ?? '', date: options.date ?? new Date().toISOString().slice(0, 10) } }
      : {}),
  });
  writeFileAtomic(output, Buffer.from(file.dataBase64, 'base64'));
  for (const warning of file.warnings) process.stderr.write(`${warning}\n`);
  print({ file: output, opinions: file.opinionCount, warnings: file.warnings }, options.json, () => `${output}: ${file.opinionCount} opinions`);
}
