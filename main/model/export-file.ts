/**
 * The files a delegate can export and how they are named: shared by the shells, which make the
 * files, and the export dialog, which suggests the name before the file exists. The document
 * type is part of the file's name, not of the interface, so it stays in the documents' own
 * language whatever the UI's.
 */
export const EXPORT_FORMATS = ['docx', 'report-docx', 'xlsx', 'csv', 'md', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFileType {
  extension: string;
  mime: string;
  /** The document type in the suggested file name. */
  label: string;
}

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EXPORT_FILE_TYPES: Record<ExportFormat, ExportFileType> = {
  docx: { extension: 'docx', mime: WORD, label: '审议意见表' },
  'report-docx': { extension: 'docx', mime: WORD, label: '批注稿' },
  xlsx: { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: '意见汇总' },
  csv: { extension: 'csv', mime: 'text/csv', label: '意见汇总' },
  md: { extension: 'md', mime: 'text/markdown', label: '审议意见表' },
  pdf: { extension: 'pdf', mime: 'application/pdf', label: '审议意见表' },
  json: { extension: 'shenyi.json', mime: 'application/json', label: '意见包' },
};

/** Bidi embedding, override and isolate controls: in a file name they make `…txt.exe` read as `…exe.txt`. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** A part of a file name with the characters no file system accepts, control and bidi characters, left out. */
export function safeFileNamePart(text: string): string {
  return [...text]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(ch) && !BIDI_CONTROLS.test(ch))
    .join('')
    .trim()
    .slice(0, 60);
}

/** Report, document type, author and date: `晋中市政府工作报告-审议意见表-张三-2026-03-05.docx`. */
export function suggestFileName(title: string, author: string, date: Date, format: ExportFormat): string {
  const type = EXPORT_FILE_TYPES[format];
  const day = date.toISOString().slice(0, 10);
  return `${[safeFileNamePart(title), type.label, safeFileNamePart(author), day].filter(Boolean).join('-')}.${type.extension}`;
}
