/**
 * The spreadsheet as a clerk prints and reads it: on A4 landscape with every column across the
 * page, and its times in the zone the UI showed them in, which the file itself names.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOpinionCsv } from '../../../main/export/opinion-csv';
import { buildOpinionXlsx } from '../../../main/export/opinion-xlsx';
import type { ExportInput } from '../../../main/export/export-input';
import { corpusCase } from './corpus-input';
import { unzip } from './ooxml';

async function workbookOf(overrides: Partial<ExportInput> = {}) {
  const bytes = await buildOpinionXlsx(corpusCase(overrides).input);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { workbook, files: await unzip(bytes) };
}

describe('the spreadsheet printed', () => {
  it('prints the opinions landscape, all columns fitted to the page width, with page numbers', async () => {
    const { workbook, files } = await workbookOf();
    const setup = workbook.worksheets[0]!.pageSetup;
    expect(setup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    const xml = files.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toMatch(/<oddFooter>[^<]*&amp;P[^<]*&amp;N[^<]*<\/oddFooter>/);
  });
});

describe('times in the spreadsheet and the CSV', () => {
  it('are written in the zone the UI shows, and say which', async () => {
    // A UI on UTC (a machine without a zone set): the card said 02:09, so does the file.
    const { workbook } = await workbookOf({ utcOffsetMinutes: 0 });
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]![13]).toBe('创建时间(UTC+00:00)');
    expect(rows.find((row) => row[16] === 'o_sugg')![13]).toEqual(new Date('2026-02-01T02:09:00.000Z'));
    const about: unknown[][] = [];
    workbook.worksheets[1]!.eachRow((row) => about.push((row.values as unknown[]).slice(1)));
    expect(about).toContainEqual(['时间', '表中时间均为 UTC+00:00，与导出时界面显示的时间一致']);

    const csv = buildOpinionCsv(corpusCase({ utcOffsetMinutes: -300 }).input);
    expect(csv).toContain(',创建时间(UTC-05:00),更新时间(UTC-05:00),');
    expect(csv).toContain(',2026-01-31 21:09:00,');
  });
});
