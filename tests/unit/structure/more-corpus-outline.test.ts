/**
 * The 14 reports of corpus/more: each outline written down by reading the text (its 一、 lines,
 * （N） lines and run-in 一是 items in source order), not by running the parser.
 */
import { describe, expect, it } from 'vitest';
import type { Section } from '../../../main/model/report';
import { outlineJson } from '../../../main/cli/outline-json';
import { allParagraphs, headings, readFixture } from '../fixtures';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const parens = (n: number) => CN.slice(0, n).map((d) => `（${d}）`);
const items = (n: number) => CN.slice(0, n).map((d) => `${d}是`);

interface Part {
  heading: string;
  /** The labels of the part's subsections as a reader sees them: （一）… or 一是… */
  children: string[];
}

const labels = (section: Section) => section.children.map((c) => c.label);

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
    expect(work.children.map((s) => s.children.length)).toEqual([5, 3, 3, 3, 3, 8]);
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
    expect(doc!.root.children[2]!.children[1]!.title).toBe('大力推进科技创新、产业创新和金融创新深度融合发展，加快构建体现湖北优势的现代化产业体系');
  });

  it('outline --json gives the whole title and a shortened display form', async () => {
    const json = outlineJson(await readFixture('hubei-2026-zh-hans.txt'));
    const section = json.documents[0]!.sections.children[2]!.children[1]!;
    expect(section.title.length).toBeGreaterThan(40);
    expect(section.title.endsWith('体系')).toBe(true);
    expect(section.displayTitle).toBe(`${section.title.slice(0, 40)}…`);
  });
});
