/**
 * The opinions as CSV (RFC 4180): one row per opinion, the columns of opinion-fields.ts.
 * UTF-8 with a byte-order mark, because Excel on Chinese Windows opens a CSV without one as
 * GBK and shows mojibake; CRLF line ends and every field that needs it quoted, as RFC 4180 says.
 */
import type { ExportInput } from './export-input';
import { mapInReportOrder, prepareExport, type ExportContext } from './export-context';
import { columnHeader, opinionColumns, opinionFields, type FieldValue } from './opinion-fields';

const BOM = '\uFEFF';

/**
 * A cell that starts with = + - @ (or a tab/CR) is run as a formula when Excel opens a CSV:
 * a delegate's text must never become one in a clerk's spreadsheet (OWASP "CSV injection").
 * A leading apostrophe is what Excel itself uses to say "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `context` when the caller has prepared the export already (buildExport, which also counts its entries). */
export function buildOpinionCsv(input: ExportInput, context: ExportContext = prepareExport(input)): string {
  const header = opinionColumns(context).map((column) => csvField(columnHeader(context, column))).join(',');
  const records = mapInReportOrder(context, (entry) => opinionFields(context, entry, 'text').map(csvField).join(','));
  // RFC 4180: every record, the last one included, ends with CRLF.
  return `${BOM}${[header, ...records].join('\r\n')}\r\n`;
}
