/**
 * The export formats as the dialog offers them, and the file name it suggests. The name is made
 * as the shell makes it (main/app/export-opinions.ts, suggestFileName): report, document type,
 * author and date. The document type is part of the file's name, not of the interface, so it
 * stays in the documents' own language whatever the UI's.
 */
import type { ExportFormat } from '../api/contract';
import type { MessageKey } from '../i18n/messages';

export interface FormatInfo {
  format: ExportFormat;
  label: MessageKey;
  hint: MessageKey;
  extension: string;
  /** The document type in the suggested file name (as main/app/export-opinions.ts names it). */
  fileLabel: string;
}

export const FORMATS: FormatInfo[] = [
  { format: 'docx', label: 'export.format.docx', hint: 'export.format.docxHint', extension: 'docx', fileLabel: '审议意见表' },
  { format: 'report-docx', label: 'export.format.report-docx', hint: 'export.format.report-docxHint', extension: 'docx', fileLabel: '批注稿' },
  { format: 'xlsx', label: 'export.format.xlsx', hint: 'export.format.xlsxHint', extension: 'xlsx', fileLabel: '意见汇总' },
  { format: 'csv', label: 'export.format.csv', hint: 'export.format.csvHint', extension: 'csv', fileLabel: '意见汇总' },
  { format: 'md', label: 'export.format.md', hint: 'export.format.mdHint', extension: 'md', fileLabel: '审议意见表' },
  { format: 'pdf', label: 'export.format.pdf', hint: 'export.format.pdfHint', extension: 'pdf', fileLabel: '审议意见表' },
  { format: 'json', label: 'export.format.json', hint: 'export.format.jsonHint', extension: 'shenyi.json', fileLabel: '意见包' },
];

export function formatInfo(format: ExportFormat): FormatInfo {
  return FORMATS.find((info) => info.format === format) ?? (FORMATS[0] as FormatInfo);
}

/** Characters no file system accepts in a name, and control characters, are left out. */
function safe(text: string): string {
  return [...text]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(ch))
    .join('')
    .trim()
    .slice(0, 60);
}

export function suggestFileName(title: string, author: string, date: Date, format: ExportFormat): string {
  const info = formatInfo(format);
  const day = date.toISOString().slice(0, 10);
  return `${[safe(title), info.fileLabel, safe(author), day].filter(Boolean).join('-')}.${info.extension}`;
}

/**
 * The name the file is saved under: what the reader typed, made safe, with the format's
 * extension (added when it was removed; a name left empty falls back to the suggestion).
 */
export function finalFileName(typed: string, format: ExportFormat, fallback: string): string {
  const info = formatInfo(format);
  const name = safe(typed.replace(/[\\/]/g, '-')).replace(/^\.+/, '');
  if (name === '') return fallback;
  return name.toLowerCase().endsWith(`.${info.extension}`) ? name : `${name}.${info.extension}`;
}

/** Swaps the extension of a name the reader edited when the format changes. */
export function withExtension(name: string, from: ExportFormat, to: ExportFormat): string {
  const old = `.${formatInfo(from).extension}`;
  const base = name.toLowerCase().endsWith(old) ? name.slice(0, -old.length) : name;
  return `${base}.${formatInfo(to).extension}`;
}
