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
import type { ExportInput } from './export-input';
import { prepareExport, type ExportContext } from './export-context';
import { ooxmlDate } from './export-time';
import { documentLook, FONTS, headingStyle, SIZE, TITLE_STYLE } from './docx-style';
import { reportBlocks, type ReportBlock } from './report-blocks';
import { commentParagraphs, initialsOf } from './report-comments';
import { planReportMarks, type BlockMarks, type ReportMarks, type Revision } from './report-marks';
import { comment, commentEnd, commentStart, deletedRun, insertedRun, paragraph, textRun, type ReviewMark } from './office/wordml';
import { packWordDocument } from './office/word-package';
import { WORDS } from './wording';

/** Two characters of 三号 type: the first-line indent of a government document's paragraphs. */
const FIRST_LINE_INDENT = 640;

/** w:id values of comments and of revisions must not collide; revisions count on from the comments. */
class RevisionIds {
  constructor(private next: number) {}
  take(): number {
    return this.next++;
  }
}

function reviewMark(revision: Revision, ids: RevisionIds, out: (t: string) => string): ReviewMark {
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
function markedRuns(text: string, marks: BlockMarks | undefined, boldUntil: number, ids: RevisionIds, out: (t: string) => string): string {
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

  let xml = '';
  let d = 0;
  offsets.forEach((offset, i) => {
    const here = byOffset.get(offset);
    if (here) {
      // At one offset: proposed words first (so the comment of their suggestion still covers
      // them), then the comments that end, then those that begin.
      for (const insert of here.inserts) xml += insertedRun(out(insert.text), reviewMark(insert.revision, ids, out));
      for (const id of here.ends.sort((a, b) => a - b)) xml += commentEnd(id);
      for (const id of here.starts.sort((a, b) => a - b)) xml += commentStart(id);
    }
    const next = offsets[i + 1];
    if (next === undefined || next <= offset) return;
    const piece = out(text.slice(offset, next));
    const format = { bold: offset < boldUntil };
    while (d < deletions.length && deletions[d]!.end <= offset) d++;
    const deletion = deletions[d] && deletions[d]!.start <= offset ? deletions[d] : undefined;
    xml += deletion ? deletedRun(piece, reviewMark(deletion.revision, ids, out), format) : textRun(piece, format);
  });
  return xml;
}

function blockParagraph(block: ReportBlock, marks: BlockMarks | undefined, ids: RevisionIds, out: (t: string) => string): string {
  switch (block.kind) {
    case 'title':
      return paragraph(markedRuns(block.text, marks, 0, ids, out), { style: TITLE_STYLE });
    case 'title-block':
      return paragraph(textRun(out(block.text), { font: FONTS.heading2 }), { alignment: 'center' });
    case 'heading':
      return paragraph(markedRuns(block.text, marks, 0, ids, out), { style: headingStyle(block.section.level - 1) });
    case 'paragraph': {
      // The paragraph mark's revision id is taken before its runs', as Word numbers them.
      const markDeleted = marks?.markDeleted ? reviewMark(marks.markDeleted, ids, out) : undefined;
      const runs = markedRuns(block.text, marks, block.paragraph.headingLength, ids, out);
      return paragraph(runs, { indent: { firstLine: FIRST_LINE_INDENT }, alignment: 'both', markDeleted });
    }
  }
}

function* reportBody(context: ExportContext, blocks: ReportBlock[], plan: ReportMarks): Generator<string> {
  const ids = new RevisionIds(plan.comments.length);
  for (const block of blocks) yield blockParagraph(block, plan.blocks.get(block.key), ids, context.out);
}

function* reportComments(context: ExportContext, plan: ReportMarks): Generator<string> {
  for (const planned of plan.comments) {
    const { opinion } = planned.entry;
    const author = context.out(opinion.author.name);
    yield comment({ id: planned.id, author, initials: initialsOf(author), date: ooxmlDate(opinion.updatedAt) }, commentParagraphs(context, planned));
  }
}

/** `context` when the caller has prepared the export already (buildExport, which also counts its entries). */
export async function buildReportDocx(input: ExportInput, context: ExportContext = prepareExport(input)): Promise<Uint8Array> {
  const { out } = context;
  const blocks = reportBlocks(input.root, input.titleBlock ?? []);
  const plan = planReportMarks(context, blocks);
  const count = context.entries.length;
  return packWordDocument(
    {
      title: out(input.report.title),
      creator: out(input.profile.name),
      // Said where a clerk's file browser shows it: an export without opinions is not a mistake.
      description: out(count === 0 ? `审议意见：${WORDS.noOpinions}` : `审议意见：${count} 条（Shenyi ${input.appVersion}）`),
    },
    documentLook(SIZE.sanhao),
    { body: reportBody(context, blocks, plan), comments: plan.comments.length > 0 ? reportComments(context, plan) : null },
  );
}
