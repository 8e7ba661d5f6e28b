/**
 * Importing through the page, as a user does: a Word file made here shows its own outline and
 * joins the library; a damaged or empty file is refused with a banner naming it and changes
 * nothing in the library.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSessions } from '../support/browser-sessions';
import { writeReportDocx } from '../support/make-docx';
import { screenshot } from '../support/screenshots';
import { byTestId, libraryReportIds } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();
const session = () => e2e.open();

const DOCX_REPORT = {
  title: '测试市人民政府工作报告',
  lines: [
    '各位代表：',
    '现在，我代表市人民政府向大会报告工作，请予审议。',
    '一、过去一年工作回顾',
    '过去一年，全市经济运行稳中有进，民生保障持续加强。',
    '（一）产业结构持续优化',
    '新建重点项目一百二十个，规模以上工业增加值增长百分之六。',
    '（二）城乡面貌明显改善',
    '完成老旧小区改造三十个，新增公园绿地二百公顷。',
    '二、今年工作安排',
    '今年是全面完成规划目标任务的关键一年。',
    '（一）坚定不移扩大有效需求',
    '实施重点项目二百个，完成固定资产投资五百亿元。',
  ],
};

describe('importing a file', () => {
  it('imports a .docx through the file input: its outline shows, and the library lists two reports', async () => {
    const { page } = await session();
    const file = join(tempDir('shenyi-docx-'), '测试市政府工作报告.docx');
    await writeReportDocx(file, DOCX_REPORT);

    await byTestId(page, 'import-input').setInputFiles(file);

    const title = byTestId(page, 'report-title');
    await expect.poll(() => title.textContent(), { timeout: 20_000 }).toContain('测试市人民政府工作报告');
    await expect(byTestId(page, 'choose-dialog').count()).resolves.toBe(0);
    await expect(byTestId(page, 'error-banner').count()).resolves.toBe(0);
    const items = (await byTestId(byTestId(page, 'outline'), 'outline-item').allTextContents()).map((text) => text.replace(/\s+/g, ''));
    expect(items).toEqual(expect.arrayContaining(['一、过去一年工作回顾', '二、今年工作安排']));
    // The （一） subsections sit under their parts: expanded by default at the first level.
    expect(items).toEqual(expect.arrayContaining(['（一）产业结构持续优化', '（二）城乡面貌明显改善', '（一）坚定不移扩大有效需求']));
    await expect(byTestId(page, 'paragraph').count()).resolves.toBe(7);
    await screenshot(page, 'import-docx-reader');

    expect(await libraryReportIds(page)).toHaveLength(2);
    await screenshot(page, 'import-docx-library');
  });

  it('refuses a corrupt .docx and an empty .txt with a banner naming the file, leaving the library as it was', async () => {
    const { page } = await session();
    const before = await libraryReportIds(page);
    expect(before).toHaveLength(1);
    const dir = tempDir('shenyi-bad-');
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, randomBytes(4096));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');

    for (const [file, name] of [
      [bad, 'bad.docx'],
      [empty, 'empty.txt'],
    ] as const) {
      await byTestId(page, 'import-input').setInputFiles(file);
      const banner = byTestId(page, 'error-banner');
      await expect.poll(() => banner.textContent(), { timeout: 20_000 }).toContain(name);
      await expect(banner.isVisible()).resolves.toBe(true);
      await screenshot(page, `import-error-${name.replace('.', '-')}`);
      expect(await libraryReportIds(page)).toEqual(before);
    }
  });

  it('offers to read a Word document that came named .pdf as one, and then imports it', async () => {
    const { page } = await session();
    const file = join(tempDir('shenyi-misnamed-'), '测试市政府工作报告.pdf');
    await writeReportDocx(file, DOCX_REPORT);

    await byTestId(page, 'import-input').setInputFiles(file);
    const banner = byTestId(page, 'error-banner');
    await expect.poll(() => banner.textContent(), { timeout: 20_000 }).toContain('这是 Word 文档（.docx），但文件名是 .pdf');
    await screenshot(page, 'import-word-named-pdf');
    await byTestId(page, 'read-as-word').click();

    await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 20_000 }).toContain('测试市人民政府工作报告');
    await expect(banner.count()).resolves.toBe(0);
    expect(await libraryReportIds(page)).toHaveLength(2);
  });
});
