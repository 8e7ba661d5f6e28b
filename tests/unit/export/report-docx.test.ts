/**
 * The report with comments and tracked changes, opened and read back: every comment is a
 * native Word comment around the right words, every suggestion a w:del / w:ins pair, and the
 * document reads as the report when every change is rejected.
 */
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../main/export/report-docx';
import { reportBlockTexts } from './report-helpers';
import { corpusCase, PROFILE } from './corpus-input';
import { annotationIds, commentedText, paragraphTexts, unzip, wordComments, wordTokens, type Token } from './ooxml';

async function open(overrides = {}) {
  const { input, opinions, corpus } = corpusCase(overrides);
  const files = await unzip(await buildReportDocx(input));
  const documentXml = files.get('word/document.xml')!.toString('utf8');
  const commentsXml = files.get('word/comments.xml');
  const comments = commentsXml ? wordComments(commentsXml.toString('utf8')) : new Map<string, never>();
  const tokens = wordTokens(documentXml);
  // Comment ids follow the export order; find each opinion's by the body it carries.
  const idOf = (text: string) => [...comments.values()].find((c) => c.text.includes(text))!.id;
  return { input, opinions, corpus, files, documentXml, comments, tokens, idOf };
}

const texts = (tokens: Token[], kind: 'deleted' | 'inserted') =>
  tokens.filter((t): t is Extract<Token, { kind: 'text' }> => t.kind === 'text' && t[kind]).map((t) => t.text);

describe('the report as a Word document with comments and tracked changes', () => {
  it('holds the whole report: title, title block, headings and every paragraph, in order', async () => {
    const { tokens, corpus } = await open();
    const expected = [
      corpus.document.title,
      ...corpus.document.titleBlock.map((line) => line.text),
      ...reportBlockTexts(corpus.document.root),
    ];
    expect(paragraphTexts(tokens, 'reject').map((p) => p.text)).toEqual(expected);
  });

  it('styles the title and the standalone headings by their level', async () => {
    const { tokens } = await open();
    const styled = paragraphTexts(tokens, 'reject').filter((p) => p.style !== null);
    expect(styled[0]).toEqual({ text: '2026年浙江省政府工作报告', style: 'Title' });
    expect(styled.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '一、2025年主要工作和“十四五”发展成就',
      '二、“十五五”时期的主要目标任务',
      '三、2026年重点工作',
    ]);
    expect(styled.filter((p) => p.style === 'Heading2').map((p) => p.text).slice(0, 2)).toEqual(['（一）着力提振市场信心增强社会预期', '（二）着力提升创新体系整体效能']);
  });

  it('writes one native comment per opinion, by its author, with initials and date', async () => {
    const { comments, opinions } = await open();
    const exported = opinions.filter((o) => o.deletedAt === null);
    expect(comments.size).toBe(exported.length);
    for (const comment of comments.values()) {
      expect(comment.author).toBe(PROFILE.name);
      expect(comment.initials).toBe('张三');
      expect(comment.date).toMatch(/^2026-02-02T03:\d\d:00(\.000)?Z$/);
    }
    expect([...comments.values()].some((c) => c.text.includes('已删除'))).toBe(false);
  });

  it('puts each passage comment around exactly its words, across paragraphs and overlapping others', async () => {
    const { tokens, idOf, opinions } = await open();
    const quote = (id: string) => opinions.find((o) => o.id === id)!.anchor!.quote.exact;
    for (const [id, body] of [
      ['o_preamble', '开篇简洁'],
      ['o_formatted', '关于营商环境'],
      ['o_overlap_a', '重叠之一'],
      ['o_overlap_b', '重叠之二'],
      ['o_span', '跨段的意见'],
      ['o_item', '医疗方面很好'],
    ] as const) {
      expect(commentedText(tokens, idOf(body)), id).toBe(quote(id));
    }
    expect(quote('o_span')).toContain('\n');
    // The two overlapping comments really overlap: b starts inside a.
    const [a, b] = [idOf('重叠之一'), idOf('重叠之二')];
    const order = tokens
      .filter((t): t is Extract<Token, { id: string }> => (t.kind === 'start' || t.kind === 'end') && (t.id === a || t.id === b))
      .map((t) => `${t.kind}:${t.id === a ? 'a' : 'b'}`);
    expect(order).toEqual(['start:a', 'start:b', 'end:a', 'end:b']);
  });

  it('every comment range has a reference, and every w:id is unique', async () => {
    const { tokens, documentXml, comments } = await open();
    for (const id of comments.keys()) {
      const ends = tokens.findIndex((t) => t.kind === 'end' && t.id === id);
      expect(tokens.findIndex((t) => t.kind === 'start' && t.id === id)).toBeLessThan(ends);
      expect(tokens.slice(ends).some((t) => t.kind === 'reference' && t.id === id)).toBe(true);
    }
    const { comments: commentIds, revisions } = annotationIds(documentXml);
    const all = [...commentIds, ...revisions];
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes suggestions as w:del of the original and w:ins of the proposed words, by the author', async () => {
    const { tokens, documentXml } = await open();
    const deleted = texts(tokens, 'deleted').join('');
    const inserted = texts(tokens, 'inserted');
    expect(inserted).toEqual(['跨标题的改写', '建议改写的新表述', '合并后的句子']);
    expect(deleted).toContain('深化人才“校（院）企双聘”，促');
    // The overlapping suggestion is not applied twice: it stays a comment.
    expect(inserted).not.toContain('另一种改法');
    for (const token of tokens) if (token.kind === 'text' && token.revision) expect(token.revision.author).toBe('张三');
    expect(documentXml).toMatch(/<w:del w:id="\d+" w:author="张三" w:date="2026-02-02T03:\d\d:00Z">/);
  });

  it('reads as the suggestions say when every change is accepted', async () => {
    const { tokens, corpus } = await open();
    const accepted = paragraphTexts(tokens, 'accept').map((p) => p.text);
    const p46 = corpus.p(46).text;
    expect(accepted).toContain(`${p46.slice(6, 30)}建议改写的新表述${p46.slice(45)}`);
    // Across two paragraphs of one section: accepting joins them.
    const p49 = corpus.p(49).text;
    const p50 = corpus.p(50).text;
    expect(accepted).toContain(`${p49.slice(0, -6)}合并后的句子${p50.slice(5)}`);
    // Across a heading: the paragraphs stay apart and the heading stays.
    const p45 = corpus.p(45).text;
    expect(accepted).toContain(`${p45.slice(0, -8)}跨标题的改写`);
    expect(accepted).toContain('（二）着力提升创新体系整体效能');
  });

  it('gives each tracked suggestion a comment with its reason, and an overlapping one its full wording', async () => {
    const { comments, tokens, idOf, opinions } = await open();
    const tracked = comments.get(idOf('表述不够具体'))!;
    expect(tracked.text).toContain('理由：表述不够具体');
    expect(tracked.text).toContain('此处表述宜更具体。');
    expect(tracked.text).not.toContain('建议改为');
    expect(commentedText(tokens, tracked.id)).toBe(opinions.find((o) => o.id === 'o_sugg')!.anchor!.quote.exact);
    const overlapping = comments.get(idOf('与上一条重叠'))!.text;
    expect(overlapping).toContain('建议改为：“另一种改法”');
    expect(overlapping).toContain('原文：“双聘”，促进人才有序流动共享。支持浙江大”');
  });

  it('hangs section notes on their heading (standalone or run-in) and report notes on the title', async () => {
    const { tokens, idOf } = await open();
    expect(commentedText(tokens, idOf('本节缺少量化目标'))).toBe('（一）着力提振市场信心增强社会预期');
    expect(commentedText(tokens, idOf('创新部分写得扎实'))).toBe('（一）强化创新驱动发展，创新浙江建设成效明显。');
    expect(commentedText(tokens, idOf('逐项核实'))).toBe('2026年浙江省政府工作报告');
  });

  it('hangs opinions that cannot be placed on the title, marked 未定位 and quoting their words', async () => {
    const { tokens, idOf, comments } = await open();
    const orphan = comments.get(idOf('这段话在新版本中找不到了'))!;
    expect(orphan.text).toContain('【未定位】');
    expect(orphan.text).toContain('原文：“这句话在报告里根本不存在的奇怪文字”');
    expect(commentedText(tokens, orphan.id)).toBe('2026年浙江省政府工作报告');
    const ambiguous = comments.get(idOf('哪一处'))!;
    expect(ambiguous.text).toContain('【未定位】有歧义（未定位）');
    expect(commentedText(tokens, ambiguous.id)).toBe('2026年浙江省政府工作报告');
  });

  it('keeps rich bodies in comments: lists and bold survive', async () => {
    const { comments, idOf } = await open();
    const formatted = comments.get(idOf('关于营商环境'))!.text;
    expect(formatted).toContain('3.\t其三');
    expect(formatted).toContain('•\t第一点');
    expect(formatted).toContain('标签：营商环境、数据');
  });

  it('marks the run-in heading words bold, and sets A4, CJK fonts with fallbacks and page numbers', async () => {
    const { tokens, files, documentXml } = await open();
    expect(tokens.some((t) => t.kind === 'text' && t.bold && t.text === '1.医疗卫生方面。')).toBe(true);
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const styles = files.get('word/styles.xml')!.toString('utf8');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('w:eastAsia="黑体"');
    const fontTable = files.get('word/fontTable.xml')!.toString('utf8');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    const footer = [...files.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1].toString('utf8');
    expect(footer).toMatch(/PAGE/);
  });

  it('writes 繁 when asked, converting the text but never the anchoring', async () => {
    const { tokens, comments, idOf } = await open({ script: 'hant' });
    const paragraphs = paragraphTexts(tokens, 'reject').map((p) => p.text);
    expect(paragraphs[0]).toBe('2026年浙江省政府工作報告');
    expect(commentedText(tokens, idOf('重疊之一'))).toContain('貫徹落實民營經濟促進法');
    expect(comments.get(idOf('重疊之一'))!.text).toContain('【贊同】');
  });

  it('exports a report without opinions as a valid document that says so', async () => {
    const { files, tokens, comments } = await open({ opinions: [] });
    expect(comments.size).toBe(0);
    expect(paragraphTexts(tokens).length).toBeGreaterThan(100);
    expect(tokens.filter((t) => t.kind === 'start')).toHaveLength(0);
    expect(files.get('docProps/core.xml')!.toString('utf8')).toContain('审议意见：（无意见）');
  });
});

