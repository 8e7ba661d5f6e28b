/**
 * The opinions as an Excel workbook: one row per opinion (the columns of opinion-fields.ts)
 * with a frozen header and an autofilter, and a second sheet saying what the file is. Written
 * with exceljs's streaming writer, row by row, so 100,000 opinions never sit in memory as a
 * workbook model — only the compressed bytes are kept until the file is complete.
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportInput } from './export-input';
import { prepareExport } from './export-context';
import { chineseDate } from './export-time';
import { OPINION_COLUMNS, opinionFields, type FieldValue } from './opinion-fields';
import { delegationWord, WORDS } from './wording';

/** Excel refuses to open a cell holding more characters than this. */
export const XLSX_CELL_LIMIT = 32_767;
const TRUNCATED = '…（超出 Excel 单元格上限，已截断）';

export function cellValue(value: FieldValue): FieldValue {
  if (typeof value !== 'string' || value.length <= XLSX_CELL_LIMIT) return value;
  return value.slice(0, XLSX_CELL_LIMIT - TRUNCATED.length) + TRUNCATED;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

class Collect extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
}

const DATE_COLUMNS = new Set(['创建时间', '更新时间']);
const WRAPPED_COLUMNS = new Set(['引文', '意见正文(纯文本)', '建议改为', '理由']);

export async function buildOpinionXlsx(input: ExportInput): Promise<Uint8Array> {
  const context = prepareExport(input);
  const { out } = context;
  const sink = new Collect();
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = `Shenyi ${input.appVersion}`;
  workbook.created = context.exportedAt;
  workbook.modified = context.exportedAt;

  const sheet = workbook.addWorksheet(out('审议意见'), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }] });
  // Columns (and their widths and styles) must be set before the first row is committed.
  sheet.columns = OPINION_COLUMNS.map((column, i) => ({
    header: out(column.header),
    key: `c${i}`,
    width: column.width,
    style: DATE_COLUMNS.has(column.header)
      ? { numFmt: 'yyyy-mm-dd hh:mm:ss' }
      : WRAPPED_COLUMNS.has(column.header)
        ? { alignment: { wrapText: true, vertical: 'top' } }
        : { alignment: { vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = `A1:${columnLetter(OPINION_COLUMNS.length - 1)}1`;
  sheet.getRow(1).commit();
  // exceljs gives every cell a fresh copy of its column's style, which defeats its style cache
  // and renders the style's XML once per cell; one shared object per column halves the time
  // of a large export and writes the same bytes.
  const styles = OPINION_COLUMNS.map((_, i) => sheet.getColumn(i + 1).style);
  for (const entry of context.entries) {
    const row = sheet.addRow(opinionFields(context, entry, 'date').map(cellValue));
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.style = styles[column - 1]!;
    });
    row.commit();
  }
  sheet.commit();

  const about = workbook.addWorksheet(out('说明'));
  about.columns = [{ width: 16 }, { width: 60 }];
  const { report, profile } = input;
  const lines: [string, string | number][] = [
    ['报告', report.title],
    ['版本', report.versionLabel],
    [WORDS.name, profile.name],
    [delegationWord(profile.role), profile.delegation],
    ['导出日期', chineseDate(context.exportedAt, context.offsetMinutes)],
    ['意见条数', context.entries.length],
    ['导出程序', `Shenyi ${input.appVersion}`],
  ];
  if (context.entries.length === 0) lines.push(['说明', WORDS.noOpinions]);
  for (const [label, value] of lines) about.addRow([out(label), typeof value === 'string' ? out(value) : value]).commit();
  about.commit();

  await workbook.commit();
  await finished;
  return new Uint8Array(Buffer.concat(sink.chunks));
}
