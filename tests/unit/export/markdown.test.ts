import { describe, expect, it } from 'vitest';
import { buildOpinionMarkdown } from '../../../main/export/opinion-markdown';
import { codeFence, codeSpan, escapeCell, escapeLine } from '../../../main/export/markdown-escape';
import { richTextToMarkdown } from '../../../main/export/rich-text-markdown';
import type { RichTextNode } from '../../../main/model/opinion';
import { corpusCase, FORMATTED_BODY } from './corpus-input';

const same = (text: string) => text;
const headingsOf = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,6} /.test(line));

describe('the opinion sheet as Markdown', () => {
  it('has the title, the header, and the report’s own sections as nested headings in order', () => {
    const { input } = corpusCase();
    const markdown = buildOpinionMarkdown(input);
    expect(markdown.startsWith('# 《2026年浙江省政府工作报告》代表审议意见表\n\n- 姓名：张三\n- 代表团：浙江代表团\n- 日期：2026年3月5日\n- 报告版本：大会审议稿\n')).toBe(true);
    expect(headingsOf(markdown)).toEqual([
      '# 《2026年浙江省政府工作报告》代表审议意见表',
      '## 总体意见',
      '## 导语',
      '## 一、2025年主要工作和“十四五”发展成就',
      '### （一）强化创新驱动发展，创新浙江建设成效明显',
      '## 三、2026年重点工作',
      '### （一）着力提振市场信心增强社会预期',
      '### （二）着力提升创新体系整体效能',
      '### （三）着力完善以先进制造业为骨干的现代化产业体系',
      '### （九）着力促进高质量发展和高水平安全良性互动',
      '#### 1.医疗卫生方面',
      '## 未定位的意见',
    ]);
  });

  it('writes each opinion: label, quote, body, suggestion table, tags; the tally last', () => {
    const { input } = corpusCase();
    const markdown = buildOpinionMarkdown(input);
    expect(markdown).toContain('**第46段 · 建议修改 · 修改建议**\n\n> 深化人才“校（院）企双聘”，促\n\n此处表述宜更具体。\n\n| 原文 | 建议改为 | 理由 |\n| --- | --- | --- |\n| 深化人才“校（院）企双聘”，促 | 建议改写的新表述 | 表述不够具体 |');
    // A passage across paragraphs: one quote, a line per paragraph; in a table cell, a <br>.
    expect(markdown).toContain('> 秘密等违法行为。\n> 持续做好“两');
    expect(markdown).toContain('| 秘密等违法行为。<br>持续做好“两 |');
    expect(markdown).toContain('**【未定位】原位置 三/（二）/p2 · 质疑 · 批注**');
    expect(markdown.trimEnd().endsWith('共 16 条意见：赞同 4 条，质疑 3 条，建议修改 4 条，反对 1 条，数据核实 2 条，未标立场 2 条。')).toBe(true);
    expect(markdown).not.toContain('已删除');
  });

  it('keeps the body’s formatting in Markdown', () => {
    expect(richTextToMarkdown(FORMATTED_BODY, same)).toBe(
      [
        '**关于营商环境**',
        '',
        '建议**明确时限**，并*公开进度*；删去~~原有提法~~，引用`GDP*2`\\',
        '第二行 #不是标题',
        '',
        '- 第一点',
        '- 第二点',
        '  - 第二点之一',
        '',
        '3. 其三',
        '4. 其四',
        '',
        '> 引自代表建议：“应当量化”',
        '',
        '````',
        'a = 1',
        '```',
        'b = 2',
        '````',
        '',
        '* * *',
        '',
        '以上。',
      ].join('\n'),
    );
  });

  it('falls back to HTML tags where CommonMark emphasis would not close (CJK punctuation, adjacent marks)', () => {
    const body: RichTextNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '的' },
            { type: 'text', text: '“重点”', marks: [{ type: 'bold' }] },
            { type: 'text', text: '是' },
            { type: 'text', text: '甲', marks: [{ type: 'bold' }] },
            { type: 'text', text: '乙', marks: [{ type: 'italic' }] },
            { type: 'text', text: '码', marks: [{ type: 'code' }, { type: 'bold' }] },
          ],
        },
      ],
    };
    expect(richTextToMarkdown(body, same)).toBe('的<b>“重点”</b>是<b>甲</b><i>乙</i><b>`码`</b>');
  });

  it('escapes what would otherwise be read as Markdown', () => {
    expect(escapeLine('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeLine('1. 不是列表')).toBe('1\\. 不是列表');
    expect(escapeLine('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeLine('> 不是引用')).toBe('\\> 不是引用');
    expect(escapeLine('*强调* 和 [链接](x) 与 <b>')).toBe('\\*强调\\* 和 \\[链接\\](x) 与 \\<b\\>');
    expect(escapeCell('甲|乙\n丙')).toBe('甲\\|乙<br>丙');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeFence('x\n````\ny')).toBe('`````\nx\n````\ny\n`````');
    const { input, opinions } = corpusCase();
    const hostile = opinions.map((o) => (o.id === 'o_preamble' ? { ...o, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '## 伪造的标题' }] }] } } : o));
    expect(headingsOf(buildOpinionMarkdown({ ...input, opinions: hostile }))).not.toContain('## 伪造的标题');
  });

  it('groups by stance, and writes 繁, when asked', () => {
    const { input } = corpusCase({ order: 'stance', script: 'hant' });
    const markdown = buildOpinionMarkdown(input);
    expect(headingsOf(markdown)).toEqual(['# 《2026年浙江省政府工作報告》代表審議意見表', '## 總體意見', '## 贊同', '## 質疑', '## 建議修改', '## 反對', '## 數據覈實', '## 未標立場', '## 未定位的意見']);
    expect(markdown).toContain('**三、2026年重點工作 › （九）着力促進高質量發展和高水平安全良性互動 › 1.醫療衛生方面 › 第75段 · 贊同 · 批註**');
  });

  it('says （无意见） when there are no opinions', () => {
    const { input } = corpusCase({ opinions: [] });
    expect(buildOpinionMarkdown(input)).toContain('\n\n（无意见）\n');
  });
});
