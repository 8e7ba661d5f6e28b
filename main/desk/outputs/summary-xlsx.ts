/**
 * 审议意见汇总表 as an Excel workbook: a title and the headline figures, then one row per item
 * (a cluster's members indented under it as 1.1, 1.2 …) with a frozen header and an autofilter;
 * a second sheet 说明 with the figures' definitions. Rows are written as they are made, so
 * 150,000 opinions never stand as one string.
 */
import { cellValue } from '../../export/opinion-xlsx';
import { SharedStrings } from '../../export/office/shared-strings';
import { worksheetXml, type CellValue, type SheetLayout } from '../../export/office/worksheet-xml';
import { packWorkbook } from '../../export/office/xlsx-package';
import { headlineFigures } from './headline';
import { DESK_CELL as CELL, DESK_STYLES as STYLES } from './desk-sheet-styles';
import type { DeskOutputInput } from './output-input';
import { allItems, summaryParts } from './summary-items';
import { itemRows, SUMMARY_COLUMNS } from './summary-table';


const WIDTHS = [7, 26, 10, 48, 22, 6, 30, 24, 16, 20, 14, 18];
const WRAPPED = new Set([1, 3, 4, 6, 7, 9]);
const SHARED = new Set([2, 8, 10, 11]);

export const summaryTitle = (input: Pick<DeskOutputInput, 'report'>) => `《${input.report.title}》审议意见汇总表`;

function* summaryRows(input: DeskOutputInput): Generator<CellValue[]> {
  yield [...SUMMARY_COLUMNS];
  let number = 0;
  for (const { paragraph, item } of allItems(summaryParts(input))) {
    for (const row of itemRows(++number, paragraph, item, input)) {
      for (let i = 0; i < row.length; i++) row[i] = cellValue(row[i]!) as string | number;
      yield row;
    }
  }
}

export function buildSummaryXlsx(input: DeskOutputInput): Uint8Array {
  const strings = new SharedStrings();
  const layout: SheetLayout = {
    columns: WIDTHS.map((width, i) => ({ width, style: WRAPPED.has(i) ? CELL.wrapped : CELL.top, shared: SHARED.has(i) })),
    header: true,
    headerStyle: CELL.header,
    dateStyle: CELL.dateTime,
    selected: true,
    fitWidth: true,
  };
  const figures = headlineFigures(input);
  const about: SheetLayout = { columns: [{ width: 16, style: CELL.top, shared: true }, { width: 90, style: CELL.wrapped }], header: false, dateStyle: CELL.dateTime, selected: false };
  const aboutRows: CellValue[][] = [
    ['表名', summaryTitle(input)],
    ['版本', input.report.versionLabel],
    ['汇总', figures.line],
    ...figures.definitions.map((definition): CellValue[] => ['口径', definition]),
    ['署名', input.anonymous ? '匿名：只列代表团' : '列出姓名和代表团'],
  ];
  return packWorkbook(
    [
      { name: '审议意见汇总表', xml: worksheetXml(layout, summaryRows(input), strings), filter: `A1:L1` },
      { name: '说明', xml: worksheetXml(about, aboutRows, strings) },
    ],
    strings,
    STYLES,
    { creator: 'Shenyi', created: input.generatedAt },
  );
}
