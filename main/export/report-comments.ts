/**
 * What each Word comment on the report says: a first line naming the stance, the kind and the
 * author with their delegation (and 未定位 with the original place when the opinion could not
 * be placed), the delegate's body as
 * written, and for a suggestion its reason — plus its wording whenever it is not shown as a
 * tracked change.
 */
import { stanceNameOf, type ExportContext } from './export-context';
import type { PlannedComment } from './report-marks';
import { SIZE } from './docx-style';
import { richTextToWordml } from './rich-text-docx';
import { paragraph, textRun } from './office/wordml';
import { personText } from './sheet-people';
import { KIND_WORDS, STATUS_WORDS, WORDS } from './wording';

const SIZE_COMMENT = SIZE.wuhao;

function line(label: string, text: string, out: (t: string) => string): string {
  return paragraph(textRun(`${out(label)}：`, { bold: true, size: SIZE_COMMENT }) + textRun(out(text), { size: SIZE_COMMENT }));
}

/** The comment's paragraphs, as WordprocessingML. */
export function commentParagraphs(context: ExportContext, comment: PlannedComment): string {
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
  // Word shows the comment's author by name only; the delegation is said here.
  head.push(personText(opinion.author));

  let xml = paragraph(textRun(out(head.join(' ')), { bold: true, size: SIZE_COMMENT }));
  // Words the comment cannot point at in the text are quoted in it.
  if (comment.unplaced && opinion.anchor) xml += line(WORDS.original, `“${opinion.anchor.quote.exact}”`, out);
  const suggestion = opinion.suggestion;
  if (suggestion && !comment.tracked) {
    if (!comment.unplaced) xml += line(WORDS.original, `“${suggestion.original}”`, out);
    xml += line(WORDS.proposed, `“${suggestion.proposed}”`, out);
    // Said, so a clerk accepting the tracked changes knows this one is still to weigh.
    if (!comment.unplaced) xml += line(WORDS.note, WORDS.overlapping, out);
  }
  if (suggestion && suggestion.reason !== '') xml += line(WORDS.reason, suggestion.reason, out);
  xml += richTextToWordml(opinion.body, out, { size: SIZE_COMMENT });
  if (opinion.tags.length > 0) xml += line(WORDS.tags, opinion.tags.join('、'), out);
  return xml;
}

/** Word shows initials on a comment's marker: Latin names give their capitals, Chinese names their first characters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => /^[A-Za-z]/.test(word));
  if (words.length > 1) return words.map((word) => word[0]!.toUpperCase()).join('').slice(0, 4);
  return Array.from(name.trim()).slice(0, 3).join('');
}
