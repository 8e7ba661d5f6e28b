/**
 * The one-line label over each opinion in the sheet and the Markdown: where it is, its stance,
 * its kind, how surely it was placed, and on a sheet of several people's opinions whose it is
 * ("第12段 · 质疑 · 修改建议 · 李四（北京代表团）"). Grouped by stance, the
 * place carries the section path too, since no section heading stands above it.
 */
import { stanceNameOf, type ExportContext, type ExportEntry } from './export-context';
import { sectionPathText, PATH_SEPARATOR } from './report-outline';
import { entryAuthor } from './sheet-people';
import { KIND_WORDS, STATUS_WORDS, WORDS } from './wording';

export const LABEL_SEPARATOR = ' · ';

export function entryPlace(context: ExportContext, entry: ExportEntry): string {
  const { placement, opinion } = entry;
  const withPath = context.input.order === 'stance';
  switch (placement.kind) {
    case 'report':
      return WORDS.reportNotes;
    case 'unplaced':
      return opinion.anchor ? `${WORDS.unplacedMark}原位置 ${opinion.anchor.path}` : WORDS.unplacedMark;
    case 'section':
      return withPath ? sectionPathText(placement.chain) : '本节';
    case 'passage': {
      const paragraph = WORDS.paragraph(placement.paragraph!.number);
      return withPath && placement.chain.length > 0 ? `${sectionPathText(placement.chain)}${PATH_SEPARATOR}${paragraph}` : paragraph;
    }
  }
}

/** The label's parts, unconverted. */
export function entryLabelParts(context: ExportContext, entry: ExportEntry): string[] {
  const { opinion } = entry;
  const parts = [entryPlace(context, entry)];
  const stance = stanceNameOf(context, opinion.stanceId);
  if (stance !== null) parts.push(stance);
  if (opinion.kind !== 'report-note') parts.push(KIND_WORDS[opinion.kind]);
  // Exact and moved placements need no remark; anything less sure is said out loud (an
  // unplaced one already says 未定位 in its place, so only why: 有歧义).
  const status = opinion.resolution?.status;
  if (status === 'fuzzy') parts.push(STATUS_WORDS.fuzzy);
  if (status === 'ambiguous') parts.push('有歧义');
  // On a sheet of several people's opinions each one says whose it is.
  const author = entryAuthor(context.people, entry);
  if (author !== null) parts.push(author);
  return parts;
}

/** The closing tally line: 共 7 条意见：赞同 2 条，质疑 1 条。 */
export function tallyText(total: number, counts: { name: string; count: number }[]): string {
  if (total === 0) return WORDS.noOpinions;
  const each = counts.map((c) => `${c.name} ${c.count} 条`).join('，');
  return `共 ${total} 条意见：${each}。`;
}
