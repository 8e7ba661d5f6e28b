/**
 * The PDF opinion sheet, printed by this machine's Chromium and read back with pdf.js: numbered
 * pages, and the Word sheet's layout — title, the header table in the same order, the same
 * labels, and 原文 / 建议改为 / 理由 tables.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPrinter, findChromium } from '../../../main/export/pdf-printer';
import { opinionSheetHtml } from '../../../main/opinions/opinion-sheet-html';
import { prepareExport } from '../../../main/export/export-context';
import { normalisePdfGlyphs } from '../../../main/import/pdf-glyphs';
import { corpusCase } from './corpus-input';

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(normalisePdfGlyphs(content.items.map((item) => ('str' in item ? item.str : '')).join('')).replace(/\s+/g, ''));
  }
  return texts;
}

describe('the opinion sheet as a PDF', () => {
  it('lays out the header as the Word sheet’s table and gives each opinion its label and suggestion table', () => {
    const html = opinionSheetHtml(prepareExport(corpusCase().input));
    expect(html).toContain('<h1>《2026年浙江省政府工作报告》代表审议意见表</h1>');
    expect(html).toMatch(/<table class="header"><tr><td class="label">姓名<\/td><td>张三<\/td><td class="label">代表团<\/td><td>浙江代表团<\/td><\/tr><tr><td class="label">日期<\/td>/);
    expect(html).toContain('<p class="label">第44段 · 质疑 · 批注</p>');
    expect(html).toContain('<tr><th>原文</th><th>建议改为</th><th>理由</th></tr>');
    expect(html).toContain('counter(page)');
  });

  it('prints numbered pages', { timeout: 60_000 }, async () => {
    if (!findChromium()) throw new Error('Chromium is needed for this test (.ci/run installs it)');
    const bytes = await chromiumPrinter()(opinionSheetHtml(prepareExport(corpusCase().input)));
    const pages = await pageTexts(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`第${i + 1}页，共${pages.length}页`));
    expect(pages[0]!.replace(`第1页，共${pages.length}页`, '').startsWith('《2026年浙江省政府工作报告》代表审议意见表姓名张三代表团浙江代表团日期2026年3月5日报告版本大会审议稿')).toBe(true);
  });
});
