/**
 * The 14 reports of corpus/more: each outline written down by reading the text (its 一、 lines,
 * （N） lines and run-in 一是 items in source order), not by running the parser.
 */
import { describe, expect, it } from 'vitest';
import type { Section } from '../../../main/model/report';
import { outlineJson } from '../../../main/cli/outline-json';
import { buildOutline, sectionPathText } from '../../../main/export/report-outline';
import { reportBlocks } from '../../../main/versions/report-blocks';
import { allParagraphs, closingOf, headings, readFixture, subsections } from '../fixtures';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const parens = (n: number) => CN.slice(0, n).map((d) => `（${d}）`);
const items = (n: number) => CN.slice(0, n).map((d) => `${d}是`);

interface Part {
  heading: string;
  /** The labels of the part's subsections as a reader sees them: （一）… or 一是… */
  children: string[];
}

const labels = (section: Section) => subsections(section).map((c) => c.label);

const EXPECTED: Record<string, { title: string; parts: Part[] }> = {
  'xizang-2026-zh-hans.txt': {
    title: '2026年西藏自治区政府工作报告',
    parts: [
      { heading: '一、2025年和“十四五”时期工作回顾', children: items(8) },
      { heading: '二、“十五五”时期经济社会发展把握的重要要求', children: items(5) },
      { heading: '三、2026年重点工作', children: parens(8) },
    ],
  },
  'henan-2026-zh-hans.txt': {
    title: '2026年河南省政府工作报告',
    parts: [
      { heading: '一、“十四五”时期和2025年工作回顾', children: parens(5) },
      { heading: '二、“十五五”时期主要目标任务', children: [] },
      { heading: '三、2026年重点工作安排', children: parens(10) },
    ],
  },
  'tianjin-2026-zh-hans.txt': {
    title: '2026年天津市政府工作报告',
    parts: [
      { heading: '一、2025年和“十四五”时期工作回顾', children: parens(6) },
      { heading: '二、“十五五”时期主要目标与重点任务', children: items(9) },
      { heading: '三、2026年重点工作', children: parens(8) },
    ],
  },
  'shanghai-2026-zh-hans.txt': {
    title: '2026年上海市政府工作报告',
    parts: [
      { heading: '一、2025年工作回顾', children: parens(5) },
      { heading: '二、关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明', children: parens(4) },
      { heading: '三、2026年主要任务', children: parens(10) },
      { heading: '四、深入推进政府治理创新', children: parens(4) },
    ],
  },
  'chongqing-2026-zh-hans.txt': {
    title: '2026年重庆市政府工作报告',
    parts: [
      { heading: '一、2025年和“十四五”时期工作回顾', children: parens(9) },
      { heading: '二、“十五五”时期主要目标任务', children: parens(4) },
      { heading: '三、2026年工作安排', children: parens(11) },
      { heading: '四、全面提升政府治理现代化水平', children: parens(4) },
    ],
  },
  'anhui-2026-zh-hans.txt': {
    title: '2026年安徽省政府工作报告',
    parts: [
      { heading: '一、2025年工作和“十四五”发展回顾', children: parens(6) },
      { heading: '二、“十五五”时期主要目标和重大任务', children: parens(7) },
      { heading: '三、2026年重点工作', children: parens(11) },
    ],
  },
  'shandong-2026-zh-hans.txt': {
    title: '2026年山东省政府工作报告',
    parts: [
      { heading: '一、2025年及“十四五”时期工作回顾', children: parens(6) },
      { heading: '二、“十五五”时期经济社会发展目标任务', children: [] },
      { heading: '三、2026年重点工作', children: parens(10) },
    ],
  },
  'fujian-2026-zh-hans.txt': {
    title: '2026年福建省政府工作报告',
    parts: [
      { heading: '一、一年接着一年干，新福建建设持续取得新进展新成效', children: parens(9) },
      { heading: '二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章', children: parens(4) },
      { heading: '三、一鼓作气勇争先，全力推动“十五五”开好局、起好步', children: parens(9) },
      { heading: '四、一以贯之转作风，努力建设人民满意的服务型政府', children: parens(5) },
    ],
  },
  'heilongjiang-2026-zh-hans.txt': {
    title: '2026年黑龙江省政府工作报告',
    parts: [
      { heading: '一、2025年工作回顾和“十四五”时期发展成就', children: parens(9) },
      { heading: '二、“十五五”时期经济社会发展重点任务', children: items(12) },
      { heading: '三、2026年重点工作', children: parens(8) },
      { heading: '四、持续加强政府自身建设', children: parens(4) },
    ],
  },
  'hubei-2026-zh-hans.txt': {
    title: '2026年湖北省政府工作报告',
    parts: [
      { heading: '一、“十四五”时期和2025年工作回顾', children: [] },
      { heading: '二、“十五五”时期工作的主要考虑', children: items(6) },
      // "5.5%左右的预期增长目标…" opens a paragraph: a number, not list item 5.
      { heading: '三、2026年的重点工作', children: parens(9) },
      { heading: '四、努力建设让人民满意的法治型服务型政府', children: parens(5) },
    ],
  },
  'xinjiang-2026-zh-hans.txt': {
    title: '2026年新疆维吾尔自治区政府工作报告',
    parts: [
      { heading: '一、“十四五”时期和2025年工作回顾', children: parens(8) },
      { heading: '二、“十五五”时期经济社会发展的主要目标和战略举措', children: [] },
      { heading: '三、2026年重点工作', children: parens(10) },
      { heading: '四、坚持和加强党的全面领导，全力建设让人民更加满意的政府', children: parens(4) },
    ],
  },
  'ningxia-2026-zh-hans.txt': {
    title: '2026年宁夏回族自治区政府工作报告',
    parts: [
      { heading: '一、2025年工作总结和“十四五”发展成就', children: items(5) },
      { heading: '二、“十五五”时期主要任务', children: items(10) },
      { heading: '三、2026年重点工作', children: parens(6) },
    ],
  },
};

describe('outlines of the 2026 provincial reports', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.parts.length} parts with their subsections, nothing of the page in the outline`, async () => {
      const { documents } = await readFixture(name);
      expect(documents).toHaveLength(1);
      const [doc] = documents;
      expect(doc!.title).toBe(expected.title);
      expect(headings(doc!.root)).toEqual(expected.parts.map((p) => p.heading));
      expect(doc!.root.children.map(labels)).toEqual(expected.parts.map((p) => p.children));
      const text = allParagraphs(doc!).map((p) => p.text).join('\n');
      expect(text).not.toMatch(/^(下载|打印|全屏|收藏|相关报道：|【字号：|【字体：)$/m);
    });
  }

  it('ningxia 2026: the page around the report (breadcrumb, 发表时间, 阅读量, 字体 buttons) is debris, not parts', async () => {
    const [doc] = (await readFixture('ningxia-2026-zh-hans.txt')).documents;
    expect(doc!.titleBlock.map((l) => l.text)).toEqual(['来源：', '宁夏日报客户端', '政府工作报告', '——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上', '自治区人民政府主席 张雨浦']);
    const debris = doc!.debris.map((d) => d.text);
    for (const line of ['当前位置：', '首页', '>', '政务信息', '宁夏要闻', '发表时间：', '2026-02-09 09:45:30', '阅读量：', '【字体：', '小', '中', '大', '打印本页', '关闭窗口']) expect(debris).toContain(line);
    expect(allParagraphs(doc!)[0]!.text).toBe('各位代表：');
  });

  it('ningxia 2026: each （N） of 三、 holds its own run-in 一是…', async () => {
    const [doc] = (await readFixture('ningxia-2026-zh-hans.txt')).documents;
    const work = doc!.root.children[2]!;
    expect(subsections(work).map((s) => subsections(s).length)).toEqual([5, 3, 3, 3, 3, 8]);
  });
});

describe('gov.cn scrapes in raw GBK bytes', () => {
  it('1998: the body repeated six times is one document and five flagged copies, three parts each', async () => {
    const file = await readFixture('national-1998-govcn-zh-hans-gbk.txt');
    expect(file.documents.map((d) => d.duplicateOf)).toEqual([null, 0, 0, 0, 0, 0]);
    const [doc] = file.documents;
    expect(doc!.title).toBe('1998年国务院政府工作报告');
    expect(headings(doc!.root)).toEqual(['一、关于过去五年的政府工作', '二、关于1 9 9 8 年政府工作的建议', '三、关于国际形势和外交工作']);
  });

  it('2008: page 1 of 4 repeated six times: one document, five copies, 一、 with （一）…（三）; the pager is debris', async () => {
    const file = await readFixture('national-2008-govcn-zh-hans-gbk.txt');
    expect(file.documents.map((d) => d.duplicateOf)).toEqual([null, 0, 0, 0, 0, 0]);
    // The inner page elements (copies 5 and 6) hold no page title line: the report's own title is theirs.
    expect(file.documents.map((d) => d.title)).toEqual([...Array(4).fill('2008年国务院政府工作报告'), '政府工作报告', '政府工作报告']);
    const [doc] = file.documents;
    expect(headings(doc!.root)).toEqual(['一、过去五年工作回顾']);
    expect(labels(doc!.root.children[0]!)).toEqual(parens(3));
    expect(doc!.debris.some((d) => d.text === '上一页1 2 3 4 下一页')).toBe(true);
  });
});

describe('outline titles', () => {
  it('a heading sentence over 40 characters is kept whole (hubei 三、（二）)', async () => {
    const [doc] = (await readFixture('hubei-2026-zh-hans.txt')).documents;
    expect(subsections(doc!.root.children[2]!)[1]!.title).toBe('大力推进科技创新、产业创新和金融创新深度融合发展，加快构建体现湖北优势的现代化产业体系');
  });

  it('outline --json gives the whole title and a shortened display form', async () => {
    const json = outlineJson(await readFixture('hubei-2026-zh-hans.txt'));
    const section = json.documents[0]!.sections.children[2]!.children[1]!;
    expect(section.title.length).toBeGreaterThan(40);
    expect(section.title.endsWith('体系')).toBe(true);
    expect(section.displayTitle).toBe(`${section.title.slice(0, 40)}…`);
  });
});

/**
 * Where each report's closing 「各位代表…」 paragraphs land, read from the text: the paragraphs
 * after the last numbered item of a part close the part, not that item.
 */
const CLOSINGS: Record<string, { part: string; first: string; last: string; count: number }[]> = {
  'national-2024-wikisource-zh-hans.txt': [
    { part: '一、', first: '各位代表！', last: '在肯定成绩的同时', count: 3 },
    { part: '三、', first: '各位代表！', last: '使命重在担当，奋斗创造未来', count: 12 },
  ],
  'national-2018-govcn-zh-hans.txt': [
    { part: '一、', first: '各位代表！', last: '安不忘危，兴不忘忧', count: 8 },
    { part: '三、', first: '各位代表！', last: '团结凝聚力量，实干创造未来', count: 18 },
  ],
  'ningxia-2026-zh-hans.txt': [
    { part: '一、', first: '各位代表！', last: '在看到成绩的同时', count: 9 },
    { part: '三、', first: '各位代表！实现今年乃至', last: '各位代表！“十五五”蓝图引领未来', count: 2 },
  ],
  'anhui-2026-zh-hans.txt': [
    { part: '一、', first: '各位代表！', last: '在肯定成绩的同时', count: 4 },
    { part: '三、', first: '各位代表！', last: '我们已经开启“十五五”充满希望的新奋斗', count: 4 },
  ],
  'henan-2026-zh-hans.txt': [
    { part: '一、', first: '一年来，我们全面正确履行', last: '我们也清醒认识到', count: 3 },
    { part: '三、', first: '各位代表！', last: '雄关漫道真如铁', count: 4 },
  ],
  'heilongjiang-2026-zh-hans.txt': [
    { part: '一、', first: '各位代表！', last: '肯定成绩的同时', count: 5 },
    { part: '二、', first: '各位代表，五年蓝图已经绘就', last: '各位代表，五年蓝图已经绘就', count: 1 },
    { part: '四、', first: '各位代表！', last: '时代赋予使命，奋斗铸就辉煌', count: 2 },
  ],
  'shandong-2026-zh-hans.txt': [
    { part: '一、', first: '各位代表！2025年是', last: '我们也清醒认识到', count: 13 },
    { part: '三、', first: '各位代表！山东是驻军大省', last: '各位代表！岱青海蓝绘盛景', count: 3 },
  ],
};

describe('closing paragraphs belong to their part, after its items', () => {
  for (const [name, closings] of Object.entries(CLOSINGS)) {
    it(`${name}: ${closings.map((c) => `${c.part} closes with ${c.count}`).join(', ')}`, async () => {
      const [doc] = (await readFixture(name)).documents;
      const parts = doc!.root.children;
      for (const expected of closings) {
        const part = parts.find((p) => p.marker === expected.part)!;
        const closing = closingOf(part);
        expect(closing, expected.part).toHaveLength(expected.count);
        expect(closing[0]!.text.startsWith(expected.first), closing[0]!.text).toBe(true);
        expect(closing.at(-1)!.text.startsWith(expected.last), closing.at(-1)!.text).toBe(true);
        // Cited as the part's own paragraphs (三/p5), numbered after its last item's.
        expect(closing.every((p) => new RegExp(`^${part.label}/p\\d+$`).test(p.path))).toBe(true);
        const lastItem = subsections(part).at(-1)!;
        expect(closing[0]!.number).toBeGreaterThan(lastItem.paragraphs.at(-1)?.number ?? 0);
        expect(lastItem.paragraphs.some((p) => /^各位代表/.test(p.text))).toBe(false);
      }
      // Parts without an expected closing have none.
      expect(parts.filter((p) => closingOf(p).length > 0).map((p) => p.marker)).toEqual(closings.map((c) => c.part));
    });
  }

  it('a report without numbered items keeps its closing where it is (1998 三、, no subsections)', async () => {
    const [doc] = (await readFixture('national-1998-govcn-zh-hans-gbk.txt')).documents;
    const last = doc!.root.children.at(-1)!;
    expect(closingOf(last)).toEqual([]);
    expect(last.paragraphs.at(-1)!.text.startsWith('第九届全国人民代表大会肩负着跨世纪的历史使命')).toBe(true);
  });

  it('outline --json shows the closing as a section of kind closing, after the items', async () => {
    const json = outlineJson(await readFixture('national-2024-wikisource-zh-hans.txt'));
    const three = json.documents[0]!.sections.children[2]!;
    expect(three.children.at(-1)).toMatchObject({ kind: 'closing', title: '', marker: '' });
    expect(three.children.at(-1)!.paragraphs[0]!.path).toBe('三/p2');
  });
});

describe('closing paragraphs in citations and exports', () => {
  it('the 修改情况说明 cites them as paragraphs of their part, and exports group them under the part', async () => {
    const file = await readFixture('national-2024-wikisource-zh-hans.txt');
    const [doc] = file.documents;
    const three = doc!.root.children[2]!;
    const closing = closingOf(three);
    const blocks = reportBlocks(file.documents).filter((b) => b.kind === 'paragraph' && b.part?.ordinal === 3);
    const cited = blocks.find((b) => b.path === closing[0]!.path)!;
    // 第三部分: its own paragraph, then the （一）…（十） paragraphs, then the closing.
    expect(cited.ordinal).toBe(blocks.length - closing.length + 1);
    const outline = buildOutline(doc!.root);
    const entry = outline.paragraphs.get(closing.at(-1)!.id)!;
    expect(entry.section).toBe(three);
    expect(sectionPathText(entry.chain)).toBe('三、2024年政府工作任务');
  });
});
