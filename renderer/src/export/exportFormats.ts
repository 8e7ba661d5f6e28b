/**
 * The export formats as the dialog offers them, and the names of their files: the suggestion is
 * the one the shell makes (main/model/export-file.ts), and a name the reader typed keeps the
 * format's extension.
 */
import { EXPORT_FILE_TYPES, EXPORT_FORMATS, safeFileNamePart, type ExportFormat } from '../api/contract';
import type { MessageKey } from '../i18n/messages';

export { suggestFileName } from '../api/contract';

export interface FormatInfo {
  format: ExportFormat;
  label: MessageKey;
  hint: MessageKey;
  extension: string;
}

export const FORMATS: FormatInfo[] = EXPORT_FORMATS.map((format) => ({
  format,
  label: `export.format.${format}`,
  hint: `export.format.${format}Hint`,
  extension: EXPORT_FILE_TYPES[format].extension,
}));

export function formatInfo(format: ExportFormat): FormatInfo {
  return FORMATS.find((info) => info.format === format) ?? (FORMATS[0] as FormatInfo);
}

/**
 * The name the file is saved under: what the reader typed, made safe, with the format's
 * extension (added when it was removed; a name left empty falls back to the suggestion).
 */
export function finalFileName(typed: string, format: ExportFormat, fallback: string): string {
  const info = formatInfo(format);
  const name = safeFileNamePart(typed.replace(/[\\/]/g, '-')).replace(/^\.+/, '');
  if (name === '') return fallback;
  return name.toLowerCase().endsWith(`.${info.extension}`) ? name : `${name}.${info.extension}`;
}

/** Swaps the extension of a name the reader edited when the format changes. */
export function withExtension(name: string, from: ExportFormat, to: ExportFormat): string {
  const old = `.${formatInfo(from).extension}`;
  const base = name.toLowerCase().endsWith(old) ? name.slice(0, -old.length) : name;
  return `${base}.${formatInfo(to).extension}`;
}
