/**
 * An .xlsx around worksheets written elsewhere (worksheet-xml.ts): the workbook, its
 * relationships and content types, document properties, the shared strings and the style
 * sheet (both filled by the sheets as they were written). Everything but the sheets and the
 * strings is a few hundred bytes, written here directly.
 */
import type { SharedStrings } from './shared-strings';
import type { SpreadsheetStyles } from './spreadsheet-styles';
import { escapeXml } from './xml-escape';
import { ZipWriter } from './zip-writer';

export interface WorkbookSheet {
  /** At most 31 characters, none of \ / ? * [ ] : (Excel's rule). */
  name: string;
  xml: Iterable<string>;
  /** The sheet's autofilter range ("A1:Q1"), which Excel also names in the workbook. */
  filter?: string;
}

export interface WorkbookProperties {
  creator: string;
  created: Date;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function relationships(targets: { type: string; target: string }[]): string {
  const items = targets.map((item, i) => `<Relationship Id="rId${i + 1}" Type="${item.type}" Target="${item.target}"/>`).join('');
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`).join('');
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

/** A range as a defined name gives it: 'Sheet name'!$A$1:$Q$1. */
function absoluteRange(sheet: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

function workbookXml(sheets: WorkbookSheet[]): string {
  const entries = sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Excel keeps each sheet's autofilter range under this hidden name, and repairs a file without it.
  const names = sheets
    .flatMap((sheet, i) =>
      sheet.filter ? [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(absoluteRange(sheet.name, sheet.filter))}</definedName>`] : [],
    )
    .join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIP}">` +
    `<bookViews><workbookView/></bookViews><sheets>${entries}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '</workbook>'
  );
}

function coreXml(properties: WorkbookProperties): string {
  const when = properties.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeXml(properties.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const APP_XML = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Shenyi</Application></Properties>`;

/**
 * `strings` is the table the sheets' cells point into, written once they all are; `styles` the
 * registry their cells' and columns' formats came from.
 */
export function packWorkbook(sheets: WorkbookSheet[], strings: SharedStrings, styles: SpreadsheetStyles, properties: WorkbookProperties): Uint8Array {
  const zip = new ZipWriter();
  zip.add('[Content_Types].xml', contentTypes(sheets.length));
  zip.add(
    '_rels/.rels',
    relationships([
      { type: `${RELATIONSHIP}/officeDocument`, target: 'xl/workbook.xml' },
      { type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
      { type: `${RELATIONSHIP}/extended-properties`, target: 'docProps/app.xml' },
    ]),
  );
  zip.add('docProps/core.xml', coreXml(properties));
  zip.add('docProps/app.xml', APP_XML);
  zip.add('xl/workbook.xml', workbookXml(sheets));
  zip.add(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...sheets.map((_, i) => ({ type: `${RELATIONSHIP}/worksheet`, target: `worksheets/sheet${i + 1}.xml` })),
      { type: `${RELATIONSHIP}/styles`, target: 'styles.xml' },
      { type: `${RELATIONSHIP}/sharedStrings`, target: 'sharedStrings.xml' },
    ]),
  );
  zip.add('xl/styles.xml', styles.partXml());
  sheets.forEach((sheet, i) => zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheet.xml));
  zip.add('xl/sharedStrings.xml', strings.partXml());
  return zip.finish();
}
