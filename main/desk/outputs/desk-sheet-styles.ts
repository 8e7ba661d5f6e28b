/**
 * The cell formats every desk workbook uses: text set to the top of its cell (rows of a 汇总表
 * run many lines), wrapped where a column holds prose, a bold header, and one date format.
 */
import { SpreadsheetStyles } from '../../export/office/spreadsheet-styles';

export const DESK_STYLES = new SpreadsheetStyles({ vertical: 'top' });
export const DESK_CELL = {
  top: 0,
  wrapped: DESK_STYLES.cellFormat({ vertical: 'top', wrap: true }),
  header: DESK_STYLES.cellFormat({ vertical: 'top', bold: true }),
  dateTime: DESK_STYLES.cellFormat({ vertical: 'top', numberFormat: 'yyyy-mm-dd hh:mm:ss' }),
} as const;
