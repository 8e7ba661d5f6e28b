import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../main/store/store';
import { fixtureBytes } from '../fixtures';
import { bloatedDocx } from '../import/bloated-docx';
import { writeReportDocx } from '../../support/make-docx';
import { FIXTURE, shenyi, shenyiPeakMemory } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'shenyi-cli-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = fixtureBytes('zhejiang-2026-zh-hans.txt').toString('utf8');
const FIXTURE_PDF = FIXTURE('beijing-2026-excerpt.pdf');

function write(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('the CLI reads untrusted files with the same limits as the app', () => {
  it('refuses a .docx of under 1 MB holding 30 MB of XML before parsing it', async () => {
    const { docx, xmlBytes } = bloatedDocx(report, 30 * 1024 * 1024);
    expect(docx.length).toBeLessThan(1024 * 1024);
    expect(xmlBytes).toBeGreaterThan(30 * 1024 * 1024);
    const path = write('bloated.docx', docx);
    const outline = await shenyi(['outline', path]);
    expect(outline.code).toBe(1);
    expect(outline.stderr).toMatch(/^shenyi: bloated\.docx: the \.docx holds more than \d+ MB of XML, more than Shenyi reads \(24 MB\)/);
  });

  it('parses in the worker: outline and import stop at its memory cap, and the store stays empty', async () => {
    // Under the XML bound, but its parse needs far more than the 128 MB cap set here.
    const path = write('heavy.docx', bloatedDocx(report, 12 * 1024 * 1024).docx);
    const env = { SHENYI_IMPORT_MEMORY_MB: '128' };
    const outline = await shenyi(['outline', path], env);
    expect(outline.stderr).toBe('shenyi: heavy.docx: reading the file needed more than 128 MB of memory and was stopped\n');
    expect(outline.code).toBe(1);
    const dataDir = join(dir, 'data');
    const imported = await shenyi(['import', path, '--data-dir', dataDir], env);
    expect(imported.stderr).toBe('shenyi: heavy.docx: reading the file needed more than 128 MB of memory and was stopped\n');
    const reports = await shenyi(['reports', '--data-dir', dataDir, '--json']);
    expect(existsSync(join(dataDir, DATABASE_FILE)) ? JSON.parse(reports.stdout) : []).toEqual([]);
  });

  it('refuses a damaged PDF quickly and without the memory of a full parse', async () => {
    const pdf = fixtureBytes('beijing-2026-excerpt.pdf');
    // A download cut off halfway, and a file that stops after its header line.
    const damaged = [write('cut-off.pdf', pdf.subarray(0, pdf.length >> 1)), write('header-only.pdf', Buffer.from('%PDF-1.7\n'))];
    for (const path of damaged) {
      const outline = await shenyiPeakMemory(['outline', path]);
      expect(outline.code).toBe(1);
      expect(outline.stderr).toMatch(/^shenyi: (cut-off|header-only)\.pdf: the PDF could not be opened/);
      // Loading pdf.js through the TypeScript loader used to take ~460 MB before the first page was read.
      expect(outline.peakMegabytes).toBeLessThan(300);
    }
    const whole = await shenyiPeakMemory(['outline', FIXTURE_PDF]);
    expect(whole.code).toBe(0);
    expect(whole.peakMegabytes).toBeLessThan(300);
  });

  it('names a Word document that came as .pdf, and reads it as one with --read-as docx', async () => {
    const docx = await writeReportDocxBytes();
    const path = write('政府工作报告.pdf', docx);
    const refused = await shenyi(['outline', path]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^shenyi: 政府工作报告\.pdf: this is a Word document \(\.docx\) named \.pdf: rename it to \.docx, or read it as one/);
    const read = await shenyi(['outline', path, '--read-as', 'docx']);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toContain('一、过去一年工作回顾');
    const wrong = await shenyi(['outline', path, '--read-as', 'pdf']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--read-as takes docx (got pdf)');
  });

  it('says plainly when --data-dir is a file, not a folder, and touches nothing', async () => {
    const file = write('not-a-folder', Buffer.from('keep me'));
    for (const dataDir of [file, join(file, 'inside')]) {
      const run = await shenyi(['reports', '--data-dir', dataDir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`shenyi: ${dataDir}: this data folder cannot be used: a file stands where the folder (or one of its parent folders) should be\n`);
    }
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

/** A small real .docx with a numbered part, as Word writes one. */
async function writeReportDocxBytes(): Promise<Buffer> {
  const file = join(dir, 'made.docx');
  await writeReportDocx(file, { title: '测试市人民政府工作报告', lines: ['各位代表：', '一、过去一年工作回顾', '过去一年，全市经济运行稳中有进，民生保障持续加强。'] });
  return readFileSync(file);
}
