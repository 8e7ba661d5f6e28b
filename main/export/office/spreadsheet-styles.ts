/**
 * A workbook's style sheet (xl/styles.xml) as a registry: a layout asks for the cell formats it
 * needs — bold, wrapped, a number format — and gets each one's index, which cells and columns
 * then name (s="…"). The fonts, number formats and cellXfs are written from what was asked
 * for, so a new layout adds a format by asking for it instead of editing a fixed style sheet
 * whose indexes every sheet had to know by heart.
 *
 * The first format asked for is cellXfs 0, the one a cell without s="…" has: a layout makes its
 * most common format the default and most cells leave their style out.
 */
import { escapeXml } from './xml-escape';

export interface CellFormat {
  bold?: boolean;
  /** Long text breaks onto several lines within the column's width. */
  wrap?: boolean;
  /** A custom number format, such as "yyyy-mm-dd hh:mm:ss". */
  numberFormat?: string;
  vertical?: 'top' | 'center' | 'bottom';
}

/** The first custom number format id: 0–163 are Excel's built-in ones. */
const FIRST_CUSTOM_FORMAT = 164;

const FONT = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;

export class SpreadsheetStyles {
  private readonly formats: CellFormat[] = [];
  private readonly keys = new Map<string, number>();
  private readonly numberFormats: string[] = [];

  /** The first call sets the default format (index 0). */
  constructor(defaultFormat: CellFormat) {
    this.cellFormat(defaultFormat);
  }

  /** The index of `format` in cellXfs; the same format asked for twice is one entry. */
  cellFormat(format: CellFormat): number {
    const key = JSON.stringify([!!format.bold, !!format.wrap, format.numberFormat ?? null, format.vertical ?? null]);
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.formats.length;
      this.formats.push(format);
      this.keys.set(key, index);
      if (format.numberFormat !== undefined && !this.numberFormats.includes(format.numberFormat)) this.numberFormats.push(format.numberFormat);
    }
    return index;
  }

  /** The style sheet part, with every format asked for so far. */
  partXml(): string {
    // Font 0 is the regular font (Excel's default); bold, when any format asks for it, is font 1.
    const bold = this.formats.some((format) => format.bold);
    const fonts = bold ? [FONT(false), FONT(true)] : [FONT(false)];
    const numFmts = this.numberFormats
      .map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const xfs = this.formats.map((format) => this.xfXml(format)).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts ? `<numFmts count="${this.numberFormats.length}">${numFmts}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      // Fills 0 and 1 are the two Excel reserves (none, gray125); a file without them is repaired.
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.formats.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }

  private xfXml(format: CellFormat): string {
    const numFmtId = format.numberFormat === undefined ? 0 : FIRST_CUSTOM_FORMAT + this.numberFormats.indexOf(format.numberFormat);
    const fontId = format.bold ? 1 : 0;
    const alignment = format.vertical !== undefined || format.wrap;
    const applied =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') + (fontId !== 0 ? ' applyFont="1"' : '') + (alignment ? ' applyAlignment="1"' : '');
    const align = alignment
      ? `<alignment${format.vertical ? ` vertical="${format.vertical}"` : ''}${format.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applied}`;
    return align ? `<xf ${attributes}>${align}</xf>` : `<xf ${attributes}/>`;
  }
}
