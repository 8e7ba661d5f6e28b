import { describe, expect, it } from 'vitest';
import { suggestFileName } from '../../../main/model/export-file';

describe('export file names', () => {
  const day = new Date('2026-03-05T08:00:00Z');

  it('names report, document type, author and date, with the format\'s extension', () => {
    expect(suggestFileName('晋中市政府工作报告', '张三', day, 'docx')).toBe('晋中市政府工作报告-审议意见表-张三-2026-03-05.docx');
    expect(suggestFileName('晋中市政府工作报告', '张三', day, 'report-docx')).toBe('晋中市政府工作报告-批注稿-张三-2026-03-05.docx');
    expect(suggestFileName('晋中市政府工作报告', '张三', day, 'json')).toBe('晋中市政府工作报告-意见包-张三-2026-03-05.shenyi.json');
  });

  it('leaves out what no file system accepts, and an empty author', () => {
    expect(suggestFileName('报告: "2026"/草稿\u0007', '', day, 'xlsx')).toBe('报告 2026草稿-意见汇总-2026-03-05.xlsx');
  });
});

describe('the file name an export is given', () => {
  it('is in the export’s script, and names whose opinions they are', async () => {
    const { buildExport } = await import('../../../main/opinions/export-opinions');
    const { corpusCase } = await import('./corpus-input');
    const noPrinter = () => Promise.reject(new Error('no PDF here'));
    const hant = await buildExport(corpusCase({ script: 'hant' }).input, 'md', noPrinter);
    expect(hant.fileName).toBe('2026年浙江省政府工作報告-審議意見表-張三-2026-03-05.md');
    const clerk = { id: 'c-1', name: '王秘书', delegation: '秘书处', role: 'clerk' as const };
    const compiled = await buildExport(corpusCase({ profile: clerk }).input, 'xlsx', noPrinter);
    expect(compiled.fileName).toBe('2026年浙江省政府工作报告-意见汇总-张三-2026-03-05.xlsx');
  });
});
