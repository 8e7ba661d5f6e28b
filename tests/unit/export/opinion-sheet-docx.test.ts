/**
 * The 代表审议意见表, opened and read back: title, header, the report's own sections as
 * headings in order, each opinion with its quote, formatted body and suggestion table, the
 * unplaced ones at the end, and the tally.
 */
import { describe, expect, it } from 'vitest';
import { buildOpinionSheetDocx } from '../../../main/export/opinion-sheet-docx';
import type { ExportInput } from '../../../main/export/export-input';
import { corpusCase, PROFILE } from './corpus-input';
import { paragraphTexts, unzip, wordTokens, type Token } from './ooxml';

async function open(overrides: Partial<ExportInput> = {}) {
  const { input } = corpusCase(overrides);
  const files = await unzip(await buildOpinionSheetDocx(input));
  const documentXml = files.get('word/document.xml')!.toString('utf8');
  const tokens = wordTokens(documentXml);
  const paragraphs = paragraphTexts(tokens);
  return { files, documentXml, tokens, paragraphs, texts: paragraphs.map((p) => p.text) };
}

const runsWith = (tokens: Token[], text: string) => tokens.filter((t): t is Extract<Token, { kind: 'text' }> => t.kind === 'text' && t.text === text);

describe('the opinion sheet (代表审议意见表) as a Word document', () => {
  it('opens with the title and the header block: name, delegation, date, version', async () => {
    const { paragraphs, texts } = await open();
    expect(paragraphs[0]).toEqual({ text: '《2026年浙江省政府工作报告》代表审议意见表', style: 'Title' });
    expect(texts.slice(1, 9)).toEqual(['姓名', '张三', '代表团', '浙江代表团', '日期', '2026年3月5日', '报告版本', '大会审议稿']);
  });

  it('follows the report’s own tree: 总体意见 first, sections in order and nesting, 未定位 last', async () => {
    const { paragraphs } = await open();
    const headings = paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style}:${p.text}`);
    expect(headings).toEqual([
      'Heading1:总体意见',
      'Heading1:导语',
      'Heading1:一、2025年主要工作和“十四五”发展成就',
      'Heading2:（一）强化创新驱动发展，创新浙江建设成效明显',
      'Heading1:三、2026年重点工作',
      'Heading2:（一）着力提振市场信心增强社会预期',
      'Heading2:（二）着力提升创新体系整体效能',
      'Heading2:（三）着力完善以先进制造业为骨干的现代化产业体系',
      'Heading2:（九）着力促进高质量发展和高水平安全良性互动',
      'Heading3:1.医疗卫生方面',
      'Heading1:未定位的意见',
    ]);
  });

  it('labels each opinion with its paragraph, stance and kind, then quotes the passage in the quote style', async () => {
    const { paragraphs, texts } = await open();
    const label = texts.indexOf('第44段 · 质疑 · 批注');
    expect(label).toBeGreaterThan(0);
    expect(paragraphs[label]!.style).toBe('ShenyiLabel');
    expect(paragraphs[label + 1]!.style).toBe('ShenyiQuote');
    expect(paragraphs[label + 1]!.text.startsWith('止违规异地执法')).toBe(true);
    expect(texts).toContain('第47段 · 数据核实 · 批注 · 近似定位');
    expect(texts).toContain('本节 · 章节意见');
  });

  it('keeps the body’s formatting: bold, italic, strike, code, lists, quote, line break', async () => {
    const { tokens, texts, documentXml } = await open();
    expect(runsWith(tokens, '明确时限')[0]!.bold).toBe(true);
    expect(documentXml).toMatch(/<w:rPr><w:i\/>(<w:iCs\/>)?<\/w:rPr><w:t xml:space="preserve">公开进度/);
    expect(documentXml).toMatch(/<w:rPr><w:strike\/><\/w:rPr><w:t xml:space="preserve">原有提法/);
    expect(documentXml).toMatch(/w:ascii="Consolas"[^>]*\/>.*?<w:t xml:space="preserve">GDP\*2/);
    expect(texts).toContain('关于营商环境');
    expect(runsWith(tokens, '关于营商环境')[0]!.bold).toBe(true);
    expect(texts.some((t) => t.includes('GDP*2\n第二行 #不是标题'))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['•\t第一点', '•\t第二点', '◦\t第二点之一', '3.\t其三', '4.\t其四', '引自代表建议：“应当量化”', 'a = 1\n```\nb = 2']));
    expect(texts).toContain('标签：营商环境、数据');
  });

  it('gives each suggestion a 原文 / 建议改为 / 理由 table', async () => {
    const { texts, documentXml } = await open();
    const at = texts.indexOf('建议改写的新表述');
    expect(texts.slice(at - 4, at + 2)).toEqual(['原文', '建议改为', '理由', '深化人才“校（院）企双聘”，促', '建议改写的新表述', '表述不够具体']);
    expect((documentXml.match(/<w:tbl>/g) ?? []).length).toBe(1 + 4);
  });

  it('marks unplaced opinions as such and closes with the tally by stance', async () => {
    const { texts } = await open();
    expect(texts).toContain('【未定位】原位置 三/（二）/p2 · 质疑 · 批注');
    expect(texts).toContain('【未定位】原位置 p1 · 批注 · 有歧义');
    expect(texts[texts.length - 1]).toBe('共 16 条意见：赞同 4 条，质疑 3 条，建议修改 4 条，反对 1 条，数据核实 2 条，未标立场 2 条。');
  });

  it('says 委员 and 界别 for a CPPCC member', async () => {
    const { texts } = await open({ profile: { ...PROFILE, role: 'cppcc-member', delegation: '经济界' } });
    expect(texts[0]).toBe('《2026年浙江省政府工作报告》委员审议意见表');
    expect(texts.slice(1, 5)).toEqual(['姓名', '张三', '界别', '经济界']);
  });

  it('can group by stance, each opinion then carrying its section path', async () => {
    const { paragraphs, texts } = await open({ order: 'stance' });
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['总体意见', '赞同', '质疑', '建议修改', '反对', '数据核实', '未标立场', '未定位的意见']);
    expect(texts).toContain('三、2026年重点工作 › （九）着力促进高质量发展和高水平安全良性互动 › 1.医疗卫生方面 › 第75段 · 赞同 · 批注');
  });

  it('writes 繁 when asked', async () => {
    const { texts } = await open({ script: 'hant' });
    expect(texts[0]).toBe('《2026年浙江省政府工作報告》代表審議意見表');
    expect(texts).toContain('關於營商環境');
  });

  it('uses A4, Chinese fonts with fallbacks and numbered pages', async () => {
    const { files, documentXml } = await open();
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const styles = files.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
    expect(styles).toContain('w:styleId="ShenyiQuote"');
    const fontTable = files.get('word/fontTable.xml')!.toString('utf8');
    for (const [name, alt] of [['仿宋_GB2312', '仿宋'], ['仿宋', 'FangSong'], ['宋体', 'SimSun'], ['黑体', 'SimHei'], ['楷体_GB2312', '楷体']]) {
      expect(fontTable).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
    }
    const footer = [...files.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1].toString('utf8');
    expect(footer).toMatch(/PAGE/);
  });

  it('writes a valid sheet that says （无意见） when there are no opinions', async () => {
    const { texts } = await open({ opinions: [] });
    expect(texts[0]).toBe('《2026年浙江省政府工作报告》代表审议意见表');
    expect(texts[texts.length - 1]).toBe('（无意见）');
  });
});
