/**
 * The opinions as an Excel workbook: one row per opinion (the columns of opinion-fields.ts)
 * with a frozen header and an autofilter, and a second sheet saying what the file is. The
 * rows' values are gathered first (in the order the opinions lie in memory: see
 * mapInReportOrder), then written as worksheet XML a row at a time while the zip writer
 * deflates it, so the sheet of 100,000 opinions never exists as one string.
 */
import type { ExportInput } from './export-input';
import { mapInReportOrder, prepareExport, type ExportContext } from './export-context';
import { chineseDate, zoneLabel } from './export-time';
import { columnHeader, opinionColumns, opinionFields, type FieldValue, type OpinionColumn } from './opinion-fields';
import { SharedStrings } from './office/shared-strings';
import { SpreadsheetStyles } from './office/spreadsheet-styles';
import { headerRange, worksheetXml, type CellStyle, type CellValue, type SheetLayout } from './office/worksheet-xml';
import { packWorkbook } from './office/xlsx-package';
import { peopleFields } from './sheet-people';
import { WORDS } from './wording';

/** Excel refuses to open a cell holding more characters than this. */
export const XLSX_CELL_LIMIT = 32_767;
const TRUNCATED = '…（超出 Excel 单元格上限，已截断）';

export function cellValue(value: FieldValue): FieldValue {
  if (typeof value !== 'string' || value.length <= XLSX_CELL_LIMIT) return value;
  return value.slice(0, XLSX_CELL_LIMIT - TRUNCATED.length) + TRUNCATED;
}

/**
 * The workbook's cell formats. Every cell is top-aligned, so a row of short cells beside a long
 * wrapped one reads from its top line; making that the default format (0) lets most cells leave
 * their style out. Asked for once, in this order: the indexes are the same in every workbook.
 */
const STYLES = new SpreadsheetStyles({ vertical: 'top' });
const CELL = {
  top: 0,
  wrapped: STYLES.cellFormat({ vertical: 'top', wrap: true }),
  dateTime: STYLES.cellFormat({ vertical: 'top', numberFormat: 'yyyy-mm-dd hh:mm:ss' }),
  header: STYLES.cellFormat({ vertical: 'top', bold: true }),
} as const;

const DATE_COLUMNS = new Set(['创建时间', '更新时间']);
const WRAPPED_COLUMNS = new Set(['引文', '意见正文(纯文本)', '建议改为', '理由', '采纳情况']);
/** The same few values row after row: one report, one author, a handful of stances and places. */
const REPEATING_COLUMNS = new Set(['报告', '版本', '章节路径', '立场', '类型', '作者', '代表团/界别', '定位状态']);

function columnStyle(header: string): CellStyle {
  if (DATE_COLUMNS.has(header)) return CELL.dateTime;
  return WRAPPED_COLUMNS.has(header) ? CELL.wrapped : CELL.top;
}

function opinionsLayout(columns: OpinionColumn[]): SheetLayout {
  return {
    columns: columns.map((column) => ({ width: column.width, style: columnStyle(column.header), shared: REPEATING_COLUMNS.has(column.header) })),
    header: true,
    headerStyle: CELL.header,
    dateStyle: CELL.dateTime,
    selected: true,
    fitWidth: true,
  };
}

function opinionRows(context: ExportContext): CellValue[][] {
  const header = opinionColumns(context).map((column) => columnHeader(context, column));
  const rows = mapInReportOrder(context, (entry) => {
    const values = opinionFields(context, entry, 'date');
    // In place: a second array per row is garbage to collect, 100,000 times over.
    for (let i = 0; i < values.length; i++) values[i] = cellValue(values[i]!);
    return values;
  });
  return [header, ...rows];
}

function aboutRows(context: ExportContext): CellValue[][] {
  const { input, out } = context;
  const { report } = input;
  const lines: [string, string | number][] = [
    ['报告', report.title],
    ['版本', report.versionLabel],
    ...peopleFields(context.people).map((field): [string, string] => [field.label, field.value]),
    ['导出日期', chineseDate(context.exportedAt, context.offsetMinutes)],
    ['时间', `表中时间均为 ${zoneLabel(context.offsetMinutes)}，与导出时界面显示的时间一致`],
    ['意见条数', context.entries.length],
    ['导出程序', `Shenyi ${input.appVersion}`],
  ];
  if (context.entries.length === 0) lines.push(['说明', WORDS.noOpinions]);
  return lines.map(([label, value]) => [out(label), typeof value === 'string' ? out(value) : value]);
}

const ABOUT_LAYOUT: SheetLayout = {
  columns: [
    { width: 16, style: CELL.top, shared: true },
    { width: 60, style: CELL.top },
  ],
  header: false,
  dateStyle: CELL.dateTime,
  selected: false,
};

/** `context` when the caller has prepared the export already (buildExport, which also counts its entries). */
export async function buildOpinionXlsx(input: ExportInput, context: ExportContext = prepareExport(input)): Promise<Uint8Array> {
  const { out } = context;
  const strings = new SharedStrings();
  const layout = opinionsLayout(opinionColumns(context));
  return packWorkbook(
    [
      { name: out('审议意见'), xml: worksheetXml(layout, opinionRows(context), strings), filter: headerRange(layout) },
      { name: out('说明'), xml: worksheetXml(ABOUT_LAYOUT, aboutRows(context), strings) },
    ],
    strings,
    STYLES,
    { creator: `Shenyi ${input.appVersion}`, created: context.exportedAt },
  );
}
