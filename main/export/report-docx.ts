/**
 * The report itself as a Word document carrying the delegate's opinions as Word's own review
 * marks, so a clerk can open it in Word or WPS and accept or reject each one:
 *
 *   - a passage opinion is a comment (w:commentRangeStart … w:commentRangeEnd +
 *     w:commentReference) around the words it is about, by the opinion's author;
 *   - a suggestion is a tracked change — w:del of the words and w:ins of the proposed ones —
 *     with a comment giving the reason;
 *   - a section note is a comment on the section's heading, a report note one on the title;
 *   - an opinion that cannot be placed (orphaned, ambiguous) is a comment on the title marked
 *     未定位, quoting the words it was written about.
 *
 * Ranges may span paragraphs and overlap: every paragraph's text is cut at every boundary of
 * every range in it, and the marks are written between the pieces.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { ExportInput } from './export-input';
import { prepareExport, type ExportContext } from './export-context';
import { ooxmlDate } from './export-time';
import { documentStyles, fontTableOverride, FONTS, pageSetup, SIZE } from './docx-style';
import { reportBlocks, type ReportBlock } from './report-blocks';
import { commentParagraphs, initialsOf } from './report-comments';
import { planReportMarks, type BlockMarks, type Revision } from './report-marks';
import { WORDS } from './wording';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
/** Two characters of 三号 type: the first-line indent of a government document's paragraphs. */
const FIRST_LINE_INDENT = 640;

/** w:id values of comments and of revisions must not collide; revisions count on from the comments. */
class RevisionIds {
  constructor(private next: number) {}
  take(): number {
    return this.next++;
  }
}

function revisionOptions(revision: Revision, ids: RevisionIds, out: (t: string) => string) {
  return { id: ids.take(), author: out(revision.author), date: ooxmlDate(revision.date) };
}

interface MarksAt {
  inserts: BlockMarks['inserts'];
  ends: number[];
  starts: number[];
}

function bucket(marks: BlockMarks): Map<number, MarksAt> {
  const byOffset = new Map<number, MarksAt>();
  const at = (offset: number) => {
    let entry = byOffset.get(offset);
    if (!entry) byOffset.set(offset, (entry = { inserts: [], ends: [], starts: [] }));
    return entry;
  };
  for (const insert of marks.inserts) at(insert.offset).inserts.push(insert);
  for (const end of marks.ends) at(end.offset).ends.push(end.id);
  for (const start of marks.starts) at(start.offset).starts.push(start.id);
  return byOffset;
}

/** The block's text cut at every mark, with the marks between the pieces. */
function markedRuns(text: string, marks: BlockMarks | undefined, boldUntil: number, ids: RevisionIds, out: (t: string) => string): ParagraphChild[] {
  const cuts = new Set<number>([0, text.length]);
  if (boldUntil > 0 && boldUntil < text.length) cuts.add(boldUntil);
  const byOffset = marks ? bucket(marks) : new Map<number, MarksAt>();
  for (const offset of byOffset.keys()) cuts.add(offset);
  // Deletions never overlap (report-marks.ts keeps them apart), so sorted by start they can
  // be walked with one pointer.
  const deletions = [...(marks?.deletions ?? [])].sort((a, b) => a.start - b.start);
  for (const d of deletions) {
    cuts.add(d.start);
    cuts.add(d.end);
  }
  const offsets = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);

  const runs: ParagraphChild[] = [];
  let d = 0;
  offsets.forEach((offset, i) => {
    const here = byOffset.get(offset);
    if (here) {
      // At one offset: proposed words first (so the comment of their suggestion still covers
      // them), then the comments that end, then those that begin.
      for (const insert of here.inserts) {
        runs.push(new InsertedTextRun({ ...revisionOptions(insert.revision, ids, out), text: out(insert.text) }));
      }
      for (const id of here.ends.sort((a, b) => a - b)) runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
      for (const id of here.starts.sort((a, b) => a - b)) runs.push(new CommentRangeStart(id));
    }
    const next = offsets[i + 1];
    if (next === undefined || next <= offset) return;
    const piece = out(text.slice(offset, next));
    const bold = offset < boldUntil || undefined;
    while (d < deletions.length && deletions[d]!.end <= offset) d++;
    const deletion = deletions[d] && deletions[d]!.start <= offset ? deletions[d] : undefined;
    runs.push(deletion ? new DeletedTextRun({ ...revisionOptions(deletion.revision, ids, out), text: piece, bold }) : new TextRun({ text: piece, bold }));
  });
  return runs;
}

function blockParagraph(block: ReportBlock, marks: BlockMarks | undefined, ids: RevisionIds, out: (t: string) => string): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: markedRuns(block.text, marks, 0, ids, out) });
    case 'title-block':
      return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: out(block.text), font: FONTS.heading2 })] });
    case 'heading': {
      const level = HEADINGS[Math.min(Math.max(block.section.level - 1, 0), HEADINGS.length - 1)]!;
      return new Paragraph({ heading: level, children: markedRuns(block.text, marks, 0, ids, out) });
    }
    case 'paragraph':
      return new Paragraph({
        indent: { firstLine: FIRST_LINE_INDENT },
        alignment: AlignmentType.JUSTIFIED,
        ...(marks?.markDeleted ? { run: { deletion: revisionOptions(marks.markDeleted, ids, out) } } : {}),
        children: markedRuns(block.text, marks, block.paragraph.headingLength, ids, out),
      });
  }
}

export function reportDocument(context: ExportContext): Document {
  const { input, out } = context;
  const blocks = reportBlocks(input.root, input.titleBlock ?? []);
  const plan = planReportMarks(context, blocks);
  const ids = new RevisionIds(plan.comments.length);
  const children = blocks.map((block) => blockParagraph(block, plan.blocks.get(block.key), ids, out));
  const comments = plan.comments.map((comment) => {
    const { opinion } = comment.entry;
    const author = out(opinion.author.name);
    return { id: comment.id, author, initials: initialsOf(author), date: new Date(opinion.updatedAt), children: commentParagraphs(context, comment) };
  });
  const count = context.entries.length;
  return new Document({
    title: out(input.report.title),
    creator: out(input.profile.name),
    // Said where a clerk's file browser shows it: an export without opinions is not a mistake.
    description: out(count === 0 ? `审议意见：${WORDS.noOpinions}` : `审议意见：${count} 条（Shenyi ${input.appVersion}）`),
    styles: documentStyles(SIZE.sanhao),
    comments: { children: comments },
    sections: [{ ...pageSetup(), children }],
  });
}

export async function buildReportDocx(input: ExportInput): Promise<Uint8Array> {
  const context = prepareExport(input);
  return new Uint8Array(await Packer.toBuffer(reportDocument(context), false, [fontTableOverride()]));
}
