/** A source that puts one paragraph on a line but broke a sentence at inline markup (issue 15.5). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../main/structure/parse-text';
import { allParagraphs } from '../fixtures';

const SOURCE = [
  '各位代表：',
  '一、2025年工作回顾',
  '生态环境持续改善，细颗粒物（PM',
  '2.5',
  '）年平均浓度下降到每立方米30微克。',
  '时间：2026-02-02',
  '北京市市长 殷勇',
].join('\n');

describe('sentences broken over lines', () => {
  const [doc] = parseText(SOURCE, { fallbackTitle: 'test' });
  const paragraphs = allParagraphs(doc!);

  it('joins 「…PM」 「2.5」 「）年平均浓度…」 into one paragraph whose spans point at the source', () => {
    const joined = paragraphs.find((p) => p.text.includes('PM'))!;
    expect(joined.text).toBe('生态环境持续改善，细颗粒物（PM2.5）年平均浓度下降到每立方米30微克。');
    expect(joined.spans.map((s) => SOURCE.slice(s.start, s.end)).join('')).toBe(joined.text);
    expect(joined.spans).toHaveLength(3);
  });

  it('leaves a line ending in a digit alone when the next line starts a new one', () => {
    expect(paragraphs.map((p) => p.text)).toContain('北京市市长 殷勇');
  });
});
