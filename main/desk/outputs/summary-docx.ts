/**
 * 审议意见汇总表 as a Word document: the title, the headline figures and what they mean, then a
 * heading per part and per paragraph (its location and 原文摘录) over a table of that paragraph's
 * items, with the columns of the .xlsx. Written as WordprocessingML strings, a paragraph's table
 * at a time, so 10,000 clusters cost one pass.
 */
import { CONTENT_WIDTH, documentLook, headingStyle, NOTE_STYLE, SIZE, TITLE_STYLE } from '../../export/docx-style';
import { packWordDocument } from '../../export/office/word-package';
import { paragraph, table, textRun, type TableRow } from '../../export/office/wordml';
import { headlineFigures } from './headline';
import type { DeskOutputInput } from './output-input';
import { summaryParts } from './summary-items';
import { summaryTitle } from './summary-xlsx';
import { itemRows, SUMMARY_COLUMNS } from './summary-table';

/** Twips per column, summing to the text width: the wide ones are the words. */
const SHARES = [5, 10, 6, 20, 10, 4, 12, 9, 8, 8, 8, 8];
const WIDTHS = SHARES.map((share) => Math.floor((CONTENT_WIDTH * share) / SHARES.reduce((a, b) => a + b, 0)));

const cell = (value: string | number, header: boolean) =>
  String(value)
    .split('\n')
    .map((line) => paragraph(textRun(line, { bold: header, size: SIZE.wuhao })))
    .join('');

function* body(input: DeskOutputInput): Generator<string> {
  const figures = headlineFigures(input);
  yield paragraph(textRun(summaryTitle(input)), { style: TITLE_STYLE });
  yield paragraph(textRun(figures.line));
  for (const definition of figures.definitions) yield paragraph(textRun(definition), { style: NOTE_STYLE });
  const header: TableRow = { header: true, cells: SUMMARY_COLUMNS.map((column) => ({ content: cell(column, true), shaded: true })) };
  let number = 0;
  for (const part of summaryParts(input)) {
    yield paragraph(textRun(part.name), { style: headingStyle(0) });
    for (const place of part.paragraphs) {
      yield paragraph(textRun(place.location), { style: headingStyle(1) });
      if (place.quote) yield paragraph(textRun(`原文摘录：${place.quote}`), { style: NOTE_STYLE });
      const rows: TableRow[] = [header];
      for (const item of place.items) for (const row of itemRows(++number, place, item, input)) rows.push({ header: false, cells: row.map((value) => ({ content: cell(value, false), shaded: false })) });
      yield table(CONTENT_WIDTH, WIDTHS, rows);
    }
  }
}

export function buildSummaryDocx(input: DeskOutputInput): Promise<Uint8Array> {
  return packWordDocument({ title: summaryTitle(input), creator: 'Shenyi', description: 'Shenyi 审议意见汇总表' }, documentLook(SIZE.xiaosi), { body: body(input), comments: null });
}
