import { describe, expect, it } from 'vitest';
import { parseText } from '../../../main/structure/parse-text';
import { allParagraphs } from '../fixtures';

const CLOSING = '各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，凝心聚力、真抓实干，为全面建设社会主义现代化国家而努力奋斗！';
const BODY = ['各位代表：', '现在，我代表政府，向大会报告工作，请予审议，并请各位政协委员提出意见。', '一、过去一年的工作', '过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，民生保障有力有效。'];

describe('a truncated copy of a paragraph', () => {
  it('the page repeating the start of the closing paragraph after it: that line is debris, the body keeps the paragraph once', () => {
    const truncated = `${CLOSING.slice(0, 30)}…`;
    const text = [...BODY, CLOSING, truncated, ...BODY, CLOSING].join('\n');
    const documents = parseText(text, { fallbackTitle: 't' });
    expect(documents.map((d) => d.duplicateOf)).toEqual([null, 0]);
    const [doc] = documents;
    expect(doc!.debris).toEqual([expect.objectContaining({ reason: 'truncated-copy', text: truncated })]);
    expect(allParagraphs(doc!).map((p) => p.text).filter((t) => t.startsWith('各位代表！'))).toEqual([CLOSING]);
  });

  it('cut without an ellipsis and not continued by the next line: still a copy', () => {
    const text = [...BODY, CLOSING, CLOSING.slice(0, 25)].join('\n');
    const [doc] = parseText(text, { fallbackTitle: 't' });
    expect(doc!.debris.map((d) => d.reason)).toEqual(['truncated-copy']);
  });

  it('a sentence the source broke over two lines, whose whole form occurs elsewhere, stays body text', () => {
    const text = [...BODY, CLOSING, '', CLOSING.slice(0, 25), CLOSING.slice(25)].join('\n');
    const [doc] = parseText(text, { fallbackTitle: 't' });
    expect(doc!.debris).toEqual([]);
  });
});
