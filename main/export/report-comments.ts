/**
 * What each Word comment on the report says: a first line naming the stance and kind (and
 * 未定位 with the original place when the opinion could not be placed), the delegate's body as
 * written, and for a suggestion its reason — plus its wording whenever it is not shown as a
 * tracked change.
 */
import { Paragraph, TextRun } from 'docx';
import { stanceNameOf, type ExportContext } from './export-context';
import type { PlannedComment } from './report-marks';
import { SIZE } from './docx-style';
import { richTextToDocx } from './rich-text-docx';
import { KIND_WORDS, STATUS_WORDS, WORDS } from './wording';

const SIZE_COMMENT = SIZE.wuhao;

function line(label: string, text: string, out: (t: string) => string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${out(label)}：`, bold: true, size: SIZE_COMMENT }), new TextRun({ text: out(text), size: SIZE_COMMENT })],
  });
}

export function commentParagraphs(context: ExportContext, comment: PlannedComment): Paragraph[] {
  const { out } = context;
  const { opinion } = comment.entry;
  const head: string[] = [];
  if (comment.unplaced) {
    const status = opinion.resolution?.status;
    head.push(status === 'ambiguous' ? `${WORDS.unplacedMark}${STATUS_WORDS.ambiguous}` : WORDS.unplacedMark);
  }
  const stance = stanceNameOf(context, opinion.stanceId);
  if (stance !== null) head.push(`【${stance}】`);
  head.push(KIND_WORDS[opinion.kind]);
  if (comment.unplaced && opinion.anchor) head.push(`原位置 ${opinion.anchor.path}`);

  const paragraphs = [new Paragraph({ children: [new TextRun({ text: out(head.join(' ')), bold: true, size: SIZE_COMMENT })] })];
  // Words the comment cannot point at in the text are quoted in it.
  if (comment.unplaced && opinion.anchor) paragraphs.push(line(WORDS.original, `“${opinion.anchor.quote.exact}”`, out));
  const suggestion = opinion.suggestion;
  if (suggestion && !comment.tracked) {
    if (!comment.unplaced) paragraphs.push(line(WORDS.original, `“${suggestion.original}”`, out));
    paragraphs.push(line(WORDS.proposed, `“${suggestion.proposed}”`, out));
  }
  if (suggestion && suggestion.reason !== '') paragraphs.push(line(WORDS.reason, suggestion.reason, out));
  paragraphs.push(...richTextToDocx(opinion.body, out, { size: SIZE_COMMENT }));
  if (opinion.tags.length > 0) paragraphs.push(line(WORDS.tags, opinion.tags.join('、'), out));
  return paragraphs;
}

/** Word shows initials on a comment's marker: Latin names give their capitals, Chinese names their first characters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => /^[A-Za-z]/.test(word));
  if (words.length > 1) return words.map((word) => word[0]!.toUpperCase()).join('').slice(0, 4);
  return Array.from(name.trim()).slice(0, 3).join('');
}
