/**
 * A 简报 as Word prints one: the 报头 (密级 top left when given, the name large and red, 第N期,
 * 编印单位 left and the date right), a red rule, the 按语, one paragraph per speaker —
 * 「××代表（××代表团）说，……」 made from each opinion on the report — then a rule and the 报尾
 * (报/送/发, 印数). A speaker's paragraph over 200 characters is written and warned of: the norm
 * is 100–200.
 */
import { documentLook, FONTS, SIZE } from '../../export/docx-style';
import { packWordDocument } from '../../export/office/word-package';
import { escapeXml } from '../../export/office/xml-escape';
import { paragraph, textRun, TAB, run } from '../../export/office/wordml';
import type { DeskRow } from '../../model/desk';
import type { DeskOutputInput } from './output-input';
import { printedWords } from './summary-items';

/** Above this, a speaker's paragraph is longer than a 简报 should carry. */
export const SPEECH_MAX = 200;
const RED = 'C00000';

const redRun = (value: string, size: number) =>
  `<w:r><w:rPr><w:rFonts w:ascii="${FONTS.title.ascii}" w:hAnsi="${FONTS.title.hAnsi}" w:cs="${FONTS.title.cs}" w:eastAsia="方正小标宋简体"/><w:color w:val="${RED}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;
const centred = (content: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${content}</w:p>`;
const redRule = `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:color="${RED}" w:sz="18" w:space="1"/></w:pBdr></w:pPr></w:p>`;
const plainRule = '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr></w:pPr></w:p>';
const personWord = (row: DeskRow) => (row.author.role === 'cppcc-member' ? '委员' : '代表');

/** 「张三代表（山西代表团）说，……」, the speaker's words as they were given (in an anonymous 简报, any author's name in them as ××). */
export function speechText(row: DeskRow, input: Pick<DeskOutputInput, 'anonymous' | 'rows'>): string {
  const who = input.anonymous ? `${row.author.delegation || '一位'}${personWord(row)}` : `${row.author.name}${personWord(row)}${row.author.delegation ? `（${row.author.delegation}）` : ''}`;
  const words = row.bodyText.trim() || (row.suggestion ? `建议将“${row.suggestion.original}”改为“${row.suggestion.proposed}”。` : '');
  return `${who}说，${printedWords(input)(words.replace(/^[^，,。]{0,16}(?:代表|委员)(?:（[^）]*）)?(?:说|认为|表示|建议)[，,：:]?/, ''))}`;
}

export function buildBriefingDocx(input: DeskOutputInput): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const header = input.briefing;
  if (!header) throw new Error('a 简报 needs its 报头');
  const warnings: string[] = [];
  const speeches = input.rows.filter((row) => row.kind !== 'section-note' || row.bodyText.trim() !== '');
  const blocks: string[] = [];
  if (header.classification) blocks.push(paragraph(textRun(header.classification, { bold: true, font: FONTS.heading1 })));
  blocks.push(centred(redRun(header.name, 72)));
  blocks.push(centred(textRun(`第${header.issue}期`, { size: SIZE.sanhao })));
  blocks.push(`<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>${textRun(header.publisher, { size: SIZE.sanhao })}${run(TAB)}${textRun(header.date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`), { size: SIZE.sanhao })}</w:p>`);
  blocks.push(redRule);
  if (header.editorNote) blocks.push(paragraph(textRun(`按：${header.editorNote}`, { font: FONTS.heading2, size: SIZE.sanhao }), { indent: { firstLine: 640 } }));
  for (const row of speeches) {
    const text = speechText(row, input);
    const length = [...text].length;
    if (length > SPEECH_MAX) warnings.push(`${input.anonymous ? row.author.delegation : row.author.name}的发言段 ${length} 字，超过简报每人 100–200 字的常规`);
    blocks.push(paragraph(textRun(text, { size: SIZE.sanhao }), { indent: { firstLine: 640 }, alignment: 'both' }));
  }
  blocks.push(plainRule);
  for (const [label, value] of [['报', header.sendTo], ['送', header.copyTo], ['发', header.distributeTo]] as const) if (value) blocks.push(paragraph(textRun(`${label}：${value}`, { size: SIZE.sihao })));
  if (header.copies) blocks.push(paragraph(textRun(`（共印${header.copies}份）`, { size: SIZE.sihao }), { alignment: 'center' }));
  return packWordDocument({ title: `${header.name} 第${header.issue}期`, creator: 'Shenyi', description: 'Shenyi 简报' }, documentLook(SIZE.sanhao), { body: blocks, comments: null }).then((bytes) => ({ bytes, warnings }));
}
