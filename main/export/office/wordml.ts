/**
 * WordprocessingML (ECMA-376 part 1, §17) written as text: the runs, paragraphs, tables,
 * review marks and comments of Shenyi's Word documents. A 10,000-opinion document has a
 * hundred thousand of these; built as strings they cost microseconds each, where the docx
 * package's object per element and its serialiser took seconds (issue 4).
 *
 * Every text and attribute value goes through escapeXml. Child elements are written in the
 * order the schema's sequences give (rPr: rFonts, b, i, strike, sz, shd; pPr: pStyle, pBdr,
 * shd, spacing, ind, jc, rPr): Word checks parts against the schema and may refuse a file whose
 * elements are out of order.
 */
import { escapeXml } from './xml-escape';

export interface FontSet {
  eastAsia: string;
  ascii: string;
  hAnsi: string;
  cs: string;
}

export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  /** In half-points. */
  size?: number;
  font?: FontSet;
  /** Background fill, as hex. */
  shading?: string;
}

function runProperties(format: RunFormat | undefined): string {
  if (!format) return '';
  let xml = '';
  const { font } = format;
  if (font) {
    xml += `<w:rFonts w:ascii="${escapeXml(font.ascii)}" w:cs="${escapeXml(font.cs)}" w:eastAsia="${escapeXml(font.eastAsia)}" w:hAnsi="${escapeXml(font.hAnsi)}"/>`;
  }
  if (format.bold) xml += '<w:b/><w:bCs/>';
  if (format.italics) xml += '<w:i/><w:iCs/>';
  if (format.strike) xml += '<w:strike/>';
  if (format.size) xml += `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`;
  if (format.shading) xml += `<w:shd w:fill="${format.shading}" w:val="clear"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** The content of a run: text (spaces kept), a line break, a tab. */
export const text = (value: string): string => `<w:t xml:space="preserve">${escapeXml(value)}</w:t>`;
export const LINE_BREAK = '<w:br/>';
export const TAB = '<w:tab/>';

/** A run of `content` (text(), LINE_BREAK, TAB, joined) in one format. */
export const run = (content: string, format?: RunFormat): string => `<w:r>${runProperties(format)}${content}</w:r>`;

export const textRun = (value: string, format?: RunFormat): string => run(text(value), format);

/** Who made a tracked change or wrote a comment, and when (an ooxmlDate). */
export interface ReviewMark {
  id: number;
  author: string;
  date: string;
}

const markAttributes = (mark: ReviewMark) => `w:id="${mark.id}" w:author="${escapeXml(mark.author)}" w:date="${mark.date}"`;

/** Words proposed: shown underlined in Word until accepted or rejected. */
export const insertedRun = (value: string, mark: ReviewMark, format?: RunFormat): string =>
  `<w:ins ${markAttributes(mark)}>${textRun(value, format)}</w:ins>`;

/** Words struck out: shown struck through until accepted or rejected. */
export const deletedRun = (value: string, mark: ReviewMark, format?: RunFormat): string =>
  `<w:del ${markAttributes(mark)}>${run(`<w:delText xml:space="preserve">${escapeXml(value)}</w:delText>`, format)}</w:del>`;

export const commentStart = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;

/** The end of a comment's range, and the reference run that anchors the comment's balloon. */
export const commentEnd = (id: number): string => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

export interface ParagraphFormat {
  style?: string;
  /** A grey rule beside (a quote) or under (a horizontal rule) the paragraph. */
  border?: 'left' | 'bottom';
  shading?: string;
  spacingBefore?: number;
  indent?: { left?: number; hanging?: number; firstLine?: number };
  alignment?: 'center' | 'both';
  /** The paragraph mark itself is deleted: accepting the change joins it with the next one. */
  markDeleted?: ReviewMark;
}

const BORDERS = {
  left: '<w:pBdr><w:left w:val="single" w:color="999999" w:sz="12" w:space="8"/></w:pBdr>',
  bottom: '<w:pBdr><w:bottom w:val="single" w:color="999999" w:sz="6" w:space="1"/></w:pBdr>',
} as const;

function paragraphProperties(format: ParagraphFormat | undefined): string {
  if (!format) return '';
  let xml = '';
  if (format.style) xml += `<w:pStyle w:val="${format.style}"/>`;
  if (format.border) xml += BORDERS[format.border];
  if (format.shading) xml += `<w:shd w:fill="${format.shading}" w:val="clear"/>`;
  if (format.spacingBefore !== undefined) xml += `<w:spacing w:before="${format.spacingBefore}"/>`;
  const indent = format.indent;
  if (indent) {
    xml += '<w:ind';
    if (indent.left !== undefined) xml += ` w:left="${indent.left}"`;
    if (indent.hanging !== undefined) xml += ` w:hanging="${indent.hanging}"`;
    if (indent.firstLine !== undefined) xml += ` w:firstLine="${indent.firstLine}"`;
    xml += '/>';
  }
  if (format.alignment) xml += `<w:jc w:val="${format.alignment}"/>`;
  if (format.markDeleted) xml += `<w:rPr><w:del ${markAttributes(format.markDeleted)}/></w:rPr>`;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

/** A paragraph of `content`: runs, review marks and comment marks. */
export const paragraph = (content: string, format?: ParagraphFormat): string => `<w:p>${paragraphProperties(format)}${content}</w:p>`;

export interface TableCell {
  /** The cell's paragraphs. */
  content: string;
  /** A grey fill, for header cells. */
  shaded: boolean;
}

export interface TableRow {
  /** Repeated at the top of every page the table runs onto. */
  header: boolean;
  cells: TableCell[];
}

const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('')}</w:tblBorders>`;

/** A table with thin borders and fixed column widths (in twips), `width` wide. */
export function table(width: number, columnWidths: number[], rows: TableRow[]): string {
  let xml = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`;
  for (const columnWidth of columnWidths) xml += `<w:gridCol w:w="${columnWidth}"/>`;
  xml += '</w:tblGrid>';
  for (const row of rows) {
    xml += row.header ? '<w:tr><w:trPr><w:tblHeader/></w:trPr>' : '<w:tr>';
    row.cells.forEach((cell, c) => {
      const shading = cell.shaded ? '<w:shd w:fill="EDEDED" w:color="auto" w:val="clear"/>' : '';
      xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${columnWidths[c]}"/>${shading}</w:tcPr>${cell.content}</w:tc>`;
    });
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}

export interface CommentHeader {
  id: number;
  author: string;
  initials: string;
  date: string;
}

/** One w:comment of word/comments.xml; `content` is its paragraphs. */
export const comment = (header: CommentHeader, content: string): string =>
  `<w:comment w:id="${header.id}" w:author="${escapeXml(header.author)}" w:date="${header.date}" w:initials="${escapeXml(header.initials)}">${content}</w:comment>`;
