/**
 * Every real report of the corpus, with the outline a reader sees in the text: titles, levels
 * and counts written down by reading each file, not by running the parser.
 */
import { describe, expect, it } from 'vitest';
import { allParagraphs, allSections, child, closingOf, headings, readFixture, subsections } from '../fixtures';

const cnParens = (n: number) => Array.from({ length: n }, (_, i) => `（${'一二三四五六七八九十'[i]}）`);
const markers = (titles: string[]) => titles.map((t) => t.match(/^(（.）|[一二三四五六七八九十]+[、是要]|第.、|\d+[.．])/)?.[1] ?? t);

describe('corpus outlines', () => {
  it('jinzhong sample (Traditional, scraped): junk preamble kept aside, 篇1 title, 一、二、 with 一是…七是 and (一)…(八)', async () => {
    const file = await readFixture('jinzhong-report-zh-hant.txt');
    expect(file.documents).toHaveLength(1);
    const [doc] = file.documents;
    expect(doc!.title).toBe('晉中市政府工作報告');
    expect(headings(doc!.root)).toEqual(['一、20xx年工作回顧', '二、20xx年工作安排']);
    const review = child(doc!.root, '一、');
    expect(markers(headings(review))).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是']);
    expect(subsections(review).every((item) => item.runIn)).toBe(true);
    // Each item is one paragraph; what follows the last one closes the part 一、, after its items.
    expect(child(review, '七是').paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['七是社會和諧']);
    expect(closingOf(review).map((p) => p.text.slice(0, 6))).toEqual(['成績來之不易', '回顧一年的實', '我們清醒地看']);
    expect(closingOf(review).map((p) => p.path)).toEqual(['一/p2', '一/p3', '一/p4']);
    const plan = child(doc!.root, '二、');
    expect(subsections(plan).map((s) => s.label)).toEqual(cnParens(8));
    // Half-width (一) headings on their own line, ending with 。 in the source.
    expect(child(plan, '(三)').title).toBe('堅持結構調整,突出創新驅動,努力在加快產業轉型上取得突破');
    expect(child(plan, '(三)').runIn).toBe(false);
    expect(doc!.debris.map((d) => d.reason)).toEqual(['page-header', 'promo']);
    expect(doc!.debris[1]!.text).toContain('下面小編給大家分享');
    const paragraphs = allParagraphs(doc!);
    expect(paragraphs[0]).toMatchObject({ number: 1, path: 'p1', text: '各位代表:' });
    expect(paragraphs.some((p) => p.text.includes('小編'))).toBe(false);
    expect(child(plan, '(三)').paragraphs[1]!.path).toBe('二/（三）/p2');
  });

  it('national 2024 (Wikisource): split title block, 一是…六是, （一）…（十）, licence footer out of the body', async () => {
    const [doc] = (await readFixture('national-2024-wikisource-zh-hans.txt')).documents;
    expect(doc!.title).toBe('政府工作报告');
    expect(doc!.titleBlock.map((l) => l.text)).toEqual(['——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理李\u3000强']);
    expect(headings(doc!.root)).toEqual(['一、2023年工作回顾', '二、2024年经济社会发展总体要求和政策取向', '三、2024年政府工作任务']);
    expect(subsections(child(doc!.root, '一、'))).toHaveLength(6);
    const tasks = child(doc!.root, '三、');
    expect(subsections(tasks).map((s) => s.label)).toEqual(cnParens(10));
    expect(subsections(tasks).every((s) => s.runIn)).toBe(true);
    expect(child(tasks, '（一）').title).toBe('大力推进现代化产业体系建设，加快发展新质生产力');
    const text = allParagraphs(doc!).map((p) => p.text).join('\n');
    expect(text).not.toContain('本作品');
    expect(text).not.toContain('Public domain');
    expect(doc!.debris.every((d) => d.reason === 'licence-footer')).toBe(true);
    expect(doc!.debris.some((d) => d.text === 'Public domain')).toBe(true);
  });

  it('national 2024 in GB18030 gives the same outline and the same paragraph ids as the UTF-8 file', async () => {
    const utf8 = (await readFixture('national-2024-wikisource-zh-hans.txt')).documents[0]!;
    const gb = (await readFixture('national-2024-wikisource-zh-hans-gb18030.txt')).documents[0]!;
    expect(allParagraphs(gb).map((p) => p.id)).toEqual(allParagraphs(utf8).map((p) => p.id));
    expect(allSections(gb.root).map((s) => s.heading)).toEqual(allSections(utf8.root).map((s) => s.heading));
  });

  it('national 2018 from two sources: CR CR LF line endings and wrappers do not change the body', async () => {
    const govcn = (await readFixture('national-2018-govcn-zh-hans.txt')).documents;
    const wiki = (await readFixture('national-2018-wikisource-zh-hans.txt')).documents;
    expect(govcn).toHaveLength(1);
    const [g, w] = [govcn[0]!, wiki[0]!];
    expect(g.title).toBe('政府工作报告');
    expect(g.titleBlock[0]!.text).toBe('——2018年3月5日在第十三届全国人民代表大会第一次会议上国务院总理 李克强');
    expect(g.debris.map((d) => d.reason)).toEqual(['dateline', 'photo-caption']);
    for (const doc of [g, w]) {
      expect(headings(doc.root)).toEqual(['一、过去五年工作回顾', '二、2018年经济社会发展总体要求和政策取向', '三、对2018年政府工作的建议']);
      // （一）…（九） restart under 三、 after 一、's own （一）…（九）.
      expect(subsections(child(doc.root, '一、')).map((s) => s.label)).toEqual(cnParens(9));
      expect(subsections(child(doc.root, '三、')).map((s) => s.label)).toEqual(cnParens(9));
      expect(child(child(doc.root, '三、'), '（二）').title).toBe('加快建设创新型国家');
    }
    const normalise = (t: string) => t.replace(/\s/g, '');
    expect(allParagraphs(g).map((p) => normalise(p.text))).toEqual(allParagraphs(w).map((p) => normalise(p.text)));
    expect(allParagraphs(g).some((p) => /\r|\n/.test(p.text))).toBe(false);
  });

  it('national 1983: unnumbered parts, then （一）, 第一、 and full-width （１）', async () => {
    const [doc] = (await readFixture('national-1983-wikisource-zh-hans.txt')).documents;
    expect(doc!.title).toBe('national-1983-wikisource-zh-hans');
    expect(headings(doc!.root)).toEqual(['过去五年的回顾', '今后五年的主要任务', '结束语']);
    const tasks = child(doc!.root, '今后五年的主要任务');
    expect(headings(tasks)).toEqual(['（一）关于经济建设', '（二）关于经济体制改革', '（三）关于教育科技文化建设', '（四）关于政法工作', '（五）关于外交工作']);
    expect(markers(headings(child(tasks, '（一）')))).toEqual(['第一、', '第二、', '第三、']);
    const science = child(tasks, '（三）');
    expect(subsections(science).map((s) => s.label)).toEqual(['（1）', '（2）', '（3）', '（4）', '（5）']);
    // Each item is its own sentence; what follows the last one stays after it, in order.
    expect(subsections(science).slice(0, 4).every((s) => s.paragraphs.length === 1)).toBe(true);
    // Paragraph text keeps its source, but the U+3000 indent is not part of it.
    expect(allParagraphs(doc!).every((p) => !p.text.startsWith('\u3000'))).toBe(true);
  });

  it('national 1954 (Traditional, no headings): one speech, lines broken at links joined back', async () => {
    const [doc] = (await readFixture('national-1954-wikisource-zh-hant.txt')).documents;
    expect(doc!.root.children).toHaveLength(0);
    const paragraphs = allParagraphs(doc!);
    expect(paragraphs[1]!.text).toContain('劉少奇同志關於憲法草案的報告並進行了三天的討論以後');
    const big5 = (await readFixture('national-1954-wikisource-zh-hant-big5.txt')).documents[0]!;
    expect(allParagraphs(big5)).toHaveLength(paragraphs.length);
  });

  it('national 1954 from gov.cn: the body repeated six times is offered as one document and five flagged copies', async () => {
    const { documents } = await readFixture('national-1954-govcn-zh-hans.txt');
    expect(documents).toHaveLength(6);
    expect(documents.map((d) => d.duplicateOf)).toEqual([null, 0, 0, 0, 0, 0]);
    const first = documents[0]!;
    const reasons = new Set(first.debris.map((d) => d.reason));
    for (const reason of ['html-comment', 'escape-literal', 'breadcrumb', 'page-ui', 'editor-note', 'page-header']) expect(reasons).toContain(reason);
    const text = allParagraphs(first).map((p) => p.text).join('\n');
    expect(text).not.toMatch(/<U\+00A0>|<!--|当前位置|责任编辑|字体：/);
    expect(allParagraphs(first)[0]!.text).toBe('各位代表：');
    expect(first.titleBlock.at(-1)!.text).toMatch(/^1954年政府工作报告——.*国务院总理周恩来$/);
  });

  it('yunnan 2025 (.docx text): run-in （一）, 名词解释 1.–44. with mixed dots, 附件 with its own 一、…十、', async () => {
    const [doc] = (await readFixture('yunnan-2025-zh-hans.txt')).documents;
    expect(doc!.titleBlock.map((l) => l.text)).toEqual(['来源：北京日报', '——2025年1月18日在云南省第十四届人民代表大会第三次会议上', '省长 王予波']);
    expect(markers(headings(doc!.root))).toEqual(['一、', '二、', '三、', '名词解释', '附件2025年10件惠民实事']);
    expect(subsections(child(doc!.root, '一、')).every((s) => s.runIn)).toBe(true);
    expect(subsections(child(doc!.root, '三、')).every((s) => !s.runIn)).toBe(true);
    const glossary = child(doc!.root, '名词解释');
    expect(subsections(glossary).map((s) => s.label)).toEqual(Array.from({ length: 44 }, (_, i) => String(i + 1)));
    expect(child(glossary, '3．').title).toBe('10种有色金属');
    const attachment = doc!.root.children.at(-1)!;
    expect(attachment.marker).toBe('附件');
    expect(attachment.title).toBe('2025年10件惠民实事');
    expect(subsections(attachment).map((s) => s.label)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(child(attachment, '一、').paragraphs.map((p) => p.text.slice(0, 5))).toEqual(['年度目标：', '主办单位：']);
  });

  it('sichuan 2025: unnumbered parts with （一） restarting in each, 名词解释 1.–50. including "8.6个…"', async () => {
    const [doc] = (await readFixture('sichuan-2025-zh-hans.txt')).documents;
    expect(headings(doc!.root)).toEqual(['2024年工作回顾', '2025年工作安排建议', '加强政府自身建设', '名词解释']);
    expect(doc!.root.children.slice(0, 3).map((part) => subsections(part).length)).toEqual([6, 9, 4]);
    const glossary = child(doc!.root, '名词解释');
    expect(subsections(glossary)).toHaveLength(50);
    expect(subsections(glossary)[7]!.title).toBe('6个重大科技专项');
  });

  it('beijing 2026 (municipal, web page): UI buttons, caption and 相关报道 kept aside; 一是…六是; （一）…（十）', async () => {
    const [doc] = (await readFixture('beijing-2026-zh-hans.txt')).documents;
    expect(doc!.title).toBe('2026年北京市政府工作报告');
    expect(doc!.titleBlock.map((l) => l.text).slice(1)).toEqual(['来源：北京日报', '时间：2026-02-02', '北京市市长 殷勇']);
    expect(doc!.debris.filter((d) => d.reason === 'page-ui').map((d) => d.text)).toEqual(['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】']);
    expect(doc!.debris.some((d) => d.reason === 'photo-caption' && d.text.includes('戴冰摄'))).toBe(true);
    expect(doc!.debris.at(-1)).toMatchObject({ reason: 'related-links', text: '相关报道：' });
    expect(subsections(child(doc!.root, '一、'))).toHaveLength(6);
    expect(subsections(child(doc!.root, '三、')).map((s) => s.label)).toEqual(cnParens(10));
  });

  it('neimenggu 2026: four levels — unnumbered parts, 一、, （一）, 一要 — and 附件 numbered 1.–10.', async () => {
    const [doc] = (await readFixture('neimenggu-2026-zh-hans.txt')).documents;
    expect(headings(doc!.root)).toEqual(['“十四五”时期发展成就和2025年工作回顾', '“十五五”时期主要目标和2026年重点工作', '附件2026年自治区民生实事']);
    const goals = child(doc!.root, '“十五五”时期主要目标和2026年重点工作');
    expect(markers(headings(goals))).toEqual(['一、', '二、', '三、', '四、']);
    const seven = child(goals, '三、');
    expect(subsections(seven)).toHaveLength(7);
    expect(markers(headings(child(seven, '（一）')))).toEqual(['一要', '二要', '三要']);
    expect(subsections(doc!.root.children[2]!)).toHaveLength(10);
  });

  it('zhejiang 2026: the 1.–10. list under （九） is closed before （十）', async () => {
    const [doc] = (await readFixture('zhejiang-2026-zh-hans.txt')).documents;
    const work = child(doc!.root, '三、');
    expect(subsections(work).map((s) => s.label)).toEqual(cnParens(10));
    expect(subsections(child(work, '（九）')).map((s) => s.title)).toEqual([
      '医疗卫生方面', '养老帮困方面', '关爱儿童方面', '就业创业方面', '城乡宜居方面',
      '教育助学方面', '文化体育方面', '交通出行方面', '便民服务方面', '除险保安方面',
    ]);
    expect(child(work, '（十）').title).toBe('着力加强政府自身建设');
    expect(subsections(child(doc!.root, '一、'))).toHaveLength(10);
  });

  it('NPC resolution: a short text without headings, the link-split sentence joined, footer aside', async () => {
    const [doc] = (await readFixture('npc-resolution-2024-wikisource-zh-hans.txt')).documents;
    expect(doc!.root.children).toHaveLength(0);
    const paragraphs = allParagraphs(doc!);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.text).toContain('国务院总理李强所作的政府工作报告。会议充分肯定');
    expect(doc!.debris.every((d) => d.reason === 'licence-footer')).toBe(true);
  });
});

describe('paragraph identity', () => {
  it('every paragraph text is exactly the source text its spans point to', async () => {
    for (const name of ['jinzhong-report-zh-hant.txt', 'national-2018-govcn-zh-hans.txt', 'national-1954-govcn-zh-hans.txt']) {
      const file = await readFixture(name);
      for (const doc of file.documents) {
        for (const p of allParagraphs(doc)) {
          expect(p.spans.map((s) => file.sourceText.slice(s.start, s.end)).join('')).toBe(p.text);
        }
      }
    }
  });

  it('reading order is source order in every report of the corpus', async () => {
    for (const name of ['jinzhong-report-zh-hant.txt', 'beijing-2026-zh-hans.txt', 'zhejiang-2026-zh-hans.txt', 'national-1983-wikisource-zh-hans.txt', 'yunnan-2025-zh-hans.txt', 'neimenggu-2026-zh-hans.txt']) {
      const [doc] = (await readFixture(name)).documents;
      const starts = allParagraphs(doc!).map((p) => p.spans[0]!.start);
      expect(starts, name).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('ids are unique within a document and numbers run 1..N in reading order', async () => {
    const [doc] = (await readFixture('sichuan-2025-zh-hans.txt')).documents;
    const paragraphs = allParagraphs(doc!);
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
    expect([...paragraphs].sort((a, b) => a.number - b.number).map((p) => p.number)).toEqual(paragraphs.map((_, i) => i + 1));
  });
});
