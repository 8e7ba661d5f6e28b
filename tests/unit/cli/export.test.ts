/**
 * `shenyi export` and `shenyi package import` end to end: a delegate's store with opinions of
 * every kind, every format written and opened back, and the package landing in a clerk's store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzip } from '../../support/office';
import { findChromium } from '../../../main/export/pdf-printer';
import { normalisePdfGlyphs } from '../../../main/import/pdf-glyphs';
import { FIXTURE, shenyi, shenyiJson } from './run-cli';

const root = mkdtempSync(join(tmpdir(), 'shenyi-export-'));
const delegate = join(root, 'delegate');
const clerk = join(root, 'clerk');
const out = join(root, 'out');
let reportId = '';

async function readZipEntry(path: string, entry: string): Promise<string> {
  const data = (await unzip(readFileSync(path))).get(entry);
  if (!data) throw new Error(`${entry} not in ${path}`);
  return data.toString('utf8');
}

beforeAll(async () => {
  mkdirSync(out);
  const [imported] = await shenyiJson<{ reportId: string }[]>(['import', FIXTURE('beijing-2026-zh-hans.txt'), '--data-dir', delegate]);
  reportId = imported!.reportId;
  const note = (args: string[]) => shenyiJson(['note', 'add', '--data-dir', delegate, '--report', reportId, '--author', '王代表', ...args]);
  await note(['--quote', '首都功能持续优化提升', '--stance', '赞同', '--body', '这一段写得很实在。']);
  await note(['--quote', '深入实施0.1微克', '--stance', '数据核实', '--body', '请核实数据来源。']);
  await note(['--quote', '积极扩大有效投资', '--stance', '建议修改', '--body', '措辞', '--suggest', '大力扩大有效投资', '--reason', '语气更坚定']);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('shenyi export', () => {
  it('writes the opinion sheet as .docx with the quoted passages and the suggestion table', async () => {
    const file = join(out, 'sheet.docx');
    const result = await shenyi(['export', '--data-dir', delegate, '--report', reportId, '--format', 'docx', '-o', file]);
    expect(result.stderr).toBe('');
    const xml = await readZipEntry(file, 'word/document.xml');
    for (const text of ['代表审议意见表', '王代表', '首都功能持续优化提升', '请核实数据来源。', '大力扩大有效投资', '语气更坚定']) expect(xml).toContain(text);
  });

  it('writes the report with native comments and tracked changes', async () => {
    const file = join(out, 'report.docx');
    await shenyi(['export', '--data-dir', delegate, '--report', reportId, '--format', 'report-docx', '-o', file]);
    const comments = await readZipEntry(file, 'word/comments.xml');
    expect(comments).toContain('w:author="王代表"');
    expect(comments).toContain('这一段写得很实在。');
    const document = await readZipEntry(file, 'word/document.xml');
    expect(document).toMatch(/<w:del [^>]*w:author="王代表"[^>]*>[\s\S]*?积极扩大有效投资[\s\S]*?<\/w:del>/);
    expect(document).toMatch(/<w:ins [^>]*w:author="王代表"[^>]*>[\s\S]*?大力扩大有效投资[\s\S]*?<\/w:ins>/);
    expect((document.match(/<w:commentRangeStart /g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('writes a spreadsheet that opens back with one row per opinion', async () => {
    const file = join(out, 'opinions.xlsx');
    await shenyi(['export', '--data-dir', delegate, '--report', reportId, '--format', 'xlsx', '-o', file]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    const values = sheet.getRow(2).values as unknown[];
    expect(values.join('|')).toContain('2026年北京市政府工作报告');
  });

  it('writes a PDF of the opinion sheet whose text can be read back', async () => {
    if (!findChromium()) throw new Error('Chromium is needed for this test (.ci/run installs it)');
    const file = join(out, 'sheet.pdf');
    const result = await shenyi(['export', '--data-dir', delegate, '--report', reportId, '--format', 'pdf', '-o', file]);
    expect(result.code).toBe(0);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
    const page = await pdf.getPage(1);
    // Chromium's text layer uses radical code points for some glyphs (⻅ for 见), as CJK PDFs do.
    const text = normalisePdfGlyphs((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(''));
    expect(text).toContain('代表审议意见表');
    expect(text).toContain('请核实数据来源');
  });

  it('refuses a destination that cannot be written, and leaves nothing half-written', async () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const result = await shenyi(['export', '--data-dir', delegate, '--report', reportId, '--format', 'xlsx', '-o', join(locked, 'x.xlsx')]);
    chmodSync(locked, 0o700);
    // Root ignores folder permissions; a folder that does not exist fails for everyone.
    const missing = await shenyi(['export', '--data-dir', delegate, '--report', reportId, '--format', 'xlsx', '-o', join(root, 'no', 'x.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/x\.xlsx: the folder does not exist; nothing was written/);
    if (result.code !== 0) expect(readdirSync(locked)).toEqual([]);
    else expect(readdirSync(locked)).toEqual(['x.xlsx']);
  });

  it('exports an empty but valid file when there are no opinions', async () => {
    const empty = join(root, 'empty');
    const [imported] = await shenyiJson<{ reportId: string }[]>(['import', FIXTURE('zhejiang-2026-zh-hans.txt'), '--data-dir', empty]);
    const added = await shenyi(['note', 'add', '--data-dir', empty, '--report', imported!.reportId, '--quote', '我代表省人民政府向大会作政府工作报告', '--stance', '赞同', '--body', 'x', '--author', '李']);
    expect(added.stderr).toBe('');
    const other = await shenyiJson<{ reportId: string }[]>(['import', FIXTURE('yunnan-2025-zh-hans.txt'), '--data-dir', empty]);
    const file = join(out, 'empty.md');
    const result = await shenyi(['export', '--data-dir', empty, '--report', other[0]!.reportId, '--format', 'md', '-o', file]);
    expect(result.stdout).toMatch(/no opinions to export; the file is valid and says so/);
    expect(readFileSync(file, 'utf8')).toContain('无意见');
  });
});

describe('shenyi package import', () => {
  it('a clerk imports a delegate package: every opinion arrives, a re-run changes nothing', async () => {
    const file = join(out, 'package.json');
    await shenyi(['export', '--data-dir', delegate, '--report', reportId, '--format', 'json', '-o', file]);
    await shenyiJson(['import', FIXTURE('beijing-2026-zh-hans.txt'), '--data-dir', clerk]);
    const first = await shenyiJson<{ imported: number; unchanged: number; reportId: string }>(['package', 'import', file, '--data-dir', clerk]);
    expect(first).toMatchObject({ imported: 3, unchanged: 0 });
    const again = await shenyiJson<{ imported: number; unchanged: number }>(['package', 'import', file, '--data-dir', clerk]);
    expect(again).toMatchObject({ imported: 0, unchanged: 3 });
    const theirs = await shenyiJson<{ bodyText: string; author: { name: string }; resolution: { status: string } }[]>(['note', 'list', '--data-dir', delegate, '--report', reportId]);
    const ours = await shenyiJson<typeof theirs>(['note', 'list', '--data-dir', clerk, '--report', first.reportId]);
    const strip = (notes: typeof theirs) => notes.map((n) => ({ body: n.bodyText, author: n.author.name, status: n.resolution.status })).sort((a, b) => a.body.localeCompare(b.body));
    expect(strip(ours)).toEqual(strip(theirs));
  });

  it('a package for a report the clerk does not have, or a damaged one, is refused with a clear message', async () => {
    const file = join(out, 'package.json');
    const nobody = join(root, 'nobody');
    const missing = await shenyi(['package', 'import', file, '--data-dir', nobody]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/package\.json: the report this package belongs to \(《2026年北京市政府工作报告》 v1\) is not in the library/);
    const damaged = join(out, 'damaged.json');
    writeFileSync(damaged, readFileSync(file, 'utf8').replace('这一段写得很实在。', '这一段写得不实在。'));
    const bad = await shenyi(['package', 'import', damaged, '--data-dir', clerk]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/damaged\.json: this opinion package is damaged or not valid \(.*checksum/i);
    expect(existsSync(join(nobody, 'shenyi.db'))).toBe(true);
  });
});
