/**
 * A draft as a Word document on its official form (draft-form.ts): the header line centred, the
 * title in 二号 小标宋, then the form's table in 三号 仿宋 — label on the left, the draft's words
 * on the right, the office's rows left empty.
 *
 * Official forms name 方正小标宋简体 and 仿宋_GB2312, which many machines lack. A run can name
 * only one East Asian font, so the fallback goes where Word and WPS look for one: the font
 * table's w:altName (see main/export/office/word-fonts.ts). DRAFT_FONTS is that pairing, for the
 * font table here and for a caller to show as a warning.
 */
import { CONTENT_WIDTH, documentLook, FONTS, SIZE } from '../../export/docx-style';
import { chineseDate, BEIJING_OFFSET_MINUTES } from '../../export/export-time';
import type { FontTableEntry } from '../../export/office/word-fonts';
import { packWordDocument, type WordLook } from '../../export/office/word-package';
import { paragraph, table, textRun, type FontSet, type TableRow } from '../../export/office/wordml';
import type { DraftDocumentInput } from './draft-document';
import { draftFormRows, type FormRow } from './draft-form';

export const DRAFT_FONTS = {
  title: { font: '方正小标宋简体', fallback: '宋体' },
  body: { font: '仿宋_GB2312', fallback: '仿宋' },
} as const;

/** What a caller says when it hands the file over: the fonts named, and what stands in for them. */
export const draftFontWarnings = (): string[] =>
  Object.values(DRAFT_FONTS).map(({ font, fallback }) => `文档使用${font}；未安装该字体的电脑将以${fallback}显示`);

const TITLE_FONT: FontSet = { ...FONTS.title, eastAsia: DRAFT_FONTS.title.font };
const BODY_FONT: FontSet = { ...FONTS.body, eastAsia: DRAFT_FONTS.body.font };
/** Two characters of 三号 type. */
const FIRST_LINE_INDENT = 640;
/** Four characters of 三号 type and a little: room for 审查意见 without wrapping. */
const LABEL_WIDTH = 1900;

/** Shenyi's document look, with each draft font's fallback in the font table. */
function draftLook(): WordLook {
  const look = documentLook(SIZE.sanhao);
  const entries: FontTableEntry[] = Object.values(DRAFT_FONTS).map(({ font, fallback }) => {
    const known = look.fonts.find((entry) => entry.name === font);
    return known ? { ...known, altName: fallback } : { name: font, altName: fallback, charset: '86', family: 'roman', pitch: 'variable' };
  });
  const names = new Set(entries.map((entry) => entry.name));
  return { ...look, fonts: [...look.fonts.filter((entry) => !names.has(entry.name)), ...entries] };
}

const bodyParagraph = (text: string, bold = false, indent = false) =>
  paragraph(textRun(text, { font: BODY_FONT, size: SIZE.sanhao, bold }), indent ? { indent: { firstLine: FIRST_LINE_INDENT }, alignment: 'both' } : undefined);

function contentCell(row: FormRow): string {
  let xml = '';
  for (const block of row.blocks) {
    if (block.heading !== null) xml += bodyParagraph(block.heading, true);
    for (const text of block.paragraphs) xml += bodyParagraph(text, false, block.prose);
  }
  // wordml's table has no row height: empty lines give the office its room, as the printed form does.
  const empties = Math.max(row.blankLines, xml === '' ? 1 : 0);
  for (let i = 0; i < empties; i++) xml += paragraph('');
  return xml;
}

function formTable(rows: FormRow[]): string {
  const tableRows: TableRow[] = rows.map((row) => ({
    header: false,
    cells: [
      { content: paragraph(textRun(row.label, { font: BODY_FONT, size: SIZE.sanhao, bold: true }), { alignment: 'center' }), shaded: false },
      { content: contentCell(row), shaded: false },
    ],
  }));
  return table(CONTENT_WIDTH, [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], tableRows);
}

function* draftBody(input: DraftDocumentInput): Generator<string> {
  yield paragraph(textRun(input.header, { font: TITLE_FONT, size: SIZE.sanhao }), { alignment: 'center' });
  yield paragraph(textRun(input.draft.title, { font: TITLE_FONT, size: SIZE.erhao }), { alignment: 'center', spacingBefore: 240 });
  yield formTable(draftFormRows(input));
}

export async function buildDraftDocx(input: DraftDocumentInput): Promise<Buffer> {
  const bytes = await packWordDocument(
    {
      title: input.draft.title,
      // Never the machine's user: the file may travel to the committee's office.
      creator: 'Shenyi',
      lastModifiedBy: 'Shenyi',
      description: `${input.profile.name}（${chineseDate(input.createdAt, BEIJING_OFFSET_MINUTES)}）`,
    },
    draftLook(),
    { body: draftBody(input), comments: null },
  );
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
