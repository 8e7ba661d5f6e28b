/**
 * 会议简报 split into one opinion per speaker paragraph, on three 简报 written like real ones
 * (tests/fixtures/briefings): the 报头's 期号 and date, each speaker with their delegation or
 * sector, the report's words each quotes found in the real report's reading text, and every
 * paragraph naming no one listed, not dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReadingText } from '../../../main/anchoring/reading-text';
import { parseBriefing } from '../../../main/desk/briefing';
import { briefingOpinions } from '../../../main/desk/briefing-opinions';
import { allParagraphs, FIXTURES, readFixture } from '../fixtures';

const briefing = (name: string) => readFileSync(join(FIXTURES, 'briefings', name), 'utf8');
const readingOf = async (name: string) => buildReadingText(allParagraphs((await readFixture(name)).documents[0]!)).text;
const who = (speech: { speakers: { name: string; delegation: string | null }[] }) => speech.speakers.map((s) => `${s.delegation}·${s.name}`).join('、');

describe('parseBriefing', () => {
  it('reads a delegation 简报: 报头, speakers, delegation, quotes of the national report and the change spelled out', async () => {
    const reading = await readingOf('national-2024-wikisource-zh-hans.txt');
    const parsed = parseBriefing(briefing('shanxi-npc-2024-06.txt'), { reportText: reading });
    expect(parsed.header).toEqual({ name: '会议简报', issue: 6, issueText: '第6期', publisher: '十四届全国人大二次会议山西代表团秘书组', date: '2024-03-06' });
    expect(parsed.title).toBe('山西代表团全体会议审议政府工作报告');
    expect(parsed.speeches.map((s) => [s.paragraph, who(s)])).toEqual([
      [2, '山西代表团·王建国'],
      [3, '山西代表团·李秀英'],
      [4, '山西代表团·张伟'],
      [5, '山西代表团·赵明、山西代表团·孙丽'],
    ]);
    const [wang, li, zhang] = parsed.speeches;
    expect(wang!.speakers[0]).toMatchObject({ title: '太原市市长', delegationFrom: 'briefing' });
    expect(li!.speakers[0]).toMatchObject({ from: '大同', delegationFrom: 'briefing' });
    expect(zhang!.speakers[0]!.delegationFrom).toBe('paragraph');
    // Each quote stands once in the 2024 report: anchored where it stands.
    for (const speech of [wang!, li!, zhang!]) {
      const quote = speech.quotes[0]!;
      expect(quote.occurrences).toBe(1);
      expect(reading.slice(quote.reading!.start, quote.reading!.end)).toBe(quote.text);
    }
    expect(wang!.quotes.map((q) => q.text)).toEqual(['大力推进现代化产业体系建设，加快发展新质生产力', '加快发展新质生产力']);
    expect(wang!.suggestion).toEqual({ original: '加快发展新质生产力', proposed: '加快发展新质生产力推动传统产业转型升级' });
    expect(zhang!.suggestion).toEqual({ original: '高素质劳动者众多的人才优势', proposed: '高素质劳动者和技能人才众多的人才优势' });
    // 她还建议 is part of 李秀英's paragraph; 与会代表 and the 按语 name no one and are listed.
    expect(parsed.unattributed.map((p) => [p.paragraph, p.reason])).toEqual([[1, 'editor-note'], [6, 'no-speaker']]);
    expect(parsed.footer).toEqual(['报：大会秘书处', '送：全国人大常委会办公厅、国务院研究室', '发：本团全体代表', '（共印60份）']);
  });

  it('reads a CPPCC sector 简报: 第三期, 界别 and 委员, quotes marked 报告提出 or found verbatim', async () => {
    const parsed = parseBriefing(briefing('cppcc-economy-2024-03.txt'), { reportText: await readingOf('national-2024-wikisource-zh-hans.txt') });
    expect(parsed.header).toMatchObject({ name: '大会简报', issue: 3, issueText: '第三期', date: '2024-03-07' });
    expect(parsed.speeches.map((s) => [who(s), s.speakers[0]!.role])).toEqual([
      ['经济界·刘志强', 'cppcc-member'],
      ['经济界·陈晓东', 'cppcc-member'],
      ['经济界·周海燕', 'cppcc-member'],
    ]);
    expect(parsed.speeches[1]!.speakers[0]).toMatchObject({ from: '民建', title: '上海某投资公司董事长' });
    expect(parsed.speeches.map((s) => s.quotes.map((q) => [q.text, q.marked, q.occurrences]))).toEqual([
      [['经济增长预期目标为5%左右', true, 1]],
      [['着力扩大国内需求', false, 1]],
      [['粮食产量1.3万亿斤以上', true, 1]],
    ]);
    expect(parsed.unattributed).toEqual([{ paragraph: 4, text: '委员们还就优化营商环境、加强金融监管等问题进行了讨论。', reason: 'no-speaker' }]);
    expect(parsed.footer.at(-1)).toBe('印数：40份');
  });

  it('reads a provincial session 简报: a continued speaker, a quote found three times left unplaced, opinions with provenance', async () => {
    const reading = await readingOf('hubei-2026-zh-hans.txt');
    const parsed = parseBriefing(briefing('wuhan-hubei-2026-02.txt'), { reportText: reading });
    expect(parsed.header).toMatchObject({ name: '简报', issue: 2, publisher: '大会秘书处', date: '2026-01-28' });
    expect(parsed.delegation).toBe('武汉代表团');
    expect(parsed.speeches.map((s) => [s.paragraph, who(s), s.continued])).toEqual([
      [1, '武汉代表团·黄志斌', false],
      [2, '武汉代表团·胡欣怡', false],
      [3, '武汉代表团·郭海', false],
      [4, '武汉代表团·郭海', true],
      [5, '武汉代表团·邓春', false],
    ]);
    const guo = parsed.speeches[2]!.quotes[0]!;
    expect(guo).toEqual({ text: '支点建设七大战略', marked: false, reading: null, occurrences: 3 });
    expect(parsed.speeches[1]!.suggestion).toEqual({ original: '加强荆楚艺术精品创作', proposed: '加强荆楚艺术精品创作和网络文艺创作' });
    expect(parsed.unattributed.map((p) => p.text)).toEqual(['会议由代表团团长主持。']);

    const opinions = briefingOpinions(parsed, 'v1');
    expect(opinions.map((o) => [o.id, o.author.name, o.kind])).toEqual([
      ['briefing-2-1-1', '黄志斌', 'passage-suggestion'],
      ['briefing-2-2-1', '胡欣怡', 'passage-suggestion'],
      ['briefing-2-3-1', '郭海', 'report-note'],
      // 坚持把稳增长摆在突出位置 is the report's, but unquoted: only quoted words anchor.
      ['briefing-2-4-1', '郭海', 'report-note'],
      ['briefing-2-5-1', '邓春', 'passage-comment'],
    ]);
    expect(reading.slice(opinions[0]!.reading!.start, opinions[0]!.reading!.end)).toBe('促进循环经济发展');
  });

  it('without a report, keeps the quotes a paragraph marks as the report’s and no others', () => {
    const parsed = parseBriefing(briefing('wuhan-hubei-2026-02.txt'));
    expect(parsed.speeches.map((s) => s.quotes.map((q) => q.text))).toEqual([['促进循环经济发展'], [], [], [], ['外资外贸企业提质扩容']]);
    expect(parsed.speeches[0]!.quotes[0]).toEqual({ text: '促进循环经济发展', marked: true, reading: null, occurrences: 0 });
  });
});

describe('parseBriefing edge cases', () => {
  it('reads a 报头 without a rule, a date in Chinese numerals and speakers named in other ways', () => {
    const parsed = parseBriefing(
      [
        '大会简报',
        '第十二期',
        '大会秘书处编印　二〇二六年三月五日',
        '',
        '张三代表在审议时说，2026年1月1日起施行的新规要落实好，建议加大对中小企业的信贷支持力度。',
        '她进一步指出，要切实减轻企业负担。',
        '来自山西的王五代表认为，报告中“推动经济持续向好”很提气。',
        '代表们认为，报告总结成绩实事求是。',
        '阿不都·热合曼代表表示，要加强民族团结进步教育。',
      ].join('\n'),
    );
    expect(parsed.header).toEqual({ name: '大会简报', issue: 12, issueText: '第十二期', publisher: '大会秘书处', date: '2026-03-05' });
    expect(parsed.speeches.map((s) => [s.paragraph, who(s), s.continued])).toEqual([
      [1, 'null·张三', false],
      [2, 'null·张三', true],
      [3, '山西代表团·王五', false],
      [5, 'null·阿不都·热合曼', false],
    ]);
    expect(parsed.speeches[2]!.quotes).toEqual([{ text: '推动经济持续向好', marked: true, reading: null, occurrences: 0 }]);
    expect(parsed.unattributed).toEqual([{ paragraph: 4, text: '代表们认为，报告总结成绩实事求是。', reason: 'no-speaker' }]);
  });
});

describe('parseBriefing on hostile input', () => {
  it('reads a speech of 300,000 characters full of unclosed quotes without stalling', () => {
    const paragraph = `张三代表说，${'建议将“'.repeat(50_000)}${'在“'.repeat(25_000)}`;
    const parsed = parseBriefing(`会议简报\n第1期\n━━━━━━━━━━\n${paragraph}\n李四代表说，建议将“${'好'.repeat(10)}”改为“更好”。`);
    expect(parsed.speeches.map((s) => [s.speakers[0]!.name, s.text.length, s.suggestion])).toEqual([
      ['张三', paragraph.length, null],
      ['李四', 28, { original: '好'.repeat(10), proposed: '更好' }],
    ]);
  });
});
