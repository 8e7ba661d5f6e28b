/**
 * The workbook style registry: the opinion workbook's formats give byte for byte the style
 * sheet Shenyi's workbooks have always had (so files made before and after open alike), and a
 * layout that asks for another format gets its own index and number format.
 */
import { describe, expect, it } from 'vitest';
import { SpreadsheetStyles } from '../../../main/export/office/spreadsheet-styles';
import { worksheetXml } from '../../../main/export/office/worksheet-xml';
import { SharedStrings } from '../../../main/export/office/shared-strings';

/** xl/styles.xml as the fixed string of earlier releases wrote it. */
const EARLIER_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function opinionWorkbookStyles() {
  const styles = new SpreadsheetStyles({ vertical: 'top' });
  const wrapped = styles.cellFormat({ vertical: 'top', wrap: true });
  const dateTime = styles.cellFormat({ vertical: 'top', numberFormat: 'yyyy-mm-dd hh:mm:ss' });
  const header = styles.cellFormat({ vertical: 'top', bold: true });
  return { styles, wrapped, dateTime, header };
}

describe('the workbook style registry', () => {
  it('writes the opinion workbook’s formats exactly as the earlier fixed style sheet', () => {
    const { styles, wrapped, dateTime, header } = opinionWorkbookStyles();
    expect([wrapped, dateTime, header]).toEqual([1, 2, 3]);
    expect(styles.partXml()).toBe(EARLIER_STYLES_XML);
  });

  it('gives a new format its own index, and the same format asked for again the same one', () => {
    const { styles, wrapped } = opinionWorkbookStyles();
    const date = styles.cellFormat({ numberFormat: 'yyyy-mm-dd' });
    expect(date).toBe(4);
    expect(styles.cellFormat({ vertical: 'top', wrap: true })).toBe(wrapped);
    expect(styles.cellFormat({ numberFormat: 'yyyy-mm-dd' })).toBe(date);
    const xml = styles.partXml();
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>');
    expect(xml).toContain('<cellXfs count="5">');
    expect(xml).toContain('<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
  });

  it('lets a sheet name the registry’s indexes: header cells, date cells, the default left out', () => {
    const { header, dateTime } = opinionWorkbookStyles();
    const layout = { columns: [{ width: 10, style: 0 }, { width: 10, style: 0 }], header: true, headerStyle: header, dateStyle: dateTime, selected: true };
    const xml = [...worksheetXml(layout, [['名称', '时间'], ['甲', new Date(Date.UTC(1970, 0, 2))]], new SharedStrings())].join('');
    expect(xml).toContain(`<c r="A1" s="${header}" t="s">`);
    expect(xml).toContain(`<c r="B2" s="${dateTime}"><v>25570</v></c>`);
    expect(xml).toContain('<c r="A2" t="inlineStr">');
  });
});
