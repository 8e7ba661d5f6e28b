/**
 * The formal opinion sheet (代表审议意见表) as a Word document: the delegate's name, delegation
 * and date, then the opinions grouped as opinion grouping says — 总体意见, the report's own
 * sections (一、 → （三） → 第N段) or stances, and 未定位的意见 — each with the words it is about,
 * its stance, its body as written, and for a suggestion a 原文 / 建议改为 / 理由 table; a
 * tally by stance closes it.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { ExportInput } from './export-input';
import { prepareExport, type ExportContext, type ExportEntry } from './export-context';
import { entryLabelParts, LABEL_SEPARATOR, tallyText } from './entry-label';
import { chineseDate } from './export-time';
import { countByStance, groupHeadings, groupOpinions } from './grouping';
import { CONTENT_WIDTH, documentStyles, fontTableOverride, LABEL_STYLE, NOTE_STYLE, pageSetup, QUOTE_STYLE, SIZE } from './docx-style';
import { richTextToDocx } from './rich-text-docx';
import { delegationWord, WORDS } from './wording';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const headingLevel = (depth: number) => HEADINGS[Math.min(depth, HEADINGS.length - 1)]!;

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } } : {}),
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header || undefined, size: SIZE.xiaosi })] })),
  });
}

function table(rows: string[][], widths: number[], headerColumns: Set<number>, headerRow: boolean): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (row, r) => new TableRow({ tableHeader: headerRow && r === 0, children: row.map((text, c) => cell(text, widths[c]!, (headerRow && r === 0) || headerColumns.has(c))) }),
    ),
  });
}

function headerBlock(context: ExportContext): FileChild[] {
  const { out, input } = context;
  const { profile, report } = input;
  const quarter = Math.floor(CONTENT_WIDTH / 8);
  const widths = [quarter * 2 - 400, quarter * 2 + 400, quarter * 2 - 200, CONTENT_WIDTH - (quarter * 6 + 200)];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(out(WORDS.sheetTitle(report.title, profile.role)))] }),
    table(
      [
        [out(WORDS.name), out(profile.name), out(delegationWord(profile.role)), out(profile.delegation)],
        [out(WORDS.date), out(chineseDate(context.exportedAt, context.offsetMinutes)), out(WORDS.version), out(report.versionLabel)],
      ],
      widths,
      new Set([0, 2]),
      false,
    ),
  ];
}

function entryBlocks(context: ExportContext, entry: ExportEntry): FileChild[] {
  const { out } = context;
  const { opinion } = entry;
  const blocks: FileChild[] = [new Paragraph({ style: LABEL_STYLE, children: [new TextRun(out(entryLabelParts(context, entry).join(LABEL_SEPARATOR)))] })];
  if (opinion.anchor) blocks.push(new Paragraph({ style: QUOTE_STYLE, children: [new TextRun(out(opinion.anchor.quote.exact))] }));
  blocks.push(...richTextToDocx(opinion.body, out));
  if (opinion.suggestion) {
    const third = Math.floor(CONTENT_WIDTH / 3);
    const s = opinion.suggestion;
    blocks.push(
      table(
        [
          [out(WORDS.original), out(WORDS.proposed), out(WORDS.reason)],
          [out(s.original), out(s.proposed), out(s.reason)],
        ],
        [third, third, CONTENT_WIDTH - 2 * third],
        new Set(),
        true,
      ),
    );
  }
  if (opinion.tags.length > 0) blocks.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun(`${out(WORDS.tags)}：${out(opinion.tags.join('、'))}`)] }));
  return blocks;
}

export function opinionSheetBlocks(context: ExportContext): FileChild[] {
  const { out } = context;
  const blocks = headerBlock(context);
  if (context.entries.length === 0) {
    blocks.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun(out(WORDS.noOpinions))] }));
    return blocks;
  }
  const groups = groupOpinions(context);
  groupHeadings(groups).forEach((headings, g) => {
    for (const heading of headings) blocks.push(new Paragraph({ heading: headingLevel(heading.depth), children: [new TextRun(out(heading.title))] }));
    for (const entry of groups[g]!.entries) blocks.push(...entryBlocks(context, entry));
  });
  blocks.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: out(tallyText(context.entries.length, countByStance(context))), bold: true })] }));
  return blocks;
}

export async function buildOpinionSheetDocx(input: ExportInput): Promise<Uint8Array> {
  const context = prepareExport(input);
  const document = new Document({
    title: context.out(WORDS.sheetTitle(input.report.title, input.profile.role)),
    creator: context.out(input.profile.name),
    description: `Shenyi ${input.appVersion}`,
    styles: documentStyles(SIZE.sihao),
    sections: [{ ...pageSetup(), children: opinionSheetBlocks(context) }],
  });
  return new Uint8Array(await Packer.toBuffer(document, false, [fontTableOverride()]));
}
