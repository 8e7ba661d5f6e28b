/**
 * The spreadsheet and the CSV, read back: an xlsx through exceljs's own reader, the CSV
 * through an RFC 4180 parser written here (so a quoting mistake in the writer cannot hide
 * behind the same mistake in a library).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOpinionCsv, csvField } from '../../../main/export/opinion-csv';
import { buildOpinionXlsx, cellValue, XLSX_CELL_LIMIT } from '../../../main/export/opinion-xlsx';
import { OPINION_COLUMNS } from '../../../main/export/opinion-fields';
import type { ExportInput } from '../../../main/export/export-input';
import { corpusCase } from './corpus-input';

const HEADERS = ['报告', '版本', '章节路径', '段落号', '引文', '立场', '类型', '意见正文(纯文本)', '建议改为', '理由', '标签', '作者', '代表团/界别', '创建时间(UTC+08:00)', '更新时间(UTC+08:00)', '定位状态', '意见编号'];

async function readXlsx(overrides: Partial<ExportInput> = {}) {
  const { input } = corpusCase(overrides);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await buildOpinionXlsx(input)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { workbook, sheet, rows };
}

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold both and "" for a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}: RFC 4180 wants CRLF`);
    else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('the spreadsheet (.xlsx)', () => {
  it('has the header, one row per exported opinion, a frozen header, an autofilter and set widths', async () => {
    const { sheet, rows } = await readXlsx();
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(1 + 16);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:Q1');
    expect(sheet.getColumn(8).width).toBe(OPINION_COLUMNS[7]!.width);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('writes each field: path, paragraph number as a number, quote, stance, suggestion, tags, dates as dates', async () => {
    const { rows } = await readXlsx();
    const row = (id: string) => rows.find((r) => r[16] === id)!;
    const suggestion = row('o_sugg');
    expect(suggestion.slice(0, 11)).toEqual([
      '2026年浙江省政府工作报告',
      '大会审议稿',
      '三、2026年重点工作 › （二）着力提升创新体系整体效能',
      46,
      '深化人才“校（院）企双聘”，促',
      '建议修改',
      '修改建议',
      '此处表述宜更具体。',
      '建议改写的新表述',
      '表述不够具体',
      undefined,
    ]);
    expect(suggestion.slice(11, 13)).toEqual(['张三', '浙江代表团']);
    // Beijing wall-clock time in a date cell (cells have no zone).
    expect(suggestion[13]).toEqual(new Date('2026-02-01T10:09:00.000Z'));
    expect(suggestion[15]).toBe('原位');
    expect(row('o_formatted')[10]).toBe('营商环境、数据');
    expect(row('o_formatted')[7]).toContain('建议明确时限，并公开进度');
    expect(row('o_orphan')[2]).toBe('【未定位】原位置 三/（二）/p2');
    expect(row('o_orphan')[15]).toBe('未定位');
    expect(row('o_ambiguous')[15]).toBe('有歧义（未定位）');
    expect(row('o_fuzzy')[15]).toBe('近似定位');
    expect(row('o_report')[2]).toBe('总体意见');
    expect(rows.some((r) => r[16] === 'o_trash')).toBe(false);
  });

  it('says what the file is on a second sheet, and is valid and says so when empty', async () => {
    const { workbook, rows } = await readXlsx({ opinions: [] });
    expect(rows).toEqual([HEADERS]);
    const about = workbook.worksheets[1]!;
    const values: unknown[][] = [];
    about.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values).toContainEqual(['意见条数', 0]);
    expect(values).toContainEqual(['说明', '（无意见）']);
    expect(values).toContainEqual(['代表团', '浙江代表团']);
  });

  it('cuts text Excel cannot hold in one cell, saying so', () => {
    const long = '字'.repeat(XLSX_CELL_LIMIT + 10);
    const cut = cellValue(long) as string;
    expect(cut.length).toBe(XLSX_CELL_LIMIT);
    expect(cut.endsWith('已截断）')).toBe(true);
    expect(cellValue('短')).toBe('短');
  });

  it('writes 繁 when asked', async () => {
    const { rows } = await readXlsx({ script: 'hant' });
    expect(rows[0]![0]).toBe('報告');
    expect(rows[1]![0]).toBe('2026年浙江省政府工作報告');
  });
});

describe('the CSV', () => {
  it('is UTF-8 with a BOM, CRLF records, the same columns and rows as the spreadsheet', () => {
    const { input } = corpusCase();
    const csv = buildOpinionCsv(input);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual(HEADERS);
    expect(records).toHaveLength(1 + 16);
    const suggestion = records.find((r) => r[16] === 'o_sugg')!;
    expect(suggestion.slice(2, 10)).toEqual(['三、2026年重点工作 › （二）着力提升创新体系整体效能', '46', '深化人才“校（院）企双聘”，促', '建议修改', '修改建议', '此处表述宜更具体。', '建议改写的新表述', '表述不够具体']);
    expect(suggestion.slice(13, 15)).toEqual(['2026-02-01 10:09:00', '2026-02-02 11:09:00']);
    // A passage across two paragraphs keeps its line break inside one quoted field.
    expect(records.find((r) => r[16] === 'o_span')![4]).toContain('\n');
  });

  it('covers every column of Hypothesis’s CSV export', () => {
    // Created at, Author, Page, URL, Group, Annotation/Reply Type, Quote, Comment, Tags.
    for (const header of ['创建时间', '作者', '段落号', '报告', '代表团/界别', '类型', '引文', '意见正文(纯文本)', '标签']) {
      expect(HEADERS.some((written) => written.startsWith(header)), header).toBe(true);
    }
  });

  it('quotes as RFC 4180 says and never lets a cell become a formula', () => {
    expect(csvField('普通')).toBe('普通');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\r\n二')).toBe('"一\r\n二"');
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvField('+86')).toBe("'+86");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(46)).toBe('46');
    expect(csvField(null)).toBe('');
    expect(parseCsv(`${[csvField('a,"b"\r\nc'), csvField('x')].join(',')}\r\n`)).toEqual([['a,"b"\r\nc', 'x']]);
  });

  it('is a header alone when there are no opinions', () => {
    const { input } = corpusCase({ opinions: [] });
    expect(parseCsv(buildOpinionCsv(input).slice(1))).toEqual([HEADERS]);
  });
});
