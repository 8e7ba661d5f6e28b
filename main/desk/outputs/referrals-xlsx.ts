/**
 * 转办清单: a first sheet 汇总 (each department and how many items go to it), then one sheet per
 * department with its items. Sheet names follow Excel's rules: at most 31 characters, none of
 * []:*?/\, and no two alike.
 */
import { SharedStrings } from '../../export/office/shared-strings';
import { worksheetXml, type CellValue, type SheetLayout } from '../../export/office/worksheet-xml';
import { packWorkbook } from '../../export/office/xlsx-package';
import { cellValue } from '../../export/opinion-xlsx';
import { DESK_CELL as CELL, DESK_STYLES as STYLES } from './desk-sheet-styles';
import type { DeskOutputInput } from './output-input';
import { allItems, itemContent, itemDecision, itemPeople, printedWords, summaryParts, type SummaryItem, type SummaryParagraph } from './summary-items';
import { locationText } from './summary-table';


const COLUMNS = ['序号', '报告位置', '意见内容/归纳', '提出人', '人次', '处理说明'];

export function sheetNames(departments: readonly string[]): string[] {
  const used = new Set<string>(['汇总']);
  return departments.map((department) => {
    const base = [...department.replace(/[[\]:*?/\\]/g, '_')].slice(0, 31).join('') || '未注明部门';
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${[...base].slice(0, 31 - String(k).length - 1).join('')}_${k}`;
    used.add(name);
    return name;
  });
}

const layout = (widths: number[], wrapped: Set<number>): SheetLayout => ({
  columns: widths.map((width, i) => ({ width, style: wrapped.has(i) ? CELL.wrapped : CELL.top })),
  header: true,
  headerStyle: CELL.header,
  dateStyle: CELL.dateTime,
  selected: false,
});

export function buildReferralsXlsx(input: DeskOutputInput): Uint8Array {
  const byDepartment = new Map<string, { paragraph: SummaryParagraph; item: SummaryItem }[]>();
  for (const { paragraph, item } of allItems(summaryParts(input))) {
    if (item.kind?.countsAs !== 'referred') continue;
    const department = item.disposition?.department || '未注明部门';
    (byDepartment.get(department) ?? byDepartment.set(department, []).get(department)!).push({ paragraph, item });
  }
  const departments = [...byDepartment.keys()].sort((a, b) => a.localeCompare(b, 'zh'));
  const names = sheetNames(departments);
  const words = printedWords(input);
  const strings = new SharedStrings();
  const summary: CellValue[][] = [['承办部门', '条目数', '工作表'], ...departments.map((department, i): CellValue[] => [department, byDepartment.get(department)!.length, names[i]!])];
  const sheets = [{ name: '汇总', xml: worksheetXml({ ...layout([30, 10, 30], new Set()), selected: true }, summary, strings) }];
  departments.forEach((department, i) => {
    const rows: CellValue[][] = [COLUMNS];
    byDepartment.get(department)!.forEach(({ paragraph, item }, k) =>
      rows.push([String(k + 1), locationText(paragraph), words(itemContent(item)), itemPeople(item, input.anonymous), item.people, words(itemDecision(item).reason)].map((value) => cellValue(value) as CellValue)),
    );
    sheets.push({ name: names[i]!, xml: worksheetXml(layout([7, 26, 50, 24, 6, 24], new Set([1, 2, 3, 5])), rows, strings) });
  });
  return packWorkbook(sheets, strings, STYLES, { creator: 'Shenyi', created: input.generatedAt });
}
