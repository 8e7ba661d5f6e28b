/**
 * A second opinion on the files, from an office suite that did not write them: LibreOffice
 * opens the Word documents and the workbook and converts them, and the conversion must still
 * hold every comment, every tracked change and every row. Runs only where LibreOffice is
 * installed (`apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui`); the other
 * tests check the OOXML itself. CI installs it and sets SHENYI_REQUIRE_SOFFICE (.ci/run), so
 * there a missing LibreOffice fails the run instead of skipping this file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOpinionSheetDocx } from '../../../main/export/opinion-sheet-docx';
import { buildOpinionXlsx } from '../../../main/export/opinion-xlsx';
import { buildReportDocx } from '../../../main/export/report-docx';
import { corpusCase } from './corpus-input';

function findSoffice(): string | null {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = findSoffice();
if (soffice === null && process.env.SHENYI_REQUIRE_SOFFICE) throw new Error('SHENYI_REQUIRE_SOFFICE is set but soffice is not on PATH');
const dir = mkdtempSync(join(tmpdir(), 'shenyi-export-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function convert(file: string, to: string): string {
  // A profile of its own, so a running LibreOffice (or another test) cannot lock this one out.
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, join(dir, file)], {
    timeout: 120_000,
    stdio: 'ignore',
  });
  return readFileSync(join(dir, file.replace(/\.\w+$/, `.${to.split(':')[0]}`)), 'utf8');
}

describe.skipIf(soffice === null)('the exports as LibreOffice reads them', () => {
  it('keeps every comment and tracked change of the report document', async () => {
    const { input } = corpusCase();
    writeFileSync(join(dir, 'report.docx'), await buildReportDocx(input));
    const flat = convert('report.docx', 'fodt');
    expect(flat.match(/<office:annotation /g)).toHaveLength(16);
    expect(flat.match(/<office:annotation-end /g)).toHaveLength(16);
    expect(flat.match(/<text:insertion>/g)).toHaveLength(3);
    expect(flat.match(/<text:deletion>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(flat).toContain('<dc:creator>张三</dc:creator>');
    expect(flat).toContain('建议改写的新表述');
  }, 180_000);

  it('opens the opinion sheet with its headings and tables', async () => {
    const { input } = corpusCase();
    writeFileSync(join(dir, 'sheet.docx'), await buildOpinionSheetDocx(input));
    const flat = convert('sheet.docx', 'fodt');
    expect(flat).toContain('代表审议意见表');
    expect(flat.match(/<table:table /g)).toHaveLength(5);
    expect(flat).toContain('共 16 条意见');
  }, 180_000);

  it('opens the workbook with every row', async () => {
    const { input } = corpusCase();
    writeFileSync(join(dir, 'opinions.xlsx'), await buildOpinionXlsx(input));
    // UTF-8 (76), comma separated, double quotes: Calc's CSV filter options.
    const csv = convert('opinions.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76');
    // Each record ends with its opinion id (cells may hold line breaks, so lines are not records).
    expect(csv.startsWith('报告,版本,章节路径')).toBe(true);
    expect(csv.match(/,o_[a-z_]+\r?\n/g)).toHaveLength(16);
    expect(csv).toContain('建议改写的新表述');
  }, 180_000);
});
