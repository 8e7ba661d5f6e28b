/**
 * Who said what: a clerk who merged delegates' packages exports *their* opinions. The sheet
 * names the person it is for only when every opinion is theirs; otherwise it lists the
 * authors, and every opinion in every export says whose it is and from which delegation.
 * Each file is opened back as a reader would open it.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OpinionView, Profile } from '../../../main/model/opinion';
import { buildOpinionSheetDocx } from '../../../main/export/opinion-sheet-docx';
import { buildOpinionMarkdown } from '../../../main/export/opinion-markdown';
import { buildOpinionXlsx } from '../../../main/export/opinion-xlsx';
import { buildOpinionCsv } from '../../../main/export/opinion-csv';
import { buildReportDocx } from '../../../main/export/report-docx';
import { opinionSheetHtml } from '../../../main/opinions/opinion-sheet-html';
import { prepareExport } from '../../../main/export/export-context';
import { buildOpinions, corpusSpecs, exportInput, loadCorpus, PROFILE } from './corpus-input';
import { paragraphTexts, unzip, wordComments, wordTokens } from './ooxml';

const CLERK: Profile = { id: 'c1e4c1e4-0000-4000-8000-000000000001', name: '王秘书', delegation: '大会秘书处', role: 'clerk' };
const LISI: Profile = { id: 'b0b0b0b0-0000-4000-8000-000000000002', name: '李四', delegation: '北京代表团', role: 'npc-delegate' };

/** The corpus opinions: all by 张三, or every other one by 李四; exported by the clerk. */
function clerkExport(mixed: boolean) {
  const corpus = loadCorpus();
  const specs = corpusSpecs(corpus);
  const zhang = buildOpinions(corpus, specs, PROFILE);
  const li = buildOpinions(corpus, specs, LISI);
  const opinions: OpinionView[] = zhang.map((o, i) => (mixed && i % 2 === 1 ? li[i]! : o));
  return { opinions, input: exportInput(corpus, opinions, { profile: CLERK }) };
}

async function sheetTexts(mixed: boolean): Promise<string[]> {
  const files = await unzip(await buildOpinionSheetDocx(clerkExport(mixed).input));
  return paragraphTexts(wordTokens(files.get('word/document.xml')!.toString('utf8'))).map((p) => p.text);
}

async function xlsxSheets(mixed: boolean) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await buildOpinionXlsx(clerkExport(mixed).input)) as unknown as ArrayBuffer);
  const values = (index: number) => {
    const rows: unknown[][] = [];
    workbook.worksheets[index]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  return { opinions: values(0), about: values(1) };
}

describe('an export made by a clerk', () => {
  it('names the delegate the sheet is for, not the clerk, when every opinion is theirs', async () => {
    const texts = await sheetTexts(false);
    expect(texts[0]).toBe('《2026年浙江省政府工作报告》代表审议意见表');
    expect(texts.slice(1, 5)).toEqual(['姓名', '张三', '代表团', '浙江代表团']);
    // The clerk is there only as who compiled it.
    expect(texts.slice(5, 7)).toEqual(['整理人', '王秘书（大会秘书处）']);
    expect(texts.filter((t) => t.includes('王秘书'))).toEqual(['王秘书（大会秘书处）']);
  });

  it('names no one person when the opinions are several people’s, and labels each with its author', async () => {
    const texts = await sheetTexts(true);
    expect(texts[0]).toBe('《2026年浙江省政府工作报告》审议意见汇总表');
    expect(texts).not.toContain('姓名');
    expect(texts.slice(1, 5)).toEqual(['意见作者', '张三（浙江代表团）、李四（北京代表团）', '人数', '2 人']);
    expect(texts).toContain('第44段 · 质疑 · 批注 · 李四（北京代表团）');
    expect(texts).toContain('第46段 · 建议修改 · 修改建议 · 张三（浙江代表团）');
    const labels = texts.filter((t) => /^(第\d+段|本节|总体意见|【未定位】)/.test(t) && t.includes(' · '));
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(label).toMatch(/(张三（浙江代表团）|李四（北京代表团）)$/);
  });

  it('says the same in the Markdown and the PDF page made from it', () => {
    const { input } = clerkExport(true);
    const markdown = buildOpinionMarkdown(input);
    expect(markdown.startsWith('# 《2026年浙江省政府工作报告》审议意见汇总表\n\n- 意见作者：张三（浙江代表团）、李四（北京代表团）\n- 人数：2 人\n- 整理人：王秘书（大会秘书处）\n')).toBe(true);
    expect(markdown).not.toContain('姓名');
    expect(markdown).toContain('**第44段 · 质疑 · 批注 · 李四（北京代表团）**');
    const html = opinionSheetHtml(prepareExport(input));
    expect(html).toContain('第44段 · 质疑 · 批注 · 李四（北京代表团）');
    expect(html).not.toContain('姓名');
  });

  it('gives every spreadsheet and CSV row its own author and delegation, and the 说明 sheet who compiled it', async () => {
    const { opinions, about } = await xlsxSheets(true);
    const header = opinions[0] as string[];
    const [author, delegation, id] = ['作者', '代表团/界别', '意见编号'].map((h) => header.indexOf(h));
    const { opinions: written } = clerkExport(true);
    const byId = new Map(written.map((o) => [o.id, o.author]));
    for (const row of opinions.slice(1)) {
      const who = byId.get(row[id!] as string)!;
      expect([row[author!], row[delegation!]]).toEqual([who.name, who.delegation]);
    }
    expect(new Set(opinions.slice(1).map((row) => row[author!]))).toEqual(new Set(['张三', '李四']));
    expect(about).toContainEqual(['意见作者', '张三（浙江代表团）、李四（北京代表团）']);
    expect(about).toContainEqual(['整理人', '王秘书（大会秘书处）']);
    expect(about.flat()).not.toContain('姓名');

    const csv = buildOpinionCsv(clerkExport(true).input);
    expect(csv).toContain(',李四,北京代表团,');
    expect(csv).toContain(',张三,浙江代表团,');
    expect(csv).not.toContain('王秘书');
  });

  it('writes each Word comment on the report by its author and says their delegation', async () => {
    const files = await unzip(await buildReportDocx(clerkExport(true).input));
    const comments = [...wordComments(files.get('word/comments.xml')!.toString('utf8')).values()];
    expect(new Set(comments.map((c) => c.author))).toEqual(new Set(['张三', '李四']));
    for (const comment of comments) {
      const firstLine = comment.text.split('\n')[0]!;
      expect(firstLine).toContain(comment.author === '李四' ? '李四（北京代表团）' : '张三（浙江代表团）');
    }
  });
});
