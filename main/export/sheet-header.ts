/**
 * The header fields of the opinion sheet in every form (Word, Markdown/PDF, the spreadsheet's
 * 说明): whose opinions they are, then the date and the report version.
 */
import type { ExportContext } from './export-context';
import { chineseDate } from './export-time';
import { peopleFields, type HeaderField } from './sheet-people';
import { WORDS } from './wording';

export function sheetHeaderFields(context: ExportContext): HeaderField[] {
  return [
    ...peopleFields(context.people),
    { label: WORDS.date, value: chineseDate(context.exportedAt, context.offsetMinutes) },
    { label: WORDS.version, value: context.input.report.versionLabel },
  ];
}
