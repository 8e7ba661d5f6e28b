/**
 * drafts.export: the form as a .docx, the same page as PDF, or plain text for an online
 * platform. Refused while a lint error stands (an error the member has not fixed or, where the
 * rule allows it, dismissed with a reason); the platform text's cap and the fonts a page falls
 * back to come back as warnings.
 */
import type { DraftDetail, DraftExportFormat } from '../api/contract';
import type { PdfPrinter } from '../export/pdf-printer';
import { DomainError } from '../model/errors';
import { safeFileNamePart } from '../model/export-file';
import { plainDraft } from './draft-content';
import { headerLine } from './form-profile';
import type { DraftDocumentInput } from './outputs/draft-document';
import { buildDraftDocx, draftFontWarnings } from './outputs/draft-docx';
import { draftHtml } from './outputs/draft-html';
import { platformText } from './outputs/platform-text';

/** The session a form names when the member gives none: the 2026 sessions (第十四届 … 第四次会议). */
const DEFAULT_SESSION = { term: '十四', session: '四' };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function exportDraft(
  detail: DraftDetail,
  format: DraftExportFormat,
  session: { term: string; session: string; place?: string } | undefined,
  printer: PdfPrinter,
  at: Date,
): Promise<{ fileName: string; mime: string; dataBase64: string; warnings: string[] }> {
  const blocking = detail.lint.warnings.filter((warning) => warning.blocking);
  if (blocking.length > 0) {
    throw new DomainError('invalid-input', `The draft cannot be exported while ${blocking.length} lint error(s) stand: ${blocking.map((w) => `${w.ruleId} (${w.message})`).join('; ')}`);
  }
  const { draft, profile } = detail;
  const input: DraftDocumentInput = { draft: plainDraft(draft), profile, header: headerLine(profile, draft.level, session ?? DEFAULT_SESSION), createdAt: at };
  const base = safeFileNamePart(input.draft.title || profile.name);
  switch (format) {
    case 'docx':
      return { fileName: `${base}.docx`, mime: DOCX, dataBase64: (await buildDraftDocx(input)).toString('base64'), warnings: draftFontWarnings() };
    case 'pdf':
      return { fileName: `${base}.pdf`, mime: 'application/pdf', dataBase64: Buffer.from(await printer(draftHtml(input))).toString('base64'), warnings: [] };
    case 'platform-text': {
      const text = platformText(input);
      const warnings = text.overCap ? [`正文${text.characters}字，超过平台上限${text.cap}字`] : [];
      return { fileName: `${base}.txt`, mime: 'text/plain;charset=utf-8', dataBase64: Buffer.from(text.text, 'utf8').toString('base64'), warnings };
    }
  }
}
