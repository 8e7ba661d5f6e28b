/**
 * One worksheet of SpreadsheetML (ECMA-376 part 1, §18.3) written as text, row by row, as the
 * zip writer asks for it: 100,000 opinions are 1.7 million cells, and a cell written as a
 * string costs a fraction of what exceljs's cell models and their rendering did (issue 4).
 *
 * A column whose values repeat uses the shared-string table; the others' strings are inline
 * (t="inlineStr"): an opinion's own words are unique, and a table of them would only add a
 * lookup per cell. Empty cells are left out; their column's style still applies to them. A
 * date is a serial day number in the date-and-time style, as Excel itself stores one.
 */
import { textElement, type SharedStrings } from './shared-strings';

/** An index into the workbook's cell formats (spreadsheet-styles.ts); 0 is the default. */
export type CellStyle = number;
const DEFAULT_STYLE = 0;

export type CellValue = string | number | Date | null;

export interface SheetColumn {
  /** In characters (a CJK character counts about two). */
  width: number;
  style: CellStyle;
  /** Its values repeat row after row: they go in the shared-string table. */
  shared?: boolean;
}

export interface SheetLayout {
  columns: SheetColumn[];
  /** The first row is a header: frozen in place while the rows scroll, with an autofilter. */
  header: boolean;
  /** The header row's cells' format (bold, say); without it they take their column's. */
  headerStyle?: CellStyle;
  /** The format of every date cell, whatever its column: a date needs a date number format to read as one. */
  dateStyle?: CellStyle;
  /** The sheet shown when the workbook opens. */
  selected: boolean;
  /**
   * Printed on A4 landscape with every column on the page width (as many pages down as the
   * rows need): seventeen columns printed at their widths ran to ten pages for nine opinions.
   */
  fitWidth?: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Day 25569 is 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A (0) … Z, AA …: a column's letters. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The header row's range ("A1:Q1"): where the autofilter sits. */
export const headerRange = (layout: SheetLayout): string => `A1:${columnLetters(layout.columns.length - 1)}1`;

/** ` s="…"`, left out for the default style. */
const styleAttribute = (style: CellStyle) => (style === DEFAULT_STYLE ? '' : ` s="${style}"`);

function cellXml(reference: string, value: CellValue, style: CellStyle, dateStyle: CellStyle, strings: SharedStrings | null): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') {
    if (strings) return `<c r="${reference}"${styleAttribute(style)} t="s"><v>${strings.indexOf(value)}</v></c>`;
    return `<c r="${reference}"${styleAttribute(style)} t="inlineStr"><is>${textElement(value)}</is></c>`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"${styleAttribute(style)}><v>${value}</v></c>` : '';
  return `<c r="${reference}"${styleAttribute(dateStyle)}><v>${UNIX_EPOCH_SERIAL + value.getTime() / MS_PER_DAY}</v></c>`;
}

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const PAGE_MARGINS = '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
/** Part 1 §18.3.1.63: paperSize 9 is A4; fitToHeight 0 lets the rows run on over as many pages as they need. */
const FIT_WIDTH_SETUP = '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
/** Page numbers in the footer (&P of &N), as the Word sheet has. */
const PAGE_FOOTER = '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>';

function sheetViews(layout: SheetLayout): string {
  const selected = layout.selected ? ' tabSelected="1"' : '';
  if (!layout.header) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>'
  );
}

/** The worksheet part: its layout, then `rows` (under the header row when the layout has one). */
export function* worksheetXml(layout: SheetLayout, rows: Iterable<CellValue[]>, strings: SharedStrings): Generator<string> {
  const { columns } = layout;
  const letters = columns.map((_, c) => columnLetters(c));
  let cols = '<cols>';
  columns.forEach((column, c) => {
    const style = column.style === DEFAULT_STYLE ? '' : ` style="${column.style}"`;
    cols += `<col min="${c + 1}" max="${c + 1}" width="${column.width}"${style} customWidth="1"/>`;
  });
  // sheetPr comes first in a worksheet; fitToPage there is what makes pageSetup's fitTo* count.
  const sheetPr = layout.fitWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  yield `${WORKSHEET_OPEN}${sheetPr}${sheetViews(layout)}<sheetFormatPr defaultRowHeight="15"/>${cols}</cols><sheetData>`;
  let r = 0;
  for (const values of rows) {
    r++;
    const header = layout.header && r === 1;
    const row = String(r);
    let xml = `<row r="${row}">`;
    for (let c = 0; c < values.length; c++) {
      const column = columns[c];
      const style = (header ? layout.headerStyle : undefined) ?? column?.style ?? DEFAULT_STYLE;
      xml += cellXml((letters[c] ?? columnLetters(c)) + row, values[c]!, style, layout.dateStyle ?? style, header || column?.shared ? strings : null);
    }
    yield `${xml}</row>`;
  }
  const filter = layout.header ? `<autoFilter ref="${headerRange(layout)}"/>` : '';
  const setup = layout.fitWidth ? FIT_WIDTH_SETUP : '';
  yield `</sheetData>${filter}${PAGE_MARGINS}${setup}${PAGE_FOOTER}</worksheet>`;
}
