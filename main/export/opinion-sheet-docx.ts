/**
 * The formal opinion sheet (代表审议意见表) as a Word document: whose opinions they are (see
 * sheet-people.ts), the date and version, then the opinions grouped as opinion grouping says — 总体意见, the report's own
 * sections (一、 → （三） → 第N段) or stances, and 未定位的意见 — each with the words it is about,
 * its stance, its body as written, and for a suggestion a 原文 / 建议改为 / 理由 table; a
 * tally by stance closes it.
 */
import type { ExportInput } from './export-input';
import { prepareExport, type ExportContext, type ExportEntry } from './export-context';
import { entryLabelParts, LABEL_SEPARATOR, tallyText } from './entry-label';
import { countByStance, groupHeadings, groupOpinions } from './grouping';
import { CONTENT_WIDTH, documentLook, headingStyle, LABEL_STYLE, NOTE_STYLE, QUOTE_STYLE, SIZE, TITLE_STYLE } from './docx-style';
import { richTextToWordml } from './rich-text-docx';
import { paragraph, table, textRun, type TableRow } from './office/wordml';
import { packWordDocument } from './office/word-package';
import { sheetHeaderFields } from './sheet-header';
import { sheetTitle } from './sheet-people';
import { WORDS } from './wording';
import { adoptionCell, adoptionLabel } from './opinion-fields';

/** A cell's text, one paragraph per line. */
function cellContent(text: string, header: boolean): string {
  return text
    .split('\n')
    .map((line) => paragraph(textRun(line, { bold: header, size: SIZE.xiaosi })))
    .join('');
}

/** A grid of texts; the first row is a repeated header row when `headerRow`, and `headerColumns` are shaded and bold. */
function textTable(rows: string[][], widths: number[], headerColumns: Set<number>, headerRow: boolean): string {
  const tableRows: TableRow[] = rows.map((row, r) => ({
    header: headerRow && r === 0,
    cells: row.map((text, c) => {
      const header = (headerRow && r === 0) || headerColumns.has(c);
      return { content: cellContent(text, header), shaded: header };
    }),
  }));
  return table(CONTENT_WIDTH, widths, tableRows);
}

function headerBlock(context: ExportContext): string {
  const { out, input } = context;
  const quarter = Math.floor(CONTENT_WIDTH / 8);
  const widths = [quarter * 2 - 400, quarter * 2 + 400, quarter * 2 - 200, CONTENT_WIDTH - (quarter * 6 + 200)];
  const fields = sheetHeaderFields(context);
  // Two label/value pairs a row, as the printed form has them.
  const rows: string[][] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const pair = fields.slice(i, i + 2).flatMap((field) => [out(field.label), out(field.value)]);
    rows.push(pair.length === 4 ? pair : [...pair, '', '']);
  }
  return (
    paragraph(textRun(out(sheetTitle(input.report.title, context.people))), { style: TITLE_STYLE }) +
    textTable(
      rows,
      widths,
      new Set([0, 2]),
      false,
    )
  );
}

function entryBlocks(context: ExportContext, entry: ExportEntry): string {
  const { out } = context;
  const { opinion } = entry;
  let xml = paragraph(textRun(out(entryLabelParts(context, entry).join(LABEL_SEPARATOR))), { style: LABEL_STYLE });
  if (opinion.anchor) xml += paragraph(textRun(out(opinion.anchor.quote.exact)), { style: QUOTE_STYLE });
  xml += richTextToWordml(opinion.body, out);
  if (opinion.suggestion) {
    const third = Math.floor(CONTENT_WIDTH / 3);
    const s = opinion.suggestion;
    xml += textTable(
      [
        [out(WORDS.original), out(WORDS.proposed), out(WORDS.reason)],
        [out(s.original), out(s.proposed), out(s.reason)],
      ],
      [third, third, CONTENT_WIDTH - 2 * third],
      new Set(),
      true,
    );
  }
  const adoption = adoptionCell(context, entry);
  if (adoption !== '') xml += paragraph(textRun(`${out(adoptionLabel(context))}：${out(adoption)}`), { style: NOTE_STYLE });
  if (opinion.tags.length > 0) xml += paragraph(textRun(`${out(WORDS.tags)}：${out(opinion.tags.join('、'))}`), { style: NOTE_STYLE });
  return xml;
}

/** The body's blocks in order, made as the zip writer asks for them. */
function* opinionSheetBody(context: ExportContext): Generator<string> {
  const { out } = context;
  yield headerBlock(context);
  if (context.entries.length === 0) {
    yield paragraph(textRun(out(WORDS.noOpinions)), { spacingBefore: 480 });
    return;
  }
  const groups = groupOpinions(context);
  const headings = groupHeadings(groups);
  for (let g = 0; g < groups.length; g++) {
    for (const heading of headings[g]!) yield paragraph(textRun(out(heading.title)), { style: headingStyle(heading.depth) });
    for (const entry of groups[g]!.entries) yield entryBlocks(context, entry);
  }
  yield paragraph(textRun(out(tallyText(context.entries.length, countByStance(context))), { bold: true }), { spacingBefore: 480 });
}

/** `context` when the caller has prepared the export already (buildExport, which also counts its entries). */
export async function buildOpinionSheetDocx(input: ExportInput, context: ExportContext = prepareExport(input)): Promise<Uint8Array> {
  return packWordDocument(
    {
      title: context.out(sheetTitle(input.report.title, context.people)),
      creator: context.out(input.profile.name),
      description: `Shenyi ${input.appVersion}`,
    },
    documentLook(SIZE.sihao),
    { body: opinionSheetBody(context), comments: null },
  );
}
